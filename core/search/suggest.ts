import MiniSearch from 'minisearch';
import { liveDefendants, liveTitles } from '../../db/repos/searchSnapshot';
import type { ReadableDB } from '../../db/connection';
import { libraryRevision } from '../../db/repos/meta';
import { provisionUsage } from '../../db/repos/provisions';
import { formatProvision } from '../text/provision';
import type { Suggestion } from '../contract/search';
import { normalize } from '../../shared/search/normalize';
import { tokens } from './tokenize';

interface Entry {
  id: number | string;
  text: string;
  norm: string;
  kind: Suggestion['kind'];
  caseId?: string;
}

const KIND_RANK: Record<Suggestion['kind'], number> = { term: 0, statute: 1, agency: 2, title: 3 };

/** Tokens for MiniSearch: the same bigrams as the index, so a 2-character prefix is enough. */
const tokenizeForSuggest = (text: string) => tokens(normalize(text));

/** Titles are indexed in chunks of this many, yielding between chunks, when built in the background. */
const TITLE_CHUNK = 500;

/** Only the last token of what is being typed is unfinished: a prefix search of every token floods. */
const lastTokenIsPrefix = (_term: string, i: number, terms: string[]) => i === terms.length - 1;

const newIndex = <T>() =>
  new MiniSearch<T>({
    fields: ['text'],
    storeFields: [],
    tokenize: tokenizeForSuggest,
    processTerm: (t) => t,
  });

/**
 * MiniSearch over short strings — case titles, agencies, statutes, taxonomy and field terms —
 * where it is fast and where prefix and partial matching help.
 *
 * Two indexes: the vocabulary (terms, statutes, agencies) is small, read again when the library
 * revision moves and re-indexed when it changed; the titles (one per case, a second or more to index at 50,000 cases)
 * are indexed once in the background, in chunks that let queries through, and then kept in step
 * case by case. Until they are ready, suggestions come from the vocabulary alone.
 */
export class Suggester {
  /** Terms, agencies and statutes only: what "did you mean" proposes. */
  private vocabulary: MiniSearch<Entry> | undefined;
  private vocabularyRevision = -1;
  private vocabularySignature = '';
  private entries: Entry[] = [];

  private titles: MiniSearch<Entry> | undefined;
  /** The indexed title of each case, to see what changed when the revision moves. */
  private titleOf = new Map<string, Entry>();
  private titlesRevision = -1;
  private building: Promise<void> | undefined;

  constructor(
    private readonly db: ReadableDB,
    /** The terms to suggest besides the library's own statutes and agencies (taxonomy, synonyms). */
    private readonly terms: () => readonly string[],
  ) {}

  /**
   * Terms, statutes and agencies: what "did you mean" proposes. Read again when the revision
   * moves, but re-indexed only when the list itself changed (most edits touch neither).
   */
  private ensureVocabulary(): MiniSearch<Entry> {
    const revision = libraryRevision(this.db);
    if (this.vocabulary && revision === this.vocabularyRevision) return this.vocabulary;
    const entries: Entry[] = [];
    const add = (text: string, kind: Suggestion['kind']) => {
      if (text) entries.push({ id: entries.length, text, norm: normalize(text), kind });
    };
    for (const t of new Set(this.terms())) add(t, 'term');
    for (const p of provisionUsage(this.db)) add(formatProvision(p), 'statute');
    for (const defendant of liveDefendants(this.db)) add(defendant, 'agency');
    const signature = entries.map((e) => `${e.kind}:${e.text}`).join('\n');
    if (!this.vocabulary || signature !== this.vocabularySignature) {
      const vocabulary = newIndex<Entry>();
      vocabulary.addAll(entries);
      this.entries = entries;
      this.vocabulary = vocabulary;
      this.vocabularySignature = signature;
    }
    this.vocabularyRevision = revision;
    return this.vocabulary;
  }

  private liveTitles(): { id: string; title: string }[] {
    return liveTitles(this.db);
  }

  private static titleEntry(id: string, title: string): Entry & { id: string } {
    return { id, text: title, norm: normalize(title), kind: 'title', caseId: id };
  }

  /**
   * Indexes the titles (once): at once for a small library, else in the background, in chunks
   * that let queries through. Resolves when they are ready.
   */
  warm(): Promise<void> {
    if (this.building) return this.building;
    const revision = libraryRevision(this.db);
    const entries = this.liveTitles().map((r) => Suggester.titleEntry(r.id, r.title));
    const titles = newIndex<Entry>();
    const ready = () => {
      this.titleOf = new Map(entries.map((e) => [e.id, e]));
      this.titles = titles;
      this.titlesRevision = revision;
    };
    if (entries.length <= TITLE_CHUNK) {
      titles.addAll(entries);
      ready();
      this.building = Promise.resolve();
    } else {
      this.building = titles
        .addAllAsync(entries, { chunkSize: TITLE_CHUNK })
        .then(ready)
        .catch((e: unknown) => {
          // Suggestions keep to the vocabulary; the next keystroke tries again.
          console.error('[anjian] indexing titles for suggestions failed', e);
          this.building = undefined;
        });
    }
    return this.building;
  }

  /** The title index in step with the library: only cases added, retitled or removed are touched. */
  private currentTitles(): MiniSearch<Entry> | undefined {
    if (!this.titles) void this.warm();
    // A small library's titles are indexed at once by warm(); a large one's are still coming.
    const titles = this.titles;
    if (!titles) return undefined;
    const revision = libraryRevision(this.db);
    if (revision === this.titlesRevision) return titles;
    const seen = new Set<string>();
    for (const { id, title } of this.liveTitles()) {
      seen.add(id);
      const before = this.titleOf.get(id);
      if (before?.text === title) continue;
      if (before) titles.discard(id);
      const entry = Suggester.titleEntry(id, title);
      titles.add(entry);
      this.titleOf.set(id, entry);
    }
    for (const id of [...this.titleOf.keys()]) {
      if (seen.has(id)) continue;
      titles.discard(id);
      this.titleOf.delete(id);
    }
    this.titlesRevision = revision;
    return titles;
  }

  suggest(q: string, limit: number): Suggestion[] {
    const norm = normalize(q).trim();
    if (!norm) return [];
    const options = { prefix: lastTokenIsPrefix, combineWith: 'AND' } as const;
    const found = this.ensureVocabulary()
      .search(q, options)
      .map((r) => ({ entry: this.entries[r.id as number] as Entry, score: r.score }));
    const titles = this.currentTitles();
    // MiniSearch orders by score: only the best few hundred titles are re-ranked (a short prefix
    // can match thousands in a large library).
    if (titles)
      for (const r of titles.search(q, options).slice(0, 300)) {
        const entry = this.titleOf.get(r.id as string);
        if (entry) found.push({ entry, score: r.score });
      }
    const ranked = found
      .filter(({ entry }) => entry.norm !== norm)
      .map(({ entry, score }) => {
        const key = entry.norm.startsWith(norm) ? 0 : entry.norm.includes(norm) ? 1 : 2;
        return { entry, score, key: key * 10 + KIND_RANK[entry.kind] };
      })
      .sort((a, b) => a.key - b.key || b.score - a.score);
    // No kind may fill the whole list (a law's many articles would push every case title out):
    // each kind keeps at most half the places, unless nothing else is there to show.
    const perKind = Math.max(2, Math.ceil(limit / 2));
    const taken = new Map<string, number>();
    const balanced = ranked.filter(({ entry }) => {
      const n = taken.get(entry.kind) ?? 0;
      taken.set(entry.kind, n + 1);
      return n < perKind;
    });
    const shown =
      balanced.length >= limit ? balanced : [...balanced, ...ranked.filter((r) => !balanced.includes(r))];
    return shown.slice(0, limit).map(({ entry }) => ({
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
