import { Alert, Button, Segmented, Select, Space, Tag, Typography, type InputRef } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import type { SearchHit, SearchSort } from '../../../../core/contract/search';
import { api } from '../../api/client';
import { useApi } from '../../api/useApi';
import { EmptyResults } from './EmptyResults';
import { FacetPanel } from './FacetPanel';
import { IndexStaleBanner } from './IndexStaleBanner';
import { ResultList } from './ResultList';
import { SaveSearchButton } from './SaveSearchButton';
import { QueryHelp } from './QueryHelp';
import { ReportButton } from './ReportButton';
import { SearchBox } from './SearchBox';
import { statusText } from './SearchStatus';
import {
  effectiveQuery,
  FOCUS_SEARCH_EVENT,
  SAVED_SEARCHES_CHANGED,
  type SearchScope,
  useSearchState,
} from './searchState';
import { useBoxText } from './useBoxText';
import { useSearchResults } from './useSearchResults';
import './search.css';

const caseHref = (hit: SearchHit, q: string) => `/case/${hit.id}${q ? `?q=${encodeURIComponent(q)}` : ''}`;

/** 检索: one box, ranked hits with highlighted snippets, facets with counts, saved searches. */
export function SearchPage() {
  const navigate = useNavigate();
  const [state, update] = useSearchState();
  const publishQ = useCallback((next: string) => update({ q: next }), [update]);
  const text = useBoxText(state.q, publishQ);
  // Searched: the box's text as committed (never a half-composed IME syllable), not the URL's.
  const searched = { ...state, q: text.committed };
  const results = useSearchResults(searched);
  const recent = useApi('search.recent', {});
  const box = useRef<InputRef>(null);
  const list = useRef<HTMLDivElement>(null);
  const q = effectiveQuery(searched);
  const { answer, hits } = results;
  // The keyboard selection belongs to one answer: a new answer starts it over.
  const [selection, setSelection] = useState<{ index: number; of: typeof answer }>({
    index: -1,
    of: undefined,
  });
  const active = selection.of === answer ? selection.index : -1;
  const setActive = (next: (i: number) => number) => setSelection({ index: next(active), of: answer });

  useEffect(() => {
    const focus = () => {
      box.current?.focus();
      box.current?.select();
    };
    focus();
    window.addEventListener(FOCUS_SEARCH_EVENT, focus);
    return () => window.removeEventListener(FOCUS_SEARCH_EVENT, focus);
  }, []);

  const remember = useCallback(() => {
    if (!q) return;
    void api
      .call('search.recordRecent', { q })
      .then(() => window.dispatchEvent(new Event(SAVED_SEARCHES_CHANGED)));
  }, [q]);

  const open = (hit: SearchHit) => {
    remember();
    void navigate(caseHref(hit, q));
  };

  const onListKey = (e: React.KeyboardEvent) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setActive((i) => Math.min(hits.length - 1, i + 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      if (active <= 0) box.current?.focus();
      setActive((i) => Math.max(-1, i - 1));
    } else if (e.key === 'Enter' && hits[active]) {
      open(hits[active]);
    } else if (e.key === 'Escape') {
      setActive(() => -1);
      box.current?.focus();
    }
  };

  const enterResults = () => {
    if (!hits.length) return;
    setActive(() => 0);
    list.current?.focus();
  };

  const hasFilters = Object.values(state.filters).some(
    (v) => v !== undefined && !(Array.isArray(v) && !v.length),
  );
  const showEmpty = !results.loading && answer && answer.total === 0 && answer.partial.length === 0;

  return (
    <div className="search-page">
      <div className="search-top">
        <div style={{ flex: 1 }}>
          <SearchBox
            ref={box}
            value={text.text}
            settled={text.committed}
            onChange={text.onChange}
            onCompositionStart={text.onCompositionStart}
            onCompositionEnd={text.onCompositionEnd}
            onOpenCase={(id) => void navigate(`/case/${id}`)}
            onEnter={() => {
              remember();
              enterResults();
            }}
            onArrowDown={enterResults}
          />
        </div>
        <Select<SearchScope>
          aria-label="检索范围"
          value={state.scope}
          style={{ width: 84 }}
          options={[
            { value: 'all', label: '全文' },
            { value: 'title', label: '标题' },
          ]}
          onChange={(scope) => update({ scope })}
        />
        <QueryHelp />
        <Segmented<SearchSort>
          aria-label="排序"
          value={state.sort === 'date-asc' ? 'date-desc' : state.sort}
          options={[
            { value: 'relevance', label: '相关度' },
            { value: 'date-desc', label: '裁判日期' },
          ]}
          onChange={(sort) => update({ sort })}
        />
        <SaveSearchButton state={state} />
        <ReportButton q={q} filters={state.filters} hits={hits} />
      </div>
      <div className="search-status">
        <Space size={4} wrap>
          {state.within.map((w, i) => (
            <Tag
              key={`${w}-${i}`}
              closable
              color="geekblue"
              onClose={() => update({ within: state.within.filter((_, j) => j !== i) })}
            >
              在“{w}”中
            </Tag>
          ))}
          <Typography.Text type="secondary" aria-live="polite">
            {statusText(results.loading ? undefined : answer, q)}
          </Typography.Text>
          {text.committed.trim() && !!answer?.total && (
            <Button
              size="small"
              onClick={() => update({ within: [...state.within, text.committed.trim()], q: '' }, false)}
            >
              在结果中检索
            </Button>
          )}
          {hasFilters && (
            <Button size="small" type="link" onClick={() => update({ filters: {} })}>
              清除筛选
            </Button>
          )}
          {answer?.didYouMean && !showEmpty && (
            <span>
              您是不是要找：
              <Button type="link" size="small" onClick={() => update({ q: answer.didYouMean ?? '' })}>
                {answer.didYouMean}
              </Button>
            </span>
          )}
        </Space>
      </div>
      {answer?.indexStale && <IndexStaleBanner onRebuilt={() => update({ q: text.committed })} />}
      {results.error && (
        <Alert type="error" showIcon message={results.error.message} style={{ marginBottom: 8 }} />
      )}
      <div className="search-main">
        <FacetPanel
          facets={answer?.facets}
          filters={state.filters}
          onChange={(filters) => update({ filters })}
        />
        <div
          className={`search-results-col${results.loading ? ' search-results-stale' : ''}`}
          aria-busy={results.loading}
          ref={list}
          tabIndex={0}
          onKeyDown={onListKey}
          aria-label="检索结果列表"
        >
          {showEmpty ? (
            <EmptyResults
              q={q}
              didYouMean={answer.didYouMean}
              hasFilters={hasFilters}
              recent={(recent.data ?? []).map((r) => r.q)}
              onSearch={(next) => update({ q: next, within: [] })}
              onClearFilters={() => update({ filters: {} })}
            />
          ) : (
            <ResultList
              hits={hits}
              partial={answer?.partial ?? []}
              total={answer?.total ?? 0}
              active={active}
              hrefOf={(hit) => `#${caseHref(hit, q)}`}
              onOpen={open}
              onLoadMore={results.loadMore}
            />
          )}
        </div>
      </div>
    </div>
  );
}
