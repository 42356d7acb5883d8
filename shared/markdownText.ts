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
