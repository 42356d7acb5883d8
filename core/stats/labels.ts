import { ENFORCEMENT_STEPS, LOSS_REASONS } from '../../shared/taxonomy';
import { numberToChinese } from '../../shared/numerals';

/** Short forms of the loss reasons for chart axes, where the full names would not fit. */
const SHORT_LOSS_REASON: Record<string, string> = {
  evidence: '证据不足',
  law: '适用法律错误',
  procedure: '违反法定程序',
  'ultra-vires': '超越职权',
  abuse: '滥用职权',
  unreasonable: '明显不当',
  'minor-procedure': '程序轻微违法',
  nonperformance: '不履行职责',
  void: '重大明显违法',
  'agreement-breach': '协议违约',
};

export const lossReasonName = (code: string): string =>
  LOSS_REASONS.find((r) => r.code === code)?.name ?? code;
export const lossReasonShort = (code: string): string => SHORT_LOSS_REASON[code] ?? lossReasonName(code);
export const lossReasonArticle = (code: string): string =>
  LOSS_REASONS.find((r) => r.code === code)?.article ?? '';
export const stepName = (code: string): string =>
  ENFORCEMENT_STEPS.find((s) => s.code === code)?.name ?? code;

/** Key of a provision in the statistics: 行政处罚法第44条 (parseable back by provisionFromKey). */
export const provisionKey = (law: string, article: number): string => `${law}第${article}条`;
export function provisionFromKey(key: string): { law: string; article: number } | undefined {
  const m = /^(.+)第(\d+)条$/.exec(key);
  return m?.[1] && m[2] ? { law: m[1], article: Number(m[2]) } : undefined;
}
/** How a provision key reads in a report: 《行政处罚法》第四十四条. */
export function provisionLabel(key: string): string {
  const p = provisionFromKey(key);
  return p ? `《${p.law}》第${numberToChinese(p.article)}条` : key;
}
