import { z } from 'zod';
import { CaseId, Ok } from './common';
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

export const highlightsContract = {
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
} as const;
