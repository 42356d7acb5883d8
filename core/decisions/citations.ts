import { CHINESE_NUMERAL_CHARS } from '../text/numerals';
import { formatProvision, parseProvisions } from '../text/provision';
import type { Span } from './types';

const NUM = `[${CHINESE_NUMERAL_CHARS}\\d]+`;
const ARTICLE = `第${NUM}条(?:第${NUM}款)?(?:第[(（]?${NUM}[)）]?项)?`;
/** 《…》, an optional version in brackets, then 第N条… and any 、第M条 that follow. */
const LAW = new RegExp(
  `《[^《》\\n]{2,60}》(?:\\s*[(（][^)）\\n]{0,20}[)）])?(\\s*(?:${ARTICLE})(?:\\s*[、，,和及与]\\s*${ARTICLE})*)?`,
  'gu',
);

export interface Citation extends Span {
  text: string;
  /** Normalized: 《行政处罚法》第44条 …; empty when the law is named without an article. */
  articles: string[];
}

/**
 * Every law named in the draft with where it stands. Normalizing reuses the library's own
 * citation reader (core/text/provision.ts), so 第四十四条 and 第44条 mean the same here as in search.
 */
export function readCitations(text: string): Citation[] {
  const out: Citation[] = [];
  for (const m of text.matchAll(LAW)) {
    const start = m.index ?? 0;
    const articles = m[1] ? parseProvisions(m[0]).map(formatProvision) : [];
    out.push({ start, end: start + m[0].length, text: m[0], articles });
  }
  return out;
}

/** 第N条 in a piece of text, whatever law it belongs to. */
export const hasArticle = (text: string): boolean => new RegExp(`第${NUM}条`, 'u').test(text);
