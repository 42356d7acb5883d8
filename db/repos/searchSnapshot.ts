import type { ReadableDB } from '../connection';
import type { CaseFilters } from '../model/filters';
import { caseFilterSql } from './caseFilters';

/**
 * What the search snapshot (core/search/snapshot.ts) reads of the live library to filter, sort
 * and count facets without SQL per hit: one row of facet values per case from the covering
 * index cases_search_facets (no case text is read), and the many-valued facets apart.
 */
export interface FacetRow {
  seq: number;
  id: string;
  judgmentDate: string | null;
  category: string;
  outcome: string;
  courtLevel: string | null;
  trialStage: string | null;
  year: number | null;
  region: string;
  agencyType: string | null;
}

export const facetRows = (db: ReadableDB): FacetRow[] =>
  db
    .prepare(
      `SELECT c.seq, c.id, c.category, c.outcome, c.court_level AS courtLevel, c.trial_stage AS trialStage,
        c.year, c.region, c.agency_type AS agencyType, c.judgment_date AS judgmentDate
       FROM cases c INDEXED BY cases_search_facets WHERE c.deleted_at IS NULL`,
    )
    .all() as FacetRow[];

/** Every case's loss reasons, in each case's own order. */
export const lossReasonLinks = (db: ReadableDB): { id: string; code: string }[] =>
  db.prepare('SELECT case_id AS id, code FROM case_loss_reasons ORDER BY case_id, position').all() as {
    id: string;
    code: string;
  }[];

export const tagLinks = (db: ReadableDB): { id: string; tagId: number }[] =>
  db.prepare('SELECT case_id AS id, tag_id AS tagId FROM case_tags').all() as { id: string; tagId: number }[];

export const tagNames = (db: ReadableDB): { id: number; name: string }[] =>
  db.prepare('SELECT id, name FROM tags').all() as { id: number; name: string }[];

/** Seqs of the cases the filters admit, through caseFilterSql (the one definition of a filter). */
export function filteredSeqs(db: ReadableDB, filters: CaseFilters | undefined): number[] {
  const where = caseFilterSql(filters);
  return db.prepare(`SELECT c.seq FROM cases c WHERE ${where.sql}`).pluck().all(where.params) as number[];
}

/** Agencies named as defendants in live cases, for suggestions. */
export const liveDefendants = (db: ReadableDB): string[] =>
  db
    .prepare("SELECT DISTINCT defendant FROM cases WHERE deleted_at IS NULL AND defendant <> ''")
    .pluck()
    .all() as string[];

export const liveTitles = (db: ReadableDB): { id: string; title: string }[] =>
  db.prepare('SELECT id, title FROM cases WHERE deleted_at IS NULL').all() as { id: string; title: string }[];

/** The FTS rowid of a case. */
export const seqOfCase = (db: ReadableDB, caseId: string): number | undefined =>
  db.prepare('SELECT seq FROM cases WHERE id = @caseId').pluck().get({ caseId }) as number | undefined;
