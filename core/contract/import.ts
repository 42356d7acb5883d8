import { z } from 'zod';
import { CaseContent } from '../../shared/case';
import {
  AGENCY_TYPES,
  CATEGORIES,
  COURT_LEVELS,
  ENFORCEMENT_STEP_CODES,
  LOSS_REASON_CODES,
} from '../../shared/taxonomy';
import { JobId } from './common';
import { op } from './define';

/** Offsets into the draft's 原文 (case.fullText) of the passage a field was read from. */
export const SourceSpan = z.object({ start: z.number().int(), end: z.number().int() });

export const LossReasonEvidence = z.object({
  code: z.enum(LOSS_REASON_CODES),
  ground: z.string(),
  basis: z.enum(['statute', 'wording']),
  span: SourceSpan,
});

/** What 案鉴 read from a judgment; the names are fixed for scripts and tests. */
export const ImportFields = z.object({
  court: z.string(),
  docType: z.string(),
  caseNumber: z.string(),
  /** 一审 / 二审 / 再审 / 再审审查 (from 行初/行终/行再/行申), '' if unknown. */
  trialStage: z.string(),
  plaintiffs: z.array(z.string()),
  defendants: z.array(z.string()),
  thirdParties: z.array(z.string()).default([]),
  cause: z.string(),
  /** ISO date, from the Chinese numerals of the signature block. */
  judgmentDate: z.string().nullable(),
  judges: z.array(z.object({ role: z.string(), name: z.string() })),
  clerk: z.string().default(''),
  disposition: z.string(),
  /** 撤销 / 确认违法 / … / 驳回起诉 / 维持原判 / 驳回再审申请 / 提审 / 其他. */
  outcome: z.string(),
  agencyLost: z.boolean().nullable().default(null),
  legalBasis: z.string().default(''),
  provisions: z.array(z.object({ law: z.string(), article: z.number(), clause: z.string() })),
  courtLevel: z.enum(COURT_LEVELS).nullable().default(null),
  category: z.enum(CATEGORIES).default('其他'),
  /** The words the category was read from ('' when nothing matched and 其他 was taken). */
  categoryEvidence: z.string().default(''),
  agencyType: z.enum(AGENCY_TYPES).nullable().default(null),
  /** Loss reasons proposed where the agency lost. */
  lossReasons: z.array(z.enum(LOSS_REASON_CODES)).default([]),
  /** Per proposed reason: the court's sentence, and whether it cited the item or said it in words. */
  lossReasonEvidence: z.array(LossReasonEvidence).default([]),
  enforcementSteps: z.array(z.enum(ENFORCEMENT_STEP_CODES)).default([]),
  enforcementStepEvidence: z
    .array(z.object({ code: z.enum(ENFORCEMENT_STEP_CODES), ground: z.string() }))
    .default([]),
  /** Other 行 案号 the document cites (the instances before it). */
  relatedCaseNumbers: z.array(z.string()).default([]),
});
export type ImportFields = z.infer<typeof ImportFields>;

export const ImportDraft = z.object({
  /** Unique within one preview. */
  key: z.string(),
  /** File name, or "清单.xlsx 第 3 行". */
  name: z.string(),
  kind: z.enum(['judgment', 'list']),
  fields: ImportFields,
  sources: z.record(z.string(), z.array(SourceSpan)),
  problems: z.array(z.string()),
  /** The proposed case, to correct and commit. */
  case: CaseContent,
  /** Cases already in the library with the same normalized 案号. */
  duplicates: z.array(z.object({ id: z.string(), title: z.string() })),
  /**
   * Library cases this document cites by 案号 (earlier instances): linked as 关联文书 on import, or,
   * when the earlier case is still a draft (`draft`), merged into it instead (CommitDraft.mergeInto).
   */
  instances: z
    .array(z.object({ id: z.string(), title: z.string(), caseNumber: z.string(), draft: z.boolean() }))
    .default([]),
});
export type ImportDraft = z.infer<typeof ImportDraft>;

export const ImportFailure = z.object({ name: z.string(), message: z.string() });

/** Files per import.preview call, so that one request stays within memory on a laptop. */
export const MAX_FILES_PER_CALL = 2000;

export const ImportFile = z.object({
  name: z.string().min(1, '缺少文件名').max(500),
  dataBase64: z.string(),
});

const PreviewInput = z
  .object({
    files: z
      .array(ImportFile)
      .max(MAX_FILES_PER_CALL, `一次最多读取 ${MAX_FILES_PER_CALL} 个文件，请分批导入`)
      .optional(),
    text: z.string().max(5_000_000, '粘贴的文本过长').optional(),
    /** A name for pasted text in reports. */
    name: z.string().max(200).optional(),
    jobId: JobId,
  })
  .strict()
  .refine((v) => (v.files?.length ?? 0) > 0 || (v.text ?? '').trim() !== '', '请选择文件或粘贴裁判文书文本');

/** A draft to write: what preview returned (fields are ignored when case is given) or just a case. */
export const CommitDraft = z.object({
  key: z.string().optional(),
  name: z.string().optional(),
  case: CaseContent.optional(),
  fields: ImportFields.partial().optional(),
  /**
   * Merge into this earlier instance instead of adding a case: its content is replaced (the old
   * version stays in its history). Only a draft may be merged into; a reviewed case is only linked.
   */
  mergeInto: z.string().min(1).max(100).optional(),
});

export const ImportResult = z.object({
  imported: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      title: z.string(),
      caseNumber: z.string(),
      action: z.enum(['created', 'replaced', 'merged']),
    }),
  ),
  skipped: z.array(z.object({ name: z.string(), title: z.string(), reason: z.string() })),
});
export type ImportResult = z.infer<typeof ImportResult>;

export const importContract = {
  'import.preview': op(
    '读取裁判文书（.docx/.pdf/.txt）、粘贴的文本或案例清单（.xlsx/.csv/.json），提出待审核的案例草稿',
    PreviewInput,
    z.object({ drafts: z.array(ImportDraft), failures: z.array(ImportFailure) }),
  ),
  'import.commit': op(
    '把审核后的草稿写入案例库（一个事务，全部成功或全部不写）',
    z
      .object({
        drafts: z.array(CommitDraft).min(1, '没有要导入的案例'),
        /** For a draft whose 案号 is already in the library: skip it, replace the old case (kept in history) or keep both. */
        onDuplicate: z.enum(['skip', 'replace', 'keepBoth']).default('skip'),
        jobId: JobId,
      })
      .strict(),
    ImportResult,
  ),
  'import.template': op(
    '案例清单模板（含全部列名与一行示例）',
    z.object({ format: z.enum(['xlsx', 'csv']).default('xlsx') }).strict(),
    z.object({ name: z.string(), dataBase64: z.string() }),
  ),
} as const;
