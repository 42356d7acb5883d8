import type { ReadableDB } from '../connection';
import type { CaseFilters } from '../model/filters';
import { caseFilterSql } from './caseFilters';

/** One bar of a chart, one row of a table: a value of a facet and how many cases have it. */
export interface KeyCount {
  key: string;
  count: number;
}

export interface CrossCount {
  row: string;
  col: string;
  count: number;
}

/** Stored for a case whose field was left empty, so that totals still add up. */
export const UNKNOWN_KEY = '未注明';

/*
 * Aggregates over the cases a filter selects. Every figure of the dashboard, the report and the
 * checklists comes from here, computed by SQLite, so that 50,000 cases never travel to the
 * renderer and the numbers always agree with the case list (same caseFilterSql).
 */

/** `f` = the filtered cases, as a CTE every query starts from; `extra` binds the query's own parameters. */
function inFiltered<T>(
  db: ReadableDB,
  filters: CaseFilters,
  body: string,
  extra: Record<string, unknown> = {},
): T[] {
  const where = caseFilterSql(filters);
  return db
    .prepare(`WITH f AS (SELECT c.* FROM cases c WHERE ${where.sql}) ${body}`)
    .all({ ...where.params, ...extra }) as T[];
}

/**
 * Every facet of the dashboard in one statement: the filtered cases are read once into a
 * materialized CTE of narrow columns, and each facet is a GROUP BY over it. The read goes
 * through the covering index `cases_search_facets` (migration 0003): a case row carries
 * ~20 KB of text, so reading `cases` itself costs a page per case, and without the hint the
 * planner picks the narrower `cases_live_date` index and then reads every row.
 * Rows come ordered by facet, then as each facet should be listed.
 */
export function statsFacets(db: ReadableDB, filters: CaseFilters, topProvisions: number): FacetRow[] {
  const where = caseFilterSql(filters);
  const u = `'${UNKNOWN_KEY}'`;
  const one = (facet: string, expr: string) =>
    `SELECT '${facet}' AS facet, ${expr} AS k1, '' AS k2, count(*) AS count, -count(*) AS s1, 0 AS s2
     FROM f GROUP BY k1`;
  const cross = (facet: string, k1: string, k2: string, from: string) =>
    `SELECT '${facet}' AS facet, ${k1} AS k1, ${k2} AS k2, count(*) AS count, 0 AS s1, 0 AS s2
     FROM ${from} GROUP BY k1, k2`;
  const sql = `
    WITH f AS MATERIALIZED (
      SELECT c.id, c.category, c.outcome, c.agency_type, c.court_level, c.trial_stage, c.year, c.region
      FROM cases c INDEXED BY cases_search_facets WHERE ${where.sql}
    )
    SELECT 'total' AS facet, '' AS k1, '' AS k2, count(*) AS count, 0 AS s1, 0 AS s2 FROM f
    UNION ALL ${one('category', 'category')}
    UNION ALL ${one('outcome', 'outcome')}
    UNION ALL ${one('agencyType', `coalesce(nullif(agency_type, ''), ${u})`)}
    UNION ALL ${one('courtLevel', `coalesce(court_level, ${u})`)}
    UNION ALL ${one('trialStage', `coalesce(trial_stage, ${u})`)}
    UNION ALL ${one('region', `coalesce(nullif(region, ''), ${u})`)}
    UNION ALL SELECT 'year', coalesce(CAST(year AS TEXT), ${u}), '', count(*), year IS NULL, year
      FROM f GROUP BY year
    UNION ALL SELECT 'lossReason', lr.code, '', count(*), -count(*), r.position
      FROM case_loss_reasons lr JOIN f ON f.id = lr.case_id JOIN loss_reasons r ON r.code = lr.code
      GROUP BY lr.code
    UNION ALL SELECT 'enforcementStep', cs.code, '', count(*), -count(*), s.position
      FROM case_enforcement_steps cs JOIN f ON f.id = cs.case_id JOIN enforcement_steps s ON s.code = cs.code
      GROUP BY cs.code
    UNION ALL ${cross('categoryLossReason', 'f.category', 'lr.code', 'case_loss_reasons lr JOIN f ON f.id = lr.case_id')}
    UNION ALL ${cross('categoryEnforcementStep', 'f.category', 'cs.code', 'case_enforcement_steps cs JOIN f ON f.id = cs.case_id')}
    UNION ALL SELECT 'enforcementStepLossReason', cs.code, lr.code, count(DISTINCT f.id), 0, 0
      FROM f JOIN case_enforcement_steps cs ON cs.case_id = f.id JOIN case_loss_reasons lr ON lr.case_id = f.id
      GROUP BY cs.code, lr.code
    UNION ALL ${cross('courtLevelTrialStage', `coalesce(court_level, ${u})`, `coalesce(trial_stage, ${u})`, 'f')}
    UNION ALL SELECT * FROM (
      SELECT 'provision', p.law, CAST(p.article AS TEXT), count(*) AS n, -count(*), 0
      FROM case_provisions cp JOIN f ON f.id = cp.case_id JOIN provisions p ON p.id = cp.provision_id
      GROUP BY p.id ORDER BY n DESC, p.law, p.article LIMIT @topProvisions)
    ORDER BY facet, s1, s2, k1, k2`;
  return db.prepare(sql).all({ ...where.params, topProvisions }) as FacetRow[];
}

/** Cases per loss reason (a case with two reasons counts once under each), in taxonomy order for ties. */
export const lossReasonCounts = (db: ReadableDB, filters: CaseFilters): KeyCount[] =>
  inFiltered<KeyCount>(
    db,
    filters,
    `SELECT lr.code AS key, count(*) AS count
     FROM case_loss_reasons lr JOIN f ON f.id = lr.case_id
     JOIN loss_reasons r ON r.code = lr.code
     GROUP BY lr.code ORDER BY count DESC, r.position`,
  );

/** Cases per defendant agency (the department itself, not its type), largest first. */
export const defendantCounts = (db: ReadableDB, filters: CaseFilters, limit: number): KeyCount[] =>
  inFiltered<KeyCount>(
    db,
    filters,
    `SELECT coalesce(nullif(defendant, ''), '${UNKNOWN_KEY}') AS key, count(*) AS count
     FROM f GROUP BY key ORDER BY count DESC, key LIMIT @limit`,
    { limit },
  );

/** Agency type × loss reason, for the table per department. */
export const agencyTypeByLossReason = (db: ReadableDB, filters: CaseFilters): CrossCount[] =>
  inFiltered<CrossCount>(
    db,
    filters,
    `SELECT coalesce(f.agency_type, '${UNKNOWN_KEY}') AS row, lr.code AS col, count(*) AS count
     FROM case_loss_reasons lr JOIN f ON f.id = lr.case_id
     GROUP BY row, lr.code ORDER BY row, lr.code`,
  );

/** Agency type × outcome, for the table per department. */
export const agencyTypeByOutcome = (db: ReadableDB, filters: CaseFilters): CrossCount[] =>
  inFiltered<CrossCount>(
    db,
    filters,
    `SELECT coalesce(agency_type, '${UNKNOWN_KEY}') AS row, outcome AS col, count(*) AS count
     FROM f GROUP BY row, outcome ORDER BY row, outcome`,
  );

/** Ids of the filtered cases citing one provision (for clicking through from the provisions table). */
export const idsCitingProvision = (
  db: ReadableDB,
  filters: CaseFilters,
  law: string,
  article: number,
): string[] =>
  inFiltered<{ id: string }>(
    db,
    filters,
    `SELECT f.id FROM f JOIN case_provisions cp ON cp.case_id = f.id
     JOIN provisions p ON p.id = cp.provision_id
     WHERE p.law = @law AND p.article = @article`,
    { law, article },
  ).map((r) => r.id);

/**
 * Example cases for a loss reason: reviewed before drafts, newest first, with the court's
 * ground for that reason.
 */
export const examplesOfLossReason = (
  db: ReadableDB,
  filters: CaseFilters,
  code: string,
  limit: number,
): ExampleCase[] =>
  inFiltered<ExampleCase>(
    db,
    filters,
    `SELECT f.id, f.title, f.case_number AS caseNumber, f.court, f.judgment_date AS judgmentDate,
            f.defendant, lr.ground
     FROM f JOIN case_loss_reasons lr ON lr.case_id = f.id AND lr.code = @code
     ORDER BY f.status = 'reviewed' DESC, f.judgment_date IS NULL, f.judgment_date DESC, f.title
     LIMIT @limit`,
    { code, limit },
  );

/** The cases of one agency type, for the report's table per department. */
export function casesOfAgencyType(
  db: ReadableDB,
  filters: CaseFilters,
  agencyType: string,
  limit: number,
): DepartmentCase[] {
  const rows = inFiltered<Omit<DepartmentCase, 'lossReasons'> & { reasons: string | null }>(
    db,
    filters,
    `SELECT f.id, f.title, f.case_number AS caseNumber, f.defendant, f.category, f.outcome,
            (SELECT group_concat(code, ',') FROM
               (SELECT code FROM case_loss_reasons WHERE case_id = f.id ORDER BY position)) AS reasons
     FROM f WHERE coalesce(f.agency_type, '${UNKNOWN_KEY}') = @agencyType
     ORDER BY f.judgment_date IS NULL, f.judgment_date DESC, f.title LIMIT @limit`,
    { agencyType, limit },
  );
  return rows.map(({ reasons, ...row }) => ({ ...row, lossReasons: reasons ? reasons.split(',') : [] }));
}

/** Every filtered case of one category with its reasons, steps and lessons, for a risk checklist. */
export function checklistSources(db: ReadableDB, filters: CaseFilters, category: string): ChecklistSource[] {
  const rows = inFiltered<
    Omit<ChecklistSource, 'lossReasons' | 'steps'> & { reasons: string | null; steps: string | null }
  >(
    db,
    filters,
    `SELECT f.id, f.title, f.case_number AS caseNumber, f.lessons,
            (SELECT group_concat(code, ',') FROM
               (SELECT code FROM case_loss_reasons WHERE case_id = f.id ORDER BY position)) AS reasons,
            (SELECT group_concat(cs.code, ',') FROM
               (SELECT s.code FROM case_enforcement_steps s2 JOIN enforcement_steps s ON s.code = s2.code
                WHERE s2.case_id = f.id ORDER BY s.position) cs) AS steps
     FROM f WHERE f.category = @category
     ORDER BY f.status = 'reviewed' DESC, f.judgment_date IS NULL, f.judgment_date DESC, f.title`,
    { category },
  );
  return rows.map(({ reasons, steps, ...row }) => ({
    ...row,
    lossReasons: reasons ? reasons.split(',') : [],
    steps: steps ? steps.split(',') : [],
  }));
}

export interface FacetRow {
  facet: string;
  k1: string;
  k2: string;
  count: number;
}

export interface ExampleCase {
  id: string;
  title: string;
  caseNumber: string;
  court: string;
  judgmentDate: string | null;
  defendant: string;
  ground: string;
}

export interface DepartmentCase {
  id: string;
  title: string;
  caseNumber: string;
  defendant: string;
  category: string;
  outcome: string;
  lossReasons: string[];
}

export interface ChecklistSource {
  id: string;
  title: string;
  caseNumber: string;
  lessons: string;
  lossReasons: string[];
  steps: string[];
}

/** Regions present in the live library, for the filter's options. */
export function liveRegions(db: ReadableDB): string[] {
  return (
    db
      .prepare(
        `SELECT region FROM cases WHERE deleted_at IS NULL AND region <> ''
         GROUP BY region ORDER BY count(*) DESC, region`,
      )
      .all() as { region: string }[]
  ).map((r) => r.region);
}

/** Cases whose outcome the library classified (the source did not show the court's order). */
export function outcomeClassifiedByLibrary(db: ReadableDB, filters: CaseFilters): number {
  return (
    inFiltered<{ n: number }>(
      db,
      filters,
      "SELECT count(*) AS n FROM f WHERE f.outcome_basis = 'library classification'",
    )[0]?.n ?? 0
  );
}
