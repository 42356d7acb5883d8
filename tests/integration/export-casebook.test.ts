import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Collection } from '../../core/contract/collections';
import type { Service } from '../../core/service';
import { docxXml, starterServiceWithPrinter } from '../helpers/exportService';
import { tempDir, type TempDir } from '../helpers/tempLibrary';

const squash = (s: string) => s.replace(/\s+/g, '');

/** pdftotext, one string per page (pdftotext separates pages with form feeds). */
const pdfPages = (file: string): string[] =>
  execFileSync('pdftotext', ['-layout', file, '-']).toString('utf8').split('\f');

/** The printed page number of a page: the last line that is only digits (the footer). */
const footerNumber = (page: string): string | undefined =>
  page
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => /^(\d+|[IVXLC]+)$/.test(l))
    .pop();

let tmp: TempDir;
let service: Service;
let book: Collection;
let titles: string[];

beforeAll(async () => {
  tmp = tempDir('anjian-export-');
  service = starterServiceWithPrinter(tmp);
  book = await service.call('collections.create', {
    title: '行政诉讼败诉案例评析',
    subtitle: '（测试卷）',
    issuer: '某市司法局',
    issuedOn: '2025-01',
    preface: '为提高依法行政水平，编写本书。\n\n本书按案件类别分章。',
    source: { kind: 'filters', filters: {} },
  });
  titles = book.chapters.flatMap((ch) => ch.cases.map((c) => c.title));
});
afterAll(() => {
  service.close();
  tmp.remove();
});

describe('casebook to PDF', () => {
  it('lists every case in 目录 order with the page numbers where the cases start, and has bookmarks', async () => {
    const file = tmp.path('book.pdf');
    const result = await service.call('export.casebook', {
      collectionId: book.id,
      format: 'pdf',
      path: file,
    });
    expect(result.path).toBe(file);
    const pages = pdfPages(file);
    expect(result.pages).toBe(pages.filter((p) => p.trim()).length);

    // 目录: the pages from the one titled 目录 up to the first chapter page.
    const tocStart = pages.findIndex((p) => /^\s*目\s*录\s*$/m.test(p));
    const bodyStart = pages.findIndex((p, i) => i > tocStart && /第一章/.test(p) && !/目\s*录/.test(p));
    expect(tocStart).toBeGreaterThan(0);
    const toc = squash(pages.slice(tocStart, bodyStart).join(''));

    let at = 0;
    titles.forEach((title, i) => {
      const where = toc.indexOf(squash(title), at);
      expect(where, `目录 lists “${title}” in order`).toBeGreaterThanOrEqual(at);
      at = where + squash(title).length;
      const printed = /^[.·]*(\d+)/.exec(toc.slice(at))?.[1];
      expect(printed, `目录 gives a page number for “${title}”`).toBeDefined();

      // The page where the case starts: its heading 案例N + title in the body; that page's footer number.
      const physical = pages.findIndex(
        (p, k) =>
          k >= bodyStart && squash(p).includes(squash(title)) && /案例[一二三四五六七八九十百]+/.test(p),
      );
      expect(physical, `“${title}” (case ${i + 1}) is printed`).toBeGreaterThanOrEqual(bodyStart);
      expect(footerNumber(pages[physical] ?? ''), `page of “${title}”`).toBe(printed);
    });

    // Front matter is numbered apart (roman), the body from 1.
    expect(footerNumber(pages[tocStart] ?? '')).toMatch(/^[IVX]+$/);
    expect(footerNumber(pages[bodyStart] ?? '')).toBe('1');

    // Indexes with page numbers.
    const text = squash(pages.join(''));
    expect(text).toContain('法条索引');
    expect(text).toContain('败诉原因索引');

    const pdf = await getDocument({ data: new Uint8Array(readFileSync(file)), isEvalSupported: false })
      .promise;
    interface Bookmark {
      title: string;
      items: Bookmark[];
    }
    const outline = ((await pdf.getOutline()) ?? []) as Bookmark[];
    const outlineTitles = outline.flatMap((o) => [o.title, ...o.items.map((i) => i.title)]);
    expect(outlineTitles).toContain('目录');
    for (const title of titles) expect(outlineTitles.some((t) => t.endsWith(title))).toBe(true);
    expect(outline.some((o) => o.title.startsWith('第一章'))).toBe(true);
    // The 目录 lines are links to the cases.
    const tocPage = await pdf.getPage(tocStart + 1);
    const links = (await tocPage.getAnnotations()).filter(
      (a: { subtype?: string; dest?: unknown }) => a.subtype === 'Link' && a.dest,
    );
    expect(links.length).toBeGreaterThan(10);
    await pdf.destroy();
  }, 240_000);
});

describe('casebook to .docx', () => {
  it('converts with LibreOffice and the result holds every title', async () => {
    const file = tmp.path('book.docx');
    await service.call('export.casebook', { collectionId: book.id, format: 'docx', path: file });
    const docXml = docxXml(file);
    // Asserted as booleans: a failure must not print the whole document.xml.
    expect(docXml.includes('w:val="Heading1"'), 'Heading 1 style used').toBe(true);
    expect(docXml.includes('w:val="Heading2"'), 'Heading 2 style used').toBe(true);
    expect(/TOC \\h \\o &quot;1-2&quot;/.test(docXml), 'a TOC field over levels 1-2').toBe(true);

    const outDir = tmp.path('lo');
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${tmp.path('lo-profile')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        outDir,
        file,
      ],
      { timeout: 180_000, stdio: 'ignore' },
    );
    const converted = readdirSync(outDir).find((f) => f.endsWith('.pdf'));
    expect(converted).toBeDefined();
    const text = squash(pdfPages(`${outDir}/${converted}`).join(''));
    for (const title of titles) expect(text, title).toContain(squash(title));
  }, 300_000);
});

describe('case list to .xlsx and .csv', () => {
  it('reads back every row with every field', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const xlsx = await service.call('export.list', { query: {}, format: 'xlsx' });
    expect(xlsx.download).toBe(xlsx.path.split('/').pop());
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx.path);
    const sheet = wb.worksheets[0]!;
    const info = await service.call('library.info', {});
    expect(sheet.rowCount).toBe(info.caseCount + 1);
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(expect.arrayContaining(['标题', '案号', '败诉原因', '评析', '裁判文书原文']));
    const titleCol = header.indexOf('标题') + 1;
    const inSheet = new Set<string>();
    sheet.eachRow((row, n) => {
      if (n > 1) inSheet.add(row.getCell(titleCol).text);
    });
    for (const title of titles) expect(inSheet.has(title)).toBe(true);

    const csv = await service.call('export.list', {
      caseIds: book.chapters[0]!.cases.map((c) => c.id),
      format: 'csv',
    });
    const body = readFileSync(csv.path, 'utf8');
    expect(body.startsWith('\ufeff编号,标题')).toBe(true);
    expect(csv.rows).toBe(book.chapters[0]!.cases.length);
  });

  it('refuses a relative path and leaves no file behind', async () => {
    await expect(service.call('export.list', { query: {}, format: 'csv', path: 'list.csv' })).rejects.toThrow(
      /应为完整路径/,
    );
    expect(existsSync('list.csv')).toBe(false);
  });
});
