import type { ReadableDB, WritableDB } from '../connection';
import { AppError } from '../errors';
import { CaseFilters, SearchSort } from '../model/filters';
import { bumpRevision } from './meta';

/** A saved search as the user saved it: the query text, its filters and its order. */
export interface SavedSearch {
  id: number;
  name: string;
  q: string;
  filters: CaseFilters;
  sort: SearchSort;
  createdAt: string;
  /** Why this search can no longer be used (its stored filters or order no longer validate). */
  problem?: string;
}

interface SavedSearchRow {
  id: number;
  name: string;
  /** JSON: { q, filters, sort } as the user saved them; plain query text in rows of older versions. */
  query: string;
  createdAt: string;
}

const COLUMNS = 'id, name, query, created_at AS createdAt';

/**
 * The one reading of a stored saved search, for the search page and for statistics scopes alike.
 * Text that is not a JSON object was written by an older version as the bare query: it is that
 * query with no filters. Filters or an order that no longer validate are never dropped, because a
 * scope silently widened to the whole library would give wrong figures: the search carries a
 * `problem`, the list still shows it (so the user can delete it), and using it is refused by name.
 */
function decode(row: SavedSearchRow): SavedSearch {
  let stored: unknown;
  try {
    stored = JSON.parse(row.query);
  } catch {
    stored = undefined;
  }
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) {
    return {
      id: row.id,
      name: row.name,
      q: row.query,
      filters: {},
      sort: 'relevance',
      createdAt: row.createdAt,
    };
  }
  const { q, filters, sort } = stored as { q?: unknown; filters?: unknown; sort?: unknown };
  const parsedFilters = CaseFilters.safeParse(filters ?? {});
  const parsedSort = SearchSort.safeParse(sort ?? 'relevance');
  if (!parsedFilters.success || !parsedSort.success) {
    return {
      id: row.id,
      name: row.name,
      q: typeof q === 'string' ? q : '',
      filters: {},
      sort: 'relevance',
      createdAt: row.createdAt,
      problem: `已保存的检索“${row.name}”（编号 ${row.id}）中的${parsedFilters.success ? '排序方式' : '筛选条件'}无法识别，请删除该检索后重新保存`,
    };
  }
  return {
    id: row.id,
    name: row.name,
    q: typeof q === 'string' ? q : '',
    filters: parsedFilters.data,
    sort: parsedSort.data,
    createdAt: row.createdAt,
  };
}

export function listSavedSearches(db: ReadableDB): SavedSearch[] {
  return (
    db
      .prepare(`SELECT ${COLUMNS} FROM saved_searches ORDER BY created_at DESC, id DESC`)
      .all() as SavedSearchRow[]
  ).map(decode);
}

/** One saved search to use as a scope; NOT_FOUND when it was deleted, BAD_INPUT when unreadable. */
export function getSavedSearch(db: ReadableDB, id: number): SavedSearch {
  const row = db.prepare(`SELECT ${COLUMNS} FROM saved_searches WHERE id = ?`).get(id) as
    SavedSearchRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', `找不到已保存的检索（编号 ${id}）`);
  const saved = decode(row);
  if (saved.problem) throw new AppError('BAD_INPUT', saved.problem);
  return saved;
}

export function saveSearch(
  db: WritableDB,
  search: { name: string; q: string; filters: CaseFilters; sort: SearchSort },
  now = new Date().toISOString(),
): SavedSearch {
  const query = JSON.stringify({ q: search.q, filters: search.filters, sort: search.sort });
  return db.transaction(() => {
    const row = db
      .prepare(
        `INSERT INTO saved_searches (name, query, created_at) VALUES (@name, @query, @now) RETURNING ${COLUMNS}`,
      )
      .get({ name: search.name, query, now }) as SavedSearchRow;
    bumpRevision(db);
    return decode(row);
  })();
}

export function deleteSavedSearch(db: WritableDB, id: number): void {
  db.transaction(() => {
    const result = db.prepare('DELETE FROM saved_searches WHERE id = @id').run({ id });
    if (result.changes !== 1) throw new AppError('NOT_FOUND', `找不到保存的检索（编号 ${id}）`);
    bumpRevision(db);
  })();
}

const RECENT_KEEP = 20;

/**
 * Remembers a search the user committed to. Not library content: it does not bump the library
 * revision, which would needlessly invalidate every derived cache (search snapshots, suggestions).
 */
export function recordRecentSearch(db: WritableDB, q: string, now = new Date().toISOString()): void {
  db.transaction(() => {
    db.prepare(
      'INSERT INTO recent_searches (q, searched_at) VALUES (@q, @now) ON CONFLICT (q) DO UPDATE SET searched_at = excluded.searched_at',
    ).run({ q, now });
    db.prepare(
      'DELETE FROM recent_searches WHERE q NOT IN (SELECT q FROM recent_searches ORDER BY searched_at DESC LIMIT @keep)',
    ).run({ keep: RECENT_KEEP });
  })();
}

export function listRecentSearches(db: ReadableDB): { q: string; searchedAt: string }[] {
  return db
    .prepare('SELECT q, searched_at AS searchedAt FROM recent_searches ORDER BY searched_at DESC, rowid DESC')
    .all() as { q: string; searchedAt: string }[];
}

export function clearRecentSearches(db: WritableDB): void {
  db.prepare('DELETE FROM recent_searches').run();
}
