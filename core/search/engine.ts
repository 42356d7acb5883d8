import type { WritableDB } from '../../db/connection';
import type { SearchHit, SearchInput, SearchOutput, Suggestion } from '../contract/search';
import { libraryRevision } from '../../db/repos/meta';
import { liveCaseCount } from '../../db/repos/searchIndex';
import type { JobHandle } from '../service/jobs';
import { countFacets } from './facets';
import { indexIsCurrent, rebuildIndex, rebuildIndexSync } from './indexer';
import { planQuery, type QueryPlan } from './queryPlan';
import { makeSnippets } from './snippets';
import { type CaseFacts, type LibrarySnapshot, SnapshotCache } from './snapshot';
import { Suggester } from './suggest';

/** bm25 weights of search_fts columns: title, case number, metadata, commentary, judgment text. */
const WEIGHTS = '10.0, 10.0, 4.0, 2.0, 1.0';
/** The looser tiers only fill in when the stricter ones found fewer than this; the any-word tier adds at most FILL_MAX. */
const FILL_BELOW = 10;
const FILL_MAX = 20;
/** Below this many cases a stale index is rebuilt on the spot instead of asking the user. */
const AUTO_REBUILD_MAX = 3000;

/** The benchmark turns the per-query result cache off, so repeated queries measure real work. */
const CACHE_RESULTS = process.env.ANJIAN_SEARCH_CACHE !== 'off';

const TIER_BONUS = { exact: 3000, phrase: 2000, all: 1000, any: 0 } as const;

interface Scored {
  facts: CaseFacts;
  score: number;
}

/** Snippet sections in the order they are tried: the editor's commentary before the judgment text. */
const SNIPPET_FIELDS = [
  ['analysis', 'analysis'],
  ['summary', 'summary'],
  ['issues', 'issues'],
  ['ruling', 'ruling'],
  ['lessons', 'lessons'],
  ['full_text', 'fullText'],
] as const;

interface HitRow {
  id: string;
  title: string;
  caseNumber: string;
  court: string;
  courtLevel: SearchHit['courtLevel'];
  trialStage: SearchHit['trialStage'];
  judgmentDate: string | null;
  category: SearchHit['category'];
  outcome: SearchHit['outcome'];
  defendant: string;
  region: string;
  analysis: string;
  summary: string;
  issues: string;
  ruling: string;
  lessons: string;
}

/** Search over one open library: the FTS5 index for finding and ranking, snapshots for facets. */
export class SearchEngine {
  private readonly snapshots: SnapshotCache;
  private readonly suggester: Suggester;
  private checkedRevision = -1;
  private current = false;

  constructor(private readonly db: WritableDB) {
    this.snapshots = new SnapshotCache(db);
    this.suggester = new Suggester(db);
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
    const fresh = this.ensureIndex();
    const snapshot = this.snapshots.get();
    const allowed = snapshot.allowed(input.filters);
    const plan = planQuery(input.q);
    let matched: Scored[];
    let matchedBy: SearchOutput['matchedBy'] = 'browse';
    if (!plan.tiers.length) {
      matched = [];
      for (const f of snapshot.facts.values())
        if (!allowed || allowed.has(f.seq)) matched.push({ facts: f, score: 0 });
    } else {
      // The result set is decided without the filters, then filtered: so a facet's count is
      // exactly what narrowing by it gives (the fill tier must not refill a narrowed set).
      const found = this.findCached(input.q, plan, snapshot);
      matchedBy = found.matchedBy;
      matched = allowed ? found.scored.filter((m) => allowed.has(m.facts.seq)) : [...found.scored];
    }
    sortHits(matched, input.sort ?? (plan.tiers.length ? 'relevance' : 'date-desc'));
    const offset = input.offset ?? 0;
    const page = matched.slice(offset, offset + (input.limit ?? 20));
    const didYouMean =
      plan.tiers.length && (matched.length < 3 || matchedBy !== 'phrase')
        ? this.suggester.didYouMean(input.q)
        : null;
    return {
      total: matched.length,
      hits: this.hits(page, plan),
      facets: countFacets(
        matched.map((m) => m.facts),
        snapshot,
      ),
      matchedBy: plan.tiers.length ? (matched.length ? matchedBy : 'phrase') : 'browse',
      didYouMean,
      indexStale: !fresh,
    };
  }

  private readonly found = new Map<
    string,
    { revision: number; scored: Scored[]; matchedBy: SearchOutput['matchedBy'] }
  >();

  /** The unfiltered result set of a query, kept for the revision: narrowing by facets re-runs no FTS. */
  private findCached(q: string, plan: QueryPlan, snapshot: LibrarySnapshot) {
    const cached = CACHE_RESULTS ? this.found.get(q) : undefined;
    if (cached?.revision === snapshot.revision) return cached;
    const found = new Map<number, Scored>();
    let matchedBy: SearchOutput['matchedBy'] = 'phrase';
    for (const tier of plan.tiers) {
      // Phrases first; all-words and any-word tiers only fill a thin result (they would add noise to a full one).
      if ((tier.name === 'any' || tier.name === 'all') && found.size >= FILL_BELOW) break;
      const rows = this.db
        .prepare(
          `SELECT rowid AS seq, bm25(search_fts, ${WEIGHTS}) AS rank FROM search_fts WHERE search_fts MATCH @match` +
            (tier.name === 'any' ? ' ORDER BY rank' : ''),
        )
        .all({ match: tier.match }) as { seq: number; rank: number }[];
      let room = tier.name === 'any' ? FILL_MAX : Infinity;
      const before = found.size;
      for (const r of rows) {
        if (found.has(r.seq)) continue;
        const facts = snapshot.facts.get(r.seq);
        if (!facts) continue;
        found.set(r.seq, { facts, score: TIER_BONUS[tier.name] - r.rank });
        if (--room <= 0) break;
      }
      if (before === 0 && found.size > 0) matchedBy = tier.name === 'exact' ? 'phrase' : tier.name;
    }
    const entry = { revision: snapshot.revision, scored: [...found.values()], matchedBy };
    if (this.found.size >= 20) this.found.delete(this.found.keys().next().value as string);
    this.found.set(q, entry);
    return entry;
  }

  suggest(q: string, limit = 8): Suggestion[] {
    return this.suggester.suggest(q, limit);
  }

  private hits(page: readonly Scored[], plan: QueryPlan): SearchHit[] {
    if (!page.length) return [];
    const stmt = this.db.prepare(
      `SELECT id, title, case_number AS caseNumber, court, court_level AS courtLevel, trial_stage AS trialStage,
        judgment_date AS judgmentDate, category, outcome, defendant, region,
        analysis, summary, issues, ruling, lessons
       FROM cases WHERE seq = @seq`,
    );
    const fullText = this.db.prepare('SELECT full_text AS text FROM cases WHERE seq = @seq').pluck();
    return page.map(({ facts, score }) => {
      const row = stmt.get({ seq: facts.seq }) as HitRow;
      const sections = SNIPPET_FIELDS.map(([column, field]) => ({
        field,
        text: column === 'full_text' ? () => fullText.get({ seq: facts.seq }) as string : row[column],
      }));
      return {
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
      };
    });
  }
}

/** Newest first; ISO dates compare as plain strings (localeCompare would go through ICU per call). */
const byDate = (a: Scored, b: Scored) => {
  const x = a.facts.judgmentDate ?? '';
  const y = b.facts.judgmentDate ?? '';
  return x === y ? 0 : x < y ? 1 : -1;
};

function sortHits(list: Scored[], sort: NonNullable<SearchInput['sort']>): void {
  if (sort === 'relevance') list.sort((a, b) => b.score - a.score || byDate(a, b));
  else if (sort === 'date-desc') list.sort((a, b) => byDate(a, b) || b.score - a.score);
  else list.sort((a, b) => -byDate(a, b) || b.score - a.score);
}
