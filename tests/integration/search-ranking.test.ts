import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openService, type Service } from '../../core/service';
import type { SearchHit, SearchInput } from '../../core/contract/search';
import type { Category } from '../../shared/taxonomy';
import { generateCases, writeCorpusLibrary } from '../../scripts/bench/corpus';
import { tempDir, type TempDir } from '../helpers/tempLibrary';

/**
 * A library big enough that a 2-character query finds thousands of cases: the engine ranks the
 * cases that hold the word in title or metadata first, scores at most 2,000 of the rest (the
 * newest) and lists older ones by date; every page must continue the same order.
 */
describe('search ranking over a large result set', () => {
  let tmp: TempDir;
  let service: Service;
  beforeAll(() => {
    tmp = tempDir();
    writeCorpusLibrary(tmp.path('library.sqlite'), 3000, 3);
    service = openService(tmp.path('library.sqlite'), { platform: { userDataDir: tmp.path('user-data') } });
  }, 120_000);
  afterAll(() => {
    service.close();
    tmp.remove();
  });

  async function pages(query: SearchInput, size: number, count: number) {
    const hits: SearchHit[] = [];
    let total = 0;
    for (let i = 0; i < count; i++) {
      const answer = await service.call('search.query', { ...query, offset: i * size, limit: size });
      total = answer.total;
      hits.push(...answer.hits);
    }
    return { hits, total };
  }

  const nonIncreasing = (hits: SearchHit[]) =>
    hits.every((h, i) => i === 0 || h.score <= (hits[i - 1]?.score ?? 0));

  it('pages through thousands of hits in one relevance order, each case once, older unscored ones by date', async () => {
    const { hits, total } = await pages({ q: '送达' }, 200, 15);
    expect(total).toBe(3000);
    expect(hits).toHaveLength(total);
    expect(new Set(hits.map((h) => h.id)).size).toBe(total);
    expect(nonIncreasing(hits)).toBe(true);
    // Past the 2,000 scored cases of the largest group, the rest come newest first.
    const tail = hits.slice(-100).map((h) => h.judgmentDate ?? '');
    expect(tail).toEqual([...tail].sort().reverse());
    // A fresh query for a deep page (the trailing space makes it another cache entry for the same
    // query) gives the same cases there as paging down to it did.
    const deep = await service.call('search.query', { q: '送达 ', offset: 1400, limit: 50 });
    expect(deep.hits.map((h) => h.id)).toEqual(hits.slice(1400, 1450).map((h) => h.id));
  });

  it('keeps the order under a narrow filter and counts exactly what the facet promised', async () => {
    const all = await service.call('search.query', { q: '期限', limit: 1 });
    const bucket = all.facets.categories.at(-1);
    if (!bucket) throw new Error('no category facet');
    const filters = { categories: [bucket.value as Category] };
    const { hits, total } = await pages({ q: '期限', filters }, 7, Math.ceil(bucket.count / 7) + 1);
    expect(total).toBe(bucket.count);
    expect(hits).toHaveLength(bucket.count);
    expect(hits.every((h) => h.category === bucket.value)).toBe(true);
    expect(nonIncreasing(hits)).toBe(true);
  });

  it('sorts the whole result set by date, newest or oldest first', async () => {
    const newest = await pages({ q: '听证', sort: 'date-desc' }, 100, 3);
    const dates = newest.hits.map((h) => h.judgmentDate ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
    const oldest = await service.call('search.query', { q: '听证', sort: 'date-asc', limit: 50 });
    const asc = oldest.hits.map((h) => h.judgmentDate ?? '');
    expect(asc).toEqual([...asc].sort());
  });

  it('answers suggestions at once from the vocabulary and adds titles once they are indexed in the background', async () => {
    const first = await service.call('search.suggest', { q: '行政' });
    expect(first.suggestions.length).toBeGreaterThan(0);
    // The start of a title in the library: a party's name, which no term or agency holds.
    const title = generateCases(1, 3)[0]?.title ?? '';
    // Waits on the state a user would see: the next keystrokes' suggestions, until they hold the title.
    await expect
      .poll(
        async () => {
          const { suggestions } = await service.call('search.suggest', { q: title.slice(0, 4) });
          return suggestions.filter((s) => s.kind === 'title').map((s) => s.text);
        },
        { timeout: 20_000 },
      )
      .toContain(title);
  });
});
