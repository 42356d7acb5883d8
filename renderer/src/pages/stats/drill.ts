import type { CaseFilters } from '../../../../db/model/filters';

/**
 * Clicking a number or a bar opens the case list with the filters behind it. The filters travel
 * in the URL (`#/library?filters=<json>`) so that the back button returns to the dashboard and
 * the list can be bookmarked.
 */
export const caseListUrl = (filters: CaseFilters): string =>
  `/library?filters=${encodeURIComponent(JSON.stringify(filters))}`;

/** The current filters narrowed by what was clicked (the clicked value replaces that facet). */
export const drillFilters = (base: CaseFilters, drill: CaseFilters): CaseFilters => ({ ...base, ...drill });

/** Filters from the case list's URL query; undefined when there are none or they are unreadable. */
export function filtersFromSearch(search: string): CaseFilters | undefined {
  const raw = new URLSearchParams(search).get('filters');
  if (!raw) return undefined;
  try {
    const parsed = JSON.parse(raw) as unknown;
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}
