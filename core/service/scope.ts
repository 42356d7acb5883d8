import type { ReadableDB } from '../../db/connection';
import type { CaseFilters } from '../../db/model/filters';
import { getSavedSearch } from '../../db/repos/savedSearches';
import type { StatsScope } from '../contract/stats';
import { withDraftPolicy } from '../library/draftScope';
import type { SearchEngine } from '../search/engine';

const SEARCH_PAGE = 200;

/**
 * A saved search stands for what it finds: its filters, and when it has a text query, the ids
 * of the cases the search engine finds for it. Explicit filters narrow it further.
 */
export function resolveSavedScope(db: ReadableDB, scope: StatsScope, search?: SearchEngine): CaseFilters {
  if (scope.savedSearchId === undefined) return scope.filters ?? {};
  const saved = getSavedSearch(db, scope.savedSearchId);
  const filters: CaseFilters = { ...saved.filters, ...scope.filters };
  const q = saved.q.trim();
  if (!q || !search) return filters;
  const engine = search;
  const ids: string[] = [];
  for (let offset = 0; ; offset += SEARCH_PAGE) {
    const page = engine.query({ q, filters, offset, limit: SEARCH_PAGE });
    ids.push(...page.hits.map((h) => h.id));
    if (!page.hits.length || ids.length >= page.total) break;
  }
  return { ...filters, ids };
}

/**
 * What statistics, checklists and the yearly report count: the saved scope, without drafts
 * unless the scope switches them in (one rule for every entry point).
 */
export const resolveStatsScope = (db: ReadableDB, scope: StatsScope, search?: SearchEngine): CaseFilters =>
  withDraftPolicy(resolveSavedScope(db, scope, search), scope.includeDrafts);
