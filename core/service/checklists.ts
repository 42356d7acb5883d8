import type { checklistsContract } from '../contract/checklists';
import type { StatsScope } from '../contract/stats';
import { buildChecklist } from '../stats/checklist';
import { checklistBlocks } from '../stats/checklistBlocks';
import { writeDocument } from './documents';
import type { AreaFactory } from './handlers';
import { resolveStatsScope } from './scope';

export const checklistsHandlers: AreaFactory<typeof checklistsContract> = (ctx) => {
  const { db } = ctx;
  const resolveScope = (scope: StatsScope) => resolveStatsScope(db, scope, ctx.search);
  return {
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
