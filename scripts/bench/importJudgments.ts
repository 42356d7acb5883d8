/**
 * Judgment files for the import benchmark: each synthetic corpus case written out as a court
 * would publish it (title lines, parties, narrative, legal basis, operative part, signature with
 * the date in Chinese numerals), so the importer does its full work on every file.
 */
import type { CorpusCase } from './corpus';

const DIGITS = '〇一二三四五六七八九';
const small = (n: number) =>
  n < 10 ? DIGITS[n]! : `${n >= 20 ? DIGITS[Math.floor(n / 10)] : ''}十${n % 10 ? DIGITS[n % 10] : ''}`;

/** 2019-06-26 → 二〇一九年六月二十六日 */
export function chineseDate(iso: string): string {
  const [y = '2020', m = '1', d = '1'] = iso.split('-');
  return `${[...y].map((ch) => DIGITS[Number(ch)]).join('')}年${small(Number(m))}月${small(Number(d))}日`;
}

export function judgmentText(c: CorpusCase): string {
  const plaintiff = /^(.+?)诉/.exec(c.title)?.[1] ?? '某某';
  const date = chineseDate(c.judgmentDate ?? '2020-01-01');
  return [
    c.court,
    '行政判决书',
    c.caseNumber,
    '',
    `\u3000\u3000原告：${plaintiff}。`,
    `\u3000\u3000被告：${c.defendant}，住所地某市某区。`,
    '\u3000\u3000法定代表人：某某，负责人。',
    `\u3000\u3000原告${plaintiff}不服被告${c.defendant}${c.category}一案，向本院提起行政诉讼。本院依法组成合议庭，公开开庭审理了本案。本案现已审理终结。`,
    c.fullText ?? '',
    `\u3000\u3000依照《中华人民共和国行政诉讼法》第七十条第（三）项之规定，判决如下：`,
    `\u3000\u3000撤销被告${c.defendant}作出的被诉行政行为。`,
    '\u3000\u3000案件受理费50元，由被告负担。',
    '\u3000\u3000如不服本判决，可在判决书送达之日起十五日内向本院递交上诉状。',
    '审\u3000判\u3000长\u3000\u3000王\u3000某',
    '审\u3000判\u3000员\u3000\u3000李\u3000某',
    '人民陪审员\u3000\u3000张\u3000某',
    date,
    '书\u3000记\u3000员\u3000\u3000赵\u3000某',
    '',
  ].join('\n');
}
