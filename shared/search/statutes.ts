import table from '../../data/statutes/correspondence.json';
import { numberToChinese } from '../numerals';
import { normalize } from './normalize';

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

/**
 * How the numbering of one citation was decided, in the order tried: the version the case
 * records for it, its note (按现行…, 1989年行政诉讼法第二十五条), the words before it in a text
 * (现行…, 2017年修正的…), the judgment date against each numbering's effective date, or — with
 * none of these — the current numbering (the library records citations in it unless told otherwise).
 */
export type NumberingBasis = 'version' | 'note' | 'text' | 'date' | 'assumed';

export interface CitedNumbering {
  numbering: string;
  basis: NumberingBasis;
}

const numberingOfYear = (t: LawTable, year: number): Numbering | undefined =>
  [...t.numberings].reverse().find((n) => Number(n.id) <= year) ?? t.numberings[0];

const numberingOfDate = (t: LawTable, date: string): Numbering | undefined =>
  [...t.numberings].reverse().find((n) => n.effective <= date) ?? t.numberings[0];

/** Which numbering of a table law a citation of §`article` is in, and how that was decided. */
export function citedNumbering(
  law: string,
  article: number,
  cited: { version?: string | null; note?: string | null; before?: string },
  judgmentDate: string | null | undefined,
): CitedNumbering | undefined {
  const t = statuteLaw(law);
  if (!t) return undefined;
  const pick = (n: Numbering | undefined, basis: NumberingBasis) =>
    n ? { numbering: n.id, basis } : undefined;
  const versionYear = yearOf(cited.version ?? '');
  if (versionYear !== undefined) return pick(numberingOfYear(t, versionYear), 'version');
  const note = normalize(cited.note ?? '');
  if (note) {
    if (new RegExp(`按现行|现行的?${t.law}`).test(note)) return pick(current(t), 'note');
    const m = new RegExp(`(\\d{4})年(?:修正|修订)?的?${t.law}第${article}条`).exec(note);
    if (m) return pick(numberingOfYear(t, Number(m[1])), 'note');
  }
  const before = cited.before ?? '';
  if (/现行的?$/.test(before)) return pick(current(t), 'text');
  const said = /(\d{4})年(?:修正|修订)?的?$/.exec(before);
  if (said) return pick(numberingOfYear(t, Number(said[1])), 'text');
  if (judgmentDate) return pick(numberingOfDate(t, judgmentDate), 'date');
  return pick(current(t), 'assumed');
}

const current = (t: LawTable): Numbering | undefined => t.numberings.find((n) => n.id === t.current);

/**
 * The index token of one article under one numbering (stat0v1996a42): a single Latin token, so
 * a query for 2021 §63 can ask for exactly the citations that carry its rule. Keyed by the law's
 * place in the table: reordering the table's laws needs a new INDEX_VERSION.
 */
export function statuteKey(law: string, numbering: string, article: number): string | undefined {
  const t = statuteLaw(law);
  return t ? `stat${LAWS.indexOf(t)}v${numbering}a${article}` : undefined;
}

/** One (numbering, article) a statute query accepts, and how the hit explains it. */
export interface StatuteReading {
  numbering: string;
  article: number;
  /** The query read in the current numbering (and its predecessors), or in an older one. */
  reading: 'current' | 'older';
  /** 现行第六十三条 / 原第四十二条（1996年文本），对应现行第六十三条 / 按1996年文本第四十二条理解，现行第六十三条. */
  label: string;
}

/**
 * What a statute query `law` §`article` matches, for a table law: the article as cited under the
 * current numbering and its predecessors under older ones. The number is also read in an older
 * numbering where the table lists that older article as moved (行政处罚法第四十二条: the 1996
 * hearing rule, now §63/§64) — never merely because an older text had an article of that number
 * (1996 §63 is not 2021 §63).
 */
export function statuteReadings(law: string, article: number): StatuteReading[] | undefined {
  const t = statuteLaw(law);
  if (!t) return undefined;
  const label = (id: string) => t.numberings.find((n) => n.id === id)?.label ?? id;
  const out: StatuteReading[] = [
    { numbering: t.current, article, reading: 'current', label: `现行${ordinal(article)}` },
  ];
  for (const r of t.rows) {
    if (r.to === t.current && r.articles.includes(article))
      out.push({
        numbering: r.from,
        article: r.article,
        reading: 'current',
        label: `原${ordinal(r.article)}（${label(r.from)}），对应现行${ordinal(article)}`,
      });
  }
  for (const r of t.rows) {
    if (r.from === t.current || r.article !== article) continue;
    const asOld = `按${label(r.from)}${ordinal(article)}理解`;
    out.push({ numbering: r.from, article, reading: 'older', label: `${asOld}（原${ordinal(article)}）` });
    for (const a of r.articles)
      out.push({ numbering: r.to, article: a, reading: 'older', label: `${asOld}，现行${ordinal(a)}` });
  }
  const seen = new Set<string>();
  return out.filter((r) => {
    const k = `${r.numbering}/${r.article}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** A citation of a table law found in normalized text, with the words just before it. */
export interface TextCitation {
  law: string;
  article: number;
  /** A version written in brackets after the law's name: 行政处罚法(2017年修正)第42条. */
  version?: string;
  before: string;
}

const TABLE_CITATION = new RegExp(
  `(${LAWS.map((l) => l.law).join('|')})(\\([^)]{0,20}\\))?第(\\d+)条((?:第\\d+[款项])*(?:[、,，和及与]第\\d+条(?:第\\d+[款项])*)*)`,
  'g',
);

/** Citations of the table's laws in a normalized text (第42条、第43条 after one name give both). */
export function tableCitations(text: string): TextCitation[] {
  const out: TextCitation[] = [];
  for (const m of text.matchAll(TABLE_CITATION)) {
    const at = m.index ?? 0;
    const law = m[1] as string;
    const before = text.slice(Math.max(0, at - 12), at);
    const version = m[2] ? m[2].slice(1, -1) : undefined;
    const articles = [Number(m[3]), ...[...(m[4] ?? '').matchAll(/第(\d+)条/g)].map((x) => Number(x[1]))];
    for (const article of articles) out.push({ law, article, before, ...(version ? { version } : {}) });
  }
  return out;
}

const BASIS_TEXT: Record<NumberingBasis, string> = {
  version: '案例注明版本',
  note: '据条文注释',
  text: '据行文所称版本',
  date: '未注明版本，依裁判日期推定',
  assumed: '未注明版本，按现行文本',
};

/** Why a citation was read in its numbering, for the hit: 案例注明版本 / 依裁判日期推定 … */
export const basisText = (basis: NumberingBasis): string => BASIS_TEXT[basis];
