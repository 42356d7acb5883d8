import type { CaseContentInput } from '../../shared/case';
import type { Category, TrialStage } from '../../shared/taxonomy';
import type { Extraction, JudgmentFields } from './extract';
import { proposeCategory } from './extract/category';
import { courtLevelOf } from './extract/court';

export { courtLevelOf } from './extract/court';

/** Province (or municipality) the court sits in, from its name. */
export function regionOf(court: string): string {
  if (/^最高人民法院/.test(court)) return '全国';
  const m = /^(.{2,3}?(?:省|自治区))/.exec(court) ?? /^(北京|天津|上海|重庆)/.exec(court);
  if (m?.[1]) return m[1].replace(/^(北京|天津|上海|重庆)$/, '$1市');
  return /^(.{2,4}?市)/.exec(court)?.[1] ?? '';
}

/** The category from bare words (a script's fields, a list row): 案由 first, then the text. */
export function categoryOf(cause: string, text: string): Category {
  return proposeCategory({ text: cause }, { text: text.slice(0, 3000), start: 0 }, { text: '', start: 0 })
    .value;
}

const stageOf = (s: string): TrialStage | null =>
  s === '一审' || s === '二审' || s === '再审' ? s : s === '再审审查' ? '再审' : null;

export function titleOf(f: Pick<JudgmentFields, 'plaintiffs' | 'defendants' | 'cause'>): string {
  const p = f.plaintiffs[0];
  const d = f.defendants[0];
  if (!p || !d) return f.cause ? `${f.cause}案` : '';
  return `${p}${f.plaintiffs.length > 1 ? '等' : ''}诉${d}${f.defendants.length > 1 ? '等' : ''}${f.cause ? `${f.cause.replace(/^不服/, '')}` : ''}案`;
}

/** 来源: where the case came from — document type and 案号, file name, date imported. */
export function sourceLine(
  f: Pick<JudgmentFields, 'docType' | 'caseNumber'>,
  file: string,
  now = new Date(),
): string {
  const doc = [f.docType, f.caseNumber].filter(Boolean).join(' ');
  const day = now.toISOString().slice(0, 10);
  return [doc, `文件“${file}”`, `${day} 导入`].filter(Boolean).join('；');
}

/** The case 案鉴 proposes from a judgment: a draft for the legal office to review and complete. */
export function proposeCase(extraction: Extraction, fullText: string, source: string): CaseContentInput {
  const f = extraction.fields;
  return {
    caseNumber: f.caseNumber,
    title: titleOf(f) || f.caseNumber || source,
    court: f.court,
    courtLevel: f.courtLevel ?? courtLevelOf(f.court),
    trialStage: stageOf(f.trialStage),
    judgmentDate: f.judgmentDate,
    region: regionOf(f.court),
    defendant: f.defendants.join('、'),
    agencyType: f.agencyType,
    category: f.category,
    outcome: extraction.libraryOutcome ?? '撤销',
    lossReasons: f.lossReasonEvidence.map((e) => ({ code: e.code, ground: e.ground })),
    enforcementSteps: f.enforcementSteps,
    relatedCaseNumbers: f.relatedCaseNumbers,
    provisions: f.provisions.map((p) => ({ law: p.law, article: p.article, clause: p.clause })),
    ruling: f.disposition,
    fullText,
    source: sourceLine(f, source),
    status: 'draft',
  };
}
