import { writeFile } from 'node:fs/promises';
import { AppError } from '../../db/errors';
import type { decisionsContract } from '../contract/decisions';
import { checkDecision } from '../decisions/check';
import { buildOpinion } from '../decisions/opinion/model';
import { renderOpinionDocx } from '../decisions/opinion/opinionDocx';
import { renderOpinionHtml } from '../decisions/opinion/opinionHtml';
import { downloadName, targetPath, writeAtomically } from '../export/output';
import { readPdfOutline } from '../export/pdfOutline';
import { normalizeNewlines, readDocument } from '../import/readers';
import type { AreaFactory } from './handlers';

/** The draft's text: pasted, or read from the file with the import readers and their limits. */
async function draftText(text: string | undefined, file: { name: string; dataBase64: string } | undefined) {
  if (file) return readDocument(file.name, Buffer.from(file.dataBase64, 'base64'));
  const body = normalizeNewlines(text ?? '');
  if (!body.trim()) throw new AppError('BAD_INPUT', '请粘贴待审核的文书，或选择一个 .docx、.pdf、.txt 文件');
  return body;
}

export const decisionsHandlers: AreaFactory<typeof decisionsContract> = ({ db, platform, files }) => ({
  'decisions.check': async ({ text, file }) => {
    const body = await draftText(text, file);
    return { ...checkDecision(db, body), text: body };
  },

  'decisions.exportOpinion': async ({ text, file, conclusion, reviewer, notes, format, path }, { job }) => {
    const body = await draftText(text, file);
    const check = { ...checkDecision(db, body), text: body };
    const doc = buildOpinion(check, { conclusion, reviewer, notes });
    const target = targetPath(files, path, `法制审核意见书-${doc.reviewedTitle}`, format);
    job.progress(0, 1, '生成意见书');
    if (format === 'docx') {
      const buffer = await renderOpinionDocx(doc);
      await writeAtomically(target, (tmp) => writeFile(tmp, buffer));
      return { path: target, download: downloadName(platform.userDataDir, target) };
    }
    const print = platform.printToPdf;
    if (!print)
      throw new AppError('NO_PRINTER', '当前环境无法生成 PDF（未配置打印组件），请改为导出 Word 文档。');
    let pages = 0;
    await writeAtomically(target, async (tmp) => {
      await print(renderOpinionHtml(doc), tmp, { pageSize: 'A4', signal: job.signal });
      pages = (await readPdfOutline(tmp)).pages;
    });
    return { path: target, download: downloadName(platform.userDataDir, target), pages };
  },
});
