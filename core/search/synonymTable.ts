import type { ReadableDB } from '../../db/connection';
import { AppError } from '../../db/errors';
import { readSynonymGroups } from '../../db/repos/synonyms';
import { normalize } from '../../shared/search/normalize';
import { SYNONYM_GROUPS } from '../../shared/search/synonyms';

export const MAX_SYNONYM_GROUPS = 500;
export const MAX_GROUP_WORDS = 20;
export const MAX_WORD_LENGTH = 30;

/** The table searches answer by: the library's own if it was edited, else the built-in one. */
export function librarySynonyms(db: ReadableDB): { groups: string[][]; edited: boolean } {
  const own = readSynonymGroups(db);
  return own ? { groups: own, edited: true } : { groups: SYNONYM_GROUPS.map((g) => [...g]), edited: false };
}

/**
 * A table as the user wrote it, made fit to save: words trimmed, repeats and empty groups
 * dropped. Refused, naming the word, when a group has a single word, a word is too long or holds
 * spaces, or a word sits in two groups (a query could not tell which group it means).
 */
export function cleanSynonymGroups(groups: readonly (readonly string[])[]): string[][] {
  const cleaned: string[][] = [];
  const groupOf = new Map<string, number>();
  for (const raw of groups) {
    const words = [...new Set(raw.map((w) => w.trim()).filter(Boolean))];
    if (!words.length) continue;
    const n = cleaned.length + 1;
    if (words.length < 2)
      throw new AppError('BAD_INPUT', `第 ${n} 组同义词只有一个词“${words[0]}”：同义词组至少要有两个词。`);
    if (words.length > MAX_GROUP_WORDS)
      throw new AppError(
        'BAD_INPUT',
        `第 ${n} 组同义词有 ${words.length} 个词，最多 ${MAX_GROUP_WORDS} 个。`,
      );
    for (const w of words) {
      if (/\s/.test(w)) throw new AppError('BAD_INPUT', `同义词“${w}”中有空格：一个词不能含空格。`);
      if ([...w].length > MAX_WORD_LENGTH)
        throw new AppError('BAD_INPUT', `同义词“${w}”过长（最多 ${MAX_WORD_LENGTH} 字）。`);
      const key = normalize(w);
      const other = groupOf.get(key);
      if (other !== undefined && other !== n)
        throw new AppError(
          'BAD_INPUT',
          `“${w}”同时出现在第 ${other} 组和第 ${n} 组：一个词只能属于一组同义词。`,
        );
      groupOf.set(key, n);
    }
    cleaned.push(words);
  }
  if (cleaned.length > MAX_SYNONYM_GROUPS)
    throw new AppError('BAD_INPUT', `同义词最多 ${MAX_SYNONYM_GROUPS} 组，收到 ${cleaned.length} 组。`);
  return cleaned;
}

/**
 * A package's groups merged into the library's table: a group sharing a word with groups of the
 * table is joined with them into one; a group sharing none is added. Words are never removed.
 */
export function mergeSynonymGroups(
  current: readonly (readonly string[])[],
  incoming: readonly (readonly string[])[],
): string[][] {
  const merged = current.map((g) => [...g]);
  for (const group of incoming) {
    const keys = new Set(group.map((w) => normalize(w.trim())));
    const touching = merged.filter((g) => g.some((w) => keys.has(normalize(w))));
    const union = [...touching.flat(), ...group.map((w) => w.trim())].filter(Boolean);
    const seen = new Set<string>();
    const words = union.filter((w) => {
      const key = normalize(w);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    const rest = merged.filter((g) => !touching.includes(g));
    merged.length = 0;
    merged.push(...rest, ...(words.length >= 2 ? [words] : []));
  }
  return merged;
}
