import { CASE_NUMBER_HINT, isCaseNumber } from './caseNumber';
import { REVIEWED_SECTIONS, type ReviewedSectionField } from './sections';
import type { CaseStatus } from './taxonomy';

/**
 * The rules a case must meet to be written, whatever writes it (the editor, the HTTP API, an
 * import, a package). core/cases/write.ts enforces them; the case form shows the same messages.
 */

/** One broken rule: the field, its Chinese name, and what to do about it. */
export interface CaseProblem {
  field: 'caseNumber' | ReviewedSectionField;
  label: string;
  message: string;
}

export type RuledCase = { caseNumber: string; status: CaseStatus } & Record<ReviewedSectionField, string>;

/** Words people type for "nothing yet"; a section holding only one of them is not written. */
const PLACEHOLDERS = new Set([
  '无',
  '略',
  '暂无',
  '待补充',
  '待填写',
  '待定',
  '同上',
  '见原文',
  'todo',
  'tbd',
  'xxx',
]);

/** Whether a section says something: not empty, not only punctuation or Markdown marks, not a placeholder. */
export function isSubstantive(text: string): boolean {
  const words = text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  return words.length >= 2 && !PLACEHOLDERS.has(words);
}

/** Why a 案号 is refused, or null. An empty 案号 is allowed: some published cases give none. */
export function caseNumberProblem(caseNumber: string): string | null {
  return caseNumber.trim() && !isCaseNumber(caseNumber) ? CASE_NUMBER_HINT : null;
}

/** Why a section cannot stay as it is in a case with this status, or null. */
export function sectionProblem(label: string, text: string, status: CaseStatus): string | null {
  if (status !== 'reviewed' || isSubstantive(text)) return null;
  return text.trim()
    ? `标为“已审核”前须写明${label}（“${text.trim().slice(0, 10)}”不是实际内容）`
    : `标为“已审核”前须填写${label}`;
}

/** Every rule the case breaks, in form order; empty when it may be written. */
export function caseProblems(c: RuledCase): CaseProblem[] {
  const problems: CaseProblem[] = [];
  const number = caseNumberProblem(c.caseNumber);
  if (number) problems.push({ field: 'caseNumber', label: '案号', message: number });
  for (const { field, label } of REVIEWED_SECTIONS) {
    const message = sectionProblem(label, c[field], c.status);
    if (message) problems.push({ field, label, message });
  }
  return problems;
}
