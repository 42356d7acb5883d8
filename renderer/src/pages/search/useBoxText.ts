import { useCallback, useEffect, useRef, useState } from 'react';

export interface BoxText {
  /** What the box shows: every keystroke, at once. */
  text: string;
  /** What is searched: the text as of the last keystroke outside an IME composition. */
  committed: string;
  /** Whether an IME composition is in progress (nothing is searched meanwhile). */
  composing: boolean;
  onChange: (next: string) => void;
  onCompositionStart: () => void;
  onCompositionEnd: (value: string) => void;
}

/**
 * The search box's text, owned by the page and not by the URL.
 *
 * Why: the URL (react-router search params) is updated in a React transition, so a controlled
 * input bound to it is re-rendered with the previous value between keystrokes, and the browser's
 * next keystroke lands in that stale text — typing fast lost characters. The box now holds its
 * own text; the URL follows it (`publish`), and a URL change is adopted only when it did not come
 * from the box (a sidebar link, 在结果中检索, a suggestion, back/forward).
 */
export function useBoxText(urlQ: string, publish: (q: string) => void): BoxText {
  const [text, setText] = useState(urlQ);
  const [committed, setCommitted] = useState(urlQ);
  const [composing, setComposing] = useState(false);
  // Values the box wrote to the URL that the URL has not shown yet, oldest first.
  const written = useRef<string[]>([]);

  useEffect(() => {
    const at = written.current.indexOf(urlQ);
    if (at >= 0) {
      written.current = written.current.slice(at + 1);
      return;
    }
    written.current = [];
    setText(urlQ);
    setCommitted(urlQ);
  }, [urlQ]);

  const commit = useCallback(
    (next: string) => {
      setCommitted(next);
      written.current.push(next);
      publish(next);
    },
    [publish],
  );

  const onChange = useCallback(
    (next: string) => {
      setText(next);
      if (!composing) commit(next);
    },
    [composing, commit],
  );

  const onCompositionStart = useCallback(() => setComposing(true), []);
  const onCompositionEnd = useCallback(
    (value: string) => {
      setComposing(false);
      setText(value);
      commit(value);
    },
    [commit],
  );

  return { text, committed, composing, onChange, onCompositionStart, onCompositionEnd };
}
