import { statSync } from 'node:fs';
import type { CaseFilters } from '../../db/model/filters';
import { writeSetting } from '../../db/repos/settings';
import { defendantCounts, idsCitingProvision, liveRegions } from '../../db/repos/stats';
import { bumpRevision, libraryRevision } from '../../db/repos/meta';
import { type StatsScope, type StatsSummary, type statsContract } from '../contract/stats';
import { buildCharts } from '../stats/charts';
import { provisionLabel } from '../stats/labels';
import { describeFilters } from '../stats/report';
import { buildSummary } from '../stats/summary';
import { statsTable, tableToXlsx } from '../stats/tables';
import { downloadName, targetPath, writeAtomically } from '../export/output';
import { loadTemplate, REPORT_TEMPLATE_KEY } from './documents';
import type { AreaFactory } from './handlers';
import { resolveStatsScope } from './scope';

const TOP_DEFENDANTS_TABLE = 200;
const SUMMARY_CACHE_SIZE = 32;

export const statsHandlers: AreaFactory<typeof statsContract> = (ctx) => {
  const { db } = ctx;
  // A saved search with a text query is resolved by the library's one engine (search.* uses the same).
  const resolveScope = (scope: StatsScope) => resolveStatsScope(db, scope, ctx.search);
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
      ids: idsCitingProvision(db, resolveScope(scope), law, article),
    }),
    'stats.exportTable': async ({ table, path, ...scope }) => {
      const filters = resolveScope(scope);
      const summary = summaryOf(filters);
      const sheet = statsTable(summary, table, defendantCounts(db, filters, TOP_DEFENDANTS_TABLE));
      const target = targetPath(ctx.files, path, sheet.title, 'xlsx');
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
      db.transaction(() => {
        writeSetting(db, REPORT_TEMPLATE_KEY, JSON.stringify(template));
        bumpRevision(db);
      })();
      return template;
    },
  };
};
