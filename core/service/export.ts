import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppError } from '../../db/errors';
import type { CaseRecord } from '../../shared/case';
import { listCases, requireCase } from '../../db/repos/cases';
import { listNotes } from '../../db/repos/notes';
import { tagsOfCase } from '../../db/repos/tags';
import type { exportContract } from '../contract/export';
import { renderCasebookHtml } from '../export/casebookHtml';
import { renderCaseSheetHtml } from '../export/caseSheetHtml';
import { renderCasebookDocx } from '../export/docx/casebookDocx';
import { renderCaseSheetDocx } from '../export/docx/caseSheetDocx';
import { writeCaseListCsv, writeCaseListXlsx } from '../export/listExport';
import { liveCases, loadCasebook } from '../export/load';
import { downloadName, safeFileName, targetPath, writeAtomically } from '../export/output';
import { readPdfOutline } from '../export/pdfOutline';
import { printCasebook, type PrintFn } from '../export/printCasebook';
import type { StatsScope } from '../contract/stats';
import { buildReportData, reportYearFilters } from '../stats/report';
import { reportBlocks } from '../stats/reportBlocks';
import type { ServiceContext } from './context';
import { loadTemplate, writeDocument } from './documents';
import type { AreaFactory } from './handlers';
import type { JobHandle } from './jobs';
import { resolveStatsScope } from './scope';

const MAX_LIST_ROWS = 100_000;

function printer(ctx: ServiceContext): PrintFn {
  const print = ctx.platform.printToPdf;
  if (!print)
    throw new AppError('NO_PRINTER', '当前环境无法生成 PDF（未配置打印组件），请改为导出 Word 文档。');
  return print;
}

/** A print stopped by the user's cancel fails inside Chromium; report it as the cancellation it is. */
async function cancellable<T>(job: JobHandle, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    job.throwIfCancelled();
    throw e;
  }
}

export const exportHandlers: AreaFactory<typeof exportContract> = (ctx) => {
  const { db, platform } = ctx;
  // Only files this session wrote may be opened on the user's behalf (export.reveal).
  const written = new Set<string>();
  const done = (path: string, extra: { pages?: number } = {}) => {
    written.add(path);
    return { path, download: downloadName(platform.userDataDir, path), ...extra };
  };
  const resolveScope = (scope: StatsScope) => resolveStatsScope(db, scope, ctx.search);
  const noteOf = (id: string) => listNotes(db, id)[0]?.body;

  return {
    'export.casebook': async ({ collectionId, caseIds, format, path, options }, { job }) => {
      const doc = loadCasebook(db, { collectionId, caseIds }, options);
      const target = targetPath(ctx.files, path, doc.title, format);
      job.progress(0, 3, '准备内容');
      if (format === 'docx') {
        job.progress(1, 3, '生成 Word 文档（计算目录页码）');
        const buffer = await renderCasebookDocx(doc);
        job.throwIfCancelled();
        job.progress(2, 3, '写入文件');
        await writeAtomically(target, (tmp) => writeFile(tmp, buffer));
        job.progress(3, 3, '完成');
        return done(target);
      }
      const print = printer(ctx);
      let pages = 0;
      await cancellable(job, () =>
        writeAtomically(target, async (tmp) => {
          const step = (n: number, total: number, msg: string) => job.progress(n, total, msg);
          pages = (await printCasebook(doc, tmp, print, step, job.signal)).pages;
        }),
      );
      return done(target, { pages });
    },

    'export.case': async ({ id, format, path, includeNotes, includeFullText, paper }, { job }) => {
      const c = requireCase(db, id);
      const note = includeNotes ? noteOf(id) : undefined;
      const target = targetPath(ctx.files, path, c.title, format);
      job.progress(0, 1, '生成文件');
      if (format === 'docx') {
        const buffer = await renderCaseSheetDocx(c, { paper, includeFullText, note });
        await writeAtomically(target, (tmp) => writeFile(tmp, buffer));
        return done(target);
      }
      const print = printer(ctx);
      let pages = 0;
      await cancellable(job, () =>
        writeAtomically(target, async (tmp) => {
          await print(renderCaseSheetHtml(c, { paper, includeFullText, note }), tmp, {
            pageSize: paper,
            outline: true,
          });
          pages = (await readPdfOutline(tmp)).pages;
        }),
      );
      return done(target, { pages });
    },

    'export.list': async ({ caseIds, query, format, path }, { job }) => {
      const ids =
        caseIds ??
        listCases(db, { filters: query?.filters, sort: query?.sort, limit: MAX_LIST_ROWS }).items.map(
          (c) => c.id,
        );
      const cases = liveCases(db, ids).map((c: CaseRecord) => ({
        ...c,
        tags: tagsOfCase(db, c.id).map((t) => t.name),
      }));
      if (!cases.length) throw new AppError('EMPTY', '没有可导出的案例：当前筛选结果为空。');
      const target = targetPath(ctx.files, path, '案例列表', format);
      await writeAtomically(target, (tmp) =>
        format === 'xlsx'
          ? writeCaseListXlsx(cases, tmp, (n) => {
              if (n % 200 === 0) job.progress(n, cases.length, '写入表格');
            })
          : writeCaseListCsv(cases, tmp),
      );
      return { ...done(target), rows: cases.length };
    },

    'export.preview': async ({ collectionId, options }, { job }) => {
      const doc = loadCasebook(db, { collectionId }, options);
      const dir = await mkdtemp(join(tmpdir(), 'anjian-preview-'));
      try {
        const file = join(dir, 'preview.pdf');
        const { pages } = await cancellable(job, () =>
          printCasebook(
            doc,
            file,
            printer(ctx),
            (step, total, msg) => job.progress(step, total, msg),
            job.signal,
          ),
        );
        return { pdfBase64: (await readFile(file)).toString('base64'), pages };
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },

    'export.printHtml': ({ collectionId, caseId, includeNotes }) => {
      if (collectionId) return { html: renderCasebookHtml(loadCasebook(db, { collectionId })) };
      if (!caseId) throw new AppError('BAD_INPUT', '请指定 collectionId 或 caseId');
      const c = requireCase(db, caseId);
      return {
        html: renderCaseSheetHtml(c, {
          paper: 'A4',
          includeFullText: false,
          note: includeNotes ? noteOf(caseId) : undefined,
        }),
      };
    },

    'export.choosePath': async ({ suggestedName, format }) => {
      if (!platform.chooseSavePath) return { path: null, cancelled: false };
      const path = await platform.chooseSavePath(safeFileName(suggestedName), format);
      if (path !== null) ctx.files.chosen.addSave(path);
      return { path, cancelled: path === null };
    },

    'export.reveal': async ({ path, how }) => {
      if (!written.has(path)) throw new AppError('FORBIDDEN', `只能打开本次导出的文件：${path}`);
      if (!platform.revealPath)
        throw new AppError('UNSUPPORTED', '浏览器版无法直接打开文件，请使用下载链接。');
      await platform.revealPath(path, how);
      return { ok: true as const };
    },
    // The yearly report is a block document written like a checklist (documents.ts), not a casebook.
    'export.report': async ({ template, format, path, jobId: _jobId, ...scope }, { job }) => {
      job.progress(0, 3, '统计数字');
      const t = template ?? loadTemplate(db);
      const data = buildReportData(db, t, reportYearFilters(t, resolveScope(scope)));
      job.throwIfCancelled();
      job.progress(1, 3, format === 'docx' ? '绘制图表并写入 Word 文档' : '排版并打印 PDF');
      const written = await writeDocument(ctx, reportBlocks(data), format, path);
      job.progress(3, 3, '完成');
      return written;
    },
  };
};
