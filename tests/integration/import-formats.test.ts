import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { JUDGMENT_FIXTURES } from '../fixtures/judgments';
import { appealJudgment } from '../fixtures/judgments/appeal';
import { disclosureJudgment } from '../fixtures/judgments/disclosure';
import { penaltyJudgment } from '../fixtures/judgments/penalty';
import { retrialRuling } from '../fixtures/judgments/retrial';
import { printAccuracy, sameList, sameProvisions, type FieldChecks } from '../helpers/fieldAccuracy';
import { judgmentDocx, judgmentGbk, judgmentPdf } from '../helpers/judgmentFiles';
import { emptyService, serviceForFile } from '../helpers/tempLibrary';

const b64 = (data: Buffer) => data.toString('base64');

describe('import.preview reads judgments in every format', () => {
  const lib = serviceForFile(emptyService);

  it('extracts the same fields from .docx, .pdf, GBK .txt, UTF-16 .txt and pasted text', async () => {
    const files = [
      { name: 'penalty.docx', dataBase64: b64(await judgmentDocx(penaltyJudgment.text)) },
      { name: 'appeal.pdf', dataBase64: b64(await judgmentPdf(appealJudgment.text)) },
      { name: 'disclosure-gbk.txt', dataBase64: b64(judgmentGbk(disclosureJudgment.text)) },
      {
        name: 'retrial-utf16.txt',
        dataBase64: b64(
          Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(retrialRuling.text, 'utf-16le')]),
        ),
      },
    ];
    const result = await lib.service.call('import.preview', { files });
    expect(result.failures).toEqual([]);
    const pasted = await lib.service.call('import.preview', { text: penaltyJudgment.text });
    const drafts = [...result.drafts, ...pasted.drafts];
    const fixtures = [penaltyJudgment, appealJudgment, disclosureJudgment, retrialRuling, penaltyJudgment];
    const rows = drafts.map((draft, i) => {
      const e = fixtures[i]!.expected;
      const f = draft.fields;
      const checks: FieldChecks = {
        court: f.court === e.court,
        docType: f.docType === e.docType,
        caseNumber: f.caseNumber === e.caseNumber,
        trialStage: f.trialStage === e.trialStage,
        plaintiffs: sameList(f.plaintiffs, e.plaintiffs),
        defendants: sameList(f.defendants, e.defendants),
        cause: f.cause === e.cause,
        judgmentDate: f.judgmentDate === e.judgmentDate,
        judges: JSON.stringify(f.judges) === JSON.stringify(e.judges),
        disposition: f.disposition.replace(/\s/g, '').startsWith(e.dispositionStart),
        outcome: f.outcome === e.outcome,
        provisions: sameProvisions(f.provisions, e.provisions),
      };
      return { name: draft.name, checks };
    });
    const totals = printAccuracy('Field accuracy by file format', rows);
    for (const [field, right] of Object.entries(totals))
      expect(`${field} ${right}`).toBe(`${field} ${rows.length}`);
    expect(drafts.every((d) => d.case.fullText.length > 200)).toBe(true);
    // Each source passage is a real slice of the kept 原文.
    const docx = drafts[0]!;
    const span = docx.sources.caseNumber![0]!;
    expect(docx.case.fullText.slice(span.start, span.end)).toContain('浙0106行初88号');
  }, 60_000);

  it('commits drafts in one transaction and the new cases are listed', async () => {
    const preview = await lib.service.call('import.preview', {
      files: JUDGMENT_FIXTURES.map((f) => ({ name: f.file, dataBase64: b64(Buffer.from(f.text)) })),
    });
    const before = await lib.service.call('library.info', {});
    const edited = preview.drafts.map((d, i) =>
      i === 0 ? { ...d, case: { ...d.case, title: '青禾公司诉西湖区市场监管局行政处罚案（已核对）' } } : d,
    );
    const result = await lib.service.call('import.commit', { drafts: edited });
    expect(result.imported).toHaveLength(JUDGMENT_FIXTURES.length);
    const list = await lib.service.call('cases.list', { limit: 100 });
    expect(list.items.map((c) => c.title)).toContain('青禾公司诉西湖区市场监管局行政处罚案（已核对）');
    const after = await lib.service.call('library.info', {});
    expect(after.caseCount).toBe(before.caseCount + JUDGMENT_FIXTURES.length);
    const one = await lib.service.call('cases.get', { id: result.imported[0]!.id });
    expect(one.status).toBe('draft');
    expect(one.provisions[0]).toMatchObject({ law: '行政诉讼法', article: 70 });
    expect(one.lossReasons.map((r) => r.code)).toEqual(['procedure']);
  });

  it('flags a duplicate 案号 and skips, replaces (keeping history) or keeps both', async () => {
    const preview = await lib.service.call('import.preview', {
      text: penaltyJudgment.text.replace('（2021）', '(2021)'),
    });
    const draft = preview.drafts[0]!;
    expect(draft.duplicates).toHaveLength(1);
    expect(draft.problems.join('')).toContain('已在案例库中');
    const skip = await lib.service.call('import.commit', { drafts: [draft], onDuplicate: 'skip' });
    expect(skip.imported).toHaveLength(0);
    expect(skip.skipped).toHaveLength(1);
    const replaced = await lib.service.call('import.commit', {
      drafts: [{ ...draft, case: { ...draft.case, title: '替换后的标题' } }],
      onDuplicate: 'replace',
    });
    expect(replaced.imported[0]!.action).toBe('replaced');
    const id = replaced.imported[0]!.id;
    expect(id).toBe(draft.duplicates[0]!.id);
    const revisions = await lib.service.call('cases.revisions', { id });
    expect(revisions[0]!.title).toBe('青禾公司诉西湖区市场监管局行政处罚案（已核对）');
    const both = await lib.service.call('import.commit', { drafts: [draft], onDuplicate: 'keepBoth' });
    expect(both.imported[0]!.id).not.toBe(id);
  });

  it('commits bare fields from a script (fields only, no case)', async () => {
    const preview = await lib.service.call('import.preview', {
      text: disclosureJudgment.text.replace('1024号', '1025号'),
    });
    const result = await lib.service.call('import.commit', {
      drafts: [{ fields: preview.drafts[0]!.fields }],
    });
    const saved = await lib.service.call('cases.get', { id: result.imported[0]!.id });
    expect(saved.title).toBe('马晓东诉成都市锦江区住房和城乡建设局政府信息公开案');
    expect(saved.category).toBe('政府信息公开');
  });
});
