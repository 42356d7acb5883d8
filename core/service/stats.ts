import { statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import type { ReadableDB } from '../../db/connection';
import { AppError } from '../../db/errors';
import { CaseFilters } from '../../db/model/filters';
import {
  CaseStats,
  liveRegions,
  readReportTemplate,
  savedSearchQuery,
  writeReportTemplate,
} from '../../db/repos/stats';
import { libraryRevision } from '../../db/repos/meta';
import { ReportTemplate, type StatsScope, type StatsSummary, type statsContract } from '../contract/stats';
import type { BlockDocument } from '../stats/blocks';
import { blocksToDocx } from '../stats/blocksDocx';
import { blocksToHtml } from '../stats/blocksHtml';
import { buildCharts } from '../stats/charts';
import { buildChecklist } from '../stats/checklist';
import { provisionLabel } from '../stats/labels';
import { checklistBlocks } from '../stats/checklistBlocks';
import { buildReportData, describeFilters } from '../stats/report';
import { reportBlocks } from '../stats/reportBlocks';
import { buildSummary } from '../stats/summary';
import { statsTable, tableToXlsx } from '../stats/tables';
import { downloadName, targetPath, writeAtomically } from '../export/output';
import type { SearchEngine } from '../search/engine';
import type { ServiceContext } from './context';
import type { AreaFactory } from './handlers';

const TOP_DEFENDANTS_TABLE = 200;
const SEARCH_PAGE = 200;
const SUMMARY_CACHE_SIZE = 32;

/**
 * A saved search stands for what it finds: its filters, and when it has a text query, the ids
 * of the cases the search engine finds for it. Explicit filters narrow it further.
 */
export function resolveSavedScope(db: ReadableDB, scope: StatsScope, search?: SearchEngine): CaseFilters {
  if (scope.savedSearchId === undefined) return scope.filters ?? {};
  const raw = savedSearchQuery(db, scope.savedSearchId);
  if (raw === undefined) throw new AppError('NOT_FOUND', `找不到已保存的检索（编号 ${scope.savedSearchId}）`);
  let saved: { q?: unknown; filters?: unknown } = {};
  try {
    saved = (JSON.parse(raw) as typeof saved | null) ?? {};
  } catch {
    // A row written by an older version: no filters.
  }
  const parsed = CaseFilters.safeParse(saved.filters ?? {});
  if (!parsed.success)
    throw new AppError('BAD_INPUT', `已保存的检索（编号 ${scope.savedSearchId}）中的筛选条件无法识别`);
  const filters: CaseFilters = { ...parsed.data, ...scope.filters };
  const q = typeof saved.q === 'string' ? saved.q.trim() : '';
  if (!q || !search) return filters;
  const engine = search;
  const ids: string[] = [];
  for (let offset = 0; ; offset += SEARCH_PAGE) {
    const page = engine.query({ q, filters, offset, limit: SEARCH_PAGE });
    ids.push(...page.hits.map((h) => h.id));
    if (!page.hits.length || ids.length >= page.total) break;
  }
  return { ...filters, ids };
}

const defaultTemplate = (): ReportTemplate => {
  const year = new Date().getFullYear() - 1;
  return {
    title: `${year}年度行政诉讼败诉案件分析报告`,
    issuer: '',
    year,
    opening: `为深入分析行政机关在行政诉讼中败诉的原因，推动依法行政、减少败诉案件，现根据案例库中收录的败诉案例，对${year}年度行政诉讼败诉情况分析如下。`,
  };
};

function loadTemplate(db: ReadableDB): ReportTemplate {
  const raw = readReportTemplate(db);
  if (!raw) return defaultTemplate();
  try {
    const parsed = ReportTemplate.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : defaultTemplate();
  } catch {
    return defaultTemplate();
  }
}

/** Writes a block document as .docx, or prints its HTML to PDF with the host's printer. */
async function writeDocument(
  ctx: ServiceContext,
  doc: BlockDocument,
  format: 'docx' | 'pdf',
  path: string | undefined,
): Promise<{ path: string; bytes: number; download: string | null; pages?: number }> {
  const target = targetPath(ctx.platform.userDataDir, path, doc.title, format);
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

export const statsHandlers: AreaFactory<typeof statsContract> = (ctx) => {
  const { db } = ctx;
  // A saved search with a text query is resolved by the library's one engine (search.* uses the same).
  const resolveScope = (scope: StatsScope) => resolveSavedScope(db, scope, ctx.search);
  // The dashboard asks again for the same scope (tabs, coming back from a case list): answers are
  // kept per library revision, so any write makes them stale at once.
  const cache = new Map<string, StatsSummary>();
  let cachedRevision = -1;
  const summaryOf = (filters: CaseFilters): StatsSummary => {
    const revision = libraryRevision(db);
    if (revision !== cachedRevision) {
      cache.clear();
      cachedRevision = revision;
    }
    const key = JSON.stringify(filters);
    let found = cache.get(key);
    if (!found) {
      found = buildSummary(db, filters);
      if (cache.size >= SUMMARY_CACHE_SIZE) cache.delete(cache.keys().next().value ?? '');
      cache.set(key, found);
    }
    return found;
  };
  return {
    'stats.summary': (scope) => summaryOf(resolveScope(scope)),
    'stats.dashboard': (scope) => {
      const filters = resolveScope(scope);
      const summary = summaryOf(filters);
      return {
        summary,
        charts: buildCharts(summary),
        regions: liveRegions(db),
        filters,
        scopeText: describeFilters(filters),
        provisionLabels: Object.fromEntries(summary.topProvisions.map((p) => [p.key, provisionLabel(p.key)])),
      };
    },
    'stats.provisionCases': ({ law, article, ...scope }) => ({
      ids: new CaseStats(db, resolveScope(scope)).idsCitingProvision(law, article),
    }),
    'stats.exportTable': async ({ table, path, ...scope }) => {
      const filters = resolveScope(scope);
      const summary = summaryOf(filters);
      const sheet = statsTable(summary, table, new CaseStats(db, filters).byDefendant(TOP_DEFENDANTS_TABLE));
      const target = targetPath(ctx.platform.userDataDir, path, sheet.title, 'xlsx');
      await writeAtomically(target, (tmp) => tableToXlsx(sheet, describeFilters(filters), tmp));
      return {
        path: target,
        bytes: statSync(target).size,
        download: downloadName(ctx.platform.userDataDir, target),
        rows: sheet.rows.length,
      };
    },
    'stats.reportTemplate': () => loadTemplate(db),
    'stats.saveReportTemplate': (template) => {
      writeReportTemplate(db, JSON.stringify(template));
      return template;
    },
    'export.report': async ({ template, format, path, jobId: _jobId, ...scope }, { job }) => {
      job.progress(0, 3, '统计数字');
      const data = buildReportData(db, template ?? loadTemplate(db), resolveScope(scope));
      job.throwIfCancelled();
      job.progress(1, 3, format === 'docx' ? '绘制图表并写入 Word 文档' : '排版并打印 PDF');
      const written = await writeDocument(ctx, reportBlocks(data), format, path);
      job.progress(3, 3, '完成');
      return written;
    },
    'checklists.build': ({ category, ...scope }) => buildChecklist(db, category, resolveScope(scope)),
    'checklists.export': async ({ category, format, path, ...scope }) => {
      const checklist = buildChecklist(db, category, resolveScope(scope));
      const { pages: _pages, ...written } = await writeDocument(
        ctx,
        checklistBlocks(checklist),
        format,
        path,
      );
      return written;
    },
  };
};
