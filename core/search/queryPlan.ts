import { caseNumberKey } from '../../shared/caseNumber';
import { parseProvision } from '../text/provision';
import { normalize } from './normalize';
import { BUILT_IN_LEXICON, type Lexicon, vocabularyWords } from './lexicon';
import { expandSynonyms } from './synonyms';
import { runs, tokens } from './tokenize';

/** One way of writing a term: its normalized text and the FTS5 tokens that find it. */
export interface Alternative {
  text: string;
  tokens: string[];
  /** The last token may be a prefix (the user is still typing a number or a word). */
  prefix: boolean;
  /** Found through the synonym table rather than written so by the user. */
  synonym?: boolean;
}

export interface PlannedTerm {
  raw: string;
  alternatives: Alternative[];
}

/**
 * exact: as typed; phrase: with synonyms; all: every bigram, anywhere; terms: the field words the
 * query contains, anywhere; any: any bigram (fills a thin result only).
 */
export type TierName = 'exact' | 'phrase' | 'all' | 'terms' | 'any';

export interface QueryPlan {
  terms: PlannedTerm[];
  /**
   * FTS5 MATCH expressions from strictest to loosest; looser tiers only add cases the stricter
   * missed. `match` may also find cases of stricter tiers (cheaper to skip than to exclude);
   * `rankMatch`, when set, excludes them, for ranking the tier's own cases alone.
   */
  tiers: { name: TierName; match: string; rankMatch?: string }[];
  /** The field words the terms tier reads the query as (empty when it has none). */
  words: string[];
  /** Normalized strings to highlight, longest first: phrases, then single tokens. */
  phrases: string[];
  tokens: string[];
}

const CASE_NUMBER = /^\(?\d{4}\)?.*\d+号?$/;

/**
 * A query token list. A lone ideograph at the edge of a query (the 第 and 条 of 第42条, the 号
 * of a case number) may be part of a longer run in the text, indexed only inside its bigrams, so
 * it is dropped rather than demanded; a query of one ideograph becomes a prefix of every bigram it starts.
 */
function queryTokens(text: string, endOfQuery: boolean): Alternative {
  const parts = runs(text);
  const all = tokens(text);
  if (all.length === 1 && parts.length === 1 && parts[0]?.kind === 'han' && parts[0].text.length === 1) {
    return { text, tokens: all, prefix: true };
  }
  // Only at the edges: between two numbers (the 苏 of (2020)苏0691行初) a lone ideograph is a
  // lone run in the text too, and indexed as such.
  const kept = parts.flatMap((r, i) => {
    const edge = i === 0 || i === parts.length - 1;
    if (edge && r.kind === 'han' && [...r.text].length === 1 && parts.length > 1) return [];
    return tokens(r.text);
  });
  const last = parts[parts.length - 1];
  const prefix = endOfQuery && last?.kind === 'word' && /[\p{L}\p{N}]$/u.test(text);
  return { text, tokens: kept, prefix };
}

function alternativesOf(raw: string, endOfQuery: boolean, lexicon: Lexicon): Alternative[] {
  const base = normalize(raw).trim();
  const own = new Set<string>([base]);
  if (CASE_NUMBER.test(base)) own.add(normalize(caseNumberKey(raw)));
  const provision = parseProvision(raw);
  const synonyms = new Set<string>(expandSynonyms(base, lexicon.synonyms));
  if (provision) {
    own.add(`${normalize(provision.law)}第${provision.article}条`);
    for (const law of expandSynonyms(normalize(provision.law), lexicon.synonyms))
      synonyms.add(`${law}第${provision.article}条`);
  }
  for (const t of own) synonyms.delete(t);
  return [
    ...[...own].map((t) => queryTokens(t, endOfQuery)),
    ...[...synonyms].map((t) => ({ ...queryTokens(t, endOfQuery), synonym: true })),
  ].filter((a) => a.tokens.length > 0);
}

const quote = (tokenList: readonly string[], prefix: boolean) =>
  `"${tokenList.join(' ')}"${prefix ? ' *' : ''}`;
const anyOf = (parts: string[]) => (parts.length === 1 ? parts[0] : `(${parts.join(' OR ')})`);

/**
 * The tier that reads a sentence-like query by the field words in it: each term that contains
 * words of the lexicon (and is not one itself) stands for all of them, each with its synonyms.
 * Undefined when no term reads differently so.
 */
function termsTier(terms: PlannedTerm[], lexicon: Lexicon): { match: string; words: string[] } | undefined {
  let differs = false;
  const words: string[] = [];
  const parts = terms.map((t) => {
    const text = t.alternatives[0]?.text ?? '';
    const found = vocabularyWords(text, lexicon);
    if (!found.length || (found.length === 1 && found[0] === text)) {
      return anyOf(t.alternatives.map((a) => quote(a.tokens, a.prefix)));
    }
    differs = true;
    words.push(...found);
    return found
      .map((w) => anyOf(expandSynonyms(w, lexicon.synonyms).map((v) => quote(tokens(v), false))))
      .join(' AND ');
  });
  return differs ? { match: parts.join(' AND '), words } : undefined;
}

/** Turns what the user typed into the tiers of FTS5 queries that answer it. */
export function planQuery(q: string, lexicon: Lexicon = BUILT_IN_LEXICON): QueryPlan {
  const raws = q.split(/\s+/).filter(Boolean);
  const terms = raws
    .map((raw, i) => ({ raw, alternatives: alternativesOf(raw, i === raws.length - 1, lexicon) }))
    .filter((t) => t.alternatives.length > 0);
  const tiers: QueryPlan['tiers'] = [];
  // A case number either matches or it does not: cases sharing only its year and court are noise.
  const isCaseNumber = terms.length === 1 && CASE_NUMBER.test(normalize(terms[0]?.raw ?? ''));
  const byWords = isCaseNumber ? undefined : termsTier(terms, lexicon);
  if (terms.length) {
    // The words as the user wrote them rank above what only their synonyms find.
    if (
      terms.some((t) => t.alternatives.some((a) => a.synonym)) &&
      terms.every((t) => t.alternatives.some((a) => !a.synonym))
    ) {
      tiers.push({
        name: 'exact',
        match: terms
          .map((t) => anyOf(t.alternatives.filter((a) => !a.synonym).map((a) => quote(a.tokens, a.prefix))))
          .join(' AND '),
      });
    }
    const phrase = terms
      .map((t) => anyOf(t.alternatives.map((a) => quote(a.tokens, a.prefix))))
      .join(' AND ');
    // After the exact tier, only what the synonyms add. Finding them: a single term's synonyms
    // alone (rare words are cheap to look up; NOT would read every exact match again). Ranking
    // them: NOT, so bm25 never ranks the exact tier's cases a second time.
    const exact = tiers[0]?.match;
    const [single] = terms;
    if (!exact) tiers.push({ name: 'phrase', match: phrase });
    else {
      const synonymsOnly =
        terms.length === 1 && single
          ? anyOf(single.alternatives.filter((a) => a.synonym).map((a) => quote(a.tokens, a.prefix)))
          : undefined;
      const notExact = `(${phrase}) NOT (${exact})`;
      tiers.push({ name: 'phrase', match: synonymsOnly ?? notExact, rankMatch: notExact });
    }
    if (!isCaseNumber && terms.some((t) => t.alternatives.some((a) => a.tokens.length > 1))) {
      tiers.push({
        name: 'all',
        match: terms
          .map((t) =>
            anyOf(
              t.alternatives.map((a) =>
                a.tokens.length === 1
                  ? quote(a.tokens, a.prefix)
                  : `(${a.tokens.map((tk, i) => quote([tk], a.prefix && i === a.tokens.length - 1)).join(' AND ')})`,
              ),
            ),
          )
          .join(' AND '),
      });
    }
    if (byWords) tiers.push({ name: 'terms', match: byWords.match });
    // Only the words as typed: OR over synonyms' bigrams as well would match nearly everything.
    const anyTokens = [...new Set(terms.flatMap((t) => t.alternatives[0]?.tokens ?? []))];
    if (anyTokens.length > 1 && !isCaseNumber)
      tiers.push({ name: 'any', match: anyTokens.map((t) => quote([t], false)).join(' OR ') });
  }
  const phrases = [
    ...new Set([...terms.flatMap((t) => t.alternatives.map((a) => a.text)), ...(byWords?.words ?? [])]),
  ].sort((a, b) => b.length - a.length);
  const tokenNeedles = [...new Set(terms.flatMap((t) => t.alternatives.flatMap((a) => a.tokens)))].filter(
    (t) => t.length > 1,
  );
  return { terms, tiers, words: [...new Set(byWords?.words ?? [])], phrases, tokens: tokenNeedles };
}
