import { strFromU8, unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { AGENCY_TYPES } from '../../shared/taxonomy';
import { sampleCase } from '../helpers/sampleCase';
import { emptyService, serviceForFile } from '../helpers/tempLibrary';

const lib = serviceForFile(emptyService);

function docxText(path: string): string {
  const xml = strFromU8(unzipSync(readFileSync(path))['word/document.xml'] ?? new Uint8Array());
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

const thisYear = new Date().getUTCFullYear();

beforeAll(async () => {
  const s = lib.service;
  const save = (n: string, o: Parameters<typeof sampleCase>[0]) =>
    s.call('cases.save', { case: sampleCase({ caseNumber: `（2023）测${n}号`, ...o }) });
  // 2023: two reviewed cases and one imported draft; 2024: one reviewed case.
  await save('1', { title: '甲案', judgmentDate: '2023-03-01' });
  await save('2', { title: '乙案', judgmentDate: '2023-09-01', category: '政府信息公开' });
  await save('3', { title: '草稿丙案', judgmentDate: '2023-05-01', status: 'draft', analysis: '' });
  await save('4', { title: '丁案', judgmentDate: '2024-02-01' });
  // 2019: one reviewed case per agency type, so that the report has more than ten departments.
  for (const [i, agencyType] of AGENCY_TYPES.slice(0, 12).entries())
    await save(`9${i}`, { title: `部门${i}案`, judgmentDate: '2019-06-01', agencyType });
});

describe('drafts stay out of what the library reports', () => {
  it('statistics count reviewed cases only, unless drafts are switched in, and agree with the list', async () => {
    const s = lib.service;
    const y2023 = { yearFrom: 2023, yearTo: 2023 };
    const stats = await s.call('stats.summary', { filters: y2023 });
    const list = await s.call('cases.list', { filters: { ...y2023, statuses: ['reviewed'] } });
    expect(stats.total).toBe(2);
    expect(list.total).toBe(stats.total);
    const withDrafts = await s.call('stats.summary', { filters: y2023, includeDrafts: true });
    expect(withDrafts.total).toBe(3);
    expect((await s.call('cases.list', { filters: y2023 })).total).toBe(withDrafts.total);
    // The dashboard hands the case list the same filters it counted with.
    const dash = await s.call('stats.dashboard', { filters: y2023 });
    expect((await s.call('cases.list', { filters: dash.filters })).total).toBe(dash.summary.total);
    expect(dash.scopeText).toContain('不含草稿');
  });

  it('a casebook built from a filter leaves drafts out unless asked', async () => {
    const s = lib.service;
    const source = { kind: 'filters' as const, filters: { yearFrom: 2023, yearTo: 2023 } };
    const count = (c: { chapters: { cases: unknown[] }[] }) =>
      c.chapters.reduce((n, ch) => n + ch.cases.length, 0);
    expect(count(await s.call('collections.create', { title: '汇编', source }))).toBe(2);
    expect(count(await s.call('collections.create', { title: '汇编', source, includeDrafts: true }))).toBe(3);
  });
});

describe('the yearly report is for its year', () => {
  it('counts the cases judged in its year, as 统计分析 does for that year, and says so', async () => {
    const s = lib.service;
    const path = lib.tmp.path('2023.docx');
    await s.call('export.report', {
      format: 'docx',
      path,
      template: { title: '2023年度报告', issuer: '', year: 2023, yearBasis: 'judgment', opening: '' },
    });
    const text = docxText(path);
    const stats = await s.call('stats.summary', { filters: { yearFrom: 2023, yearTo: 2023 } });
    expect(text).toContain(`统计范围：按裁判日期，2023 年的败诉案例（不含草稿），共 ${stats.total} 件。`);
    expect(text).not.toContain('丁案');
    expect(text).not.toContain('草稿丙案');
  });

  it('can count the cases recorded in its year instead', async () => {
    const s = lib.service;
    const path = lib.tmp.path('recorded.docx');
    await s.call('export.report', {
      format: 'docx',
      path,
      template: { title: '收录报告', issuer: '', year: thisYear, yearBasis: 'recorded', opening: '' },
    });
    const reviewed = await s.call('cases.list', { filters: { statuses: ['reviewed'] } });
    expect(docxText(path)).toContain(
      `统计范围：按收录日期，${thisYear} 年内收入案例库的败诉案例（不含草稿），共 ${reviewed.total} 件。`,
    );
  });

  it('numbers more than ten sections in Chinese: （十一） not （11）', async () => {
    const path = lib.tmp.path('2019.docx');
    await lib.service.call('export.report', {
      format: 'docx',
      path,
      template: { title: '2019年度报告', issuer: '', year: 2019, yearBasis: 'judgment', opening: '' },
    });
    const text = docxText(path);
    expect(text).toContain('（十一）');
    expect(text).toContain('（十二）');
    expect(text).not.toMatch(/（1\d）/);
  });
});
