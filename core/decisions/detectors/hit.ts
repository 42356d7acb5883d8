import type { DecisionRule } from '../ruleSchema';
import type { Draft, Severity, Span } from '../types';

/** What a detector reports: details for the rule's message, where it is, and a severity when it differs. */
export interface Hit {
  /** Put in place of {detail} in the rule's message. */
  detail?: string;
  /** Replaces the whole message (a check the rule could not decide). */
  message?: string;
  passage?: Span;
  severity?: Severity;
}

export type Detector<K extends DecisionRule['detect']['kind']> = (
  draft: Draft,
  detect: Extract<DecisionRule['detect'], { kind: K }>,
  rule: DecisionRule,
) => Hit[];

/** Sentences that notify rights or remedies, which name laws without being the decision's basis. */
export const NOTICE_SENTENCE = ['复议', '诉讼', '陈述', '申辩', '听证'];
