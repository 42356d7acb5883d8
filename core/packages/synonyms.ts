import type { ReadableDB } from '../../db/connection';
import type { PackageSynonyms } from './format';

/**
 * HOOK (search synonyms): the package format carries synonym groups (synonyms.json, string[][]),
 * but the library has no user-editable synonym table yet — the search engine's built-in table
 * ships with the app. When a synonym table lands in the library, read its groups here (export)
 * and write them in applySynonyms (import); until then packages carry [] and importing ignores it.
 */
export function collectSynonyms(_db: ReadableDB): PackageSynonyms {
  return [];
}

export function applySynonyms(_groups: PackageSynonyms): void {
  // See collectSynonyms: nothing to write until the library has a synonym table.
}
