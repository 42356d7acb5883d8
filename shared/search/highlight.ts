import { normalize, normalizeMapped } from './normalize';
import { parseQuery, positiveWords } from './queryParse';
import { correspondingArticles, statuteOfNormalized } from './statutes';
import { expandSynonyms, normalizeSynonyms, SYNONYM_GROUPS, type SynonymTable } from './synonyms';

/**
 * What to mark for a query, in normalized form, longest first: each word the query must hold
 * (not the excluded ones), with its synonyms unless quoted, and a statute article under its
 * other numberings. The same parse, synonyms and numerals as the search itself.
 */
export function queryNeedles(q: string, synonymGroups: SynonymTable = SYNONYM_GROUPS): string[] {
  const table = normalizeSynonyms(synonymGroups);
  const needles = new Set<string>();
  for (const word of positiveWords(parseQuery(q))) {
    const base = normalize(word.text).trim();
    if (!base) continue;
    const variants = word.quoted ? [base] : expandSynonyms(base, table);
    for (const v of variants) needles.add(v);
    const statute = word.quoted ? undefined : statuteOfNormalized(base);
    if (statute)
      for (const c of correspondingArticles(statute.law, statute.article))
        needles.add(`${statute.law}第${c.article}条`);
  }
  return [...needles].sort((a, b) => b.length - a.length);
}

/**
 * Non-overlapping [start, end) ranges of the original text where a needle (normalized) occurs,
 * in order; a longer needle wins where two overlap. Matching is on normalized text (width, case,
 * 第四十二条 = 第42条, 《》 dropped), offsets are the original's.
 */
export function findRanges(text: string, needles: readonly string[], max = 500): [number, number][] {
  if (!text || !needles.length) return [];
  const m = normalizeMapped(text);
  const taken = new Uint8Array(m.text.length);
  const found: [number, number][] = [];
  for (const needle of [...needles].sort((a, b) => b.length - a.length)) {
    if (!needle) continue;
    for (let at = m.text.indexOf(needle); at >= 0; at = m.text.indexOf(needle, at + needle.length)) {
      const end = at + needle.length;
      if (taken.subarray(at, end).some((x) => x === 1)) continue;
      taken.fill(1, at, end);
      found.push([m.starts[at] ?? 0, m.ends[end - 1] ?? 0]);
      if (found.length >= max) break;
    }
  }
  return found.sort((a, b) => a[0] - b[0]);
}

/** Ranges of what a reader types into a find box, read the same way. */
export const findTyped = (text: string, typed: string): [number, number][] =>
  findRanges(text, [normalize(typed).trim()].filter(Boolean));
