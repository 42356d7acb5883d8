import { z } from 'zod';
import { CaseContent, CaseRecord, CaseSummary } from '../../shared/case';
import { CaseFilters, CaseSort } from '../../db/model/filters';
import { CaseId, Empty } from './common';
import { op } from './define';
import { TagSchema } from './tags';

export const CaseDetail = CaseRecord.extend({ tags: z.array(TagSchema), starred: z.boolean() });
export type CaseDetail = z.infer<typeof CaseDetail>;

export const ListInput = z
  .object({
    filters: CaseFilters.optional(),
    sort: CaseSort.optional(),
    offset: z.number().int().min(0).optional(),
    limit: z.number().int().min(1).max(1000).optional(),
  })
  .strict();

export const RevisionInfo = z.object({
  revision: z.number(),
  savedAt: z.string(),
  reason: z.string(),
  title: z.string().nullable(),
});

export const casesContract = {
  'cases.list': op(
    '按条件筛选、排序、分页的案例列表',
    ListInput,
    z.object({ total: z.number(), items: z.array(CaseSummary) }),
  ),
  'cases.get': op('一个案例的全部内容', z.object({ id: CaseId }).strict(), CaseDetail),
  'cases.save': op(
    '新建或保存案例；保存前的版本留在历史中',
    z
      .object({
        id: CaseId.optional(),
        expectedRevision: z.number().int().optional(),
        case: CaseContent,
      })
      .strict(),
    CaseDetail,
  ),
  'cases.trash': op('把案例移入回收站', z.object({ id: CaseId }).strict(), z.object({ id: z.string() })),
  'cases.restore': op('从回收站恢复案例', z.object({ id: CaseId }).strict(), z.object({ id: z.string() })),
  'cases.emptyTrash': op('清空回收站', Empty, z.object({ removed: z.number() })),
  'cases.revisions': op('案例的历史版本', z.object({ id: CaseId }).strict(), z.array(RevisionInfo)),
  'cases.revision': op(
    '案例的某一历史版本',
    z.object({ id: CaseId, revision: z.number().int() }).strict(),
    CaseRecord,
  ),
  'cases.restoreRevision': op(
    '把案例恢复到某一历史版本（当前内容先存为历史）',
    z.object({ id: CaseId, revision: z.number().int() }).strict(),
    CaseDetail,
  ),
  'cases.star': op(
    '收藏或取消收藏',
    z.object({ id: CaseId, starred: z.boolean() }).strict(),
    z.object({ id: z.string(), starred: z.boolean() }),
  ),
  'cases.related': op(
    '类案：最相近的 5 个案例及理由（同类别、同败诉原因优先，其次文字相近）',
    z.object({ id: CaseId }).strict(),
    z.array(z.object({ id: z.string(), title: z.string(), reason: z.string() })).max(5),
  ),
  'cases.instances': op(
    '关联文书：与本案以案号相互引用的各审级文书（一审 → 二审 → 再审），标出被上级撤销或改判的裁判',
    z.object({ id: CaseId }).strict(),
    z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        caseNumber: z.string(),
        stage: z.string(),
        judgmentDate: z.string().nullable(),
        outcome: z.string(),
        status: z.string(),
        current: z.boolean(),
        overturnedBy: z.string().nullable(),
      }),
    ),
  ),
} as const;
