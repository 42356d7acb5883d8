import { caseNumberKey } from '../../shared/caseNumber';
import { sectionLabel } from '../../shared/sections';
import type { CaseFile } from './caseFile';
import type { StarterCase } from './starter';

/** What the bundled library must hold (issue 17): its size and the four areas casebooks cover. */
export const STARTER_MIN_CASES = 90;
export const STARTER_MIN_PER_AREA = 8;
export const STARTER_AREAS: Record<string, (c: Pick<CaseFile, 'category'>) => boolean> = {
  征地拆迁与房屋征收: (c) => c.category === '征地拆迁' || c.category === '房屋征收',
  政府信息公开: (c) => c.category === '政府信息公开',
  行政确认: (c) => c.category === '行政确认',
  行政处罚: (c) => c.category === '行政处罚',
};

/**
 * The 41 cases of the first edition were written and read by one team before the library had a
 * second reader; every case added since must be read once more by someone other than its writer.
 */
const FIRST_EDITION = new Set(
  [1, 2, 3, 4, 5, 6, 8, 9, 10, ...Array.from({ length: 32 }, (_, i) => i + 12)].map(
    (n) => `f${String(n).padStart(2, '0')}.json`,
  ),
);

/** Below these a section says too little to be read as an analysis of the case. */
const MIN_SECTION: Record<'summary' | 'issues' | 'ruling' | 'analysis' | 'lessons', number> = {
  summary: 150,
  issues: 30,
  ruling: 60,
  analysis: 500,
  lessons: 120,
};

/**
 * Checks across files that a schema cannot see: unique ids and 案号, provisions that are really
 * normalized, sections of substance, a named court or a text saying why not, a second reader.
 * Answers one Chinese line per problem.
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
    for (const [field, min] of Object.entries(MIN_SECTION) as [keyof typeof MIN_SECTION, number][]) {
      const length = data[field].replace(/\s/g, '').length;
      if (length < min) problems.push(`${file}：${sectionLabel(field)}过短（${length} 字，至少 ${min} 字）`);
    }
    if (/未载明|不详/.test(data.court)) problems.push(`${file}：法院字段应留空，未载明的情况写在正文中`);
    if (!data.court && !/法院/.test(data.summary + data.ruling))
      problems.push(`${file}：法院字段为空，正文须说明所据资料未载明审理法院`);
    if (data.outcomeBasis === 'library classification' && !/归类|归为|归入/.test(data.ruling))
      problems.push(`${file}：裁判结果由本库归类，裁判结果一节须说明这一点`);
    if (!FIRST_EDITION.has(file) && data.reviewer.trim() === data.author.trim())
      problems.push(`${file}：新增案例须由撰写人以外的人对照来源审校（reviewer 与 author 相同）`);
  }
  return problems;
}

/** The library's size and the four areas, one Chinese line per shortfall. */
export function coverageProblems(cases: readonly StarterCase[]): string[] {
  const problems: string[] = [];
  if (cases.length < STARTER_MIN_CASES)
    problems.push(`起始案例库共 ${cases.length} 件，至少应有 ${STARTER_MIN_CASES} 件`);
  for (const [area, belongs] of Object.entries(STARTER_AREAS)) {
    const n = cases.filter(({ data }) => belongs(data)).length;
    if (n < STARTER_MIN_PER_AREA) problems.push(`${area}类 ${n} 件，至少应有 ${STARTER_MIN_PER_AREA} 件`);
  }
  return problems;
}
