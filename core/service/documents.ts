import { statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import type { ReadableDB } from '../../db/connection';
import { AppError } from '../../db/errors';
import { readSetting } from '../../db/repos/settings';
import { ReportTemplate } from '../contract/stats';
import { downloadName, targetPath, writeAtomically } from '../export/output';
import type { BlockDocument } from '../stats/blocks';
import { blocksToDocx } from '../stats/blocksDocx';
import { blocksToHtml } from '../stats/blocksHtml';
import type { ServiceContext } from './context';

/** Where the legal office's report template is kept among the library's settings. */
export const REPORT_TEMPLATE_KEY = 'stats.reportTemplate';

const defaultTemplate = (): ReportTemplate => {
  const year = new Date().getFullYear() - 1;
  return {
    title: `${year}年度行政诉讼败诉案件分析报告`,
    issuer: '',
    year,
    yearBasis: 'judgment',
    opening: `为深入分析行政机关在行政诉讼中败诉的原因，推动依法行政、减少败诉案件，现根据案例库中收录的败诉案例，对${year}年度行政诉讼败诉情况分析如下。`,
  };
};

export function loadTemplate(db: ReadableDB): ReportTemplate {
  const raw = readSetting(db, REPORT_TEMPLATE_KEY);
  if (!raw) return defaultTemplate();
  try {
    const parsed = ReportTemplate.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : defaultTemplate();
  } catch {
    return defaultTemplate();
  }
}

/** Writes a block document as .docx, or prints its HTML to PDF with the host's printer. */
export async function writeDocument(
  ctx: ServiceContext,
  doc: BlockDocument,
  format: 'docx' | 'pdf',
  path: string | undefined,
): Promise<{ path: string; bytes: number; download: string | null; pages?: number }> {
  const target = targetPath(ctx.files, path, doc.title, format);
  let pages: number | undefined;
  if (format === 'docx') {
    const buffer = await blocksToDocx(doc, { chromiumPath: ctx.platform.chromiumPath });
    await writeAtomically(target, (tmp) => writeFile(tmp, buffer));
  } else {
    const print = ctx.platform.printToPdf;
    if (!print)
      throw new AppError('NO_PRINTER', '当前环境无法生成 PDF（未配置打印组件），请改为导出 Word 文档。');
    await writeAtomically(target, async (tmp) => {
      pages = (await print(blocksToHtml(doc), tmp, { pageSize: 'A4' })).pages;
    });
  }
  return {
    path: target,
    bytes: statSync(target).size,
    download: downloadName(ctx.platform.userDataDir, target),
    pages,
  };
}
