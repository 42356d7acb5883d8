import { useCallback, useEffect, useRef } from 'react';

export interface StoredDraft<T> {
  savedAt: string;
  /** The case revision the draft was based on; null for a new case. */
  baseRevision: number | null;
  values: T;
}

const KEY_PREFIX = 'anjian:editor-draft:';
export const draftKey = (caseId: string | undefined) => `${KEY_PREFIX}${caseId ?? 'new'}`;

export function readDraft<T>(key: string): StoredDraft<T> | undefined {
  try {
    const raw = localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as StoredDraft<T>) : undefined;
  } catch {
    return undefined;
  }
}

export const clearDraft = (key: string) => localStorage.removeItem(key);

/**
 * Keeps what is typed in localStorage: written a moment after each change and at once when the
 * window is hidden or closed, so a crash or a closed window loses at most the last keystrokes.
 */
export function useDraftAutosave<T>(key: string, baseRevision: number | null) {
  const pending = useRef<T | undefined>(undefined);
  const timer = useRef<number | undefined>(undefined);

  const flush = useCallback(() => {
    window.clearTimeout(timer.current);
    if (pending.current === undefined) return;
    const draft: StoredDraft<T> = {
      savedAt: new Date().toISOString(),
      baseRevision,
      values: pending.current,
    };
    try {
      localStorage.setItem(key, JSON.stringify(draft));
    } catch {
      // Storage full: the form still holds the text; saving to the library remains possible.
    }
    pending.current = undefined;
  }, [key, baseRevision]);

  useEffect(() => {
    const onHide = () => flush();
    window.addEventListener('beforeunload', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      flush();
      window.removeEventListener('beforeunload', onHide);
      document.removeEventListener('visibilitychange', onHide);
    };
  }, [flush]);

  const save = useCallback(
    (values: T) => {
      pending.current = values;
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(flush, 300);
    },
    [flush],
  );
  /** After a successful save to the library: nothing left to keep. */
  const discard = useCallback(() => {
    window.clearTimeout(timer.current);
    pending.current = undefined;
    clearDraft(key);
  }, [key]);
  return { save, discard, flush };
}
