import { z } from 'zod';
import { CaseContent } from '../../shared/case';
import { OUTCOME_BASES } from '../../shared/taxonomy';

/**
 * One file of the bundled starter library (data/cases/*.json). Stricter than an editor's
 * draft: a published case must carry every section, a source and a stable id.
 */
export const CaseFile = CaseContent.extend({
  id: z.uuid(),
  summary: z.string().trim().min(40, '案情简介过短'),
  issues: z.string().trim().min(10, '争议焦点不能为空'),
  ruling: z.string().trim().min(10, '裁判结果不能为空'),
  analysis: z.string().trim().min(200, '评析过短（至少 200 字）'),
  lessons: z.string().trim().min(80, '启示与建议过短'),
  source: z.string().trim().min(6, '来源不能为空'),
  /** Empty when the source does not name the court; the text must then say so (checkStarter). */
  court: z
    .string()
    .trim()
    .refine((s) => s === '' || s.length >= 4, '法院名称过短'),
  defendant: z.string().trim().min(2, '被告行政机关不能为空'),
  region: z.string().trim().min(2, '地区不能为空'),
  lossReasons: CaseContent.shape.lossReasons.unwrap().min(1, '至少一个败诉原因'),
  provisions: CaseContent.shape.provisions.unwrap().min(1, '至少一条相关法条'),
  /** Required here: a published case must say whether its outcome was read in the ruling text. */
  outcomeBasis: z.enum(OUTCOME_BASES, '须写明裁判结果的依据（judgment 或 library classification）'),
  /** Who read the case once more against its source; a second person for cases added from issue 17 on. */
  reviewer: z.string().trim().min(2, '审校人不能为空'),
  reviewedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '审校日期应为 YYYY-MM-DD'),
  status: z.literal('reviewed'),
}).strict();
export type CaseFile = z.infer<typeof CaseFile>;
