import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPdf } from '../../core/import/readers/pdf';
import { decisionFixtures } from '../helpers/decisionFixtures';
import { docxXml, starterServiceWithPrinter } from '../helpers/exportService';
import { serviceForFile, starterService } from '../helpers/tempLibrary';

const fixtures = decisionFixtures();
const draft = (name: string) => fixtures.find((f) => f.name === name)!.text;

describe('decisions.check over the starter library', () => {
  const lib = serviceForFile(starterService);

  it('links findings to lost cases of the library, each with why it matches', async () => {
    // Rules whose defect the starter library has lost on; each must point to at least one such case.
    const mustLink = new Set([
      'basis-article',
      'facts-evidence',
      'statement-defence',
      'hearing-notice',
      'deadline',
      'info-reasons',
      'compensation-items',
      'enforcement-procedure',
    ]);
    const linked = new Set<string>();
    for (const f of fixtures.filter((x) => x.findings.length)) {
      const result = await lib.service.call('decisions.check', { text: f.text });
      for (const finding of result.findings) {
        for (const c of finding.cases) {
          const record = await lib.service.call('cases.get', { id: c.id });
          expect(record.title).toBe(c.title);
          expect(c.reason.length).toBeGreaterThan(10);
        }
        if (finding.cases.length && finding.severity !== 'low') linked.add(finding.code);
      }
    }
    for (const code of mustLink) expect(linked.has(code), `${code} links to a lost case`).toBe(true);
  });

  it('the hearing finding recalls the case lost for confiscating without a hearing', async () => {
    const result = await lib.service.call('decisions.check', { text: draft('penalty-03-revoke.txt') });
    expect(result.docType).toBe('行政处罚决定书');
    expect(result.conclusion).toBe('不同意');
    const hearing = result.findings.find((f) => f.code === 'hearing-notice')!;
    expect(hearing.severity).toBe('high');
    expect(hearing.statute).toContain('第六十三条');
    expect(result.text.slice(hearing.passage!.start, hearing.passage!.end)).toContain('吊销');
    expect(hearing.cases[0]!.title).toContain('黄泽富');
    expect(hearing.cases[0]!.reason).toContain('听证');
  });

  it('a clean decision gets 同意 and no finding', async () => {
    const result = await lib.service.call('decisions.check', { text: draft('penalty-01-clean.txt') });
    expect(result.conclusion).toBe('同意');
    expect(result.findings).toEqual([]);
    expect(result.elements.some((e) => e.kind === 'basis')).toBe(true);
  });

  it('reads a dropped .docx or .txt with the import readers and answers the same', async () => {
    const text = draft('info-02-late-refusal.txt');
    const docx = await Packer.toBuffer(
      new Document({
        sections: [
          {
            children: text
              .split('\n')
              .map((line) => new Paragraph({ alignment: AlignmentType.LEFT, children: [new TextRun(line)] })),
          },
        ],
      }),
    );
    const fromDocx = await lib.service.call('decisions.check', {
      file: { name: '答复书.docx', dataBase64: docx.toString('base64') },
    });
    const fromTxt = await lib.service.call('decisions.check', {
      file: { name: '答复书.txt', dataBase64: Buffer.from(text).toString('base64') },
    });
    const codes = (r: typeof fromDocx) => r.findings.map((f) => f.code).sort();
    expect(codes(fromDocx)).toEqual(['basis-article', 'deadline', 'info-reasons', 'remedy']);
    expect(codes(fromTxt)).toEqual(codes(fromDocx));
    expect(fromDocx.text).toContain('决定不予公开');
  });

  it('refuses bad input with a Chinese message and an unsupported file by name', async () => {
    const empty = await lib.service.dispatch('decisions.check', { text: '  ' });
    expect(empty.ok).toBe(false);
    if (!empty.ok) expect(empty.error.message).toContain('请粘贴待审核的文书');
    const xls = await lib.service.dispatch('decisions.check', {
      file: { name: '决定.doc', dataBase64: 'AAAA' },
    });
    expect(xls.ok).toBe(false);
    if (!xls.ok) expect(xls.error.message).toContain('决定.doc');
  });
});

describe('decisions.exportOpinion', () => {
  const lib = serviceForFile(starterServiceWithPrinter);

  it('writes the 法制审核意见书 as .docx with the title, numbered opinions, cases, conclusion, reviewer and date', async () => {
    const path = lib.tmp.path('意见书.docx');
    const written = await lib.service.call('decisions.exportOpinion', {
      text: draft('penalty-03-revoke.txt'),
      conclusion: '建议修改',
      reviewer: '王法制',
      notes: '请补正听证告知程序后重新报审。',
      format: 'docx',
      path,
    });
    expect(written.path).toBe(path);
    const xml = docxXml(path);
    for (const words of [
      '法制审核意见书',
      '江州市文化广电旅游局《行政处罚决定书》（江文旅罚〔2024〕27号）',
      '（一）',
      '［高］',
      '黄泽富',
      '建议修改。',
      '审核人：王法制',
      '请补正听证告知程序后重新报审。',
    ])
      expect(xml, words).toContain(words);
    expect(xml).toMatch(/审核日期：\d{4}年\d{1,2}月\d{1,2}日/u);
  });

  it('reads a .pdf draft (printed by Chromium, lines wrapped by the page) and finds the same', async () => {
    const text = draft('penalty-03-revoke.txt');
    const html = `<!doctype html><html lang="zh-CN"><body style="width:150mm;font:12pt serif">${text
      .split('\n')
      .map(
        (line) => `<p style="margin:0">${line.replace(/&/g, '&amp;').replace(/</g, '&lt;') || '&nbsp;'}</p>`,
      )
      .join('')}</body></html>`;
    const pdf = lib.tmp.path('决定书.pdf');
    await lib.service.ctx.platform.printToPdf!(html, pdf, { pageSize: 'A4' });
    const fromPdf = await lib.service.call('decisions.check', {
      file: { name: '决定书.pdf', dataBase64: readFileSync(pdf).toString('base64') },
    });
    const fromText = await lib.service.call('decisions.check', { text });
    expect(fromPdf.docType).toBe('行政处罚决定书');
    expect(fromPdf.findings.map((f) => f.code).sort()).toEqual(fromText.findings.map((f) => f.code).sort());
  });

  it('prints the same 意见书 to PDF through Chromium', async () => {
    const path = lib.tmp.path('意见书.pdf');
    const written = await lib.service.call('decisions.exportOpinion', {
      text: draft('info-02-late-refusal.txt'),
      reviewer: '李审核',
      format: 'pdf',
      path,
    });
    expect(existsSync(path)).toBe(true);
    expect(written.pages).toBeGreaterThanOrEqual(1);
    const text = (await readPdf('意见书.pdf', new Uint8Array(readFileSync(path)))).replace(/\s+/g, '');
    for (const words of [
      '法制审核意见书',
      '审核意见',
      '超过20个工作日',
      '李健雄',
      '审核人：李审核',
      '建议修改',
    ])
      expect(text, words).toContain(words);
  });
});
