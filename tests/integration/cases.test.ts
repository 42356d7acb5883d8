import { describe, expect, it } from 'vitest';
import { emptyService, serviceEachTest } from '../helpers/tempLibrary';
import { sampleCase } from '../helpers/sampleCase';

const lib = serviceEachTest(emptyService);

describe('cases', () => {
  it('saves a case and reads back every section', async () => {
    const saved = await lib.service.call('cases.save', { case: sampleCase() });
    const got = await lib.service.call('cases.get', { id: saved.id });
    expect(got).toMatchObject({
      title: '测试公司诉某市市场监督管理局行政处罚案',
      caseNumber: '（2020）测01行初1号',
      summary: '测试用案情简介。',
      lessons: '- 作出决定前核对听证告知。',
      lossReasons: [{ code: 'procedure', ground: '作出较大数额罚款前未告知听证权利' }],
      provisions: [{ law: '行政处罚法', article: 63, clause: '第一款' }],
      revision: 1,
      starred: false,
      tags: [],
    });
  });

  it('keeps the previous version on every save and can restore it', async () => {
    const first = await lib.service.call('cases.save', { case: sampleCase() });
    await lib.service.call('cases.save', {
      id: first.id,
      expectedRevision: 1,
      case: sampleCase({ analysis: '第二版评析。' }),
    });
    const revisions = await lib.service.call('cases.revisions', { id: first.id });
    expect(revisions.map((r) => r.revision)).toEqual([1]);
    const old = await lib.service.call('cases.revision', { id: first.id, revision: 1 });
    expect(old.analysis).toBe('测试用评析。');
    const restored = await lib.service.call('cases.restoreRevision', { id: first.id, revision: 1 });
    expect(restored.analysis).toBe('测试用评析。');
    expect(restored.revision).toBe(3);
  });

  it('refuses a save over a newer version', async () => {
    const first = await lib.service.call('cases.save', { case: sampleCase() });
    await lib.service.call('cases.save', { id: first.id, case: sampleCase({ title: '改过的标题' }) });
    const result = await lib.service.dispatch('cases.save', {
      id: first.id,
      expectedRevision: 1,
      case: sampleCase({ title: '过期的编辑' }),
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect((await lib.service.call('cases.get', { id: first.id })).title).toBe('改过的标题');
  });

  it('a failed save leaves the library exactly as it was', async () => {
    const first = await lib.service.call('cases.save', { case: sampleCase() });
    const before = await lib.service.call('library.info', {});
    // A failing trigger makes the write of the citations fail after the case row was already updated.
    lib.service.ctx.db.exec(`CREATE TRIGGER fail_links BEFORE INSERT ON case_provisions BEGIN
      SELECT RAISE(ABORT, 'disk full (simulated)'); END`);
    const result = await lib.service.dispatch('cases.save', {
      id: first.id,
      case: sampleCase({ title: '不应保存的标题', analysis: '不应保存' }),
    });
    expect(result.ok).toBe(false);
    lib.service.ctx.db.exec('DROP TRIGGER fail_links');
    const after = await lib.service.call('cases.get', { id: first.id });
    expect(after.title).toBe(first.title);
    expect(after.revision).toBe(1);
    expect(await lib.service.call('cases.revisions', { id: first.id })).toEqual([]);
    expect((await lib.service.call('library.info', {})).revision).toBe(before.revision);
  });

  it('rejects bad input with a Chinese message naming the field', async () => {
    const result = await lib.service.dispatch('cases.save', {
      case: { ...sampleCase(), category: '不存在的类别' },
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    if (!result.ok) expect(result.error.message).toContain('case.category');
    expect((await lib.service.call('library.info', {})).caseCount).toBe(0);
  });

  it('moves a case to the trash and back', async () => {
    const c = await lib.service.call('cases.save', { case: sampleCase() });
    await lib.service.call('cases.trash', { id: c.id });
    expect((await lib.service.call('cases.list', {})).total).toBe(0);
    expect((await lib.service.call('cases.list', { filters: { trashed: true } })).total).toBe(1);
    await lib.service.call('cases.restore', { id: c.id });
    expect((await lib.service.call('cases.list', {})).total).toBe(1);
  });

  it('lists with filters by category, outcome, loss reason and year', async () => {
    await lib.service.call('cases.save', { case: sampleCase() });
    await lib.service.call('cases.save', {
      case: sampleCase({
        caseNumber: '（2018）测02行终2号',
        title: '某某诉某县人民政府政府信息公开案',
        category: '政府信息公开',
        outcome: '确认违法',
        judgmentDate: '2018',
        lossReasons: [{ code: 'nonperformance', ground: '逾期答复' }],
      }),
    });
    const list = (filters: object) =>
      lib.service.call('cases.list', { filters }).then((r) => r.items.map((i) => i.title));
    expect(await list({ categories: ['政府信息公开'] })).toEqual(['某某诉某县人民政府政府信息公开案']);
    expect(await list({ outcomes: ['撤销'] })).toEqual(['测试公司诉某市市场监督管理局行政处罚案']);
    expect(await list({ lossReasons: ['nonperformance'] })).toEqual(['某某诉某县人民政府政府信息公开案']);
    expect(await list({ yearFrom: 2019 })).toEqual(['测试公司诉某市市场监督管理局行政处罚案']);
    const all = await lib.service.call('cases.list', { sort: 'date-asc' });
    expect(all.items.map((i) => i.judgmentDate)).toEqual(['2018', '2020-05-12']);
    expect(all.items[0]?.lossReasons).toEqual(['nonperformance']);
  });
});
