import { z } from 'zod';
import { CaseFilters, SearchSort } from '../../db/model/filters';
import {
  CASE_STATUSES,
  CATEGORIES,
  COURT_LEVELS,
  LOSS_REASON_CODES,
  OUTCOMES,
  TRIAL_STAGES,
} from '../../shared/taxonomy';
import { Empty, FilePath, JobId, Ok } from './common';
import { op } from './define';

export { SearchSort };

export const SearchInput = z
  .object({
    q: z.string().max(500, '检索词过长（最多 500 字）'),
    filters: CaseFilters.optional(),
    sort: SearchSort.optional(),
    offset: z.number().int().min(0).optional(),
    limit: z.number().int().min(1).max(200).optional(),
  })
  .strict();
export type SearchInput = z.input<typeof SearchInput>;

export const FacetBucket = z.object({ value: z.string(), label: z.string(), count: z.number() });
export type FacetBucket = z.infer<typeof FacetBucket>;

export const FACET_NAMES = [
  'categories',
  'lossReasons',
  'outcomes',
  'courtLevels',
  'trialStages',
  'years',
  'regions',
  'agencyTypes',
  'tags',
] as const;
export type FacetName = (typeof FACET_NAMES)[number];

/** Counts over the whole result set (not just the page), for every facet. */
export const Facets = z.object(
  Object.fromEntries(FACET_NAMES.map((n) => [n, z.array(FacetBucket)])) as Record<
    FacetName,
    z.ZodArray<typeof FacetBucket>
  >,
);
export type Facets = z.infer<typeof Facets>;

export const SearchSnippet = z.object({
  /** The case field the text comes from: summary, issues, ruling, analysis, lessons, fullText. */
  field: z.string(),
  text: z.string(),
  /** [start, end) ranges of `text` that matched. */
  highlights: z.array(z.tuple([z.number(), z.number()])),
});
export type SearchSnippet = z.infer<typeof SearchSnippet>;

export const SearchHit = z.object({
  id: z.string(),
  title: z.string(),
  caseNumber: z.string(),
  score: z.number(),
  snippets: z.array(SearchSnippet),
  court: z.string(),
  courtLevel: z.enum(COURT_LEVELS).nullable(),
  trialStage: z.enum(TRIAL_STAGES).nullable(),
  judgmentDate: z.string().nullable(),
  category: z.enum(CATEGORIES),
  outcome: z.enum(OUTCOMES),
  lossReasons: z.array(z.enum(LOSS_REASON_CODES)),
  defendant: z.string(),
  region: z.string(),
  /** 草稿 or reviewed: a draft is marked in the results. */
  status: z.enum(CASE_STATUSES),
  /**
   * For a statute query: how the case cites the article under the numbering it used, e.g.
   * 原第四十二条，现行第六十三条、第六十四条（2021年修订）.
   */
  statuteNotes: z.array(z.string()).optional(),
});
export type SearchHit = z.infer<typeof SearchHit>;

export const SearchOutput = z.object({
  total: z.number(),
  hits: z.array(SearchHit),
  facets: Facets,
  /**
   * Cases holding only part of the query, shown apart (部分匹配) when the answer is thin; never
   * counted in `total` or the facets. Best first, at most 10.
   */
  partial: z.array(SearchHit),
  /**
   * How the answer was found: 'phrase' — every word (with its synonyms) occurs; 'browse' — no
   * words. With no case holding the whole query, how the partial list was found: all characters
   * of each word apart ('all'), the field words a reworded query contains ('terms', listed in
   * `keywords`), only the law a statute query names ('law': no case cites the article), any word ('any').
   */
  matchedBy: z.enum(['phrase', 'all', 'terms', 'law', 'any', 'browse']),
  /** With matchedBy 'terms': the field words the query was read as (征收决定, 强制拆除). */
  keywords: z.array(z.string()),
  /** A near term that finds more, when this query finds little. */
  didYouMean: z.string().nullable(),
  /** The index is being (or must be) rebuilt; results may be incomplete. */
  indexStale: z.boolean(),
});
export type SearchOutput = z.infer<typeof SearchOutput>;

export const Suggestion = z.object({
  text: z.string(),
  kind: z.enum(['title', 'agency', 'statute', 'term']),
  caseId: z.string().optional(),
});
export type Suggestion = z.infer<typeof Suggestion>;

export const IndexStatus = z.object({
  current: z.boolean(),
  indexed: z.number(),
  live: z.number(),
  builtAtRevision: z.number().nullable(),
  libraryRevision: z.number(),
});

/** The synonym table as the user edits it; `edited` is false while the built-in table applies. */
export const SynonymTable = z.object({ groups: z.array(z.array(z.string())), edited: z.boolean() });
export type SynonymTable = z.infer<typeof SynonymTable>;

/** One case's place in the report's 参照/参考/不予参考 table, as the user judged it. */
export const ReportAssessment = z
  .object({
    id: z.string().min(1),
    verdict: z.enum(['参照', '参考', '不予参考']),
    reason: z.string().max(1000).optional(),
  })
  .strict();

export const SearchReportInput = z
  .object({
    q: z.string().max(500, '检索词过长（最多 500 字）'),
    filters: CaseFilters.optional(),
    /** 检索主体: who searched (person, unit). */
    subject: z.string().max(200, '检索主体过长（最多 200 字）').optional(),
    /** 待决案件的争议焦点, as the user states it. */
    issue: z.string().max(4000, '争议焦点过长（最多 4000 字）').optional(),
    format: z.enum(['docx', 'pdf']),
    path: FilePath.optional(),
    /** How many of the best cases the report lists. */
    limit: z.number().int().min(1).max(50).default(10),
    assessments: z.array(ReportAssessment).max(50).optional(),
    jobId: JobId,
  })
  .strict();

export const searchContract = {
  'search.query': op('全文检索：排序的命中、高亮摘要、分面计数', SearchInput, SearchOutput),
  'search.report': op(
    '类案检索报告：按最高人民法院类案检索指导意见第八条的要素，把一次检索写成 Word 或 PDF',
    SearchReportInput,
    z.object({ path: z.string(), download: z.string().nullable(), cases: z.number() }),
  ),
  'search.suggest': op(
    '输入时的提示：案例标题、行政机关、法条、分类词',
    z.object({ q: z.string().max(100), limit: z.number().int().min(1).max(30).optional() }).strict(),
    z.object({ suggestions: z.array(Suggestion) }),
  ),
  'search.recent': op('最近的检索', Empty, z.array(z.object({ q: z.string(), searchedAt: z.string() }))),
  'search.recordRecent': op(
    '记下一次检索（用户按回车或打开结果时）',
    z.object({ q: z.string().trim().min(1).max(500) }).strict(),
    Ok,
  ),
  'search.clearRecent': op('清空最近的检索', Empty, Ok),
  'search.indexStatus': op('检索索引是否与案例库一致', Empty, IndexStatus),
  'search.rebuildIndex': op(
    '重建检索索引（可查看进度、可取消）',
    z.object({ jobId: JobId }).strict(),
    z.object({ indexed: z.number() }),
  ),
  'search.synonyms': op('检索同义词表', Empty, SynonymTable),
  'search.saveSynonyms': op(
    '保存检索同义词表（整表替换；下一次检索起生效，无需重建索引）',
    z.object({ groups: z.array(z.array(z.string().max(100)).max(100)).max(2000) }).strict(),
    SynonymTable,
  ),
  'search.resetSynonyms': op('恢复内置的检索同义词表', Empty, SynonymTable),
} as const;
