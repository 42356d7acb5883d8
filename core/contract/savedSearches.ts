import { z } from 'zod';
import { CaseFilters, SearchSort } from '../../db/model/filters';
import { Empty, Ok } from './common';
import { op } from './define';

export const SavedSearch = z.object({
  id: z.number(),
  name: z.string(),
  q: z.string(),
  filters: CaseFilters,
  sort: SearchSort,
  createdAt: z.string(),
  /** Set when the stored filters or order no longer validate: the search is listed but cannot be used. */
  problem: z.string().optional(),
});
export type SavedSearch = z.infer<typeof SavedSearch>;

export const savedSearchesContract = {
  'savedSearches.list': op('保存的检索', Empty, z.array(SavedSearch)),
  'savedSearches.save': op(
    '保存检索（含筛选条件）',
    z
      .object({
        name: z.string().trim().min(1, '请填写名称').max(100),
        q: z.string().max(500),
        filters: CaseFilters.optional(),
        sort: SearchSort.optional(),
      })
      .strict(),
    SavedSearch,
  ),
  'savedSearches.delete': op('删除保存的检索', z.object({ id: z.number().int() }).strict(), Ok),
} as const;
