import { z } from 'zod';
import { CaseFilters } from '../../db/model/filters';
import { FilePath } from './common';
import { op } from './define';

export const KeyCount = z.object({ key: z.string(), count: z.number() });
export type KeyCount = z.infer<typeof KeyCount>;

/** What the statistics are computed over: filters, or a saved search standing for its filters. */
export const StatsScope = z
  .object({
    filters: CaseFilters.optional(),
    /** A saved search, resolved to the filters it was saved with. */
    savedSearchId: z.number().int().optional(),
    /** Count drafts too (off by default: a draft is not yet reviewed). */
    includeDrafts: z.boolean().optional(),
  })
  .strict();
export type StatsScope = z.infer<typeof StatsScope>;

export const StatsSummary = z.object({
  total: z.number(),
  byCategory: z.array(KeyCount),
  byLossReason: z.array(KeyCount),
  byOutcome: z.array(KeyCount),
  byAgencyType: z.array(KeyCount),
  byCourtLevel: z.array(KeyCount),
  byYear: z.array(KeyCount),
  crossCategoryLossReason: z.array(
    z.object({ category: z.string(), lossReason: z.string(), count: z.number() }),
  ),
  topProvisions: z.array(KeyCount),
  byTrialStage: z.array(KeyCount),
  byRegion: z.array(KeyCount),
  byEnforcementStep: z.array(KeyCount),
  crossCategoryEnforcementStep: z.array(
    z.object({ category: z.string(), enforcementStep: z.string(), count: z.number() }),
  ),
  crossEnforcementStepLossReason: z.array(
    z.object({ enforcementStep: z.string(), lossReason: z.string(), count: z.number() }),
  ),
  crossCourtLevelTrialStage: z.array(
    z.object({ courtLevel: z.string(), trialStage: z.string(), count: z.number() }),
  ),
});
export type StatsSummary = z.infer<typeof StatsSummary>;

/** One chart as ECharts option JSON, built in core so the app and the exported files draw the same thing. */
export const ChartSpec = z.object({
  id: z.string(),
  title: z.string(),
  height: z.number(),
  /** ECharts option; data items may carry `drill` (CaseFilters) = the cases behind that bar or cell. */
  option: z.record(z.string(), z.unknown()),
});
export type ChartSpec = z.infer<typeof ChartSpec>;

export const STATS_TABLES = [
  'category',
  'lossReason',
  'outcome',
  'agencyType',
  'courtLevel',
  'trialStage',
  'year',
  'region',
  'enforcementStep',
  'provisions',
  'defendant',
  'categoryLossReason',
  'categoryEnforcementStep',
  'enforcementStepLossReason',
] as const;
export const StatsTable = z.enum(STATS_TABLES);
export type StatsTable = z.infer<typeof StatsTable>;

export const ReportTemplate = z.object({
  title: z.string().trim().min(1, '报告标题不能为空').max(200),
  issuer: z.string().trim().max(200).default(''),
  year: z.number().int().min(1949).max(2200),
  /** Which cases are 'of' the year: by judgment date, or by the date they were recorded. */
  yearBasis: z.enum(['judgment', 'recorded']).default('judgment'),
  opening: z.string().max(20_000).default(''),
});
export type ReportTemplate = z.infer<typeof ReportTemplate>;

/** Where a file went; without a path it goes to the exports folder, and `download` names it there (web host). */
export const WrittenFile = z.object({ path: z.string(), bytes: z.number(), download: z.string().nullable() });

export const statsContract = {
  'stats.summary': op(
    '统计：按类别、败诉原因、裁判结果、机关类型、法院层级、审级、年份、地区、执法环节计数，交叉表与常引法条',
    StatsScope,
    StatsSummary,
  ),
  'stats.dashboard': op(
    '统计分析页：统计数字与图表（ECharts 配置，与导出文件中的图表相同）',
    StatsScope,
    z.object({
      summary: StatsSummary,
      charts: z.array(ChartSpec),
      /** Regions present in the library, for the filter. */
      regions: z.array(z.string()),
      /** The scope as plain filters (a saved search resolved), which clicking a number narrows. */
      filters: CaseFilters,
      /** The scope in words (统计范围). */
      scopeText: z.string(),
      /** How each of topProvisions reads: 《行政处罚法》第六十三条. */
      provisionLabels: z.record(z.string(), z.string()),
    }),
  ),
  'stats.provisionCases': op(
    '引用某一法条的案例编号（在统计范围内）',
    StatsScope.extend({ law: z.string().min(1), article: z.number().int().positive() }).strict(),
    z.object({ ids: z.array(z.string()) }),
  ),
  'stats.exportTable': op(
    '把一张统计表导出为 Excel（.xlsx）',
    StatsScope.extend({ table: StatsTable, path: FilePath.optional() }).strict(),
    WrittenFile.extend({ rows: z.number() }),
  ),
  'stats.reportTemplate': op(
    '年度报告模板（标题、发文机关、年度、开头段落）',
    z.object({}).strict().default({}),
    ReportTemplate,
  ),
  'stats.saveReportTemplate': op('保存年度报告模板', ReportTemplate.strict(), ReportTemplate),
} as const;
