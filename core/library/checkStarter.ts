import { caseNumberKey } from '../../shared/caseNumber';
import type { StarterCase } from './starter';

/**
 * Checks across files that a schema cannot see: unique ids and 案号, and provisions that are
 * really normalized. Answers one Chinese line per problem.
 */
export function crossCheckStarterCases(cases: readonly StarterCase[]): string[] {
  const problems: string[] = [];
  const ids = new Map<string, string>();
  const numbers = new Map<string, string>();
  for (const { file, data } of cases) {
    const otherId = ids.get(data.id);
    if (otherId) problems.push(`${file}：id ${data.id} 与 ${otherId} 重复`);
    ids.set(data.id, file);
    for (const n of [data.caseNumber, ...data.relatedCaseNumbers].filter(Boolean)) {
      const key = caseNumberKey(n);
      const other = numbers.get(key);
      if (other && other !== file) problems.push(`${file}：案号 ${n} 与 ${other} 重复`);
      numbers.set(key, file);
    }
    const seen = new Set<string>();
    for (const p of data.provisions) {
      const key = `${p.law}#${p.article}`;
      if (seen.has(key)) problems.push(`${file}：法条 ${p.law}第${p.article}条 重复列出`);
      seen.add(key);
      if (/第[一二三四五六七八九十百千零〇\d]+[条款项]/.test(p.law) || /\s/.test(p.law))
        problems.push(`${file}：法条名称“${p.law}”未规范化`);
    }
    const codes = new Set<string>();
    for (const r of data.lossReasons) {
      if (codes.has(r.code)) problems.push(`${file}：败诉原因 ${r.code} 重复`);
      codes.add(r.code);
      if (!r.ground.trim()) problems.push(`${file}：败诉原因 ${r.code} 没有写明法院的理由`);
    }
  }
  return problems;
}
