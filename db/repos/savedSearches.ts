import type { ReadableDB, WritableDB } from '../connection';
import { AppError } from '../errors';
import { bumpRevision } from './meta';

export interface SavedSearchRow {
  id: number;
  name: string;
  /** JSON: { q, filters, sort } as the user saved them. */
  query: string;
  createdAt: string;
}

export function listSavedSearches(db: ReadableDB): SavedSearchRow[] {
  return db
    .prepare(
      'SELECT id, name, query, created_at AS createdAt FROM saved_searches ORDER BY created_at DESC, id DESC',
    )
    .all() as SavedSearchRow[];
}

export function saveSearch(
  db: WritableDB,
  name: string,
  query: string,
  now = new Date().toISOString(),
): SavedSearchRow {
  return db.transaction(() => {
    const row = db
      .prepare(
        'INSERT INTO saved_searches (name, query, created_at) VALUES (@name, @query, @now) RETURNING id, name, query, created_at AS createdAt',
      )
      .get({ name, query, now }) as SavedSearchRow;
    bumpRevision(db);
    return row;
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
