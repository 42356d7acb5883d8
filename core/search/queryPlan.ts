import { caseNumberKey } from '../../db/model/caseNumber';
import { parseProvision } from '../text/provision';
import { normalize } from './normalize';
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

export interface QueryPlan {
  terms: PlannedTerm[];
  /** FTS5 MATCH expressions from strictest to loosest; looser tiers only add cases the stricter missed. */
  tiers: { name: 'exact' | 'phrase' | 'all' | 'any'; match: string }[];
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

function alternativesOf(raw: string, endOfQuery: boolean): Alternative[] {
  const base = normalize(raw).trim();
  const own = new Set<string>([base]);
  if (CASE_NUMBER.test(base)) own.add(normalize(caseNumberKey(raw)));
  const provision = parseProvision(raw);
  const synonyms = new Set<string>(expandSynonyms(base));
  if (provision) {
    own.add(`${normalize(provision.law)}第${provision.article}条`);
    for (const law of expandSynonyms(normalize(provision.law)))
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

/** Turns what the user typed into the tiers of FTS5 queries that answer it. */
export function planQuery(q: string): QueryPlan {
  const raws = q.split(/\s+/).filter(Boolean);
  const terms = raws
    .map((raw, i) => ({ raw, alternatives: alternativesOf(raw, i === raws.length - 1) }))
    .filter((t) => t.alternatives.length > 0);
  const tiers: QueryPlan['tiers'] = [];
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
    // After the exact tier, only what the synonyms add: NOT keeps FTS5 from ranking the same cases twice.
    const exact = tiers[0]?.match;
    tiers.push({ name: 'phrase', match: exact ? `(${phrase}) NOT (${exact})` : phrase });
    // A case number either matches or it does not: cases sharing only its year and court are noise.
    const isCaseNumber = terms.length === 1 && CASE_NUMBER.test(normalize(terms[0]?.raw ?? ''));
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
    // Only the words as typed: OR over synonyms' bigrams as well would match nearly everything.
    const anyTokens = [...new Set(terms.flatMap((t) => t.alternatives[0]?.tokens ?? []))];
    if (anyTokens.length > 1 && !isCaseNumber)
      tiers.push({ name: 'any', match: anyTokens.map((t) => quote([t], false)).join(' OR ') });
  }
  const phrases = [...new Set(terms.flatMap((t) => t.alternatives.map((a) => a.text)))].sort(
    (a, b) => b.length - a.length,
  );
  const tokenNeedles = [...new Set(terms.flatMap((t) => t.alternatives.flatMap((a) => a.tokens)))].filter(
    (t) => t.length > 1,
  );
  return { terms, tiers, phrases, tokens: tokenNeedles };
}
