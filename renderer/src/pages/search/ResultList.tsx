import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { SearchHit } from '../../../../core/contract/search';
import { HitCard } from './HitCard';

/**
 * The results, virtualized: only the cards on screen are in the DOM, so thousands of hits
 * scroll smoothly. Asks for more when the end comes into view.
 */
export function ResultList({
  hits,
  partial,
  total,
  active,
  hrefOf,
  onOpen,
  onLoadMore,
}: {
  hits: SearchHit[];
  /** Cases holding only part of the query: listed after the answer under 部分匹配, never counted. */
  partial: SearchHit[];
  total: number;
  active: number;
  hrefOf: (hit: SearchHit) => string;
  onOpen: (hit: SearchHit) => void;
  onLoadMore: () => void;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- useVirtualizer is meant to be called on every render
  const virtualizer = useVirtualizer({
    count: hits.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 132,
    overscan: 6,
  });
  const items = virtualizer.getVirtualItems();
  const last = items[items.length - 1];

  useEffect(() => {
    if (last && last.index >= hits.length - 10 && hits.length < total) onLoadMore();
  }, [last, hits.length, total, onLoadMore]);

  useEffect(() => {
    if (active >= 0) virtualizer.scrollToIndex(active, { align: 'auto' });
  }, [active, virtualizer]);

  return (
    <div ref={scroller} className="search-results" role="listbox" aria-label="检索结果">
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {items.map((item) => {
          const hit = hits[item.index] as SearchHit;
          return (
            <div
              key={hit.id}
              data-index={item.index}
              ref={virtualizer.measureElement}
              style={{
                position: 'absolute',
                top: 0,
                left: 0,
                width: '100%',
                transform: `translateY(${item.start}px)`,
              }}
            >
              <HitCard
                hit={hit}
                active={item.index === active}
                href={hrefOf(hit)}
                onOpen={() => onOpen(hit)}
              />
            </div>
          );
        })}
      </div>
      {partial.length > 0 && hits.length >= total && (
        <section className="search-partial" aria-label="部分匹配">
          <div className="search-partial-heading">
            部分匹配<small>只含部分检索词的案例，不计入结果总数</small>
          </div>
          {partial.map((hit) => (
            <HitCard key={hit.id} hit={hit} active={false} href={hrefOf(hit)} onOpen={() => onOpen(hit)} />
          ))}
        </section>
      )}
    </div>
  );
}
