import type { WritableDB } from '../../db/connection';
import type { SearchHit, SearchInput, SearchOutput, Suggestion } from '../contract/search';
import { libraryRevision } from '../../db/repos/meta';
import { matchingSeqs } from '../../db/repos/searchFts';
import { fullTextOfSeq, hitRow } from '../../db/repos/searchHits';
import { liveCaseCount } from '../../db/repos/searchIndex';
import type { JobHandle } from '../service/jobs';
import { countFacets } from './facets';
import { indexIsCurrent, rebuildIndex, rebuildIndexSync } from './indexer';
import { BUILT_IN_LEXICON, type Lexicon, makeLexicon, TAXONOMY_TERMS } from './lexicon';
import { planQuery, type QueryPlan } from './queryPlan';
import { makeSnippets } from './snippets';
import { statuteNotes } from './statuteNotes';
import { MatchSet, type Ranked, walkDates } from './matches';
import { type CaseFacts, type LibrarySnapshot, SnapshotCache } from './snapshot';
import { Suggester } from './suggest';
import { librarySynonyms } from './synonymTable';

/** Below this many cases a stale index is rebuilt on the spot instead of asking the user. */
const AUTO_REBUILD_MAX = 3000;

/** The benchmark turns the per-query result cache off, so repeated queries measure real work. */
const CACHE_RESULTS = process.env.ANJIAN_SEARCH_CACHE !== 'off';

/** Snippet sections in the order they are tried: the editor's commentary before the judgment text. */
const SNIPPET_FIELDS = [
  ['analysis', 'analysis'],
  ['summary', 'summary'],
  ['issues', 'issues'],
  ['ruling', 'ruling'],
  ['lessons', 'lessons'],
  ['full_text', 'fullText'],
] as const;

/** Search over one open library: the FTS5 index for finding and ranking, snapshots for facets. */
export class SearchEngine {
  private readonly snapshots: SnapshotCache;
  private readonly suggester: Suggester;
  private checkedRevision = -1;
  private current = false;
  private lexiconState = { revision: -1, groups: [] as string[][], lexicon: BUILT_IN_LEXICON };

  constructor(private readonly db: WritableDB) {
    this.snapshots = new SnapshotCache(db);
    this.suggester = new Suggester(db, () => [...TAXONOMY_TERMS, ...this.synonymTable().groups.flat()]);
  }

  /** The library's synonym table and the lexicon made of it, read again when the revision moves. */
  private synonymTable(revision = libraryRevision(this.db)): { groups: string[][]; lexicon: Lexicon } {
    if (this.lexiconState.revision !== revision) {
      const { groups } = librarySynonyms(this.db);
      this.lexiconState = { revision, groups, lexicon: makeLexicon(groups) };
    }
    return this.lexiconState;
  }

  /** Whether the index matches the library; small stale libraries are rebuilt right away. */
  ensureIndex(): boolean {
    const revision = libraryRevision(this.db);
    if (revision === this.checkedRevision) return this.current;
    this.current = indexIsCurrent(this.db);
    if (!this.current && liveCaseCount(this.db) <= AUTO_REBUILD_MAX) {
      rebuildIndexSync(this.db);
      this.current = true;
    }
    this.checkedRevision = libraryRevision(this.db);
    return this.current;
  }

  async rebuild(job?: JobHandle): Promise<{ indexed: number }> {
    const result = await rebuildIndex(this.db, job);
    this.checkedRevision = -1;
    return result;
  }

  query(input: SearchInput): SearchOutput {
    this.warmSuggestions();
    const fresh = this.ensureIndex();
    const snapshot = this.snapshots.get();
    const allowed = snapshot.allowed(input.filters);
    const plan = planQuery(input.q, this.synonymTable(snapshot.revision).lexicon);
    const offset = input.offset ?? 0;
    const limit = input.limit ?? 20;
    const sort = input.sort ?? (plan.tiers.length ? 'relevance' : 'date-desc');
    if (!plan.tiers.length) {
      // No words to find (or only words to leave out): the library by date, less the excluded.
      const excluded = plan.excluded ? this.excludedOrds(plan.excluded, snapshot) : undefined;
      const admits = (ord: number) => (!allowed || allowed[ord] === 1) && excluded?.[ord] !== 1;
      const page = walkDates(snapshot, sort !== 'date-asc', offset, limit, (ord) =>
        admits(ord) ? 0 : undefined,
      );
      const admitted: number[] = [];
      for (let ord = 0; ord < snapshot.size; ord++) if (admits(ord)) admitted.push(ord);
      return {
        total: admitted.length,
        hits: this.hits(page, snapshot, plan),
        partial: [],
        facets: countFacets(admitted, snapshot),
        matchedBy: 'browse',
        keywords: [],
        didYouMean: null,
        indexStale: !fresh,
      };
    }
    // The result set is decided without the filters, then filtered: so a facet's count is
    // exactly what narrowing by it gives (the fill tiers must not refill a narrowed set).
    const found = this.findCached(input.q, plan, snapshot);
    const admitted = found.admitted(allowed);
    const page =
      sort === 'relevance'
        ? found.relevancePage(allowed, offset, limit)
        : found.datePage(allowed, sort === 'date-desc', offset, limit);
    const matchedBy = found.exactSize > 0 ? 'phrase' : found.matchedBy;
    const didYouMean = admitted.length < 3 ? this.suggester.didYouMean(input.q) : null;
    // The partial list belongs to the first page: it follows the answer's last case.
    const partial = offset === 0 ? this.hits(found.partialPage(allowed), snapshot, plan) : [];
    return {
      total: admitted.length,
      hits: this.hits(page, snapshot, plan),
      partial,
      facets: countFacets(admitted, snapshot),
      matchedBy,
      keywords: matchedBy === 'terms' ? plan.words : [],
      didYouMean,
      indexStale: !fresh,
    };
  }

  /** Cases the excluded words match, as a flag per ord. */
  private excludedOrds(match: string, snapshot: LibrarySnapshot): Uint8Array {
    const flags = new Uint8Array(snapshot.size);
    for (const seq of matchingSeqs(this.db, match)) {
      const ord = snapshot.ordOfSeq[seq] ?? -1;
      if (ord >= 0) flags[ord] = 1;
    }
    return flags;
  }

  private warming = false;

  /**
   * Someone is searching: have the titles ready for suggestions by their next keystrokes. Started
   * after this answer (not before it), and only while the library is still open.
   */
  private warmSuggestions(): void {
    if (this.warming) return;
    this.warming = true;
    setTimeout(() => {
      if (this.db.open) void this.suggester.warm();
    }, 0);
  }

  private readonly found = new Map<string, MatchSet>();

  /** The unfiltered match set of a query, kept for the revision: narrowing by facets re-runs no FTS. */
  private findCached(q: string, plan: QueryPlan, snapshot: LibrarySnapshot): MatchSet {
    const cached = CACHE_RESULTS ? this.found.get(q) : undefined;
    if (cached?.snapshot === snapshot) return cached;
    const found = new MatchSet(this.db, snapshot, plan);
    if (this.found.size >= 20) this.found.delete(this.found.keys().next().value as string);
    this.found.set(q, found);
    return found;
  }

  /** The plan a query is searched by and the synonym table it uses (for the 类案检索报告's 检索方法). */
  planOf(q: string): { plan: QueryPlan; synonyms: Lexicon['synonyms'] } {
    const { lexicon } = this.synonymTable();
    return { plan: planQuery(q, lexicon), synonyms: lexicon.synonyms };
  }

  suggest(q: string, limit = 8): Suggestion[] {
    return this.suggester.suggest(q, limit);
  }

  private hits(page: readonly Ranked[], snapshot: LibrarySnapshot, plan: QueryPlan): SearchHit[] {
    return page.flatMap(({ ord, score }) => {
      const facts = snapshot.byOrd[ord] as CaseFacts;
      const row = hitRow(this.db, facts.seq);
      if (!row) return [];
      const sections = SNIPPET_FIELDS.map(([column, field]) => ({
        field,
        text: column === 'full_text' ? () => fullTextOfSeq(this.db, facts.seq) : row[column],
      }));
      const notes = statuteNotes(this.db, row, plan, () => fullTextOfSeq(this.db, facts.seq));
      return [
        {
          id: row.id,
          title: row.title,
          caseNumber: row.caseNumber,
          score: Math.round(score * 1000) / 1000,
          snippets: plan.tiers.length
            ? makeSnippets(sections, plan)
            : makeSnippets([{ field: 'summary', text: row.summary }], plan, 1),
          court: row.court,
          courtLevel: row.courtLevel,
          trialStage: row.trialStage,
          judgmentDate: row.judgmentDate,
          category: row.category,
          outcome: row.outcome,
          lossReasons: facts.lossReasons as SearchHit['lossReasons'],
          defendant: row.defendant,
          region: row.region,
          status: row.status,
          ...(notes.length ? { statuteNotes: notes } : {}),
        },
      ];
    });
  }
}
