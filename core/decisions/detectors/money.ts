import { chineseToNumber } from '../../text/numerals';

const CAPITALS: Record<string, string> = {
  零: '零',
  壹: '一',
  贰: '二',
  叁: '三',
  肆: '四',
  伍: '五',
  陆: '六',
  柒: '七',
  捌: '八',
  玖: '九',
  拾: '十',
  佰: '百',
  仟: '千',
};

/** 伍万元, 50000元, 5万元, 人民币壹拾贰万叁仟元 → yuan; NaN when not an amount. */
export function parseYuan(raw: string, wan: boolean): number {
  const digits = raw.replace(/[,，\s]/gu, '');
  if (/^\d+(\.\d+)?$/u.test(digits)) return Number(digits) * (wan ? 10_000 : 1);
  const plain = [...digits].map((ch) => CAPITALS[ch] ?? ch).join('');
  const [high, low = ''] = plain.split('万');
  if (plain.includes('万')) {
    const h = chineseToNumber(high ?? '');
    const l = low ? chineseToNumber(low.replace(/^零/u, '')) : 0;
    return (h || NaN) * 10_000 + (l || 0);
  }
  return chineseToNumber(plain) * (wan ? 10_000 : 1);
}

const AMOUNT =
  /(罚款|没收[^，。；]{0,20}?(?:价值|计|共计)?)(?:人民币)?\s*([\d,，.]+|[零壹贰叁肆伍陆柒捌玖拾佰仟万一二三四五六七八九十百千]+)\s*(万)?元/gu;

/** Every fine or confiscation amount in the text, with where it stands. */
export function readAmounts(text: string): { yuan: number; start: number; end: number }[] {
  const out = [];
  for (const m of text.matchAll(AMOUNT)) {
    const yuan = parseYuan(m[2] ?? '', Boolean(m[3]));
    if (Number.isFinite(yuan)) out.push({ yuan, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  }
  return out;
}
