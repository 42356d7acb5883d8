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
import { Empty, JobId, Ok } from './common';
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
});
export type SearchHit = z.infer<typeof SearchHit>;

export const SearchOutput = z.object({
  total: z.number(),
  hits: z.array(SearchHit),
  facets: Facets,
  /**
   * How the cases were found: whole phrases, all words apart, the field words a reworded query
   * contains (listed in `keywords`), or any word (a looser fallback).
   */
  matchedBy: z.enum(['phrase', 'all', 'terms', 'any', 'browse']),
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

export const searchContract = {
  'search.query': op('全文检索：排序的命中、高亮摘要、分面计数', SearchInput, SearchOutput),
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
