import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Service } from '../../core/service';
import { sampleCase } from '../helpers/sampleCase';
import { emptyService, tempDir, type TempDir } from '../helpers/tempLibrary';

/**
 * A small made-up library whose every count was worked out by hand (see the table in each
 * test). The trashed case must never count.
 */
let tmp: TempDir;
let service: Service;
let tagId: number;
const ids: Record<string, string> = {};

beforeAll(async () => {
  tmp = tempDir();
  service = emptyService(tmp);
  const save = async (name: string, overrides: Parameters<typeof sampleCase>[0]) => {
    ids[name] = (
      await service.call('cases.save', {
        case: sampleCase({ caseNumber: `（2020）测${name.charCodeAt(0)}号`, ...overrides }),
      })
    ).id;
  };
  await save('A', {
    title: '甲公司诉某市市场监督管理局行政处罚案',
    category: '行政处罚',
    outcome: '撤销',
    lossReasons: [{ code: 'procedure', ground: '未告知听证权利' }, { code: 'evidence' }],
    enforcementSteps: ['notice-hearing', 'investigation'],
    agencyType: '市场监管/工商',
    courtLevel: '中级',
    trialStage: '一审',
    judgmentDate: '2020-05-12',
    region: '某省',
    provisions: [{ law: '行政处罚法', article: 63 }],
    lessons: '- 作出较大数额罚款前告知听证权利。\n- 调查时制作现场笔录并由当事人签字确认。',
  });
  await save('B', {
    title: '乙诉某县公安局行政处罚案',
    category: '行政处罚',
    outcome: '确认违法',
    lossReasons: [{ code: 'procedure' }],
    enforcementSteps: ['notice-hearing'],
    agencyType: '公安',
    courtLevel: '基层',
    trialStage: '一审',
    judgmentDate: '2020-03-01',
    region: '甲省',
    provisions: [
      { law: '行政处罚法', article: 63 },
      { law: '行政处罚法', article: 44 },
    ],
    lessons: '- 作出较大数额罚款前，告知听证权利！',
  });
  await save('C', {
    title: '丙诉某市人民政府政府信息公开案',
    category: '政府信息公开',
    outcome: '责令履行',
    lossReasons: [{ code: 'nonperformance' }],
    enforcementSteps: ['reply-deadline'],
    agencyType: '人民政府',
    courtLevel: '中级',
    trialStage: '二审',
    judgmentDate: '2021-06-01',
    region: '甲省',
    provisions: [{ law: '政府信息公开条例', article: 33 }],
  });
  await save('D', {
    title: '丁诉某区人民政府政府信息公开案',
    category: '政府信息公开',
    outcome: '撤销',
    lossReasons: [{ code: 'law' }],
    enforcementSteps: ['legal-basis'],
    agencyType: '人民政府',
    courtLevel: '基层',
    trialStage: '一审',
    judgmentDate: '2021',
    region: '乙省',
    provisions: [],
  });
  await save('E', {
    title: '戊诉某县人民政府房屋征收案',
    category: '房屋征收',
    outcome: '确认违法',
    lossReasons: [{ code: 'procedure' }, { code: 'ultra-vires' }],
    enforcementSteps: ['execution', 'authority'],
    agencyType: '人民政府',
    courtLevel: '高级',
    trialStage: '二审',
    judgmentDate: '2022-01-20',
    region: '乙省',
    provisions: [{ law: '国有土地上房屋征收与补偿条例', article: 28 }],
  });
  await save('F', {
    title: '己诉某市市场监督管理局行政处罚案',
    category: '行政处罚',
    outcome: '撤销',
    lossReasons: [{ code: 'unreasonable' }],
    enforcementSteps: ['proportionality'],
    agencyType: null,
    courtLevel: null,
    trialStage: '二审',
    judgmentDate: null,
    region: '',
    provisions: [],
    lessons: '- 罚款数额与违法情节相当，并在决定书中说明裁量理由。',
  });
  await save('G', { title: '已删除的案例', category: '行政处罚', lossReasons: [{ code: 'void' }] });
  await service.call('cases.trash', { id: ids.G ?? '' });
  tagId = (await service.call('tags.create', { name: '重点' })).id;
  await service.call('tags.assign', { caseId: ids.A ?? '', tagId });
  await service.call('tags.assign', { caseId: ids.C ?? '', tagId });
});
afterAll(() => {
  service.close();
  tmp.remove();
});

describe('stats.summary', () => {
  it('counts the whole library exactly as counted by hand', async () => {
    const s = await service.call('stats.summary', {});
    expect(s.total).toBe(6);
    expect(s.byCategory).toEqual([
      { key: '行政处罚', count: 3 },
      { key: '政府信息公开', count: 2 },
      { key: '房屋征收', count: 1 },
    ]);
    // A case with two reasons counts under both; ties in the order of the taxonomy.
    expect(s.byLossReason).toEqual([
      { key: 'procedure', count: 3 },
      { key: 'evidence', count: 1 },
      { key: 'law', count: 1 },
      { key: 'ultra-vires', count: 1 },
      { key: 'unreasonable', count: 1 },
      { key: 'nonperformance', count: 1 },
    ]);
    expect(s.byOutcome).toEqual([
      { key: '撤销', count: 3 },
      { key: '确认违法', count: 2 },
      { key: '责令履行', count: 1 },
    ]);
    expect(s.byAgencyType).toEqual([
      { key: '人民政府', count: 3 },
      { key: '公安', count: 1 },
      { key: '市场监管/工商', count: 1 },
      { key: '未注明', count: 1 },
    ]);
    expect(s.byCourtLevel).toEqual([
      { key: '中级', count: 2 },
      { key: '基层', count: 2 },
      { key: '未注明', count: 1 },
      { key: '高级', count: 1 },
    ]);
    expect(s.byTrialStage).toEqual([
      { key: '一审', count: 3 },
      { key: '二审', count: 3 },
    ]);
    expect(s.byYear).toEqual([
      { key: '2020', count: 2 },
      { key: '2021', count: 2 },
      { key: '2022', count: 1 },
      { key: '未注明', count: 1 },
    ]);
    expect(s.byRegion).toEqual([
      { key: '乙省', count: 2 },
      { key: '甲省', count: 2 },
      { key: '未注明', count: 1 },
      { key: '某省', count: 1 },
    ]);
    expect(s.byEnforcementStep).toEqual([
      { key: 'notice-hearing', count: 2 },
      { key: 'authority', count: 1 },
      { key: 'investigation', count: 1 },
      { key: 'legal-basis', count: 1 },
      { key: 'proportionality', count: 1 },
      { key: 'execution', count: 1 },
      { key: 'reply-deadline', count: 1 },
    ]);
    const byKey = <T extends { count: number }>(rows: T[], key: (r: T) => string) =>
      Object.fromEntries(rows.map((r) => [key(r), r.count]));
    expect(byKey(s.crossCategoryLossReason, (r) => `${r.category}|${r.lossReason}`)).toEqual({
      '行政处罚|procedure': 2,
      '行政处罚|evidence': 1,
      '行政处罚|unreasonable': 1,
      '政府信息公开|nonperformance': 1,
      '政府信息公开|law': 1,
      '房屋征收|procedure': 1,
      '房屋征收|ultra-vires': 1,
    });
    expect(byKey(s.crossCategoryEnforcementStep, (r) => `${r.category}|${r.enforcementStep}`)).toEqual({
      '行政处罚|notice-hearing': 2,
      '行政处罚|investigation': 1,
      '行政处罚|proportionality': 1,
      '政府信息公开|reply-deadline': 1,
      '政府信息公开|legal-basis': 1,
      '房屋征收|execution': 1,
      '房屋征收|authority': 1,
    });
    expect(byKey(s.crossEnforcementStepLossReason, (r) => `${r.enforcementStep}|${r.lossReason}`)).toEqual({
      'notice-hearing|procedure': 2,
      'notice-hearing|evidence': 1,
      'investigation|procedure': 1,
      'investigation|evidence': 1,
      'reply-deadline|nonperformance': 1,
      'legal-basis|law': 1,
      'execution|procedure': 1,
      'execution|ultra-vires': 1,
      'authority|procedure': 1,
      'authority|ultra-vires': 1,
      'proportionality|unreasonable': 1,
    });
    expect(s.topProvisions).toEqual([
      { key: '行政处罚法第63条', count: 2 },
      { key: '国有土地上房屋征收与补偿条例第28条', count: 1 },
      { key: '政府信息公开条例第33条', count: 1 },
      { key: '行政处罚法第44条', count: 1 },
    ]);
  });

  it('narrows every figure by the same filters as the case list', async () => {
    const punish = await service.call('stats.summary', { filters: { categories: ['行政处罚'] } });
    expect(punish.total).toBe(3);
    expect(punish.byLossReason).toEqual([
      { key: 'procedure', count: 2 },
      { key: 'evidence', count: 1 },
      { key: 'unreasonable', count: 1 },
    ]);
    expect((await service.call('stats.summary', { filters: { tagIds: [tagId] } })).total).toBe(2);
    const since2021 = await service.call('stats.summary', { filters: { yearFrom: 2021 } });
    expect(since2021.byYear).toEqual([
      { key: '2021', count: 2 },
      { key: '2022', count: 1 },
    ]);
    const one = await service.call('stats.summary', {
      filters: { regions: ['甲省'], agencyTypes: ['人民政府'] },
    });
    expect(one.total).toBe(1);
    expect(one.byCategory).toEqual([{ key: '政府信息公开', count: 1 }]);

    // Every bar's drill-down filters give the list with exactly the bar's count.
    const { charts, summary } = await service.call('stats.dashboard', {});
    for (const chart of charts) {
      const series = (
        chart.option as { series: { data: ({ value: number | number[]; drill: object | null } | null)[] }[] }
      ).series;
      for (const item of series.flatMap((x) => x.data)) {
        if (!item?.drill) continue;
        const count = Array.isArray(item.value) ? item.value[2] : item.value;
        const list = await service.call('cases.list', { filters: item.drill, limit: 1 });
        expect(list.total, `${chart.id} ${JSON.stringify(item.drill)}`).toBe(count);
      }
    }
    expect(summary.total).toBe(6);
  });

  it('finds the cases behind a provision', async () => {
    const { ids: found } = await service.call('stats.provisionCases', { law: '行政处罚法', article: 63 });
    expect(found.sort()).toEqual([ids.A, ids.B].sort());
  });

  it('answers zeros for an empty selection', async () => {
    const s = await service.call('stats.summary', { filters: { yearFrom: 2030 } });
    expect(s.total).toBe(0);
    expect(s.byCategory).toEqual([]);
    expect(s.crossCategoryLossReason).toEqual([]);
  });

  it('counts what a saved search finds: its filters and its text query', async () => {
    const byFilters = await service.call('savedSearches.save', {
      name: '处罚',
      q: '',
      filters: { categories: ['行政处罚'] },
    });
    expect((await service.call('stats.summary', { savedSearchId: byFilters.id })).total).toBe(3);
    const byText = await service.call('savedSearches.save', { name: '征收', q: '征收' });
    const found = await service.call('stats.summary', { savedSearchId: byText.id });
    expect(found.total).toBe(1);
    expect(found.byCategory).toEqual([{ key: '房屋征收', count: 1 }]);
  });

  it('refuses a saved search that does not exist', async () => {
    const result = await service.dispatch('stats.summary', { savedSearchId: 999 });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('checklists.build', () => {
  it('groups lessons by loss reason, merges the same check from two cases and numbers the sources', async () => {
    const c = await service.call('checklists.build', { category: '行政处罚' });
    expect(c.total).toBe(3);
    expect(c.sections.map((s) => [s.lossReason, s.count])).toEqual([
      ['procedure', 2],
      ['evidence', 1],
      ['unreasonable', 1],
    ]);
    const [procedure, evidence, unreasonable] = c.sections;
    expect(procedure?.items).toEqual([
      { text: '作出较大数额罚款前告知听证权利。', refs: [1, 2] },
      { text: '调查时制作现场笔录并由当事人签字确认。', refs: [1] },
    ]);
    expect(procedure?.steps.map((s) => [s.code, s.count])).toEqual([
      ['notice-hearing', 2],
      ['investigation', 1],
    ]);
    // A's lessons are already listed under its main reason.
    expect(evidence?.items).toEqual([]);
    expect(unreasonable?.items).toEqual([
      { text: '罚款数额与违法情节相当，并在决定书中说明裁量理由。', refs: [3] },
    ]);
    expect(c.sources.map((s) => [s.n, s.id])).toEqual([
      [1, ids.A],
      [2, ids.B],
      [3, ids.F],
    ]);
  });
});
