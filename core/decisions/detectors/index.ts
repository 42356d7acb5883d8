import type { DecisionRule } from '../ruleSchema';
import type { Draft } from '../types';
import { detectBasisArticle, detectFactsEvidence } from './basis';
import { detectDeadline } from './deadline';
import { detectHearing } from './hearing';
import type { Hit } from './hit';
import { detectForbidden, detectGrounded, detectItems, detectMissing } from './presence';
import { detectRemedy } from './remedy';

export type { Hit } from './hit';

/** Runs the detector a rule names; the rule file picks the kind, the code here knows how to look. */
export function detect(draft: Draft, rule: DecisionRule): Hit[] {
  const d = rule.detect;
  switch (d.kind) {
    case 'missing':
      return detectMissing(draft, d, rule);
    case 'forbidden':
      return detectForbidden(draft, d, rule);
    case 'items':
      return detectItems(draft, d, rule);
    case 'grounded':
      return detectGrounded(draft, d, rule);
    case 'basis-article':
      return detectBasisArticle(draft, d, rule);
    case 'facts-evidence':
      return detectFactsEvidence(draft, d, rule);
    case 'hearing':
      return detectHearing(draft, d, rule);
    case 'remedy':
      return detectRemedy(draft, d, rule);
    case 'deadline':
      return detectDeadline(draft, d, rule);
  }
}
