import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { commitImport } from '../../core/import/commit';
import { AppError } from '../../db/errors';
import { penaltyJudgment } from '../fixtures/judgments/penalty';
import { encryptedPdf, imageOnlyPdf, judgmentDocx } from '../helpers/judgmentFiles';
import { serviceForFile, starterService } from '../helpers/tempLibrary';

const b64 = (data: Buffer) => data.toString('base64');

async function xlsx(rows: string[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('清单');
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('bad input gets a clear message naming the file and changes nothing', () => {
  const lib = serviceForFile(starterService);

  it('reports each broken file by name and still reads the good one', async () => {
    const before = await lib.service.call('library.info', {});
    const good = await judgmentDocx(penaltyJudgment.text);
    const corrupt = Buffer.from(good.subarray(0, 400)); // a zip cut short
    const pngAsTxt = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.alloc(2000, 7),
    ]);
    const binaryAsTxt = Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256));
    const result = await lib.service.call('import.preview', {
      files: [
        { name: '好的判决书.docx', dataBase64: b64(good) },
        { name: '损坏的判决书.docx', dataBase64: b64(corrupt) },
        { name: '加密的判决书.pdf', dataBase64: b64(encryptedPdf()) },
        { name: '扫描件.pdf', dataBase64: b64(await imageOnlyPdf()) },
        { name: '其实是图片.txt', dataBase64: b64(pngAsTxt) },
        { name: '乱码.txt', dataBase64: b64(binaryAsTxt) },
        { name: '旧格式.doc', dataBase64: b64(Buffer.from('x')) },
        {
          name: '缺列的清单.xlsx',
          dataBase64: b64(
            await xlsx([
              ['案号', '法院'],
              ['（2020）测01行初1号', '某法院'],
            ]),
          ),
        },
      ],
    });
    expect(result.drafts.map((d) => d.name)).toEqual(['好的判决书.docx']);
    const messages = Object.fromEntries(result.failures.map((f) => [f.name, f.message]));
    expect(messages['损坏的判决书.docx']).toMatch(/“损坏的判决书\.docx”.*(损坏|无法)/);
    expect(messages['加密的判决书.pdf']).toMatch(/“加密的判决书\.pdf”.*加密/);
    expect(messages['扫描件.pdf']).toMatch(/“扫描件\.pdf”.*没有可提取的文字/);
    expect(messages['其实是图片.txt']).toMatch(/“其实是图片\.txt”不是文本文件.*PNG/);
    expect(messages['乱码.txt']).toMatch(/“乱码\.txt”不是可读的文本/);
    expect(messages['旧格式.doc']).toMatch(/另存为 \.docx/);
    expect(messages['缺列的清单.xlsx']).toMatch(/“缺列的清单\.xlsx”缺少必需的列：标题、类别、结果/);
    const after = await lib.service.call('library.info', {});
    expect(after.revision).toBe(before.revision);
  }, 60_000);

  it('refuses a 200 MB file before reading it', async () => {
    // Zero bytes base64-encode to 'A'; the size is known from the string's length alone.
    const huge = 'A'.repeat((200 * 1024 * 1024 * 4) / 3);
    const result = await lib.service.call('import.preview', {
      files: [{ name: '超大文件.pdf', dataBase64: huge }],
    });
    expect(result.drafts).toEqual([]);
    expect(result.failures[0]!.message).toMatch(/“超大文件\.pdf”过大（200 MB，上限 50 MB）/);
  });

  it('writes nothing when one draft of a commit is invalid', async () => {
    const before = await lib.service.call('library.info', {});
    const preview = await lib.service.call('import.preview', { text: penaltyJudgment.text });
    const draft = preview.drafts[0]!;
    const broken = {
      ...draft,
      name: '坏草稿',
      case: { ...draft.case, caseNumber: '（2021）测1号', judgmentDate: '2021-13-45' },
    };
    await expect(lib.service.call('import.commit', { drafts: [draft, broken] })).rejects.toThrow(/日期/);
    const after = await lib.service.call('library.info', {});
    expect(after.revision).toBe(before.revision);
    expect(after.caseCount).toBe(before.caseCount);
  });

  it('stops a batch preview when the job is cancelled', async () => {
    const files = Array.from({ length: 400 }, (_, i) => ({
      name: `第${i}份.txt`,
      dataBase64: b64(Buffer.from(penaltyJudgment.text)),
    }));
    const running = lib.service.call('import.preview', { files, jobId: 'cancel-me' });
    // The files are read in the parse worker, which takes a moment to start.
    await expect
      .poll(async () => (await lib.service.call('jobs.progress', { jobId: 'cancel-me' })).done, {
        timeout: 30_000,
      })
      .toBeGreaterThan(0);
    expect((await lib.service.call('jobs.cancel', { jobId: 'cancel-me' })).cancelled).toBe(true);
    await expect(running).rejects.toThrow(/已取消/);
    expect((await lib.service.call('jobs.progress', { jobId: 'cancel-me' })).state).toBe('cancelled');
  });

  it('rolls back every case written so far when the batch is cancelled mid-commit', async () => {
    const before = await lib.service.call('library.info', {});
    const preview = await lib.service.call('import.preview', { text: penaltyJudgment.text });
    const draft = preview.drafts[0]!;
    const drafts = [1, 2, 3].map((n) => ({
      ...draft,
      case: { ...draft.case, caseNumber: `（2021）测0${n}行初1号` },
    }));
    const cancelOnThird = {
      progress(done: number) {
        if (done === 2) throw new AppError('CANCELLED', '操作已取消，案例库未作改动。');
      },
    };
    expect(() => commitImport(lib.service.ctx.write, drafts, 'skip', cancelOnThird)).toThrow(/已取消/);
    const after = await lib.service.call('library.info', {});
    expect(after.caseCount).toBe(before.caseCount);
    expect(after.revision).toBe(before.revision);
  });
});
