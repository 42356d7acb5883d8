import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { SearchSort } from '../../../../core/contract/search';
import type { CaseFilters } from '../../../../db/model/filters';
import { scopeQuery } from '../../../../shared/search/queryParse';

/** Where words without a field prefix are searched: the whole case, or its title only (裁判文书网's 全文/标题). */
export type SearchScope = 'all' | 'title';

/** What a search is: the words, the words searched within, facet filters and the order. Lives in the URL. */
export interface SearchState {
  q: string;
  /** Earlier queries this one searches within (each must also match). */
  within: string[];
  filters: CaseFilters;
  sort: SearchSort;
  scope: SearchScope;
}

/** The URL of a search, for links from the sidebar (saved and recent searches) and elsewhere. */
export function searchUrl(state: Partial<SearchState>): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.within?.length) params.set('within', JSON.stringify(state.within));
  if (state.filters && Object.keys(state.filters).length) params.set('f', JSON.stringify(state.filters));
  if (state.sort && state.sort !== 'relevance') params.set('sort', state.sort);
  if (state.scope === 'title') params.set('scope', 'title');
  const query = params.toString();
  return `/search${query ? `?${query}` : ''}`;
}

function parseJson<T>(text: string | null, fallback: T): T {
  if (!text) return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

/**
 * The query the service runs: the words searched within, then the new words (groups are ANDed),
 * kept to the title when the scope says so.
 */
export const effectiveQuery = (s: SearchState): string =>
  scopeQuery([...s.within, s.q].join(' ').trim(), s.scope);

export function useSearchState(): [SearchState, (patch: Partial<SearchState>, replace?: boolean) => void] {
  const [params, setParams] = useSearchParams();
  const state = useMemo<SearchState>(
    () => ({
      q: params.get('q') ?? '',
      within: parseJson<string[]>(params.get('within'), []),
      filters: parseJson<CaseFilters>(params.get('f'), {}),
      sort: (params.get('sort') as SearchSort | null) ?? 'relevance',
      scope: params.get('scope') === 'title' ? 'title' : 'all',
    }),
    [params],
  );
  const update = useCallback(
    (patch: Partial<SearchState>, replace = true) => {
      const next = { ...state, ...patch };
      const url = new URL(searchUrl(next), 'http://x');
      setParams(url.searchParams, { replace });
    },
    [state, setParams],
  );
  return [state, update];
}

/** Events between the shell (Ctrl+K, sidebar) and the search page. */
export const FOCUS_SEARCH_EVENT = 'anjian:focus-search';
export const SAVED_SEARCHES_CHANGED = 'anjian:saved-searches-changed';
