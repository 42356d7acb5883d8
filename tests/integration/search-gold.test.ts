import { describe, expect, it } from 'vitest';
import { SEARCH_GOLD } from '../fixtures/search-gold';
import { serviceForFile, starterService } from '../helpers/tempLibrary';

/**
 * Quality of search on the real starter library: every expected case in the first 10 hits
 * (recall@10 = 1.0) and the first expected case near the top on average (MRR >= 0.85).
 */
describe('search gold set', () => {
  const lib = serviceForFile(starterService);

  it('holds at least 40 queries', () => {
    expect(SEARCH_GOLD.length).toBeGreaterThanOrEqual(40);
  });

  it('finds every expected case in the top 10, with MRR >= 0.85', async () => {
    const misses: string[] = [];
    let reciprocal = 0;
    for (const gold of SEARCH_GOLD) {
      // What the officer sees first: the answer, then (when it is thin) the 部分匹配 list under it.
      const answer = await lib.service.call('search.query', { q: gold.q, limit: 10 });
      const hits = [...answer.hits, ...answer.partial].slice(0, 10);
      const ids = hits.map((h) => h.id);
      for (const e of gold.expect) {
        if (!ids.includes(e.id))
          misses.push(`${gold.q} → ${e.title}（前10条：${hits.map((h) => h.title).join('；')}）`);
      }
      const firstRank = Math.min(...gold.expect.map((e) => ids.indexOf(e.id)).filter((i) => i >= 0));
      reciprocal += Number.isFinite(firstRank) ? 1 / (firstRank + 1) : 0;
    }
    const mrr = reciprocal / SEARCH_GOLD.length;
    expect(misses).toEqual([]);
    expect(mrr).toBeGreaterThanOrEqual(0.85);
  });
});
