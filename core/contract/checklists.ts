import { z } from 'zod';
import { CATEGORIES } from '../../shared/taxonomy';
import { FilePath } from './common';
import { op } from './define';
import { StatsScope, WrittenFile } from './stats';

export const ChecklistItem = z.object({
  text: z.string(),
  /** The cases this check was learnt from, by their numbers in `sources`. */
  refs: z.array(z.number()),
});
export const Checklist = z.object({
  category: z.enum(CATEGORIES),
  total: z.number(),
  sections: z.array(
    z.object({
      lossReason: z.string(),
      name: z.string(),
      article: z.string(),
      count: z.number(),
      steps: z.array(z.object({ code: z.string(), name: z.string(), count: z.number() })),
      items: z.array(ChecklistItem),
    }),
  ),
  sources: z.array(z.object({ n: z.number(), id: z.string(), title: z.string(), caseNumber: z.string() })),
});
export type Checklist = z.infer<typeof Checklist>;

export const checklistsContract = {
  'checklists.build': op(
    '败诉风险自查清单：由某一类别案例的败诉原因、执法环节与启示建议生成',
    StatsScope.extend({ category: z.enum(CATEGORIES) }).strict(),
    Checklist,
  ),
  'checklists.export': op(
    '把败诉风险自查清单导出为 .docx 或 PDF',
    StatsScope.extend({
      category: z.enum(CATEGORIES),
      format: z.enum(['docx', 'pdf']),
      path: FilePath.optional(),
    }).strict(),
    WrittenFile,
  ),
} as const;
