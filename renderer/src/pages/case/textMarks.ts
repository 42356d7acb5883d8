/**
 * Marks on rendered case text: search terms, find-in-text matches and the user's highlights.
 * Offsets always count characters of the field's plain text (the textContent of its sanitized
 * HTML), which is what a reader sees and what highlights are stored against.
 */

export interface TextMark {
  start: number;
  end: number;
  className: string;
  /** data-* attributes and a title; values are set as attributes, never parsed as HTML. */
  attrs?: Record<string, string>;
}

/** Folds one character the way search does where it is simple: full/half width, letter case. */
function foldChar(ch: string): string {
  const n = ch.normalize('NFKC').toLowerCase();
  return n.length === 1 ? n : ch.toLowerCase().length === 1 ? ch.toLowerCase() : ch;
}

/** The text folded character by character, so offsets in the result are offsets in the original. */
export const foldText = (text: string): string => Array.from(text, foldChar).join('');

/** Terms of a query as typed: split on spaces, quotes and search operators dropped, folded. */
export function queryTerms(q: string): string[] {
  return q
    .normalize('NFKC')
    .toLowerCase()
    .split(/[\s"“”'‘’()（）|,，;；、]+/)
    .map((t) => t.replace(/^[-+]/, ''))
    .filter((t) => t.length > 0 && !['and', 'or', 'not'].includes(t));
}

/** Non-overlapping [start, end) ranges of every term in the text, in order; longer terms win ties. */
export function findTermRanges(text: string, terms: readonly string[]): [number, number][] {
  if (terms.length === 0 || !text) return [];
  const folded = foldText(text);
  const found: [number, number][] = [];
  for (const term of [...terms].sort((a, b) => b.length - a.length)) {
    const t = foldText(term);
    for (let i = folded.indexOf(t); i >= 0 && t; i = folded.indexOf(t, i + t.length)) {
      const end = i + t.length;
      if (!found.some(([s, e]) => s < end && i < e)) found.push([i, end]);
    }
  }
  return found.sort((a, b) => a[0] - b[0]);
}

/** Where a stored highlight sits in the current text: its range if the quote is still there, else the nearest copy. */
export function locateQuote(
  text: string,
  start: number,
  end: number,
  quote: string,
): [number, number] | undefined {
  if (text.slice(start, end) === quote) return [start, end];
  let best: number | undefined;
  for (let i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) {
    if (best === undefined || Math.abs(i - start) < Math.abs(best - start)) best = i;
  }
  return best === undefined ? undefined : [best, best + quote.length];
}

/** The plain text of an HTML fragment, as the browser will show it. */
export function plainTextOf(html: string): string {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content.textContent ?? '';
}

/** Escapes plain text for use as HTML. */
export function textToHtml(text: string): string {
  const div = document.createElement('div');
  div.textContent = text;
  return div.innerHTML;
}

/** Wraps the text of each mark's range in <mark> elements (split across elements where needed). */
export function applyMarks(html: string, marks: readonly TextMark[]): string {
  if (marks.length === 0) return html;
  const template = document.createElement('template');
  template.innerHTML = html;
  for (const mark of marks) wrapRange(template.content, mark);
  const out = document.createElement('div');
  out.appendChild(template.content);
  return out.innerHTML;
}

function wrapRange(root: DocumentFragment, mark: TextMark): void {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const pieces: [Text, number, number][] = [];
  let pos = 0;
  for (let node = walker.nextNode(); node && pos < mark.end; node = walker.nextNode()) {
    const text = node as Text;
    const s = Math.max(mark.start, pos);
    const e = Math.min(mark.end, pos + text.data.length);
    if (s < e && text.data.slice(s - pos, e - pos).trim()) pieces.push([text, s - pos, e - pos]);
    pos += text.data.length;
  }
  pieces.forEach(([text, s, e], i) => {
    let target = text;
    if (s > 0) target = target.splitText(s);
    if (e - s < target.data.length) target.splitText(e - s);
    const el = document.createElement('mark');
    el.className = mark.className;
    for (const [name, value] of Object.entries(mark.attrs ?? {})) el.setAttribute(name, value);
    if (i > 0) el.classList.add('mark-continued');
    target.parentNode?.insertBefore(el, target);
    el.appendChild(target);
  });
}

/** The selection as a range of `container`'s plain text, if it lies inside it and is not empty. */
export function selectionIn(
  container: HTMLElement,
): { start: number; end: number; quote: string } | undefined {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return undefined;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return undefined;
  const before = document.createRange();
  before.selectNodeContents(container);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  const quote = range.toString();
  if (!quote.trim()) return undefined;
  return { start, end: start + quote.length, quote };
}
