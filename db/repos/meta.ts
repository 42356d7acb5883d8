import type { ReadableDB, WritableDB } from '../connection';

const get = (db: ReadableDB, key: string): string | undefined =>
  (db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined)?.value;

export function readMeta(db: ReadableDB, key: string): string | undefined {
  return get(db, key);
}

export function writeMeta(db: WritableDB, key: string, value: string): void {
  db.prepare(
    'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run(key, value);
}

export const libraryId = (db: ReadableDB): string => get(db, 'library_id') ?? '';

export const libraryRevision = (db: ReadableDB): number => Number(get(db, 'revision') ?? '0');

/** Every write bumps the library revision, so derived data (indexes, caches) can tell it is stale. */
export function bumpRevision(db: WritableDB): number {
  const next = libraryRevision(db) + 1;
  writeMeta(db, 'revision', String(next));
  return next;
}
