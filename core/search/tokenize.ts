/**
 * The tokenizer made for Chinese: character bigrams inside runs of CJK ideographs (so every
 * two-character query is found), Latin words and digit runs kept whole. It works on normalized
 * text (see normalize.ts) and is a pure function of it, so index and query always agree.
 * Intl.Segmenter is deliberately not used: it splits by context and differs between ICU builds.
 */

const HAN = /\p{Script=Han}/u;
const WORD = /[\p{L}\p{N}]/u;

export interface Run {
  kind: 'han' | 'word';
  text: string;
}

/** Splits normalized text into runs of ideographs and runs of other letters/digits. */
export function runs(text: string): Run[] {
  const out: Run[] = [];
  let current: Run | undefined;
  for (const ch of text) {
    const kind = HAN.test(ch) ? 'han' : WORD.test(ch) ? 'word' : undefined;
    if (!kind) {
      current = undefined;
      continue;
    }
    if (current?.kind === kind) current.text += ch;
    else {
      current = { kind, text: ch };
      out.push(current);
    }
  }
  return out;
}

/** Bigrams of a run of ideographs; a lone ideograph stays a unigram. */
export function bigrams(han: string): string[] {
  const chars = [...han];
  if (chars.length < 2) return chars;
  const out: string[] = [];
  for (let i = 0; i < chars.length - 1; i++) out.push(`${chars[i]}${chars[i + 1]}`);
  return out;
}

const RUN = /(\p{Script=Han}+)|((?:(?!\p{Script=Han})[\p{L}\p{N}])+)/gu;

/** Every token of a normalized text, in order (index time: one regex pass, no per-character tests). */
export function tokens(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(RUN)) {
    const han = m[1];
    if (han === undefined) {
      out.push(m[0]);
      continue;
    }
    if (han.length < 2) out.push(han);
    else for (let i = 0; i < han.length - 1; i++) out.push(han.slice(i, i + 2));
  }
  return out;
}

/** Tokens as one space-separated string: what the FTS5 table stores and its unicode61 tokenizer splits. */
export const tokenString = (normalizedText: string): string => tokens(normalizedText).join(' ');

/**
 * Marks for the tokens of one field inside the metadata column: 法院: and 机关: search the court
 * and the defendant/agency alone, though the column also holds region, loss reasons and
 * statutes. A marked token is one rare ideograph (CJK Extension A) before an ordinary token: the
 * tokenizer never makes such a token from text (an ideograph run gives bigrams, other runs hold
 * no ideograph), so a marked token only ever matches its own field.
 */
export const FIELD_MARKS = { court: '\u4db5', agency: '\u4db4' } as const;
export type MarkedField = keyof typeof FIELD_MARKS;

/** A normalized text's tokens, each marked as belonging to `field`, as one index string. */
export const markedTokenString = (field: MarkedField, normalizedText: string): string =>
  tokens(normalizedText)
    .map((t) => FIELD_MARKS[field] + t)
    .join(' ');

/** Whether a token is a field-marked one (never highlighted: the text holds it unmarked). */
export const isMarkedToken = (token: string): boolean =>
  token.startsWith(FIELD_MARKS.court) || token.startsWith(FIELD_MARKS.agency);
