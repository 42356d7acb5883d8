import { writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { AppError } from '../../../db/errors';
import type { SearchReportInput } from '../../contract/search';
import { downloadName, targetPath, writeAtomically } from '../../export/output';
import { renderSearchReportDocx, renderSearchReportHtml } from '../../export/searchReport';
import type { CallContext, ServiceContext } from '../../service/context';
import { buildSearchReport } from './reportData';
import type { z } from 'zod';

/** search.report: runs the search as search.query does, then writes the report as .docx or PDF. */
export async function writeSearchReport(
  ctx: ServiceContext,
  input: z.output<typeof SearchReportInput>,
  { job }: CallContext,
): Promise<{ path: string; download: string | null; cases: number }> {
  const { db, search, platform } = ctx;
  const answer = search.query({ q: input.q, filters: input.filters, limit: input.limit, sort: 'relevance' });
  const { plan, synonyms } = search.planOf(input.q);
  const libraryName = basename(db.name, '.sqlite');
  const report = buildSearchReport(db, input, answer, plan, synonyms, libraryName);
  // The path policy (core/files/pathPolicy.ts), as every export meets it.
  const target = targetPath(ctx.files, input.path, `类案检索报告-${input.q || '全库'}`, input.format);
  job.progress(0, 1, '生成类案检索报告');
  if (input.format === 'docx') {
    const buffer = await renderSearchReportDocx(report);
    await writeAtomically(target, (tmp) => writeFile(tmp, buffer));
  } else {
    const print = platform.printToPdf;
    if (!print)
      throw new AppError('NO_PRINTER', '当前环境无法生成 PDF（未配置打印组件），请改为导出 Word 文档。');
    await writeAtomically(target, async (tmp) => {
      await print(renderSearchReportHtml(report), tmp, { pageSize: 'A4', outline: true, signal: job.signal });
    });
  }
  job.progress(1, 1, '完成');
  return { path: target, download: downloadName(platform.userDataDir, target), cases: report.cases.length };
}
