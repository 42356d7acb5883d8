import { z } from 'zod';
import { ENFORCEMENT_STEP_CODES, LOSS_REASON_CODES } from '../../shared/taxonomy';

/**
 * The shape of one reviewed rule file (data/decision-rules/<type>.json). Patterns are regular
 * expression sources, checked here so that a bad file is refused with its name when it loads.
 */
const Pattern = z.string().refine((source) => {
  try {
    new RegExp(source, 'u');
    return true;
  } catch {
    return false;
  }
}, '不是有效的正则表达式');
const Patterns = z.array(Pattern).min(1);

const Missing = z.object({
  kind: z.literal('missing'),
  /** Each named group is satisfied by any of its patterns; the finding names the groups that are not. */
  require: z.array(z.object({ name: z.string(), patterns: Patterns })).min(1),
});
const Forbidden = z.object({ kind: z.literal('forbidden'), patterns: Patterns });
const Items = z.object({
  kind: z.literal('items'),
  items: z.array(z.object({ name: z.string(), patterns: Patterns })).min(1),
});
const BasisArticle = z.object({
  kind: z.literal('basis-article'),
  /** 依据《…》的有关规定 and the like. */
  vague: Patterns,
  /** Each role (the rule broken, the penalty imposed) must be cited to an article in its sentences. */
  roles: z.array(z.object({ name: z.string(), patterns: Patterns })).default([]),
});
const FactsEvidence = z.object({
  kind: z.literal('facts-evidence'),
  facts: Patterns,
  evidence: Patterns,
  /** Words that state a conclusion; a conclusion sentence needs a reason word near it. */
  conclusion: z.array(Pattern).default([]),
  reasons: z.array(Pattern).default([]),
});
const Hearing = z.object({
  kind: z.literal('hearing'),
  /** Measures for which §63 always requires a hearing to be offered. */
  measures: Patterns,
  /** 较大数额: set by each province; the thresholds used here are stated in the message. */
  fineThreshold: z.object({ person: z.number().positive(), organisation: z.number().positive() }),
  notice: Patterns,
});
const Remedy = z.object({
  kind: z.literal('remedy'),
  review: z.object({ patterns: Patterns, days: z.number().int().positive() }),
  litigation: z.object({ patterns: Patterns, months: z.number().int().positive() }),
});
const Deadline = z.object({
  kind: z.literal('deadline'),
  /** The role of the date the period starts from (see dates.ts), and how a person names it. */
  startRole: z.string(),
  startName: z.string(),
  limit: z.number().int().positive(),
  unit: z.enum(['days', 'workdays']),
  /** A lawful extension, stated in the draft, lengthens the period to `extendedLimit`. */
  extension: z.array(Pattern).default([]),
  extendedLimit: z.number().int().positive().optional(),
});
const Grounded = z.object({
  kind: z.literal('grounded'),
  /** Sentences of this kind (a refusal) must give a reason and an article nearby. */
  trigger: Patterns,
  reasons: Patterns,
  needArticle: z.boolean(),
  /** How many sentences after the trigger may hold the reason. */
  within: z.number().int().min(0).max(5).default(2),
});

export const Detect = z.discriminatedUnion('kind', [
  Missing,
  Forbidden,
  Items,
  BasisArticle,
  FactsEvidence,
  Hearing,
  Remedy,
  Deadline,
  Grounded,
]);
export type Detect = z.infer<typeof Detect>;

export const RULE_CODES = [
  'basis-article',
  'facts-evidence',
  'statement-defence',
  'hearing-notice',
  'remedy',
  'deadline',
  'info-reasons',
  'info-nonexistent',
  'compensation-items',
  'enforcement-procedure',
] as const;

export const DecisionRule = z.object({
  code: z.enum(RULE_CODES),
  severity: z.enum(['high', 'medium', 'low']),
  /** The finding, in one sentence; {missing} is replaced by what the detector found missing. */
  message: z.string().min(4),
  /** The statute the rule rests on, current version, e.g. 《行政处罚法》（2021年修订）第四十四条. */
  statute: z.string().min(4),
  /** Why the rule is there, for the reviewer reading the file. */
  note: z.string().default(''),
  /** The rule applies only when one of these matches the draft (and none of `unless`). */
  when: z.array(Pattern).default([]),
  unless: z.array(Pattern).default([]),
  /** The rule applies only to these variants of the type (不予认定, 决定书 …). */
  variants: z.array(z.string()).default([]),
  /** A high finding of this rule makes the review conclude 不同意 rather than 建议修改. */
  blocking: z.boolean().default(false),
  detect: Detect,
  /** How a finding finds the cases where this defect cost the agency the case. */
  link: z.object({
    lossReasons: z.array(z.enum(LOSS_REASON_CODES)).default([]),
    steps: z.array(z.enum(ENFORCEMENT_STEP_CODES)).default([]),
    categories: z.array(z.string()).default([]),
    /** Words in the court's grounds or the lessons that name this very defect. */
    words: z.array(z.string().min(2)).min(1),
  }),
});
export type DecisionRule = z.infer<typeof DecisionRule>;

export const RuleFile = z.object({
  docType: z.string().regex(/^[a-z-]+$/),
  name: z.string(),
  /** Title lines that name this type; the first matching pattern wins over keyword scores. */
  titles: Patterns,
  /** Variants of the type and the pattern that marks each; the first match wins. */
  variants: z
    .array(
      z.object({
        name: z.string(),
        label: z.string(),
        /** The type's name for this variant when it is a document of its own (催告书), else 名称（label）. */
        typeName: z.string().optional(),
        patterns: Patterns,
      }),
    )
    .default([]),
  reviewedBy: z.string(),
  rules: z.array(DecisionRule).min(1),
});
export type RuleFile = z.infer<typeof RuleFile>;
