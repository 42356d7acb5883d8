import { describe, expect, it } from 'vitest';
import { serviceForFile, starterService } from '../helpers/tempLibrary';

describe('search.query on the starter library', () => {
  const lib = serviceForFile(starterService);

  it('answers the fixed shape with highlighted snippets from the section that matched', async () => {
    const result = await lib.service.call('search.query', { q: '答复期限' });
    expect(result.total).toBeGreaterThan(0);
    const hit = result.hits[0];
    expect(hit?.id).toBeTruthy();
    expect(hit?.title).toBeTruthy();
    expect(typeof hit?.caseNumber).toBe('string');
    const snippet = hit?.snippets[0];
    expect(snippet?.highlights.length).toBeGreaterThan(0);
    const [from, to] = snippet?.highlights[0] ?? [0, 0];
    expect(snippet?.text.slice(from, to)).toBe('答复期限');
    expect(['analysis', 'summary', 'issues', 'ruling', 'lessons', 'fullText']).toContain(snippet?.field);
  });

  it('counts facets over the whole result set and narrows by them', async () => {
    const all = await lib.service.call('search.query', { q: '工伤', limit: 1 });
    expect(all.hits).toHaveLength(1);
    const categorySum = all.facets.categories.reduce((n, b) => n + b.count, 0);
    expect(categorySum).toBe(all.total);
    const bucket = all.facets.categories.find((b) => b.value === '行政确认');
    expect(bucket?.count).toBeGreaterThan(0);
    const narrowed = await lib.service.call('search.query', {
      q: '工伤',
      filters: { categories: ['行政确认'] },
    });
    expect(narrowed.total).toBe(bucket?.count);
    expect(narrowed.hits.every((h) => h.category === '行政确认')).toBe(true);
    expect(narrowed.facets.categories).toEqual([
      { value: '行政确认', label: '行政确认', count: bucket?.count },
    ]);
    expect(all.facets.lossReasons.some((b) => b.label === '适用法律、法规错误')).toBe(true);
  });

  it('searches within results through the ids filter and sorts by date', async () => {
    const first = await lib.service.call('search.query', { q: '信息公开', limit: 200 });
    const ids = first.hits.map((h) => h.id);
    const within = await lib.service.call('search.query', { q: '答复期限', filters: { ids } });
    expect(within.hits.every((h) => ids.includes(h.id))).toBe(true);
    const byDate = await lib.service.call('search.query', { q: '信息公开', sort: 'date-desc', limit: 200 });
    const dates = byDate.hits.map((h) => h.judgmentDate ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('offers suggestions and a "did you mean" for a near miss', async () => {
    const { suggestions } = await lib.service.call('search.suggest', { q: '工伤' });
    expect(suggestions.map((s) => s.text)).toContain('工伤认定');
    expect(suggestions.some((s) => s.kind === 'title' && s.caseId)).toBe(true);
    const miss = await lib.service.call('search.query', { q: '答复期线' });
    expect(miss.didYouMean).toBe('答复期限');
  });

  it('finds every query type: 2 characters, case number forms, statute forms, agencies', async () => {
    for (const q of [
      '听证',
      '〔2017〕最高法行再101号',
      '《中华人民共和国行政处罚法》第四十二条',
      '人社局',
      '告知 听证',
    ]) {
      expect((await lib.service.call('search.query', { q })).total, q).toBeGreaterThan(0);
    }
  });

  it('reads a reworded sentence by the field words in it, apart from the answer, and says which ones it used', async () => {
    const answer = await lib.service.call('search.query', { q: '没有征收决定就强制拆除' });
    // No case holds the sentence: nothing is counted, the reading comes as the partial list.
    expect(answer.total).toBe(0);
    expect(answer.matchedBy).toBe('terms');
    expect(answer.keywords).toEqual(['征收决定', '强制拆除']);
    // The case where the house was demolished before any expropriation decision comes first.
    expect(answer.partial[0]?.title).toContain('许水云');
    const marked = answer.partial[0]?.snippets.flatMap((s) =>
      s.highlights.map(([a, b]) => s.text.slice(a, b)),
    );
    expect(marked).toEqual(expect.arrayContaining(['征收决定', '强制拆除']));
  });

  it('lists every live case for an empty query, newest first', async () => {
    const browse = await lib.service.call('search.query', { q: '', limit: 5 });
    const { caseCount } = await lib.service.call('library.info', {});
    expect(browse.total).toBe(caseCount);
    expect(browse.matchedBy).toBe('browse');
  });

  it('reads a saved search one way everywhere: old bare text is its query, unreadable filters are listed with their problem and refused by name when used', async () => {
    const db = lib.service.ctx.db;
    const insert = db.prepare(
      "INSERT INTO saved_searches (name, query, created_at) VALUES (?, ?, '2020-01-01')",
    );
    const legacy = Number(insert.run('旧版检索', '工伤认定').lastInsertRowid);
    const stats = await lib.service.call('stats.summary', { savedSearchId: legacy });
    const found = await lib.service.call('search.query', { q: '工伤认定', limit: 1 });
    expect(stats.total).toBe(found.total);
    expect((await lib.service.call('savedSearches.list', {})).find((s) => s.id === legacy)).toMatchObject({
      q: '工伤认定',
      filters: {},
    });
    const broken = Number(
      insert.run('坏的检索', JSON.stringify({ q: '', filters: { categories: ['不存在的类别'] } }))
        .lastInsertRowid,
    );
    const used = await lib.service.dispatch('stats.summary', { savedSearchId: broken });
    expect(used.ok).toBe(false);
    expect(used.ok ? '' : used.error.message).toContain('“坏的检索”（编号');
    // The list still shows it, so the user can see why and delete it.
    const listed = (await lib.service.call('savedSearches.list', {})).find((s) => s.id === broken);
    expect(listed?.problem).toContain('筛选条件无法识别');
    db.prepare('DELETE FROM saved_searches WHERE id IN (?, ?)').run(legacy, broken);
  });

  it('keeps saved searches with their filters and the recent searches', async () => {
    const saved = await lib.service.call('savedSearches.save', {
      name: '工伤确认类',
      q: '工伤',
      filters: { categories: ['行政确认'] },
    });
    expect(await lib.service.call('savedSearches.list', {})).toContainEqual(saved);
    expect(saved.filters).toEqual({ categories: ['行政确认'] });
    await lib.service.call('savedSearches.delete', { id: saved.id });
    expect(await lib.service.call('savedSearches.list', {})).not.toContainEqual(saved);
    await expect(lib.service.call('savedSearches.delete', { id: saved.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });

    await lib.service.call('search.recordRecent', { q: '听证' });
    await lib.service.call('search.recordRecent', { q: '告知' });
    expect((await lib.service.call('search.recent', {})).map((r) => r.q).slice(0, 2)).toEqual([
      '告知',
      '听证',
    ]);
  });
});
