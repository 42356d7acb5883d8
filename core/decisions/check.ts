import type { ReadableDB } from '../../db/connection';
import { recogniseType } from './docType';
import { readElements } from './elements';
import { proposeConclusion, runRules } from './engine';
import { casesForRule } from './links';
import { splitSentences } from './text';
import type { Conclusion, DecisionElement, Finding, LinkedCase } from './types';

export interface CheckResult {
  docType: string;
  /** The rule file's type code (penalty, info-reply …) and variant, for scripts. */
  docTypeCode: string;
  variant?: string;
  conclusion: Conclusion;
  elements: DecisionElement[];
  findings: Finding[];
}

/** Reads the draft without the library: its type, elements and findings (used by tests and check). */
export function reviewText(text: string) {
  const type = recogniseType(text);
  const sentences = splitSentences(text);
  const elements = readElements(text, sentences, type);
  const raw = runRules({ text, sentences, elements, variant: type.variant }, type.file);
  return { type, elements, raw };
}

/** 文书体检: the review of one draft, with each finding linked to the lost cases it recalls. */
export function checkDecision(db: ReadableDB, text: string): CheckResult {
  const { type, elements, raw } = reviewText(text);
  const linked = new Map<number, LinkedCase[]>();
  const findings = raw.map(({ ruleIndex, blocking: _blocking, ...f }) => {
    let cases = linked.get(ruleIndex);
    if (!cases) {
      const rule = type.file.rules[ruleIndex];
      cases = rule ? casesForRule(db, rule) : [];
      linked.set(ruleIndex, cases);
    }
    return { ...f, cases };
  });
  return {
    docType: type.name,
    docTypeCode: type.file.docType,
    ...(type.variant ? { variant: type.variant } : {}),
    conclusion: proposeConclusion(raw),
    elements,
    findings,
  };
}
