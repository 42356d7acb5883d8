import { z } from 'zod';
import { FilePath, JobId } from './common';
import { op } from './define';
import { ImportFile } from './import';

/** A draft decision: pasted text, or one .docx / .pdf / .txt file read with the import readers' limits. */
const DraftInput = {
  text: z.string().max(2_000_000, '粘贴的文书过长').optional(),
  file: ImportFile.optional(),
};
const hasDraft = (v: { text?: string; file?: unknown }) => Boolean(v.file) || (v.text ?? '').trim() !== '';
const NO_DRAFT = '请粘贴待审核的文书，或选择一个 .docx、.pdf、.txt 文件';

export const Severity = z.enum(['high', 'medium', 'low']);
export const Conclusion = z.enum(['同意', '建议修改', '不同意']);
export type Conclusion = z.infer<typeof Conclusion>;
const Span = z.object({ start: z.number().int(), end: z.number().int() });

export const DecisionElement = Span.extend({
  kind: z.enum([
    'title',
    'agency',
    'party',
    'facts',
    'evidence',
    'basis',
    'decision',
    'discretion',
    'rights',
    'remedy',
    'date',
  ]),
  /** The element's name in Chinese (作出机关, 法律依据, 落款日期 …). */
  label: z.string(),
  text: z.string(),
  /** A normalized citation (《行政处罚法》第44条) or an ISO date and its role (2024-03-05|received). */
  value: z.string().optional(),
});
export type DecisionElement = z.infer<typeof DecisionElement>;

export const DecisionFinding = z.object({
  /** basis-article, facts-evidence, statement-defence, hearing-notice, remedy, deadline, info-reasons … */
  code: z.string(),
  severity: Severity,
  message: z.string(),
  statute: z.string(),
  passage: Span.optional(),
  /** Lost cases of the library where this defect cost the agency the case, each with why it matches. */
  cases: z.array(z.object({ id: z.string(), title: z.string(), reason: z.string() })),
});
export type DecisionFinding = z.infer<typeof DecisionFinding>;

export const DecisionCheck = z.object({
  /** As a reviewer names it: 行政处罚决定书, 工伤认定决定书（不予认定） … */
  docType: z.string(),
  /** The rule file's code (penalty, info-reply, injury, compensation, demolition, enforcement). */
  docTypeCode: z.string(),
  variant: z.string().optional(),
  conclusion: Conclusion,
  /** The text that was read (from the file, when a file was given); element and passage offsets point into it. */
  text: z.string(),
  elements: z.array(DecisionElement),
  findings: z.array(DecisionFinding),
});
export type DecisionCheck = z.infer<typeof DecisionCheck>;

export const decisionsContract = {
  'decisions.check': op(
    '文书体检：识别文书类型和要素，按规则审查并给出问题、法律依据和相关败诉案例',
    z.object(DraftInput).strict().refine(hasDraft, NO_DRAFT),
    DecisionCheck,
  ),
  'decisions.exportOpinion': op(
    '根据文书体检结果生成法制审核意见书（Word 或 PDF）',
    z
      .object({
        ...DraftInput,
        /** The reviewer's conclusion; the proposed one when left out. */
        conclusion: Conclusion.optional(),
        reviewer: z.string().max(50).optional(),
        notes: z.string().max(5000).optional(),
        format: z.enum(['docx', 'pdf']),
        path: FilePath.optional(),
        jobId: JobId,
      })
      .strict()
      .refine(hasDraft, NO_DRAFT),
    z.object({ path: z.string(), download: z.string().nullable(), pages: z.number().optional() }),
  ),
} as const;
