import { detect } from './detectors';
import type { RuleFile } from './ruleSchema';
import { matchesAny } from './text';
import type { Conclusion, Draft, Finding, Severity } from './types';

/** A finding before the library is asked for cases; `blocking` decides 不同意. */
export interface RawFinding extends Omit<Finding, 'cases'> {
  ruleIndex: number;
  blocking: boolean;
}

const ORDER: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

/** Every rule of the type that applies to this draft, run in file order; findings sorted by severity. */
export function runRules(draft: Draft, file: RuleFile): RawFinding[] {
  const out: RawFinding[] = [];
  file.rules.forEach((rule, ruleIndex) => {
    if (rule.variants.length && !(draft.variant && rule.variants.includes(draft.variant))) return;
    if (rule.when.length && !matchesAny(draft.text, rule.when)) return;
    if (rule.unless.length && matchesAny(draft.text, rule.unless)) return;
    for (const hit of detect(draft, rule)) {
      const message =
        hit.message ??
        (rule.message.includes('{detail}')
          ? rule.message.replace('{detail}', hit.detail ?? '')
          : `${rule.message}${hit.detail ? `（${hit.detail}）` : ''}`);
      out.push({
        code: rule.code,
        severity: hit.severity ?? rule.severity,
        message,
        statute: rule.statute,
        ...(hit.passage ? { passage: hit.passage } : {}),
        ruleIndex,
        blocking: rule.blocking,
      });
    }
  });
  return out.sort((a, b) => ORDER[a.severity] - ORDER[b.severity] || a.ruleIndex - b.ruleIndex);
}

/**
 * What the review proposes: 不同意 when a blocking rule found a high defect (the decision cannot
 * stand as drafted), 建议修改 for any other high or medium finding, 同意 otherwise (low findings
 * are things to check, not defects).
 */
export function proposeConclusion(findings: readonly RawFinding[]): Conclusion {
  if (findings.some((f) => f.severity === 'high' && f.blocking)) return '不同意';
  if (findings.some((f) => f.severity !== 'low')) return '建议修改';
  return '同意';
}
