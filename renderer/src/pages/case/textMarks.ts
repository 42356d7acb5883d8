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
