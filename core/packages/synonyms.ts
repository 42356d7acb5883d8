import type { ReadableDB, WritableDB } from '../../db/connection';
import { readSynonymGroups, writeSynonymGroups } from '../../db/repos/synonyms';
import { librarySynonyms, mergeSynonymGroups } from '../search/synonymTable';
import type { PackageSynonyms } from './format';

/**
 * The library's synonym table travels in packages when it was edited (a table nobody edited is
 * the app's built-in one, which every copy of the app has): synonyms.json, string[][].
 */
export function collectSynonyms(db: ReadableDB): PackageSynonyms {
  return readSynonymGroups(db) ?? [];
}

/** Merges a package's groups into the library's table (inside the import's transaction). */
export function applySynonyms(db: WritableDB, groups: PackageSynonyms): void {
  if (!groups.length) return;
  const current = librarySynonyms(db).groups;
  const merged = mergeSynonymGroups(current, groups);
  if (JSON.stringify(merged) !== JSON.stringify(current)) writeSynonymGroups(db, merged);
}
