import { CASE_NUMBER_PATTERN as CASE_NUMBER, caseNumberKey } from '../../../shared/caseNumber';
import type { Span } from './types';

export interface CitedCaseNumber {
  caseNumber: string;
  span: Span;
}

/**
 * Other 案号 of the same dispute the document cites: the first instance a 二审 reviews, the
 * judgments a 再审 examines. Only 行-type numbers (行初/行终/行再/行申/行赔…), not the numbers of
 * decisions the agency made (…处〔2016〕3号).
 */
export function citedCaseNumbers(text: string, own: string, end: number): CitedCaseNumber[] {
  const out: CitedCaseNumber[] = [];
  const seen = new Set<string>([caseNumberKey(own)]);
  const re = new RegExp(CASE_NUMBER.source, 'g');
  for (const m of text.slice(0, end).matchAll(re)) {
    const n = m[0].replace(/[\s\u3000]/g, '');
    if (!/行(赔|监|审)?(初|终|再|申|重|提)/.test(n)) continue;
    const key = caseNumberKey(n);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ caseNumber: n, span: { start: m.index, end: m.index + m[0].length } });
  }
  return out;
}
