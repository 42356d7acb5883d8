import { CATEGORIES, ENFORCEMENT_STEPS, LOSS_REASONS, OUTCOMES } from '../../shared/taxonomy';
import { normalize } from '../../shared/search/normalize';
import { normalizeSynonyms, SYNONYM_GROUPS, type SynonymTable } from '../../shared/search/synonyms';

/** Phrases officers search for that are not taxonomy names; suggested, and used to read a reworded query. */
export const FIELD_TERMS = [
  '听证',
  '告知',
  '陈述申辩',
  '答复期限',
  '信息不存在',
  '强制拆除',
  '工伤认定',
  '超越职权',
  '违反法定程序',
  '送达',
  '说明理由',
  '举证责任',
  '起诉期限',
  '先补偿后搬迁',
  '征收决定',
  '补偿安置',
  '行政赔偿',
  '罚款',
  '责令改正',
  '法律依据',
] as const;

/** The taxonomy's names and the field terms: what the library's own words for its subject are. */
export const TAXONOMY_TERMS: readonly string[] = [
  ...new Set<string>([
    ...CATEGORIES,
    ...OUTCOMES,
    ...LOSS_REASONS.map((r) => r.name),
    ...ENFORCEMENT_STEPS.flatMap((s) => s.name.split('/')),
    ...FIELD_TERMS,
  ]),
];

/**
 * The words a query is read with: the synonym table, and the field's vocabulary (taxonomy,
 * field terms, every synonym) that a sentence-like query is split into when it is found as a
 * whole nowhere ("没有征收决定就强制拆除" → 征收决定 + 强制拆除). A fixed word list, unlike
 * Intl.Segmenter, splits the same way on every machine.
 */
export interface Lexicon {
  synonyms: SynonymTable;
  words: ReadonlySet<string>;
  longest: number;
}

export function makeLexicon(synonymGroups: SynonymTable): Lexicon {
  const synonyms = normalizeSynonyms(synonymGroups);
  const words = new Set<string>(
    [...TAXONOMY_TERMS.map((t) => normalize(t)), ...synonyms.flat()].filter((w) => [...w].length >= 2),
  );
  return { synonyms, words, longest: Math.max(2, ...[...words].map((w) => [...w].length)) };
}

export const BUILT_IN_LEXICON = makeLexicon(SYNONYM_GROUPS);

/** The vocabulary words in a normalized text, longest match first, left to right. */
export function vocabularyWords(text: string, lexicon: Lexicon): string[] {
  const chars = [...text];
  const found: string[] = [];
  for (let i = 0; i < chars.length;) {
    let taken = 0;
    for (let len = Math.min(lexicon.longest, chars.length - i); len >= 2; len--) {
      const word = chars.slice(i, i + len).join('');
      if (lexicon.words.has(word)) {
        found.push(word);
        taken = len;
        break;
      }
    }
    i += taken || 1;
  }
  return found;
}
