import { useCallback, useEffect, useRef, useState } from 'react';
import type { OpInput, OpName, OpOutput } from '../../../core/contract';
import { api, ApiError } from './client';

export interface ApiState<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload: () => void;
}

interface Answer<T> {
  request: string;
  data?: T;
  error?: ApiError;
}

/**
 * Calls one operation and re-calls it when its input changes (compared as JSON, so callers
 * can pass object literals). A newer answer always wins over a late older one; the previous
 * data stays visible while the next answer is on its way.
 */
export function useApi<K extends OpName>(name: K, input: OpInput<K> | null): ApiState<OpOutput<K>> {
  const [nonce, setNonce] = useState(0);
  const [answer, setAnswer] = useState<Answer<OpOutput<K>>>({ request: '' });
  const latest = useRef('');
  const key = input === null ? null : JSON.stringify(input);
  const request = key === null ? '' : `${name}|${nonce}|${key}`;

  useEffect(() => {
    if (key === null) return;
    latest.current = request;
    api
      .call(name, JSON.parse(key) as OpInput<K>)
      .then((data) => {
        if (latest.current === request) setAnswer({ request, data, error: undefined });
      })
      .catch((e: unknown) => {
        const error = e instanceof ApiError ? e : new ApiError('INTERNAL', String(e));
        if (latest.current === request) setAnswer((a) => ({ request, data: a.data, error }));
      });
  }, [name, key, request]);

  const reload = useCallback(() => setNonce((n) => n + 1), []);
  return {
    data: answer.data,
    error: answer.error,
    loading: key !== null && answer.request !== request,
    reload,
  };
}
