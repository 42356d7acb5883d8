import type { CaseContentInput } from '../../shared/case';
import type { Category, CourtLevel, LossReasonCode, TrialStage } from '../../shared/taxonomy';
import type { Extraction, JudgmentFields } from './extract';
import type { CitedProvision } from './extract/provisions';

export function courtLevelOf(court: string): CourtLevel | null {
  if (!court) return null;
  if (/最高人民法院/.test(court)) return '最高';
  if (/高级人民法院/.test(court)) return '高级';
  if (/中级|海事法院|知识产权法院|金融法院/.test(court)) return '中级';
  return '基层';
}

/** Province (or municipality) the court sits in, from its name. */
export function regionOf(court: string): string {
  if (/^最高人民法院/.test(court)) return '全国';
  const m = /^(.{2,3}?(?:省|自治区))/.exec(court) ?? /^(北京|天津|上海|重庆)/.exec(court);
  if (m?.[1]) return m[1].replace(/^(北京|天津|上海|重庆)$/, '$1市');
  return /^(.{2,4}?市)/.exec(court)?.[1] ?? '';
}

const CATEGORY_WORDS: [RegExp, Category][] = [
  [/信息公开/, '政府信息公开'],
  [/行政协议|征收补偿协议|安置协议/, '行政协议'],
  [/房屋征收|征收补偿决定/, '房屋征收'],
  [/征地|拆迁|强拆|拆除/, '征地拆迁'],
  [/不履行|法定职责|不作为/, '不履行法定职责'],
  [/处罚/, '行政处罚'],
  [/强制/, '行政强制'],
  [/许可|审批|登记/, '行政许可'],
  [/工伤|认定|确认/, '行政确认'],
];

export function categoryOf(cause: string, text: string): Category {
  for (const [re, category] of CATEGORY_WORDS) if (re.test(cause)) return category;
  const head = text.slice(0, 3000);
  for (const [re, category] of CATEGORY_WORDS) if (re.test(head)) return category;
  return '其他';
}

/** 行政诉讼法第七十条第（三）项 → 违反法定程序: the ground the court cited, when it cited one. */
export function lossReasonsOf(provisions: CitedProvision[]): LossReasonCode[] {
  const found = new Set<LossReasonCode>();
  const items: Record<string, LossReasonCode> = {
    一: 'evidence',
    二: 'law',
    三: 'procedure',
    四: 'ultra-vires',
    五: 'abuse',
    六: 'unreasonable',
  };
  for (const p of provisions) {
    if (p.law !== '行政诉讼法') continue;
    if (p.article === 70) {
      const item = /第[（(]?([一二三四五六1-6])[）)]?项/.exec(p.clause)?.[1];
      const key = item && /\d/.test(item) ? '一二三四五六'[Number(item) - 1]! : item;
      if (key && items[key]) found.add(items[key]);
    } else if (p.article === 72) found.add('nonperformance');
    else if (p.article === 74) found.add(/第二款/.test(p.clause) ? 'nonperformance' : 'minor-procedure');
    else if (p.article === 75) found.add('void');
    else if (p.article === 78) found.add('agreement-breach');
  }
  return [...found];
}

const stageOf = (s: string): TrialStage | null =>
  s === '一审' || s === '二审' || s === '再审' ? s : s === '再审审查' ? '再审' : null;

export function titleOf(f: Pick<JudgmentFields, 'plaintiffs' | 'defendants' | 'cause'>): string {
  const p = f.plaintiffs[0];
  const d = f.defendants[0];
  if (!p || !d) return f.cause ? `${f.cause}案` : '';
  return `${p}${f.plaintiffs.length > 1 ? '等' : ''}诉${d}${f.defendants.length > 1 ? '等' : ''}${f.cause ? `${f.cause.replace(/^不服/, '')}` : ''}案`;
}

/** The case 案鉴 proposes from a judgment: a draft for the legal office to review and complete. */
export function proposeCase(extraction: Extraction, fullText: string, source: string): CaseContentInput {
  const f = extraction.fields;
  return {
    caseNumber: f.caseNumber,
    title: titleOf(f) || f.caseNumber || source,
    court: f.court,
    courtLevel: courtLevelOf(f.court),
    trialStage: stageOf(f.trialStage),
    judgmentDate: f.judgmentDate,
    region: regionOf(f.court),
    defendant: f.defendants.join('、'),
    category: categoryOf(f.cause, fullText),
    outcome: extraction.libraryOutcome ?? '撤销',
    lossReasons: lossReasonsOf(f.provisions).map((code) => ({ code, ground: '' })),
    provisions: f.provisions.map((p) => ({ law: p.law, article: p.article, clause: p.clause })),
    ruling: f.disposition,
    fullText,
    source,
    status: 'draft',
  };
}
