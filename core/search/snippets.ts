import { normalize, normalizeMapped } from './normalize';
import type { QueryPlan } from './queryPlan';

export interface Snippet {
  field: string;
  text: string;
  /** [start, end) ranges of `text` to highlight. */
  highlights: [number, number][];
}

export interface Section {
  field: string;
  text: string;
}

const WINDOW = 110;
const BEFORE = 36;

/** Original-text ranges where any needle occurs in the normalized text. */
function occurrences(text: string, needles: readonly string[]): [number, number][] {
  // Cheap test first: most sections of most hits hold none of the needles.
  const plain = normalize(text);
  if (!needles.some((n) => n && plain.includes(n))) return [];
  const m = normalizeMapped(text);
  const found: [number, number][] = [];
  for (const needle of needles) {
    if (!needle) continue;
    for (let at = m.text.indexOf(needle); at >= 0; at = m.text.indexOf(needle, at + needle.length)) {
      found.push([m.starts[at] ?? 0, m.ends[at + needle.length - 1] ?? 0]);
      if (found.length > 200) break;
    }
  }
  found.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of found) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/** A window of the section around its first match, with every match inside it highlighted. */
function cut(section: Section, ranges: [number, number][]): Snippet {
  const first = ranges[0] ?? [0, 0];
  const start = Math.max(0, first[0] - BEFORE);
  const end = Math.min(section.text.length, start + WINDOW);
  const lead = start > 0 ? '…' : '';
  const tail = end < section.text.length ? '…' : '';
  // Markdown marks and line breaks become spaces one for one, so offsets stay valid.
  const body = section.text.slice(start, end).replace(/[#*>`\r\n\t]/g, ' ');
  const highlights = ranges
    .filter(([s, e]) => s >= start && e <= end)
    .map(([s, e]): [number, number] => [s - start + lead.length, e - start + lead.length]);
  return { field: section.field, text: lead + body + tail, highlights };
}

/**
 * Snippets from the sections where the query matched, best first: sections holding a whole
 * phrase of the query before sections holding only some of its bigrams; sections are tried in
 * the caller's order (commentary before the long judgment text, which is only read if needed).
 */
export function makeSnippets(sections: readonly Section[], plan: QueryPlan, max = 2): Snippet[] {
  const phraseHits: Snippet[] = [];
  let bestTokens: { section: Section; ranges: [number, number][]; distinct: number } | undefined;
  for (const section of sections) {
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
  const first = sections.find((s) => s.text);
  return first ? [cut(first, [])] : [];
}
