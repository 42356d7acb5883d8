import { chineseToNumber, CHINESE_NUMERAL_CHARS } from '../../shared/numerals';

export interface ParsedProvision {
  /** Short name: no 《》, no 中华人民共和国, no version in brackets. */
  law: string;
  article: number;
  /** 款/项 as written after the article, e.g. 第一款第（三）项. */
  clause: string;
}

/** Common shorter names that courts and officers use for the same law. */
const LAW_ALIASES: Record<string, string> = {
  行诉法: '行政诉讼法',
  行政诉讼法若干问题的解释: '最高人民法院关于适用《行政诉讼法》的解释',
  信息公开条例: '政府信息公开条例',
  房屋征收条例: '国有土地上房屋征收与补偿条例',
  处罚法: '行政处罚法',
};

/** 《中华人民共和国行政处罚法》（2017年修正） → 行政处罚法 */
export function normalizeLawName(raw: string): string {
  const name = raw
    .normalize('NFKC')
    .replace(/[《》〈〉<>\s"“”]/g, '')
    .replace(/[(（][^)）]*(年|修正|修订|施行|版)[^)）]*[)）]/g, '')
    .replace(/^中华人民共和国/, '')
    .trim();
  return LAW_ALIASES[name] ?? name;
}

const NUM = `[${CHINESE_NUMERAL_CHARS}\\d]+`;
/** A law name ending in 法/条例/规定/办法/解释/规则 with optional 《》, then 第N条 and clause parts. */
const CITATION = new RegExp(
  `(《[^《》]{2,60}》|[\\u4e00-\\u9fa5]{2,30}?(?:法|条例|规定|办法|解释|规则))\\s*(?:[(（][^)）]{0,20}[)）])?\\s*第(${NUM})条((?:第${NUM}款)?(?:第[(（]?${NUM}[)）]?项)?)`,
  'g',
);

/**
 * Reads one citation in any written form — 《中华人民共和国行政处罚法》第四十四条, 行政处罚法第44条,
 * 《行政诉讼法》第七十条第（三）项 — into law short name + article number. Undefined if none found.
 */
export function parseProvision(text: string): ParsedProvision | undefined {
  return parseProvisions(text)[0];
}

/**
 * Every citation in a text, in order. "第X条、第Y条" after one law name yields both; the law
 * name carries over to following articles until another law is named.
 */
export function parseProvisions(text: string): ParsedProvision[] {
  const normalized = text.normalize('NFKC');
  const found: ParsedProvision[] = [];
  for (const match of normalized.matchAll(CITATION)) {
    const law = normalizeLawName(match[1] ?? '');
    const article = chineseToNumber(match[2] ?? '');
    if (!law || !Number.isFinite(article) || article <= 0) continue;
    found.push({ law, article, clause: normalizeClause(match[3] ?? '') });
    // Following "、第Y条" / "和第Y条" without a new law name.
    let rest = normalized.slice((match.index ?? 0) + match[0].length);
    for (;;) {
      const more = new RegExp(
        `^\\s*[、，,和及与]\\s*第(${NUM})条((?:第${NUM}款)?(?:第[(（]?${NUM}[)）]?项)?)`,
      ).exec(rest);
      if (!more) break;
      const next = chineseToNumber(more[1] ?? '');
      if (Number.isFinite(next) && next > 0)
        found.push({ law, article: next, clause: normalizeClause(more[2] ?? '') });
      rest = rest.slice(more[0].length);
    }
  }
  return found;
}

/** 第1款第(3)项 → 第一款第（三）项 is not needed for reading; keep the clause as written, with Chinese brackets. */
function normalizeClause(clause: string): string {
  return clause.replace(/\(/g, '（').replace(/\)/g, '）');
}

/** The display form used everywhere: 《行政处罚法》第44条. */
export const formatProvision = (p: { law: string; article: number }): string =>
  `《${p.law}》第${p.article}条`;
