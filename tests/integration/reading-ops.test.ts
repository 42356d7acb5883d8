import { describe, expect, it, vi } from 'vitest';
import { sampleCase } from '../helpers/sampleCase';
import { emptyService, serviceEachTest } from '../helpers/tempLibrary';

const lib = serviceEachTest(emptyService);

const revision = async () => (await lib.service.call('library.info', {})).revision;

describe('highlights', () => {
  it('creates, lists, updates and deletes highlights kept apart from the case text', async () => {
    const a = await lib.service.call('cases.save', {
      case: sampleCase({ fullText: '被告未告知原告听证权利。' }),
    });
    const before = await revision();
    const h = await lib.service.call('highlights.create', {
      caseId: a.id,
      field: 'fullText',
      start: 5,
      end: 9,
      quote: '原告听证',
      comment: '关键：未告知',
    });
    expect(h).toMatchObject({ caseId: a.id, caseTitle: a.title, field: 'fullText', color: 'yellow' });
    expect(await revision()).toBeGreaterThan(before);
    await lib.service.call('highlights.create', {
      caseId: a.id,
      field: 'analysis',
      start: 0,
      end: 2,
      quote: '测试',
    });
    expect((await lib.service.call('highlights.list', { caseId: a.id })).map((x) => x.field)).toEqual([
      'analysis',
      'fullText',
    ]);

    const updated = await lib.service.call('highlights.update', {
      id: h.id,
      comment: '改过的说明',
      color: 'green',
    });
    expect(updated).toMatchObject({ comment: '改过的说明', color: 'green', quote: '原告听证' });

    // A library update replaces the case text; the highlight stays.
    await lib.service.call('cases.save', {
      id: a.id,
      case: sampleCase({ fullText: '新的原文：被告未告知原告听证权利。' }),
    });
    expect(await lib.service.call('highlights.list', {})).toHaveLength(2);

    await lib.service.call('highlights.delete', { id: h.id });
    expect(await lib.service.call('highlights.list', { caseId: a.id })).toHaveLength(1);
    expect(await lib.service.dispatch('highlights.delete', { id: h.id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('refuses a bad range or an unknown case and leaves the library untouched', async () => {
    const a = await lib.service.call('cases.save', { case: sampleCase() });
    const before = await revision();
    expect(
      await lib.service.dispatch('highlights.create', {
        caseId: a.id,
        field: 'analysis',
        start: 4,
        end: 2,
        quote: 'x',
      }),
    ).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(
      await lib.service.dispatch('highlights.create', {
        caseId: 'nope',
        field: 'analysis',
        start: 0,
        end: 2,
        quote: 'x',
      }),
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(
      await lib.service.dispatch('highlights.create', {
        caseId: a.id,
        field: 'title',
        start: 0,
        end: 2,
        quote: 'x',
      }),
    ).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(await revision()).toBe(before);
    expect(await lib.service.call('highlights.list', {})).toEqual([]);
  });
});

describe('provisions', () => {
  it('finds the cases citing a provision written in any form, with counts', async () => {
    const a = await lib.service.call('cases.save', { case: sampleCase() });
    const b = await lib.service.call('cases.save', {
      case: sampleCase({ caseNumber: '（2021）测2号', title: '乙案', category: '行政许可' }),
    });
    await lib.service.call('cases.save', {
      case: sampleCase({
        caseNumber: '（2021）测3号',
        title: '丙案',
        provisions: [{ law: '行政许可法', article: 8 }],
      }),
    });
    for (const written of [
      '《中华人民共和国行政处罚法》第六十三条',
      '行政处罚法第63条',
      '处罚法 第６３条',
      '行政处罚法63',
    ]) {
      const found = await lib.service.call('provisions.cases', { provision: written });
      expect(found).toMatchObject({
        law: '行政处罚法',
        article: 63,
        label: '《行政处罚法》第63条',
        total: 2,
      });
      expect(found.cases.map((c) => c.id).sort()).toEqual([a.id, b.id].sort());
      expect(found.byCategory).toEqual([
        { category: '行政处罚', count: 1 },
        { category: '行政许可', count: 1 },
      ]);
    }
    await lib.service.call('cases.trash', { id: b.id });
    expect((await lib.service.call('provisions.cases', { provision: '行政处罚法第63条' })).total).toBe(1);
    expect(await lib.service.call('provisions.list', {})).toEqual([
      { law: '行政处罚法', article: 63, label: '《行政处罚法》第63条', count: 1 },
      { law: '行政许可法', article: 8, label: '《行政许可法》第8条', count: 1 },
    ]);
    expect(await lib.service.dispatch('provisions.cases', { provision: '不是法条' })).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT', message: expect.stringContaining('无法识别法条') as string },
    });
  });
});

describe('related cases', () => {
  it('ranks same category and loss reasons first, then text similarity, with reasons', async () => {
    const me = await lib.service.call('cases.save', {
      case: sampleCase({ summary: '市场监管局对某公司作出大额罚款，未告知听证权利。' }),
    });
    const sameAll = await lib.service.call('cases.save', {
      case: sampleCase({
        caseNumber: '（2020）测01行初2号',
        title: '同类同因',
        summary: '交通局吊销许可证前未组织听证。',
      }),
    });
    const similarText = await lib.service.call('cases.save', {
      case: sampleCase({
        caseNumber: '（2020）测01行初3号',
        title: '文字相近',
        category: '行政许可',
        lossReasons: [{ code: 'evidence', ground: '' }],
        provisions: [],
        summary: '市场监管局对某公司作出大额罚款，未告知听证权利，公司起诉。',
      }),
    });
    const unrelated = await lib.service.call('cases.save', {
      case: sampleCase({
        caseNumber: '（2020）测01行初4号',
        title: '毫不相干',
        category: '政府信息公开',
        lossReasons: [{ code: 'evidence', ground: '' }],
        provisions: [],
        summary: '申请公开征地批复文件，逾期未答复。',
        issues: '是否逾期答复？',
      }),
    });
    const related = await lib.service.call('cases.related', { id: me.id });
    expect(related.map((r) => r.id)).toEqual([sameAll.id, similarText.id, unrelated.id]);
    expect(related[0]!.reason).toContain('同为行政处罚案件');
    expect(related[0]!.reason).toContain('同因“违反法定程序”败诉');
    expect(related[1]!.reason).toMatch(/案情文字相近（相似度 \d+%）/);
    expect(related.some((r) => r.id === me.id)).toBe(false);
  });

  it('answers at most five cases', async () => {
    const me = await lib.service.call('cases.save', { case: sampleCase() });
    for (let i = 0; i < 7; i++) {
      await lib.service.call('cases.save', {
        case: sampleCase({ caseNumber: `（2020）测02行初${i}号`, title: `案${i}` }),
      });
    }
    expect(await lib.service.call('cases.related', { id: me.id })).toHaveLength(5);
    expect(await lib.service.dispatch('cases.related', { id: 'missing' })).toMatchObject({ ok: false });
  });
});

describe('recently opened cases', () => {
  it('keeps the latest opening first without bumping the library revision', async () => {
    const a = await lib.service.call('cases.save', { case: sampleCase() });
    const b = await lib.service.call('cases.save', {
      case: sampleCase({ caseNumber: '（2020）测01行初2号', title: '乙案' }),
    });
    const before = await revision();
    // An injected clock, a minute apart per opening, instead of waiting for the real one to move.
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      for (const [minute, id] of [a.id, b.id, a.id].entries()) {
        vi.setSystemTime(new Date(Date.UTC(2026, 0, 1, 9, minute)));
        await lib.service.call('recent.record', { caseId: id });
      }
    } finally {
      vi.useRealTimers();
    }
    expect((await lib.service.call('recent.cases', {})).map((r) => r.title)).toEqual([a.title, '乙案']);
    expect(await revision()).toBe(before);
    await lib.service.call('cases.trash', { id: a.id });
    expect((await lib.service.call('recent.cases', { limit: 5 })).map((r) => r.id)).toEqual([b.id]);
    expect(await lib.service.dispatch('recent.record', { caseId: 'missing' })).toMatchObject({ ok: false });
  });
});
