/**
 * Markdown as the reader sees it, in plain text: what the history diff compares, so an officer
 * reads "依法应当听证" rather than "**依法应当听证**". Headings, emphasis, links, code marks and
 * list markers go; paragraphs and list items stay on their own lines (list items as "• ").
 */
export function markdownToPlainText(source: string): string {
  return source
    .split('\n')
    .map((line) =>
      line
        .replace(/^\s{0,3}#{1,6}\s+/, '')
        .replace(/^\s{0,3}>\s?/, '')
        .replace(/^(\s*)[-*+]\s+/, '$1• ')
        .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/(\*\*|__)(.+?)\1/g, '$2')
        .replace(/(^|[^*\w])[*_]([^*_\n]+)[*_](?=[^*\w]|$)/g, '$1$2')
        .replace(/`([^`]*)`/g, '$1')
        .replace(/\s+$/, ''),
    )
    .filter((line, i, lines) => !(line === '' && lines[i - 1] === ''))
    .join('\n')
    .trim();
}

const BLOCK_LINE = /^\s*([-*+]\s|\d+[.)]\s|>|#|\||```)/;

/**
 * The library writes 一审：… and 二审：… on lines of their own, each a paragraph of its own: a
 * single newline between two prose lines becomes a paragraph break, so print gives each line
 * the same first-line indent and Word never stretches a justified line that ends in a break.
 * Lists, quotes, tables and code keep their lines.
 */
export function linesToParagraphs(source: string): string {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  let fenced = false;
  return lines
    .map((line, i) => {
      if (/^\s*```/.test(line)) fenced = !fenced;
      const next = lines[i + 1];
      const prose = (l: string | undefined) => l !== undefined && l.trim() !== '' && !BLOCK_LINE.test(l);
      return !fenced && prose(line) && prose(next) ? `${line}\n` : line;
    })
    .join('\n');
}
