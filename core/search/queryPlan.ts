import { caseNumberKey } from '../../shared/caseNumber';
import { normalize } from '../../shared/search/normalize';
import { parseQuery, type QueryField, type QueryWord } from '../../shared/search/queryParse';
import { correspondingArticles, statuteKey, statuteLaw, statuteReadings } from '../../shared/search/statutes';
import { expandSynonyms } from '../../shared/search/synonyms';
import { parseProvision } from '../text/provision';
import { BUILT_IN_LEXICON, type Lexicon, vocabularyWords } from './lexicon';
import { FIELD_MARKS, isMarkedToken, runs, tokens } from './tokenize';

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
  /** Written in quotes: only as typed, never loosened. */
  quoted: boolean;
  /** The FTS5 column a field prefix (标题: 法条: …) keeps the term to. */
  column?: string;
  /** The term names a statute article (law + article, as typed). */
  statute?: { law: string; article: number };
}

/**
 * Exact tiers (every group of the query holds, as a substring, with synonyms) — exact: as
 * typed; phrase: with synonyms. Partial tiers (shown apart, never counted in the total) — all:
 * every bigram of each word, anywhere; terms: the field words a sentence-like query contains;
 * law: a statute query's law name when no case cites the article; any: any bigram.
 */
export type TierName = 'exact' | 'phrase' | 'all' | 'terms' | 'law' | 'any';
export const EXACT_TIERS: ReadonlySet<TierName> = new Set(['exact', 'phrase']);

export interface QueryPlan {
  /** Every group must match; a group matches when any of its terms does (A OR B). */
  groups: PlannedTerm[][];
  /** Every positive term, in order. */
  terms: PlannedTerm[];
  /**
   * FTS5 MATCH expressions from strictest to loosest; looser tiers only add cases the stricter
   * missed. `match` may also find cases of stricter tiers (cheaper to skip than to exclude);
   * `rankMatch`, when set, excludes them, for ranking the tier's own cases alone.
   */
  tiers: { name: TierName; match: string; rankMatch?: string }[];
  /** What excluded words (-词, NOT 词) match: no case it finds is an answer. */
  excluded: string | undefined;
  /** Whether every expression may also run on search_head (no 评析:/原文: column in it). */
  headSafe: boolean;
  /** The field words the terms tier reads the query as (empty when it has none). */
  words: string[];
  /** Statutes the query names and the articles of other numberings searched with them. */
  statutes: { law: string; article: number; corresponding: { article: number; numbering: string }[] }[];
  /** Normalized strings to highlight, longest first: phrases, then single tokens. */
  phrases: string[];
  tokens: string[];
}

/**
 * The search_fts column of each field prefix. Court and agency live in the metadata column;
 * their terms are written in its field-marked tokens (FIELD_MARKS), so they match that field alone.
 */
const COLUMNS: Record<QueryField, string> = {
  title: 'title',
  caseNumber: 'num',
  court: 'meta',
  agency: 'meta',
  statute: 'meta',
  analysis: 'comment',
  fullText: 'body',
};
const HEAD_COLUMNS = new Set(['title', 'num', 'meta']);

const CASE_NUMBER = /^\(?\d{4}\)?.*\d+号?$/;
/** An index-only statute token (shared/search/statutes statuteKey): never highlighted. */
const STATUTE_KEY = /^stat\d+v\d+a\d+$/;

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

function planTerm(word: QueryWord, endOfQuery: boolean, lexicon: Lexicon): PlannedTerm {
  const term = planWords(word, endOfQuery, lexicon);
  const field = word.field === 'court' || word.field === 'agency' ? word.field : undefined;
  if (!field) return term;
  const mark = (t: string) => FIELD_MARKS[field] + t;
  return { ...term, alternatives: term.alternatives.map((a) => ({ ...a, tokens: a.tokens.map(mark) })) };
}

function planWords(word: QueryWord, endOfQuery: boolean, lexicon: Lexicon): PlannedTerm {
  const raw = word.text;
  const base = normalize(raw).trim();
  const column = word.field ? COLUMNS[word.field] : undefined;
  if (word.quoted) {
    const a = queryTokens(base, false);
    return { raw, quoted: true, column, alternatives: a.tokens.length ? [{ ...a, prefix: false }] : [] };
  }
  const own = new Set<string>([base]);
  if (CASE_NUMBER.test(base)) own.add(normalize(caseNumberKey(raw)));
  const provision = parseProvision(raw);
  const synonyms = new Set<string>(expandSynonyms(base, lexicon.synonyms));
  let statute: PlannedTerm['statute'];
  if (provision) {
    const law = normalize(provision.law);
    statute = { law, article: provision.article };
    // A law of the correspondence table: only the citations whose numbering makes them this
    // article (the statute keys the index holds per citation), never a bare number match.
    const readings = statuteReadings(law, provision.article);
    if (readings) {
      return {
        raw,
        quoted: false,
        column,
        statute,
        alternatives: readings.flatMap((r) => {
          const key = statuteKey(law, r.numbering, r.article);
          return key
            ? [{ text: `${statuteLaw(law)?.law ?? law}第${r.article}条`, tokens: [key], prefix: false }]
            : [];
        }),
      };
    }
    // The article under every numbering the correspondence table knows counts as written so.
    const articles = [
      provision.article,
      ...correspondingArticles(law, provision.article).map((c) => c.article),
    ];
    for (const article of articles) {
      own.add(`${law}第${article}条`);
      for (const name of expandSynonyms(law, lexicon.synonyms)) synonyms.add(`${name}第${article}条`);
    }
  }
  for (const t of own) synonyms.delete(t);
  return {
    raw,
    quoted: false,
    column,
    statute,
    alternatives: [
      ...[...own].map((t) => queryTokens(t, endOfQuery)),
      ...[...synonyms].map((t) => ({ ...queryTokens(t, endOfQuery), synonym: true })),
    ].filter((a) => a.tokens.length > 0),
  };
}

const quote = (tokenList: readonly string[], prefix: boolean) =>
  `"${tokenList.join(' ')}"${prefix ? ' *' : ''}`;
const anyOf = (parts: string[]) => (parts.length === 1 ? (parts[0] as string) : `(${parts.join(' OR ')})`);
/** A term's expression, kept to its column when it has a field prefix. */
const inColumn = (term: PlannedTerm, expr: string) => (term.column ? `${term.column} : (${expr})` : expr);
const phraseOf = (a: Alternative) => quote(a.tokens, a.prefix);
/** Every bigram of the alternative, anywhere (a quoted term stays a phrase). */
const bigramsOf = (t: PlannedTerm) => (a: Alternative) =>
  t.quoted || a.tokens.length === 1
    ? phraseOf(a)
    : `(${a.tokens.map((tk, i) => quote([tk], a.prefix && i === a.tokens.length - 1)).join(' AND ')})`;

/** AND over groups of OR over each group's terms, each term written by `write` (undefined: unusable). */
function expression(
  groups: PlannedTerm[][],
  write: (t: PlannedTerm) => string | undefined,
): string | undefined {
  const parts: string[] = [];
  for (const group of groups) {
    const written = group.map((t) => {
      const expr = write(t);
      return expr === undefined ? undefined : inColumn(t, expr);
    });
    if (written.some((w) => w === undefined)) return undefined;
    parts.push(anyOf(written as string[]));
  }
  return parts.length ? parts.join(' AND ') : undefined;
}

/**
 * The terms tier: a sentence-like single term stands for the field words it contains, each with
 * its synonyms. Undefined when no term reads differently so.
 */
function termsTier(
  groups: PlannedTerm[][],
  lexicon: Lexicon,
): { match: string; words: string[] } | undefined {
  let differs = false;
  const words: string[] = [];
  const match = expression(groups, (t) => {
    const text = t.alternatives[0]?.text ?? '';
    const found = t.quoted ? [] : vocabularyWords(text, lexicon);
    if (!found.length || (found.length === 1 && found[0] === text) || t.statute)
      return anyOf(t.alternatives.map(phraseOf));
    differs = true;
    words.push(...found);
    return found
      .map((w) => anyOf(expandSynonyms(w, lexicon.synonyms).map((v) => quote(tokens(v), false))))
      .join(' AND ');
  });
  return differs && match ? { match, words } : undefined;
}

/** Turns what the user typed into the tiers of FTS5 queries that answer it. */
export function planQuery(q: string, lexicon: Lexicon = BUILT_IN_LEXICON): QueryPlan {
  const parsed = parseQuery(q);
  const count = parsed.groups.flat().length;
  let seen = 0;
  const groups = parsed.groups
    .map((g) => g.map((w) => planTerm(w, ++seen === count, lexicon)).filter((t) => t.alternatives.length > 0))
    .filter((g) => g.length > 0);
  const terms = groups.flat();
  const excludedTerms = parsed.excluded
    .map((w) => planTerm({ ...w, quoted: true }, false, lexicon))
    .filter((t) => t.alternatives.length > 0);
  const excluded = excludedTerms.length
    ? anyOf(excludedTerms.map((t) => inColumn(t, anyOf(t.alternatives.map(phraseOf)))))
    : undefined;
  const tiers: QueryPlan['tiers'] = [];
  const push = (name: TierName, match: string | undefined, rankMatch?: string) => {
    if (!match) return;
    const not = (m: string) => (excluded ? `(${m}) NOT ${excluded}` : m);
    tiers.push({ name, match: not(match), ...(rankMatch ? { rankMatch: not(rankMatch) } : {}) });
  };
  // A case number either matches or it does not: cases sharing only its year and court are noise.
  const isCaseNumber = terms.length === 1 && CASE_NUMBER.test(normalize(terms[0]?.raw ?? ''));
  const byWords = isCaseNumber ? undefined : termsTier(groups, lexicon);
  if (terms.length) {
    const hasSynonyms = terms.some((t) => t.alternatives.some((a) => a.synonym));
    // The words as the user wrote them rank above what only their synonyms find.
    const exact = hasSynonyms
      ? expression(groups, (t) => {
          const own = t.alternatives.filter((a) => !a.synonym);
          return own.length ? anyOf(own.map(phraseOf)) : undefined;
        })
      : undefined;
    const phrase = expression(groups, (t) => anyOf(t.alternatives.map(phraseOf))) as string;
    if (!exact) push('phrase', phrase);
    else {
      push('exact', exact);
      // After the exact tier, only what the synonyms add. Finding them: a single term's synonyms
      // alone (rare words are cheap to look up; NOT would read every exact match again). Ranking
      // them: NOT, so bm25 never ranks the exact tier's cases a second time.
      const [single] = terms;
      const synonymsOnly =
        terms.length === 1 && single && !single.column
          ? anyOf(single.alternatives.filter((a) => a.synonym).map(phraseOf))
          : undefined;
      const notExact = `(${phrase}) NOT (${exact})`;
      push('phrase', synonymsOnly ?? notExact, notExact);
    }
    // A statute query is answered by the article or, failing that, by the law's name: its
    // characters scattered anywhere (the all/terms/any tiers) would be noise.
    const statuteQuery = terms.some((t) => t.statute);
    if (
      !isCaseNumber &&
      !statuteQuery &&
      terms.some((t) => !t.quoted && t.alternatives.some((a) => a.tokens.length > 1))
    ) {
      push(
        'all',
        expression(groups, (t) => anyOf(t.alternatives.map(bigramsOf(t)))),
      );
    }
    if (byWords && !statuteQuery) push('terms', byWords.match);
    // A statute article no case cites: the cases naming the law, said so (matchedBy 'law').
    if (statuteQuery) {
      push(
        'law',
        expression(groups, (t) =>
          t.statute
            ? anyOf(expandSynonyms(t.statute.law, lexicon.synonyms).map((v) => quote(tokens(v), false)))
            : anyOf(t.alternatives.map(phraseOf)),
        ),
      );
    }
    // Only the words as typed: OR over synonyms' bigrams as well would match nearly everything.
    const anyTokens = [
      ...new Set(terms.filter((t) => !t.column).flatMap((t) => t.alternatives[0]?.tokens ?? [])),
    ];
    if (anyTokens.length > 1 && !isCaseNumber && !statuteQuery)
      push('any', anyTokens.map((t) => quote([t], false)).join(' OR '));
  }
  const phrases = [
    ...new Set([...terms.flatMap((t) => t.alternatives.map((a) => a.text)), ...(byWords?.words ?? [])]),
  ].sort((a, b) => b.length - a.length);
  const tokenNeedles = [...new Set(terms.flatMap((t) => t.alternatives.flatMap((a) => a.tokens)))].filter(
    (t) => t.length > 1 && !STATUTE_KEY.test(t) && !isMarkedToken(t),
  );
  const statutes = terms.flatMap((t) =>
    t.statute && statuteLaw(t.statute.law)
      ? [{ ...t.statute, corresponding: correspondingArticles(t.statute.law, t.statute.article) }]
      : [],
  );
  const headSafe = [...terms, ...excludedTerms].every((t) => !t.column || HEAD_COLUMNS.has(t.column));
  return {
    groups,
    terms,
    tiers,
    excluded,
    headSafe,
    words: [...new Set(byWords?.words ?? [])],
    statutes,
    phrases,
    tokens: tokenNeedles,
  };
}
