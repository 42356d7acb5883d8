import { parseProvisions } from '../../text/provision';

export interface CitedProvision {
  law: string;
  article: number;
  clause: string;
}

/** Law names as courts truncate them (wenshu drops the inner 〈中华人民共和国行政诉讼法〉). */
const TRUNCATED: Record<string, string> = {
  最高人民法院关于适用的解释: '最高人民法院关于适用行政诉讼法的解释',
  最高人民法院关于适用中华人民共和国行政诉讼法的解释: '最高人民法院关于适用行政诉讼法的解释',
  最高人民法院关于执行的若干问题的解释: '最高人民法院关于执行行政诉讼法若干问题的解释',
  最高人民法院关于执行中华人民共和国行政诉讼法若干问题的解释: '最高人民法院关于执行行政诉讼法若干问题的解释',
};

/** A law name the library can store: no brackets of any kind, no 中华人民共和国 inside titles. */
export function libraryLawName(law: string): string {
  const plain = law.replace(/[《》〈〉<>＜＞]/g, '').replace(/^中华人民共和国/, '');
  return TRUNCATED[plain] ?? plain;
}

/**
 * "第七十条第（一）项、第（三）项" cites two items of one article; parseProvisions reads a
 * repeated article, so the article is written out again before each further item.
 */
export function expandItems(clause: string): string {
  const num = '[零〇○一二两三四五六七八九十百千\\d]+';
  const item = `第[（(]?${num}[）)]?项`;
  return clause.replace(
    new RegExp(`(第${num}条(?:第${num}款)?)(${item})((?:[、和及，,]${item})+)`, 'g'),
    (_all, article: string, firstItem: string, more: string) =>
      article + firstItem + more.replace(new RegExp(`([、和及，,])(${item})`, 'g'), `$1${article}$2`),
  );
}

/** Every article cited in a legal-basis clause, normalized, one entry per article or item. */
export function citedProvisions(clause: string): CitedProvision[] {
  const compact = clause.replace(/[\s\u3000]/g, '');
  return parseProvisions(expandItems(compact)).map((p) => ({
    law: libraryLawName(p.law),
    article: p.article,
    clause: p.clause,
  }));
}
