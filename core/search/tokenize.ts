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
