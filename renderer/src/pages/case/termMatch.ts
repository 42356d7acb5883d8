/**
 * Finding terms and quoted passages in a section's plain text. No DOM here, so that these rules
 * are unit-tested in Node; offsets are always offsets in the original text.
 */

/**
 * Folds one character the way search does where it is simple: full/half width, letter case.
 * A fold that would change the length (ligatures, ㈠ → (一)) is skipped so offsets stay true.
 */
function foldChar(ch: string): string {
  const n = ch.normalize('NFKC').toLowerCase();
  if (n.length === ch.length) return n;
  const lower = ch.toLowerCase();
  return lower.length === ch.length ? lower : ch;
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
