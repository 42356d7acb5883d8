const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  '○': 0,
  Ｏ: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Chinese numerals as written in statutes and judgments (四十四, 一百零三, 二〇一七) to a number; NaN if not one. */
export function chineseToNumber(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  if (!text || ![...text].every((ch) => ch in DIGITS || ch in UNITS)) return NaN;
  // Digit-by-digit form without units: 二〇一七 → 2017.
  if (![...text].some((ch) => ch in UNITS)) {
    return Number([...text].map((ch) => DIGITS[ch]).join(''));
  }
  let total = 0;
  let current = 0;
  for (const ch of text) {
    const unit = UNITS[ch];
    if (unit !== undefined) {
      total += (current || 1) * unit;
      current = 0;
    } else {
      current = DIGITS[ch] ?? 0;
    }
  }
  return total + current;
}

export const CHINESE_NUMERAL_CHARS = '零〇○一二两三四五六七八九十百千';

const WRITTEN_DIGITS = '零一二三四五六七八九';

/** 1 → 一, 10 → 十, 44 → 四十四, 105 → 一百零五, 1234 → 一千二百三十四 (as statutes and 案例N are written). */
export function numberToChinese(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 9999) return String(n);
  if (n < 10) return WRITTEN_DIGITS[n] ?? '';
  if (n < 20) return `十${n % 10 ? WRITTEN_DIGITS[n % 10] : ''}`;
  const units = ['', '十', '百', '千'];
  const digits = String(n).split('').map(Number);
  let out = '';
  let zero = false;
  digits.forEach((d, i) => {
    const unit = units[digits.length - 1 - i] ?? '';
    if (d === 0) {
      zero = true;
      return;
    }
    if (zero && out) out += '零';
    zero = false;
    out += (WRITTEN_DIGITS[d] ?? '') + unit;
  });
  return out;
}
