import type { ReadableDB } from '../../../db/connection';
import type { CaseFilters } from '../../../db/model/filters';
import { getCase } from '../../../db/repos/cases';
import { libraryId, libraryRevision } from '../../../db/repos/meta';
import { liveCaseCount } from '../../../db/repos/searchIndex';
import { normalize } from '../../../shared/search/normalize';
import { FIELD_LABELS, parseQuery, type QueryWord } from '../../../shared/search/queryParse';
import { statuteSource } from '../../../shared/search/statutes';
import { expandSynonyms, type SynonymTable } from '../../../shared/search/synonyms';
import { sectionLabel } from '../../../shared/sections';
import { LOSS_REASONS } from '../../../shared/taxonomy';
import type { SearchOutput } from '../../contract/search';
import { markdownToPlain } from '../plainText';
import type { QueryPlan } from '../queryPlan';

/** How the guidance (《关于统一法律适用加强类案检索的指导意见（试行）》第九条、第十条) lets a similar case be used. */
export type Verdict = '参照' | '参考' | '不予参考';

export interface ReportCase {
  title: string;
  caseNumber: string;
  court: string;
  judgmentDate: string;
  /** 裁判要点: the rule the case stands for (the first paragraph of its 评析, else its 案情简介). */
  points: string;
  /** Why it came up for this search: the words and statutes it holds, its loss reasons. */
  why: string;
  verdict: Verdict;
  reason: string;
}

/** Everything art. 8 of the guidance asks a 类案检索报告 to state. */
export interface SearchReport {
  subject: string;
  searchedAt: Date;
  platform: string;
  method: { label: string; text: string }[];
  total: number;
  cases: ReportCase[];
  issue: string;
}

export interface Assessment {
  id: string;
  verdict: Verdict;
  reason?: string;
}

const LOSS_NAMES = new Map<string, string>(LOSS_REASONS.map((r) => [r.code, r.name]));

const wordText = (w: QueryWord) =>
  `${w.field ? `${FIELD_LABELS[w.field]}中的` : ''}${w.quoted ? `短语“${w.text}”（不扩展同义词）` : `“${w.text}”`}`;

const FILTER_LABELS: Partial<Record<keyof CaseFilters, string>> = {
  categories: '案件类别',
  outcomes: '裁判结果',
  lossReasons: '败诉原因',
  courtLevels: '法院层级',
  trialStages: '审级',
  agencyTypes: '机关类型',
  regions: '地区',
  enforcementSteps: '执法环节',
};

function filterLines(filters: CaseFilters | undefined): string {
  if (!filters) return '无';
  const lines: string[] = [];
  for (const [key, label] of Object.entries(FILTER_LABELS)) {
    const v = filters[key as keyof CaseFilters];
    if (Array.isArray(v) && v.length)
      lines.push(
        `${label}：${v.map((x) => (key === 'lossReasons' ? (LOSS_NAMES.get(String(x)) ?? x) : x)).join('、')}`,
      );
  }
  if (filters.yearFrom || filters.yearTo)
    lines.push(`裁判年份：${filters.yearFrom ?? ''}—${filters.yearTo ?? ''}`);
  if (filters.ids?.length) lines.push(`限于选定的 ${filters.ids.length} 件案例`);
  return lines.join('；') || '无';
}

/** The query as the search read it, in words, for 检索方法. */
function readingOf(q: string, plan: QueryPlan, synonyms: SynonymTable): { label: string; text: string }[] {
  const parsed = parseQuery(q);
  const groups = parsed.groups.map((g) => g.map(wordText).join('或'));
  const expanded = parsed.groups
    .flat()
    .filter((w) => !w.quoted)
    .flatMap((w) => {
      const variants = expandSynonyms(normalize(w.text), synonyms).slice(1);
      return variants.length ? [`“${w.text}”同时检索${variants.map((v) => `“${v}”`).join('、')}`] : [];
    });
  const statutes = plan.statutes.map((s) => {
    const others = s.corresponding.map((c) => `${c.numbering}年文本第${c.article}条`).join('、');
    return `《${s.law}》第${s.article}条${others ? `同时按对应条文${others}检索` : '（对照表中无对应条文）'}（对照来源：${statuteSource(s.law) ?? '—'}）`;
  });
  return [
    { label: '检索式', text: q || '（无，浏览全库）' },
    {
      label: '检索条件',
      text:
        [
          groups.length ? `须同时含有：${groups.join('；')}` : '',
          parsed.excluded.length ? `排除含有：${parsed.excluded.map(wordText).join('、')}` : '',
        ]
          .filter(Boolean)
          .join('。') || '无',
    },
    { label: '同义词扩展', text: expanded.join('；') || '未使用' },
    { label: '新旧法条对照', text: statutes.join('；') || '未涉及' },
  ];
}

function pointsOf(analysis: string, summary: string): string {
  // The rule often stands as a short first line (规则：…) followed by its explanation.
  let plain = '';
  for (const paragraph of (analysis || summary).split(/\n\s*\n/)) {
    if (plain.length >= 80) break;
    const text = markdownToPlain(paragraph).text;
    if (text) plain = plain ? `${plain}${/[。；：:]$/.test(plain) ? '' : ' '}${text}` : text;
  }
  return plain.length > 240 ? `${plain.slice(0, 240)}…` : plain;
}

/** What the guidance presumes: a guiding case is to be followed (参照), any other considered (参考). */
function defaultVerdict(text: string): { verdict: Verdict; reason: string } {
  return /指导案例|指导性案例/.test(text)
    ? {
        verdict: '参照',
        reason: '最高人民法院发布的指导性案例，与待决案件基本案情和法律适用相类似的，应当参照',
      }
    : { verdict: '参考', reason: '与待决案件在检索条件上相类似，可以作为作出裁判的参考' };
}

/** Assembles the report from the answer of search.query (its hits, in order). */
export function buildSearchReport(
  db: ReadableDB,
  input: { q: string; filters?: CaseFilters; subject?: string; issue?: string; assessments?: Assessment[] },
  answer: SearchOutput,
  plan: QueryPlan,
  synonyms: SynonymTable,
  libraryName: string,
): SearchReport {
  const cases: ReportCase[] = answer.hits.flatMap((hit) => {
    const c = getCase(db, hit.id);
    if (!c) return [];
    const fields = [...new Set(hit.snippets.map((s) => sectionLabel(s.field)))];
    const why = [
      fields.length && input.q.trim() ? `检索词见于${fields.join('、')}` : '',
      ...(hit.statuteNotes ?? []).map((n) => `引用条文：${n}`),
      c.lossReasons.length
        ? `败诉原因：${c.lossReasons.map((r) => LOSS_NAMES.get(r.code) ?? r.code).join('、')}`
        : '',
      `案件类别：${c.category}`,
    ]
      .filter(Boolean)
      .join('；');
    const assessed = input.assessments?.find((a) => a.id === hit.id);
    const presumed = defaultVerdict(`${c.title}\n${c.summary}\n${c.analysis}`);
    return [
      {
        title: c.title,
        caseNumber: c.caseNumber || '无案号',
        court: c.court || '—',
        judgmentDate: c.judgmentDate ?? '日期不详',
        points: pointsOf(c.analysis, c.summary),
        why,
        verdict: assessed?.verdict ?? presumed.verdict,
        reason: assessed?.reason?.trim() || (assessed ? '' : presumed.reason),
      },
    ];
  });
  return {
    subject: input.subject?.trim() || '（检索人、所在单位）',
    searchedAt: new Date(),
    platform: `案鉴（离线行政诉讼败诉案例库）；案例库“${libraryName}”，编号 ${libraryId(db)}，修订号 ${libraryRevision(db)}，共 ${liveCaseCount(db)} 件案例`,
    method: [
      ...readingOf(input.q, plan, synonyms),
      { label: '筛选条件', text: filterLines(input.filters) },
      {
        label: '结果范围',
        text: `完整符合检索条件的案例 ${answer.total} 件，按相关度排列，本报告列出前 ${cases.length} 件；只含部分检索词的案例未计入`,
      },
    ],
    total: answer.total,
    cases,
    issue: input.issue?.trim() || '（待填写：待决案件的争议焦点）',
  };
}
