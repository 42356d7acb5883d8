import { z } from 'zod';
import { CATEGORIES } from '../../shared/taxonomy';
import { Empty } from './common';
import { op } from './define';

const CitingCase = z.object({
  id: z.string(),
  title: z.string(),
  caseNumber: z.string(),
  judgmentDate: z.string().nullable(),
});

const ProvisionRef = z.object({
  law: z.string(),
  article: z.number(),
  /** Display form: 《行政处罚法》第44条. */
  label: z.string(),
});

export const provisionsContract = {
  'provisions.cases': op(
    '引用某一法条的全部案例（法条可按任何写法输入）',
    z.object({ provision: z.string().trim().min(2, '请输入法条，例如“行政处罚法第44条”').max(200) }).strict(),
    ProvisionRef.extend({
      total: z.number(),
      byCategory: z.array(z.object({ category: z.enum(CATEGORIES), count: z.number() })),
      cases: z.array(CitingCase),
    }),
  ),
  'provisions.list': op(
    '案例库引用过的全部法条及引用次数',
    Empty,
    z.array(ProvisionRef.extend({ count: z.number() })),
  ),
} as const;
