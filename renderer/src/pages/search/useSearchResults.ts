import { useCallback, useEffect, useRef, useState } from 'react';
import type { SearchHit, SearchOutput } from '../../../../core/contract/search';
import { api, ApiError } from '../../api/client';
import { effectiveQuery, type SearchState } from './searchState';

const PAGE = 50;
const DEBOUNCE_MS = 180;

export interface SearchResults {
  hits: SearchHit[];
  answer: SearchOutput | undefined;
  error: ApiError | undefined;
  loading: boolean;
  /** Loads the next page (the virtual list calls this near its end). */
  loadMore: () => void;
}

/**
 * Runs search.query as the user types (debounced), keeps the pages loaded so far for the
 * virtual list, and lets a newer query win over a late answer to an older one.
 */
export function useSearchResults(state: SearchState): SearchResults {
  const [answer, setAnswer] = useState<SearchOutput>();
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [error, setError] = useState<ApiError>();
  const [answeredKey, setAnsweredKey] = useState<string>();
  const request = useRef(0);
  const loadingMore = useRef(false);
  const key = JSON.stringify({ q: effectiveQuery(state), filters: state.filters, sort: state.sort });

  useEffect(() => {
    const id = ++request.current;
    const timer = setTimeout(() => {
      const input = JSON.parse(key) as {
        q: string;
        filters: SearchState['filters'];
        sort: SearchState['sort'];
      };
      api
        .call('search.query', { ...input, offset: 0, limit: PAGE })
        .then((result) => {
          if (id !== request.current) return;
          setAnswer(result);
          setHits(result.hits);
          setError(undefined);
          setAnsweredKey(key);
        })
        .catch((e: unknown) => {
          if (id !== request.current) return;
          setError(e instanceof ApiError ? e : new ApiError('INTERNAL', String(e)));
          setAnsweredKey(key);
        });
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [key]);

  const loadMore = useCallback(() => {
    if (!answer || hits.length >= answer.total || loadingMore.current) return;
    const id = request.current;
    loadingMore.current = true;
    const input = JSON.parse(key) as {
      q: string;
      filters: SearchState['filters'];
      sort: SearchState['sort'];
    };
    api
      .call('search.query', { ...input, offset: hits.length, limit: PAGE })
      .then((result) => {
        if (id === request.current) setHits((h) => [...h, ...result.hits]);
      })
      .catch(() => undefined)
      .finally(() => {
        loadingMore.current = false;
      });
  }, [answer, hits.length, key]);

  return { hits, answer, error, loading: answeredKey !== key, loadMore };
}
