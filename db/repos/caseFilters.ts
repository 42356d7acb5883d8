import type { CaseFilters } from '../model/filters';

export interface SqlFragment {
  sql: string;
  params: Record<string, unknown>;
}

/**
 * Turns filters into a WHERE clause over `cases AS c`, every value a named parameter.
 * Shared by the case list, search and statistics so the three always agree on what a filter means.
 */
export function caseFilterSql(filters: CaseFilters = {}): SqlFragment {
  const clauses: string[] = [filters.trashed ? 'c.deleted_at IS NOT NULL' : 'c.deleted_at IS NULL'];
  const params: Record<string, unknown> = {};
  /** Binds each value as @name0, @name1 … and returns the placeholder list. */
  const bind = (name: string, values: readonly unknown[]) =>
    values
      .map((v, i) => {
        params[`${name}${i}`] = v;
        return `@${name}${i}`;
      })
      .join(', ');
  const inList = (column: string, name: string, values: readonly unknown[] | undefined) => {
    if (values?.length) clauses.push(`${column} IN (${bind(name, values)})`);
  };
  const inLinked = (table: string, column: string, name: string, values: readonly unknown[] | undefined) => {
    if (values?.length)
      clauses.push(`c.id IN (SELECT case_id FROM ${table} WHERE ${column} IN (${bind(name, values)}))`);
  };
  inList('c.category', 'category', filters.categories);
  inList('c.outcome', 'outcome', filters.outcomes);
  inList('c.court_level', 'courtLevel', filters.courtLevels);
  inList('c.trial_stage', 'trialStage', filters.trialStages);
  inList('c.agency_type', 'agencyType', filters.agencyTypes);
  inList('c.region', 'region', filters.regions);
  inList('c.status', 'status', filters.statuses);
  inList('c.id', 'id', filters.ids);
  inLinked('case_loss_reasons', 'code', 'lossReason', filters.lossReasons);
  inLinked('case_enforcement_steps', 'code', 'step', filters.enforcementSteps);
  inLinked('case_tags', 'tag_id', 'tag', filters.tagIds);
  if (filters.yearFrom !== undefined) {
    params.yearFrom = filters.yearFrom;
    clauses.push('c.year >= @yearFrom');
  }
  if (filters.yearTo !== undefined) {
    params.yearTo = filters.yearTo;
    clauses.push('c.year <= @yearTo');
  }
  if (filters.recordedYear !== undefined) {
    params.recordedYear = String(filters.recordedYear);
    clauses.push('substr(c.created_at, 1, 4) = @recordedYear');
  }
  if (filters.starred) clauses.push('c.id IN (SELECT case_id FROM stars)');
  return { sql: clauses.join(' AND '), params };
}
