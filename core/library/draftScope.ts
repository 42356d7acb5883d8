import type { CaseFilters } from '../../db/model/filters';

/**
 * Drafts (imported or half-written cases) are not yet what the library says: statistics, the
 * yearly report and casebooks built from a filter, tag or saved search leave them out unless the
 * user switches them in. A filter that names statuses itself is taken as it is.
 */
export function withDraftPolicy(filters: CaseFilters, includeDrafts = false): CaseFilters {
  if (includeDrafts || filters.statuses?.length || filters.ids) return filters;
  return { ...filters, statuses: ['reviewed'] };
}
