import { Marked } from 'marked';
import type { CaseProvision } from '../../db/model/case';

/** Escapes text for HTML element content and attribute values. */
export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** Escapes text for a CSS string ("…"), e.g. the running header's content. */
export const cssString = (text: string): string =>
  `"${text.replace(/[\\"]/g, (ch) => `\\${ch}`).replace(/[\n\r]/g, ' ')}"`;

// Raw HTML inside Markdown is printed as text: the library's and the user's Markdown never
// injects markup (or scripts) into the print page.
// breaks: a single newline in the library's text is a line break (一审：… / 二审：… on lines of their own).
const markdown = new Marked({
  gfm: true,
  breaks: true,
  async: false,
  renderer: {
    html: ({ text }) => escapeHtml(text),
    image: ({ text }) => escapeHtml(text),
    // Headings inside a case's text stay out of the book's outline and 目录.
    heading({ tokens }) {
      return `<p class="md-heading"><b>${this.parser.parseInline(tokens)}</b></p>\n`;
    },
  },
});

export const markdownToHtml = (source: string): string => markdown.parse(source, { async: false });

const DIGITS = '零一二三四五六七八九';

/** 1 → 一, 10 → 十, 44 → 四十四, 105 → 一百零五, 1234 → 一千二百三十四 (as statutes and 案例N are written). */
export function numberToChinese(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 9999) return String(n);
  if (n < 10) return DIGITS[n] ?? '';
  if (n < 20) return `十${n % 10 ? DIGITS[n % 10] : ''}`;
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
    out += (DIGITS[d] ?? '') + unit;
  });
  return out;
}

/** 《行政处罚法》第四十四条第一款 (version) */
export const formatProvision = (p: CaseProvision): string =>
  `《${p.law}》第${numberToChinese(p.article)}条${p.clause}${p.version ? `（${p.version}）` : ''}`;

/** 2019-05-06 → 2019年5月6日; partial dates as far as they go. */
export function formatChineseDate(date: string | null | undefined): string {
  if (!date) return '';
  const [y, m, d] = date.split('-');
  return `${y}年${m ? `${Number(m)}月` : ''}${d ? `${Number(d)}日` : ''}`;
}
