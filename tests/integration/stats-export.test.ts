import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Service } from '../../core/service';
import { sampleCase } from '../helpers/sampleCase';
import { emptyService, tempDir, type TempDir } from '../helpers/tempLibrary';

let tmp: TempDir;
let service: Service;

/** Visible text of a .docx (the runs of word/document.xml), to check what a reader would see. */
function docxText(path: string): string {
  const files = unzipSync(readFileSync(path));
  const xml = strFromU8(files['word/document.xml'] ?? new Uint8Array());
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

beforeAll(async () => {
  tmp = tempDir();
  service = emptyService(tmp);
  const cases = [
    { title: '甲诉某局处罚案', category: '行政处罚', agencyType: '公安', reasons: ['procedure'] },
    { title: '乙诉某局处罚案', category: '行政处罚', agencyType: '公安', reasons: ['procedure', 'evidence'] },
    {
      title: '丙诉某政府信息公开案',
      category: '政府信息公开',
      agencyType: '人民政府',
      reasons: ['nonperformance'],
    },
  ] as const;
  for (const [i, c] of cases.entries()) {
    await service.call('cases.save', {
      case: sampleCase({
        caseNumber: `（2023）测${i}号`,
        title: c.title,
        category: c.category,
        agencyType: c.agencyType,
        judgmentDate: '2023-04-01',
        lossReasons: c.reasons.map((code) => ({ code, ground: `${c.title}的裁判理由` })),
      }),
    });
  }
});
afterAll(() => {
  service.close();
  tmp.remove();
});

describe('export.report', () => {
  it('writes a .docx with the template, the figures, a table per department and example cases', async () => {
    const path = tmp.path('report.docx');
    await service.call('stats.saveReportTemplate', {
      title: '2023年度行政诉讼败诉案件分析报告',
      issuer: '某市司法局',
      year: 2023,
      opening: '现将本年度败诉情况报告如下。',
    });
    const written = await service.call('export.report', { format: 'docx', path });
    expect(written.bytes).toBeGreaterThan(10_000);
    const text = docxText(path);
    expect(text).toContain('2023年度行政诉讼败诉案件分析报告');
    expect(text).toContain('某市司法局');
    expect(text).toContain('现将本年度败诉情况报告如下。');
    expect(text).toContain('共 3 件');
    expect(text).toContain('违反法定程序（2 件，占 66.7%）');
    expect(text).toContain('（一）公安（2 件）');
    expect(text).toContain('乙诉某局处罚案的裁判理由');
    // The charts are in the file as PNG images.
    const media = Object.keys(unzipSync(readFileSync(path))).filter((f) => f.startsWith('word/media/'));
    expect(media.length).toBeGreaterThanOrEqual(5);
    expect(media.every((f) => f.endsWith('.png'))).toBe(true);
  });

  it('uses a template given with the call and narrows the figures to the filters', async () => {
    const path = tmp.path('narrow.docx');
    await service.call('export.report', {
      format: 'docx',
      path,
      filters: { categories: ['政府信息公开'] },
      template: { title: '信息公开专项报告', issuer: '', year: 2023, opening: '' },
    });
    const text = docxText(path);
    expect(text).toContain('信息公开专项报告');
    expect(text).toContain('统计范围：按裁判日期，2023 年；政府信息公开的败诉案例（不含草稿），共 1 件。');
  });

  it('refuses a path it cannot use and says which', async () => {
    const result = await service.dispatch('export.report', { format: 'docx', path: 'relative/r.docx' });
    expect(result).toMatchObject({ ok: false, error: { code: 'PATH_REFUSED' } });
    expect(!result.ok && result.error.message).toContain('relative/r.docx');
  });

  it('writes into the exports folder for download when no path is given', async () => {
    const written = await service.call('export.report', { format: 'docx' });
    expect(written.download).toMatch(/\.docx$/);
    expect(written.path).toBe(tmp.path(`user-data/exports/${written.download}`));
  });
});

describe('stats.exportTable', () => {
  it('writes a cross-table as .xlsx with the counts', async () => {
    const path = tmp.path('cross.xlsx');
    const written = await service.call('stats.exportTable', { table: 'categoryLossReason', path });
    expect(written.rows).toBe(2);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    const sheet = book.worksheets[0];
    const values = (row: number) => (sheet?.getRow(row).values as unknown[]).slice(1);
    expect(values(1)).toEqual(['案件类别 × 败诉原因']);
    expect(values(4)).toEqual(['案件类别', '主要证据不足', '违反法定程序', '不履行或拖延履行法定职责']);
    expect(values(5)).toEqual(['政府信息公开', 0, 0, 1]);
    expect(values(6)).toEqual(['行政处罚', 1, 2, 0]);
  });
});

describe('checklists.export', () => {
  it('writes the checklist as .docx with its items and source cases', async () => {
    const path = tmp.path('checklist.docx');
    await service.call('checklists.export', { category: '行政处罚', format: 'docx', path });
    const text = docxText(path);
    expect(text).toContain('行政处罚败诉风险自查清单');
    expect(text).toContain('违反法定程序（2 件）');
    expect(text).toContain('作出决定前核对听证告知。');
    expect(text).toContain('甲诉某局处罚案');
  });
});

describe('stats.summary after a write', () => {
  it('counts the new case at once (answers are kept per library revision only)', async () => {
    const before = await service.call('stats.summary', {});
    await service.call('cases.save', {
      case: sampleCase({ caseNumber: '（2024）测9号', title: '新增的案例' }),
    });
    expect((await service.call('stats.summary', {})).total).toBe(before.total + 1);
  });
});
