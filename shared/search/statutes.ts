import table from '../../data/statutes/correspondence.json';
import { numberToChinese } from '../numerals';

/**
 * Statute articles under every numbering: the correspondence table (data/statutes/
 * correspondence.json, each law with its source) read for search (a query for 2021 §63 of
 * 行政处罚法 also finds cases citing 1996 §42) and for the reader (原第四十二条 / 现行第六十三条).
 */

interface Numbering {
  id: string;
  label: string;
  /** ISO date the text took effect: a citation in a judgment before it is in an older numbering. */
  effective: string;
}
interface Row {
  from: string;
  article: number;
  to: string;
  articles: number[];
  subject: string;
}
interface LawTable {
  law: string;
  numberings: Numbering[];
  current: string;
  source: string;
  rows: Row[];
}

const LAWS = (table as { laws: LawTable[] }).laws;

/** The table's law for a short name as written (处罚法 → 行政处罚法); undefined if it has none. */
export function statuteLaw(name: string): LawTable | undefined {
  return (
    LAWS.find((l) => l.law === name) ??
    (name.length >= 3 ? LAWS.find((l) => l.law.endsWith(name) || name.endsWith(l.law)) : undefined)
  );
}

/** One article that carries the same rule under another numbering. */
export interface CorrespondingArticle {
  article: number;
  /** The numbering the article belongs to, e.g. 1996. */
  numbering: string;
  /** 'earlier': the article the queried one replaced; 'later': the one that replaced it. */
  relation: 'earlier' | 'later';
  subject: string;
}

/**
 * Articles of other numberings that carry the rule of `law` §`article`. The number alone does
 * not say which numbering it is in, so both readings are returned (an officer types the
 * current numbering; the library's older judgments cite the older one).
 */
export function correspondingArticles(law: string, article: number): CorrespondingArticle[] {
  const t = statuteLaw(law);
  if (!t) return [];
  const out: CorrespondingArticle[] = [];
  for (const row of t.rows) {
    if (row.articles.includes(article))
      out.push({ article: row.article, numbering: row.from, relation: 'earlier', subject: row.subject });
    if (row.article === article)
      for (const a of row.articles)
        out.push({ article: a, numbering: row.to, relation: 'later', subject: row.subject });
  }
  return out;
}

/** A statute query word in normalized form (行政处罚法第63条) read as law + article. */
export function statuteOfNormalized(word: string): { law: string; article: number } | undefined {
  const m = /^(.{2,40}?(?:法|条例|规定|办法|解释|规则))第(\d+)条/.exec(word);
  if (!m) return undefined;
  return { law: m[1] as string, article: Number(m[2]) };
}

/** How one citation of a case stands today. */
export interface CitationStatus {
  /** The numbering the citation is in. */
  numbering: string;
  numberingLabel: string;
  /** Whether that numbering is the one in force. */
  inForce: boolean;
  /** The current article(s) carrying the same rule, when the citation is in an older numbering. */
  currentArticles: number[];
  /** One line for the reader: 原第四十二条，现行第六十三条、第六十四条（2021年修订）. */
  note: string;
}

const yearOf = (text: string): number | undefined => {
  const m = /(\d{4})/.exec(text);
  return m ? Number(m[1]) : undefined;
};

const ordinal = (n: number) => `第${numberToChinese(n)}条`;

/**
 * Which numbering a case's citation of `law` §`article` is in — by the version the case names
 * (1996年, 2017年修正) — and what it is today. Undefined for laws the table does not know, and
 * when the case names no version: the library records most citations in the current numbering
 * even for old judgments (with a note), so the judgment date alone would mislabel them.
 */
export function citationStatus(
  law: string,
  article: number,
  cited: { version?: string },
): CitationStatus | undefined {
  const t = statuteLaw(law);
  if (!t) return undefined;
  const year = yearOf(cited.version ?? '');
  if (year === undefined) return undefined;
  const numbering = [...t.numberings].reverse().find((n) => Number(n.id) <= year) ?? t.numberings[0];
  if (!numbering) return undefined;
  const current = t.numberings.find((n) => n.id === t.current) as Numbering;
  const inForce = numbering.id === t.current;
  if (inForce) {
    return {
      numbering: numbering.id,
      numberingLabel: numbering.label,
      inForce,
      currentArticles: [],
      note: `现行${ordinal(article)}`,
    };
  }
  const currentArticles = t.rows
    .filter((r) => r.from === numbering.id && r.article === article && r.to === t.current)
    .flatMap((r) => r.articles);
  const now = currentArticles.length
    ? `现行${currentArticles.map(ordinal).join('、')}（${current.label}）`
    : `所引为${numbering.label}，已被${current.label}取代，本表未列对应条文`;
  return {
    numbering: numbering.id,
    numberingLabel: numbering.label,
    inForce,
    currentArticles,
    note: `原${ordinal(article)}，${now}`,
  };
}

/** Where the table's rows for a law come from, for the report's 检索方法. */
export const statuteSource = (law: string): string | undefined => statuteLaw(law)?.source;
