import { z } from 'zod';
import { CaseFilters } from '../../db/model/filters';
import { CaseId, Ok } from './common';
import { op } from './define';

/** Paper sizes for printing (16K = 正16开, 185×260 mm); core/export/paper.ts has their measures. */
export const PAPER_NAMES = ['A4', 'A5', 'B5', '16K'] as const;
export type PaperName = (typeof PAPER_NAMES)[number];

/** How a casebook is printed: paper, 原文 or not, the two indexes, 案例一 … numbering. */
export const CasebookOptions = z
  .object({
    paper: z.enum(PAPER_NAMES).default('A4'),
    includeFullText: z.boolean().default(false),
    provisionIndex: z.boolean().default(true),
    reasonIndex: z.boolean().default(true),
    numbered: z.boolean().default(true),
  })
  .strict();
export type CasebookOptions = z.infer<typeof CasebookOptions>;

const CollectionId = z.string().min(1, '缺少汇编编号').max(100);
const Title = z.string().trim().min(1, '汇编标题不能为空').max(100, '汇编标题不能超过 100 个字');
const ChapterInput = z.object({
  title: z.string().trim().min(1, '章节标题不能为空').max(60, '章节标题不能超过 60 个字'),
  caseIds: z.array(CaseId).max(5000),
});

export const CollectionItem = z.object({
  id: z.string(),
  title: z.string(),
  category: z.string(),
  caseNumber: z.string(),
  judgmentDate: z.string().nullable(),
});

export const Collection = z.object({
  id: z.string(),
  title: z.string(),
  subtitle: z.string(),
  issuer: z.string(),
  issuedOn: z.string(),
  preface: z.string(),
  options: CasebookOptions,
  createdAt: z.string(),
  updatedAt: z.string(),
  chapters: z.array(z.object({ id: z.number(), title: z.string(), cases: z.array(CollectionItem) })),
});
export type Collection = z.infer<typeof Collection>;

/** Where the cases of a new casebook come from. */
export const CollectionSource = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('cases'), caseIds: z.array(CaseId).min(1, '请至少选择一个案例') }),
  z.object({ kind: z.literal('filters'), filters: CaseFilters }),
  z.object({ kind: z.literal('tag'), tagId: z.number().int() }),
  z.object({ kind: z.literal('savedSearch'), savedSearchId: z.number().int() }),
  z.object({ kind: z.literal('empty') }),
]);
export type CollectionSource = z.infer<typeof CollectionSource>;

const CoverFields = {
  subtitle: z.string().max(200).optional(),
  issuer: z.string().max(100).optional(),
  issuedOn: z.string().max(40).optional(),
  preface: z.string().max(200_000).optional(),
};

export const collectionsContract = {
  'collections.list': op(
    '全部案例汇编',
    z.object({}).strict().default({}),
    z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        subtitle: z.string(),
        caseCount: z.number(),
        updatedAt: z.string(),
      }),
    ),
  ),
  'collections.get': op(
    '一本案例汇编：封面、前言、章节与案例顺序、选项',
    z.object({ id: CollectionId }).strict(),
    Collection,
  ),
  'collections.create': op(
    '新建案例汇编：从选定案例、筛选条件、标签或保存的检索；默认每个案件类别一章',
    z
      .object({
        title: Title.default('行政诉讼败诉案例评析'),
        ...CoverFields,
        source: CollectionSource,
        /** 'category': one chapter per category in taxonomy order; 'single': one chapter. */
        chapters: z.enum(['category', 'single']).default('category'),
        options: CasebookOptions.partial().optional(),
        /** Cases still 草稿 join a casebook built from filters, a tag or a saved search only when asked. */
        includeDrafts: z.boolean().default(false),
      })
      .strict(),
    Collection,
  ),
  'collections.update': op(
    '修改汇编：封面、前言、选项，或整体替换章节（改名、排序、拖动案例）',
    z
      .object({
        id: CollectionId,
        title: Title.optional(),
        ...CoverFields,
        options: CasebookOptions.partial().optional(),
        chapters: z.array(ChapterInput).max(200).optional(),
      })
      .strict(),
    Collection,
  ),
  'collections.addCases': op(
    '把案例加入汇编（放入同类别的章，没有则新建一章）',
    z.object({ id: CollectionId, caseIds: z.array(CaseId).min(1) }).strict(),
    Collection,
  ),
  'collections.delete': op('删除案例汇编（案例本身不受影响）', z.object({ id: CollectionId }).strict(), Ok),
} as const;
