import { findRanges } from '../../shared/search/highlight';
import { normalize } from '../../shared/search/normalize';
import { markdownToPlain, plainRange } from './plainText';
import type { QueryPlan } from './queryPlan';

export interface Snippet {
  field: string;
  text: string;
  /** [start, end) ranges of `text` to highlight. */
  highlights: [number, number][];
}

export interface Section {
  field: string;
  /** A function for text that is costly to read (the judgment's full text), read only if needed. */
  text: string | (() => string);
}

const textOf = (section: Section): Section & { text: string } =>
  typeof section.text === 'string'
    ? (section as Section & { text: string })
    : { ...section, text: section.text() };

const WINDOW = 110;
const BEFORE = 36;

/** Long sections are normalized a chunk at a time, stopping at the first chunk that matches. */
const CHUNK = 1000;
/** Chunks overlap by more than any needle is long, so a match across a boundary is still seen. */
const OVERLAP = 60;

/** Offset of the first chunk of `text` whose normalized form holds a needle; -1 if none does. */
function firstMatchingChunk(text: string, needles: readonly string[]): number {
  for (let start = 0; ; start += CHUNK - OVERLAP) {
    const plain = normalize(text.slice(start, start + CHUNK));
    if (needles.some((n) => n && plain.includes(n))) return start;
    if (start + CHUNK >= text.length) return -1;
  }
}

/**
 * Original-text ranges where any needle occurs, near the first occurrence only: the position
 * map is built for one chunk of the original, not for a whole 6,000-character judgment (the
 * snippet shows one window anyway).
 */
function occurrences(text: string, needles: readonly string[]): [number, number][] {
  const from = firstMatchingChunk(text, needles);
  if (from < 0) return [];
  return findRanges(text.slice(from, from + CHUNK + OVERLAP), needles, 200).map(
    ([s, e]): [number, number] => [s + from, e + from],
  );
}

/** A window of the section around its first match, with every match inside it highlighted. */
function cut(section: Section & { text: string }, ranges: [number, number][]): Snippet {
  const first = ranges[0] ?? [0, 0];
  const start = Math.max(0, first[0] - BEFORE);
  const end = Math.min(section.text.length, start + WINDOW);
  const lead = start > 0 ? '…' : '';
  const tail = end < section.text.length ? '…' : '';
  // Plain text: Markdown marks dropped, lines joined; match ranges follow their characters.
  // Read from the start of the window's first line, so its heading or list mark is seen.
  const lineStart = section.text.lastIndexOf('\n', start - 1) + 1;
  const whole = markdownToPlain(section.text.slice(lineStart, end));
  const keep = whole.at.findIndex((o) => o >= start - lineStart);
  const plain = keep < 0 ? { text: '', at: [] } : { text: whole.text.slice(keep), at: whole.at.slice(keep) };
  const highlights = ranges
    .filter(([s, e]) => s >= start && e <= end)
    .flatMap(([s, e]) => {
      const r = plainRange(plain, s - lineStart, e - lineStart);
      return r ? [[r[0] + lead.length, r[1] + lead.length] as [number, number]] : [];
    });
  return { field: section.field, text: lead + plain.text + tail, highlights };
}

/**
 * Snippets from the sections where the query matched, best first: sections holding a whole
 * phrase of the query before sections holding only some of its bigrams; sections are tried in
 * the caller's order (commentary before the long judgment text, which is only read if needed).
 */
export function makeSnippets(sections: readonly Section[], plan: QueryPlan, max = 2): Snippet[] {
  const phraseHits: Snippet[] = [];
  let bestTokens:
    { section: Section & { text: string }; ranges: [number, number][]; distinct: number } | undefined;
  for (const lazy of sections) {
    // The judgment text is read only when the commentary had no phrase to show.
    if (typeof lazy.text !== 'string' && phraseHits.length) break;
    const section = textOf(lazy);
    if (!section.text) continue;
    const ranges = occurrences(section.text, plan.phrases);
    if (ranges.length) {
      phraseHits.push(cut(section, ranges));
      if (phraseHits.length >= max) break;
      continue;
    }
    if (phraseHits.length) continue;
    const tokenRanges = occurrences(section.text, plan.tokens);
    const distinct = new Set(tokenRanges.map(([s, e]) => section.text.slice(s, e))).size;
    if (distinct > (bestTokens?.distinct ?? 0)) bestTokens = { section, ranges: tokenRanges, distinct };
  }
  if (phraseHits.length) return phraseHits;
  if (bestTokens) return [cut(bestTokens.section, bestTokens.ranges)];
  const first = sections.find((s) => typeof s.text === 'string' && s.text);
  return first ? [cut(textOf(first), [])] : [];
}
