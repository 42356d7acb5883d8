import type { ReadableDB } from '../../db/connection';
import type { CaseFilters } from '../../db/model/filters';
import { caseFilterSql } from '../../db/repos/caseFilters';
import { libraryRevision } from '../../db/repos/meta';

/** What search needs to know of every live case to filter, sort and count facets without SQL per hit. */
export interface CaseFacts {
  seq: number;
  id: string;
  category: string;
  outcome: string;
  courtLevel: string | null;
  trialStage: string | null;
  year: number | null;
  region: string;
  agencyType: string | null;
  judgmentDate: string | null;
  lossReasons: string[];
  tagIds: number[];
  /** Per single-valued facet (SINGLE_FACETS order), the index of this case's value in the snapshot's dictionary; -1 for none. */
  codes: Int32Array;
}

/** Facets with one value per case, in the order of CaseFacts.codes. */
export const SINGLE_FACETS = [
  ['categories', 'category'],
  ['outcomes', 'outcome'],
  ['courtLevels', 'courtLevel'],
  ['trialStages', 'trialStage'],
  ['years', 'year'],
  ['regions', 'region'],
  ['agencyTypes', 'agencyType'],
] as const;

/**
 * Facts of the live library at one revision. Loaded from the covering index
 * cases_search_facets (no case text is read), dropped when the library revision moves.
 */
export class LibrarySnapshot {
  readonly facts = new Map<number, CaseFacts>();
  readonly tagNames = new Map<number, string>();
  /** For each single-valued facet, its distinct values; CaseFacts.codes index into these. */
  readonly dictionaries: string[][] = SINGLE_FACETS.map(() => []);
  private readonly filtered = new Map<string, Set<number>>();

  constructor(
    private readonly db: ReadableDB,
    readonly revision: number,
  ) {
    const rows = db
      .prepare(
        `SELECT c.seq, c.id, c.category, c.outcome, c.court_level AS courtLevel, c.trial_stage AS trialStage,
          c.year, c.region, c.agency_type AS agencyType, c.judgment_date AS judgmentDate
         FROM cases c INDEXED BY cases_search_facets WHERE c.deleted_at IS NULL`,
      )
      .all() as Omit<CaseFacts, 'lossReasons' | 'tagIds' | 'codes'>[];
    const bySeq = this.facts;
    const byId = new Map<string, CaseFacts>();
    const lookups = SINGLE_FACETS.map(() => new Map<string, number>());
    for (const r of rows) {
      const codes = new Int32Array(SINGLE_FACETS.length);
      SINGLE_FACETS.forEach(([, key], i) => {
        const value = r[key];
        if (value === null || value === undefined || value === '') {
          codes[i] = -1;
          return;
        }
        const text = String(value);
        const lookup = lookups[i] as Map<string, number>;
        let code = lookup.get(text);
        if (code === undefined) {
          code = lookup.size;
          lookup.set(text, code);
          this.dictionaries[i]?.push(text);
        }
        codes[i] = code;
      });
      const f: CaseFacts = { ...r, lossReasons: [], tagIds: [], codes };
      bySeq.set(r.seq, f);
      byId.set(r.id, f);
    }
    for (const r of db
      .prepare('SELECT case_id AS id, code FROM case_loss_reasons ORDER BY case_id, position')
      .all() as { id: string; code: string }[]) {
      byId.get(r.id)?.lossReasons.push(r.code);
    }
    for (const r of db.prepare('SELECT case_id AS id, tag_id AS tagId FROM case_tags').all() as {
      id: string;
      tagId: number;
    }[]) {
      byId.get(r.id)?.tagIds.push(r.tagId);
    }
    for (const t of db.prepare('SELECT id, name FROM tags').all() as { id: number; name: string }[]) {
      this.tagNames.set(t.id, t.name);
    }
  }

  /** Seqs of the cases the filters admit — through caseFilterSql, the one definition of a filter. */
  allowed(filters: CaseFilters | undefined): Set<number> | undefined {
    const active = Object.entries(filters ?? {}).filter(
      ([, v]) => v !== undefined && v !== false && !(Array.isArray(v) && v.length === 0),
    );
    if (!active.length) return undefined;
    const key = JSON.stringify(active);
    let set = this.filtered.get(key);
    if (!set) {
      const where = caseFilterSql(filters);
      set = new Set(
        (
          this.db.prepare(`SELECT c.seq FROM cases c WHERE ${where.sql}`).all(where.params) as {
            seq: number;
          }[]
        ).map((r) => r.seq),
      );
      if (this.filtered.size > 50) this.filtered.clear();
      this.filtered.set(key, set);
    }
    return set;
  }
}

/** Keeps one snapshot per database handle, renewed when the library revision changes. */
export class SnapshotCache {
  private current: LibrarySnapshot | undefined;
  constructor(private readonly db: ReadableDB) {}

  get(): LibrarySnapshot {
    const revision = libraryRevision(this.db);
    if (this.current?.revision !== revision) this.current = new LibrarySnapshot(this.db, revision);
    return this.current;
  }
}
