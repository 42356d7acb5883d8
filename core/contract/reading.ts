import { z } from 'zod';
import { CATEGORIES } from '../../shared/taxonomy';
import { CaseId, Empty, Ok } from './common';
import { op } from './define';

/** Sections of a case a passage can be highlighted in. */
export const HighlightField = z.enum(['summary', 'issues', 'ruling', 'analysis', 'lessons', 'fullText']);

const HighlightColor = z.enum(['yellow', 'green', 'blue', 'pink']);

export const HighlightSchema = z.object({
  id: z.number(),
  caseId: z.string(),
  caseTitle: z.string(),
  field: HighlightField,
  /** Character range of the field's plain text (the text a reader sees, without Markdown marks). */
  start: z.number(),
  end: z.number(),
  quote: z.string(),
  comment: z.string(),
  color: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

const Comment = z.string().max(5000, '标注说明不能超过 5000 字');
const HighlightId = z.object({ id: z.number().int() }).strict();

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

export const readingContract = {
  'highlights.list': op(
    '标注列表（可限定一个案例）',
    z.object({ caseId: CaseId.optional() }).strict(),
    z.array(HighlightSchema),
  ),
  'highlights.create': op(
    '标注案例中的一段文字，可附说明',
    z
      .object({
        caseId: CaseId,
        field: HighlightField,
        start: z.number().int().min(0),
        end: z.number().int().min(1),
        quote: z.string().min(1, '请先选中要标注的文字').max(20_000, '标注的文字过长'),
        comment: Comment.default(''),
        color: HighlightColor.default('yellow'),
      })
      .strict(),
    HighlightSchema,
  ),
  'highlights.update': op(
    '修改标注的说明或颜色',
    HighlightId.extend({ comment: Comment.optional(), color: HighlightColor.optional() }).strict(),
    HighlightSchema,
  ),
  'highlights.delete': op('删除标注', HighlightId, Ok),
  'cases.related': op(
    '类案：最相近的 5 个案例及理由（同类别、同败诉原因优先，其次文字相近）',
    z.object({ id: CaseId }).strict(),
    z.array(z.object({ id: z.string(), title: z.string(), reason: z.string() })).max(5),
  ),
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
  'recent.cases': op(
    '最近打开的案例',
    z.object({ limit: z.number().int().min(1).max(50).default(10) }).strict(),
    z.array(z.object({ id: z.string(), title: z.string(), caseNumber: z.string(), openedAt: z.string() })),
  ),
  'recent.record': op('记下打开了一个案例', z.object({ caseId: CaseId }).strict(), Ok),
} as const;
