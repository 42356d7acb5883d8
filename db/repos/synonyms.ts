import { z } from 'zod';
import type { ReadableDB, WritableDB } from '../connection';
import { bumpRevision, readMeta, writeMeta } from './meta';

/**
 * The library's own synonym table for search, as the user edited it: groups of words that mean
 * the same. Absent until first edited — the app's built-in table (core/search) applies, and
 * improves with the app. Kept in meta: a small table read whole, written whole.
 */
const KEY = 'search.synonyms';
const StoredGroups = z.array(z.array(z.string()));

export function readSynonymGroups(db: ReadableDB): string[][] | undefined {
  const raw = readMeta(db, KEY);
  if (raw === undefined) return undefined;
  try {
    const parsed = StoredGroups.safeParse(JSON.parse(raw));
    if (parsed.success) return parsed.data;
  } catch {
    // Falls through: an unreadable table is treated as never edited rather than failing every search.
  }
  console.error('[anjian] the library synonym table is unreadable; the built-in table applies');
  return undefined;
}

/** Replaces the table (the caller validated it); every search answers by it from the next query. */
export function writeSynonymGroups(db: WritableDB, groups: readonly (readonly string[])[]): void {
  db.transaction(() => {
    writeMeta(db, KEY, JSON.stringify(groups));
    bumpRevision(db);
  })();
}

/** Back to the built-in table. */
export function clearSynonymGroups(db: WritableDB): void {
  db.transaction(() => {
    db.prepare('DELETE FROM meta WHERE key = ?').run(KEY);
    bumpRevision(db);
  })();
}
