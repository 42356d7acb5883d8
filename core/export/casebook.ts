import type { CaseRecord } from '../../shared/case';
import { LOSS_REASONS } from '../../shared/taxonomy';
import type { Paper } from './paper';
import { numberToChinese } from './text';

export interface CasebookOptions {
  paper: Paper;
  includeFullText: boolean;
  provisionIndex: boolean;
  reasonIndex: boolean;
  numbered: boolean;
}

export const DEFAULT_CASEBOOK_OPTIONS: CasebookOptions = {
  paper: 'A4',
  includeFullText: false,
  provisionIndex: true,
  reasonIndex: true,
  numbered: true,
};

/** Everything the printed casebook shows, gathered from the library; rendering needs nothing else. */
export interface CasebookDoc {
  title: string;
  subtitle: string;
  issuer: string;
  issuedOn: string;
  /** Markdown. */
  preface: string;
  chapters: { title: string; cases: CaseRecord[] }[];
  options: CasebookOptions;
}

/** A heading that becomes a PDF bookmark and a 目录 line, in document order. */
export interface Anchor {
  id: string;
  title: string;
  level: 1 | 2;
}

/** Printed page label per anchor id ('12' in the body, 'II' in the front matter). */
export type PageMap = Record<string, string>;

export interface NumberedCase {
  anchor: string;
  /** 案例一 (or '' when cases are not numbered). */
  label: string;
  heading: string;
  record: CaseRecord;
}

export interface NumberedChapter {
  anchor: string;
  heading: string;
  title: string;
  cases: NumberedCase[];
}

/** Chapters with content, numbered 第一章 …, and cases numbered 案例一 … across the whole book. */
export function numberChapters(doc: CasebookDoc): NumberedChapter[] {
  let n = 0;
  return doc.chapters
    .filter((ch) => ch.cases.length > 0)
    .map((ch, i) => ({
      anchor: `ch-${i + 1}`,
      title: ch.title,
      heading: `第${numberToChinese(i + 1)}章\u3000${ch.title}`,
      cases: ch.cases.map((record) => {
        n += 1;
        const label = doc.options.numbered ? `案例${numberToChinese(n)}` : '';
        return {
          anchor: `case-${n}`,
          label,
          heading: label ? `${label}\u3000${record.title}` : record.title,
          record,
        };
      }),
    }));
}

export interface ProvisionIndexEntry {
  law: string;
  articles: { article: number; cases: NumberedCase[] }[];
}

const collator = new Intl.Collator('zh-CN');

/** Cited provisions by law (in pinyin order) and article, each with the cases that cite it. */
export function provisionIndex(chapters: NumberedChapter[]): ProvisionIndexEntry[] {
  const byLaw = new Map<string, Map<number, NumberedCase[]>>();
  for (const c of chapters.flatMap((ch) => ch.cases)) {
    const seen = new Set<string>();
    for (const p of c.record.provisions) {
      const key = `${p.law}#${p.article}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const articles = byLaw.get(p.law) ?? new Map<number, NumberedCase[]>();
      byLaw.set(p.law, articles);
      articles.set(p.article, [...(articles.get(p.article) ?? []), c]);
    }
  }
  return [...byLaw.entries()]
    .sort(([a], [b]) => collator.compare(a, b))
    .map(([law, articles]) => ({
      law,
      articles: [...articles.entries()]
        .sort(([a], [b]) => a - b)
        .map(([article, cases]) => ({ article, cases })),
    }));
}

export interface ReasonIndexEntry {
  name: string;
  article: string;
  cases: NumberedCase[];
}

/** Loss reasons in the taxonomy's order, each with the cases the court decided on that ground. */
export function reasonIndex(chapters: NumberedChapter[]): ReasonIndexEntry[] {
  const all = chapters.flatMap((ch) => ch.cases);
  return LOSS_REASONS.map((r) => ({
    name: r.name,
    article: r.article,
    cases: all.filter((c) => c.record.lossReasons.some((lr) => lr.code === r.code)),
  })).filter((e) => e.cases.length > 0);
}

/** The headings of the book in print order: what the outline and the 目录 list. */
export function casebookAnchors(doc: CasebookDoc, chapters = numberChapters(doc)): Anchor[] {
  const anchors: Anchor[] = [];
  if (doc.preface.trim()) anchors.push({ id: 'preface', title: '前言', level: 1 });
  anchors.push({ id: 'toc', title: '目录', level: 1 });
  for (const ch of chapters) {
    anchors.push({ id: ch.anchor, title: ch.heading, level: 1 });
    for (const c of ch.cases) anchors.push({ id: c.anchor, title: c.heading, level: 2 });
  }
  if (doc.options.provisionIndex && provisionIndex(chapters).length)
    anchors.push({ id: 'index-provisions', title: '法条索引', level: 1 });
  if (doc.options.reasonIndex && reasonIndex(chapters).length)
    anchors.push({ id: 'index-reasons', title: '败诉原因索引', level: 1 });
  return anchors;
}
