import MiniSearch from 'minisearch';
import type { ReadableDB } from '../../db/connection';
import { libraryRevision } from '../../db/repos/meta';
import { provisionUsage } from '../../db/repos/provisions';
import { formatProvision } from '../text/provision';
import type { Suggestion } from '../contract/search';
import { TAXONOMY_TERMS } from './lexicon';
import { normalize } from './normalize';
import { SYNONYM_GROUPS } from './synonyms';
import { tokens } from './tokenize';

interface Entry {
  id: number;
  text: string;
  norm: string;
  kind: Suggestion['kind'];
  caseId?: string;
}

const KIND_RANK: Record<Suggestion['kind'], number> = { term: 0, statute: 1, agency: 2, title: 3 };

/** Tokens for MiniSearch: the same bigrams as the index, so a 2-character prefix is enough. */
const tokenizeForSuggest = (text: string) => tokens(normalize(text));

/**
 * MiniSearch over short strings — case titles, agencies, statutes, taxonomy and field terms —
 * where it is fast and where prefix and partial matching help. Rebuilt when the library revision moves.
 */
export class Suggester {
  private index: MiniSearch<Entry> | undefined;
  /** Terms, agencies and statutes only: small, so a "did you mean" never waits for every title. */
  private vocabulary: MiniSearch<Entry> | undefined;
  private revision = -1;
  private entries: Entry[] = [];

  constructor(private readonly db: ReadableDB) {}

  private vocabularyRevision = -1;

  private static newIndex(): MiniSearch<Entry> {
    return new MiniSearch<Entry>({
      fields: ['text'],
      storeFields: [],
      tokenize: tokenizeForSuggest,
      processTerm: (t) => t,
    });
  }

  /** Terms, statutes and agencies: what "did you mean" proposes. Small and quick to build. */
  private ensureVocabulary(): MiniSearch<Entry> {
    const revision = libraryRevision(this.db);
    if (this.vocabulary && revision === this.vocabularyRevision) return this.vocabulary;
    const entries: Entry[] = [];
    const add = (text: string, kind: Suggestion['kind']) => {
      if (text) entries.push({ id: entries.length, text, norm: normalize(text), kind });
    };
    const terms = new Set<string>([...TAXONOMY_TERMS, ...SYNONYM_GROUPS.flat()]);
    for (const t of terms) add(t, 'term');
    for (const p of provisionUsage(this.db)) add(formatProvision(p), 'statute');
    for (const r of this.db
      .prepare("SELECT DISTINCT defendant FROM cases WHERE deleted_at IS NULL AND defendant <> ''")
      .all() as { defendant: string }[])
      add(r.defendant, 'agency');
    const vocabulary = Suggester.newIndex();
    vocabulary.addAll(entries);
    this.entries = entries;
    this.vocabulary = vocabulary;
    this.vocabularyRevision = revision;
    this.index = undefined;
    return vocabulary;
  }

  /** The vocabulary plus every case title, for suggestions as the user types. */
  private ensure(): MiniSearch<Entry> {
    this.ensureVocabulary();
    if (this.index && this.revision === this.vocabularyRevision) return this.index;
    const entries = this.entries;
    for (const r of this.db.prepare('SELECT id, title FROM cases WHERE deleted_at IS NULL').all() as {
      id: string;
      title: string;
    }[]) {
      entries.push({
        id: entries.length,
        text: r.title,
        norm: normalize(r.title),
        kind: 'title',
        caseId: r.id,
      });
    }
    const index = Suggester.newIndex();
    index.addAll(entries);
    this.index = index;
    this.revision = this.vocabularyRevision;
    return index;
  }

  suggest(q: string, limit: number): Suggestion[] {
    const norm = normalize(q).trim();
    if (!norm) return [];
    const index = this.ensure();
    const results = index.search(q, { prefix: true, combineWith: 'AND' });
    // MiniSearch already orders by score: re-rank only the best few hundred, each key computed once
    // (a one-character prefix can match thousands of titles in a large library).
    const ranked = results
      .slice(0, 300)
      .map((r) => {
        const entry = this.entries[r.id as number] as Entry;
        const key = entry.norm.startsWith(norm) ? 0 : entry.norm.includes(norm) ? 1 : 2;
        return { entry, score: r.score, key: key * 10 + KIND_RANK[entry.kind] };
      })
      .filter(({ entry }) => entry.norm !== norm)
      .sort((a, b) => a.key - b.key || b.score - a.score);
    return ranked.slice(0, limit).map(({ entry }) => ({
      text: entry.text,
      kind: entry.kind,
      ...(entry.caseId ? { caseId: entry.caseId } : {}),
    }));
  }

  /**
   * A known term sharing most of the query's bigrams ("答复期线" → 答复期限), for a query that
   * finds little. Only terms, agencies and statutes: a title is not something to search for.
   */
  didYouMean(q: string): string | null {
    const norm = normalize(q).trim();
    const queryTokens = new Set(tokenizeForSuggest(q));
    if (queryTokens.size === 0) return null;
    const index = this.ensureVocabulary();
    const results = index.search(q, {
      combineWith: 'OR',
      fuzzy: (term) => (/^[a-z]{4,}$/.test(term) ? 0.2 : false),
      filter: (r) => this.entries[r.id as number]?.kind !== 'title',
    });
    for (const r of results.slice(0, 20)) {
      const entry = this.entries[r.id as number];
      if (!entry || entry.norm === norm || entry.norm.includes(norm)) continue;
      const entryTokens = new Set(tokenizeForSuggest(entry.text));
      const shared = [...queryTokens].filter((t) => entryTokens.has(t)).length;
      if (shared * 2 >= queryTokens.size && shared * 2 >= entryTokens.size - 1) return entry.text;
    }
    return null;
  }
}
