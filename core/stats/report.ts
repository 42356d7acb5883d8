import type { ReadableDB } from '../../db/connection';
import type { CaseFilters } from '../../db/model/filters';
import { LOSS_REASONS } from '../../shared/taxonomy';
import {
  agencyTypeByLossReason,
  agencyTypeByOutcome,
  casesOfAgencyType,
  defendantCounts,
  examplesOfLossReason,
  UNKNOWN_KEY,
  type DepartmentCase,
  type ExampleCase,
} from '../../db/repos/stats';
import type { ChartSpec, KeyCount, ReportTemplate, StatsSummary } from '../contract/stats';
import { buildCharts } from './charts';
import { lossReasonName, stepName } from './labels';
import { buildSummary } from './summary';

export const TOP_REASONS = 5;
export const EXAMPLES_PER_REASON = 3;
export const CASES_PER_DEPARTMENT = 10;
const TOP_DEFENDANTS = 15;

/** Charts the report carries, in the order of its chapters. */
const REPORT_CHARTS = [
  'year',
  'category',
  'lossReason',
  'categoryLossReason',
  'enforcementStep',
  'agencyType',
];

export interface DepartmentSection {
  agencyType: string;
  count: number;
  /** Loss reasons of this department's cases, most frequent first. */
  reasons: KeyCount[];
  outcomes: KeyCount[];
  cases: DepartmentCase[];
}

export interface ReasonSection {
  code: string;
  name: string;
  article: string;
  description: string;
  count: number;
  share: number;
  examples: ExampleCase[];
}

/** Everything the yearly report says, computed once and written out as .docx or as print HTML. */
export interface ReportData {
  template: ReportTemplate;
  scope: string;
  summary: StatsSummary;
  charts: ChartSpec[];
  departments: DepartmentSection[];
  defendants: KeyCount[];
  reasons: ReasonSection[];
}

export function buildReportData(db: ReadableDB, template: ReportTemplate, filters: CaseFilters): ReportData {
  const summary = buildSummary(db, filters);
  const all = buildCharts(summary);
  const charts = REPORT_CHARTS.flatMap((id) => all.filter((c) => c.id === id));

  const reasonsByAgency = agencyTypeByLossReason(db, filters);
  const outcomesByAgency = agencyTypeByOutcome(db, filters);
  const departments = summary.byAgencyType.map(({ key, count }) => ({
    agencyType: key,
    count,
    reasons: reasonsByAgency
      .filter((r) => r.row === key)
      .map((r) => ({ key: r.col, count: r.count }))
      .sort((a, b) => b.count - a.count),
    outcomes: outcomesByAgency
      .filter((r) => r.row === key)
      .map((r) => ({ key: r.col, count: r.count }))
      .sort((a, b) => b.count - a.count),
    cases: casesOfAgencyType(db, filters, key, CASES_PER_DEPARTMENT),
  }));

  const reasons = summary.byLossReason.slice(0, TOP_REASONS).map(({ key, count }) => {
    const def = LOSS_REASONS.find((r) => r.code === key);
    return {
      code: key,
      name: lossReasonName(key),
      article: def?.article ?? '',
      description: def?.description ?? '',
      count,
      share: summary.total ? count / summary.total : 0,
      examples: examplesOfLossReason(db, filters, key, EXAMPLES_PER_REASON),
    };
  });

  return {
    template,
    scope: describeFilters(filters, template.yearBasis),
    summary,
    charts,
    departments,
    defendants: defendantCounts(db, filters, TOP_DEFENDANTS),
    reasons,
  };
}

/** The cases a yearly report is about: those judged, or those recorded, in its year. */
export function reportYearFilters(template: ReportTemplate, filters: CaseFilters): CaseFilters {
  return template.yearBasis === 'recorded'
    ? { ...filters, recordedYear: template.year }
    : { ...filters, yearFrom: template.year, yearTo: template.year };
}

/** The filters in words, for the report's 统计范围 line. */
export function describeFilters(f: CaseFilters, yearBasis?: 'judgment' | 'recorded'): string {
  const parts: string[] = [];
  if (f.recordedYear !== undefined) parts.push(`按收录日期，${f.recordedYear} 年内收入案例库`);
  const judged = yearBasis === 'judgment' ? '按裁判日期，' : '';
  if (f.yearFrom !== undefined && f.yearTo !== undefined)
    parts.push(
      f.yearFrom === f.yearTo ? `${judged}${f.yearFrom} 年` : `${judged}${f.yearFrom}—${f.yearTo} 年`,
    );
  else if (f.yearFrom !== undefined) parts.push(`${f.yearFrom} 年以来`);
  else if (f.yearTo !== undefined) parts.push(`${f.yearTo} 年以前`);
  if (f.regions?.length) parts.push(f.regions.join('、'));
  if (f.agencyTypes?.length) parts.push(f.agencyTypes.join('、'));
  if (f.categories?.length) parts.push(f.categories.join('、'));
  if (f.courtLevels?.length) parts.push(f.courtLevels.map((l) => `${l}法院`).join('、'));
  if (f.trialStages?.length) parts.push(f.trialStages.join('、'));
  if (f.outcomes?.length) parts.push(f.outcomes.join('、'));
  if (f.lossReasons?.length) parts.push(f.lossReasons.map(lossReasonName).join('、'));
  if (f.enforcementSteps?.length) parts.push(f.enforcementSteps.map(stepName).join('、'));
  if (f.tagIds?.length) parts.push('所选标签');
  const drafts = f.statuses?.length === 1 && f.statuses[0] === 'reviewed' ? '（不含草稿）' : '';
  return (parts.length ? `${parts.join('；')}的败诉案例` : '案例库中全部败诉案例') + drafts;
}

/** "共 N 件，占 x%" figures used in the text of both formats. */
export const percent = (count: number, total: number): string =>
  total ? `${((count / total) * 100).toFixed(1)}%` : '0%';

export const knownKey = (key: string): boolean => key !== UNKNOWN_KEY;

/** The opening figures, as sentences; the same text goes into .docx and PDF. */
export function overviewSentences(d: ReportData): string[] {
  const s = d.summary;
  const top = (rows: KeyCount[], label: (k: string) => string, n = 3) =>
    rows
      .filter((r) => knownKey(r.key))
      .slice(0, n)
      .map((r) => `${label(r.key)} ${r.count} 件（${percent(r.count, s.total)}）`)
      .join('，');
  const sentences = [`统计范围：${d.scope}，共 ${s.total} 件。`];
  if (!s.total) return sentences;
  sentences.push(`从裁判结果看，${top(s.byOutcome, (k) => k, 6)}。`);
  sentences.push(`从案件类别看，数量居前的是${top(s.byCategory, (k) => k)}。`);
  sentences.push(
    `从败诉原因看，法院认定最多的是${top(s.byLossReason, lossReasonName)}（一案可有多项原因，比例以案件总数计）。`,
  );
  if (s.byEnforcementStep.length)
    sentences.push(`从执法环节看，问题集中在${top(s.byEnforcementStep, stepName)}。`);
  return sentences;
}
