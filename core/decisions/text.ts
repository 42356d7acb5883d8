import type { Sentence, Span } from './types';

/**
 * Sentences with their ranges: split after 。；！？ and at line ends, so that a rule reads one
 * statement at a time and a finding can point at it. Blank pieces are dropped.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) out.push({ start: start + lead, end: start + lead + trimmed.length, text: trimmed });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') push(i);
    else if (ch === '。' || ch === '；' || ch === '！' || ch === '？' || ch === ';') push(i + 1);
  }
  push(text.length);
  return out;
}

const cache = new Map<string, RegExp>();
/** A compiled pattern from a rule file (cached; patterns are validated when the file loads). */
export function re(source: string, flags = 'u'): RegExp {
  const key = `${flags}/${source}`;
  let compiled = cache.get(key);
  if (!compiled) {
    compiled = new RegExp(source, flags);
    cache.set(key, compiled);
  }
  return compiled;
}

export const matchesAny = (text: string, patterns: readonly string[]): boolean =>
  patterns.some((p) => re(p).test(text));

/** The first place any pattern matches, as a range. */
export function findAny(text: string, patterns: readonly string[], offset = 0): Span | undefined {
  let best: Span | undefined;
  for (const p of patterns) {
    const m = re(p).exec(text);
    if (m && (!best || m.index + offset < best.start))
      best = { start: m.index + offset, end: m.index + offset + m[0].length };
  }
  return best;
}

export const sentencesMatching = (sentences: readonly Sentence[], patterns: readonly string[]): Sentence[] =>
  sentences.filter((s) => matchesAny(s.text, patterns));

/** The sentence that holds a position. */
export const sentenceAt = (sentences: readonly Sentence[], pos: number): Sentence | undefined =>
  sentences.find((s) => s.start <= pos && pos < s.end);
