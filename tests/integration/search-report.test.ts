import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { docxXml, starterServiceWithPrinter } from '../helpers/exportService';
import { serviceForFile } from '../helpers/tempLibrary';

const SECTIONS = [
  '一、检索主体',
  '二、检索时间',
  '三、检索平台',
  '四、检索方法',
  '五、检索结果及类案裁判要点',
  '六、待决案件的争议焦点',
  '七、类案适用意见',
];

/** The text of a .docx as a reader sees it: the runs of document.xml, joined. */
const docxText = (file: string) =>
  [...docxXml(file).matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

async function pdfText(file: string): Promise<string> {
  const pdf = await getDocument({ data: new Uint8Array(readFileSync(file)), isEvalSupported: false }).promise;
  let text = '';
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    text += content.items.map((item) => ('str' in item ? item.str : '')).join('');
  }
  return text.replace(/\s+/g, '');
}

describe('search.report: 类案检索报告', () => {
  const lib = serviceForFile(starterServiceWithPrinter);

  it('writes a .docx with every part art. 8 asks for, the statute correspondence and the user’s own words', async () => {
    const path = lib.tmp.path('report.docx');
    const written = await lib.service.call('search.report', {
      q: '行政处罚法第六十三条 OR 听证',
      subject: '某市市场监管局法制科 张三',
      issue: '未告知听证权利即作出较大数额罚款，是否构成违反法定程序',
      format: 'docx',
      path,
      assessments: [],
    });
    expect(written.path).toBe(path);
    expect(written.cases).toBeGreaterThan(0);
    const text = docxText(path);
    for (const s of SECTIONS) expect(text).toContain(s);
    expect(text).toContain('某市市场监管局法制科 张三');
    expect(text).toContain('未告知听证权利即作出较大数额罚款');
    expect(text).toContain('1996年文本第42条');
    expect(text).toContain('原第四十二条');
    expect(text).toMatch(/参照|参考/);
    // LibreOffice opens it without a repair prompt: a headless conversion succeeds.
    execFileSync('libreoffice', ['--headless', '--convert-to', 'pdf', '--outdir', lib.tmp.dir, path], {
      stdio: 'ignore',
      timeout: 120_000,
    });
    expect(existsSync(lib.tmp.path('report.pdf'))).toBe(true);
  }, 180_000);

  it('prints the same report as PDF, with the user’s verdicts', async () => {
    const first = await lib.service.call('search.query', { q: '听证', limit: 1 });
    const id = first.hits[0]?.id ?? '';
    const path = lib.tmp.path('report-print.pdf');
    await lib.service.call('search.report', {
      q: '听证',
      format: 'pdf',
      path,
      limit: 3,
      assessments: [{ id, verdict: '不予参考', reason: '本案为数额较小的罚款，不适用听证' }],
    });
    const text = await pdfText(path);
    for (const s of SECTIONS) expect(text).toContain(s.replace(/\s+/g, ''));
    expect(text).toContain('不予参考');
    expect(text).toContain('本案为数额较小的罚款，不适用听证');
  }, 120_000);
});
