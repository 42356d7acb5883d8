/**
 * Finding a stored highlight's passage again in a section's plain text. No DOM here, so that the
 * rule is unit-tested in Node. Search terms are found by shared/search/highlight.ts, with the same
 * parse, synonyms and numerals as the search itself.
 */

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
