import { z } from 'zod';
import { PARTIAL_DATE_HINT, PARTIAL_DATE_PATTERN, partialDateProblem } from './dates';
import {
  AGENCY_TYPES,
  CASE_STATUSES,
  CATEGORIES,
  COURT_LEVELS,
  ENFORCEMENT_STEP_CODES,
  LOSS_REASON_CODES,
  OUTCOME_BASES,
  OUTCOMES,
  TRIAL_STAGES,
} from './taxonomy';

/** ISO date, possibly partial: published cases often give only the year or the month. */
export const PartialIsoDate = z
  .string()
  .regex(PARTIAL_DATE_PATTERN, PARTIAL_DATE_HINT)
  .refine((value) => partialDateProblem(value) === null, '没有这一天');

export const CaseLossReason = z.object({
  code: z.enum(LOSS_REASON_CODES),
  /** The court's ground for this reason, in the library's own words. */
  ground: z.string().default(''),
});
export type CaseLossReason = z.infer<typeof CaseLossReason>;

/** A normalized statute citation: law short name (no 《》, no 中华人民共和国) + article number. */
export const CaseProvision = z.object({
  law: z
    .string()
    .min(2)
    .refine((s) => !/[《》]|^中华人民共和国/.test(s), '法律名称应为简称，不带书名号和“中华人民共和国”'),
  article: z.number().int().positive(),
  /** Paragraph / item as written (e.g. 第一款第（三）项), kept for reading only. */
  clause: z.string().default(''),
  /** Which version of the law the court applied, e.g. "1996年". */
  version: z.string().default(''),
  /** Anything a reader must know, e.g. that the article was renumbered by a later amendment. */
  note: z.string().default(''),
});
export type CaseProvision = z.infer<typeof CaseProvision>;

const text = z.string().default('');

/** Everything an editor writes about a case. Identity and bookkeeping fields come from the library. */
export const CaseContent = z.object({
  caseNumber: z.string().trim().default(''),
  relatedCaseNumbers: z.array(z.string().trim().min(1)).default([]),
  title: z.string().trim().min(1, '标题不能为空'),
  court: text,
  courtLevel: z.enum(COURT_LEVELS).nullable().default(null),
  trialStage: z.enum(TRIAL_STAGES).nullable().default(null),
  judgmentDate: PartialIsoDate.nullable().default(null),
  region: text,
  defendant: text,
  agencyType: z.enum(AGENCY_TYPES).nullable().default(null),
  category: z.enum(CATEGORIES),
  outcome: z.enum(OUTCOMES),
  /** Whether `outcome` is the court's order as read, or the library's classification of a holding. */
  outcomeBasis: z.enum(OUTCOME_BASES).default('judgment'),
  lossReasons: z.array(CaseLossReason).default([]),
  enforcementSteps: z.array(z.enum(ENFORCEMENT_STEP_CODES)).default([]),
  provisions: z.array(CaseProvision).default([]),
  summary: text,
  issues: text,
  ruling: text,
  analysis: text,
  lessons: text,
  fullText: text,
  source: text,
  status: z.enum(CASE_STATUSES).default('draft'),
  author: text,
  reviewer: text,
  reviewedAt: z.string().nullable().default(null),
});
export type CaseContent = z.infer<typeof CaseContent>;
export type CaseContentInput = z.input<typeof CaseContent>;

export const CaseRecord = CaseContent.extend({
  id: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  revision: z.number().int(),
  deletedAt: z.string().nullable(),
});
export type CaseRecord = z.infer<typeof CaseRecord>;

export const CaseSummary = z.object({
  id: z.string(),
  title: z.string(),
  caseNumber: z.string(),
  court: z.string(),
  courtLevel: z.enum(COURT_LEVELS).nullable(),
  trialStage: z.enum(TRIAL_STAGES).nullable(),
  judgmentDate: z.string().nullable(),
  region: z.string(),
  defendant: z.string(),
  category: z.enum(CATEGORIES),
  outcome: z.enum(OUTCOMES),
  lossReasons: z.array(z.enum(LOSS_REASON_CODES)),
  status: z.enum(CASE_STATUSES),
  updatedAt: z.string(),
});
export type CaseSummary = z.infer<typeof CaseSummary>;
