import { Marked } from 'marked';
import type { CaseProvision } from '../../shared/case';
import { isSafeLink } from '../../shared/links';
import { numberToChinese } from '../text/numerals';

export { numberToChinese };

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
    // Only http, https, mailto and in-page anchors stay links (in the HTML and in the printed PDF).
    link({ href, title, tokens }) {
      const text = this.parser.parseInline(tokens);
      if (!isSafeLink(href)) return text;
      return `<a href="${escapeHtml(href)}"${title ? ` title="${escapeHtml(title)}"` : ''}>${text}</a>`;
    },
    // Headings inside a case's text stay out of the book's outline and 目录.
    heading({ tokens }) {
      return `<p class="md-heading"><b>${this.parser.parseInline(tokens)}</b></p>\n`;
    },
  },
});

export const markdownToHtml = (source: string): string => markdown.parse(source, { async: false });

/** 《行政处罚法》第四十四条第一款 (version) */
export const formatProvision = (p: CaseProvision): string =>
  `《${p.law}》第${numberToChinese(p.article)}条${p.clause}${p.version ? `（${p.version}）` : ''}`;

/** 2019-05-06 → 2019年5月6日; partial dates as far as they go. */
export function formatChineseDate(date: string | null | undefined): string {
  if (!date) return '';
  const [y, m, d] = date.split('-');
  return `${y}年${m ? `${Number(m)}月` : ''}${d ? `${Number(d)}日` : ''}`;
}
