import type { Block, BlockDocument } from './blocks';
import { chartToSvg, FILE_CHART_WIDTH } from './renderChart';

const esc = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] ?? ch,
  );

const css = (compact: boolean) => `
@page { size: A4; margin: ${compact ? '14mm 16mm' : '25mm 22mm 22mm 22mm'}; }
html { font-family: 'Noto Serif CJK SC', 'Source Han Serif SC', SimSun, serif; font-size: ${compact ? 10 : 12}pt;
  line-height: ${compact ? 1.45 : 1.75}; color: #000; }
body { margin: 0; line-break: strict; text-align: justify; }
h1.title { font-family: 'Noto Sans CJK SC', SimHei, sans-serif; font-size: ${compact ? 17 : 22}pt; text-align: center;
  margin: 0 0 0.4em; letter-spacing: 0.05em; }
p.byline { text-align: center; margin: 0 0 0.3em; text-indent: 0; }
h2, h3 { font-family: 'Noto Sans CJK SC', SimHei, sans-serif; break-after: avoid; margin: ${compact ? '0.7em 0 0.25em' : '1.2em 0 0.5em'}; }
h2 { font-size: ${compact ? 12 : 15}pt; } h3 { font-size: ${compact ? 10.5 : 13}pt; }
p { margin: 0 0 ${compact ? 0.2 : 0.5}em; text-indent: 2em; }
p.small { font-size: 0.85em; text-indent: 0; color: #222; }
figure { margin: 0.6em 0 1em; text-align: center; break-inside: avoid; }
figure svg { max-width: 100%; height: auto; }
figcaption { font-size: 0.85em; }
table { width: 100%; border-collapse: collapse; margin: 0.3em 0 0.8em; font-size: 0.88em; line-height: 1.45; }
th, td { border: 0.5pt solid #555; padding: 0.2em 0.45em; text-align: left; vertical-align: top; }
th { background: #f2f2f2; }
tr { break-inside: avoid; }
ul.checks { list-style: none; padding: 0; margin: 0 0 0.3em; }
ul.checks li { padding-left: 1.5em; text-indent: -1.5em; margin: 0 0 0.15em; }
ul.checks .refs { font-size: 0.8em; color: #333; }
`;

function toHtml(block: Block): string {
  switch (block.kind) {
    case 'title':
      return `<h1 class="title">${esc(block.text)}</h1>`;
    case 'byline':
      return `<p class="byline">${esc(block.text)}</p>`;
    case 'heading':
      return block.level === 1 ? `<h2>${esc(block.text)}</h2>` : `<h3>${esc(block.text)}</h3>`;
    case 'para':
      return `<p${block.small ? ' class="small"' : ''}>${esc(block.text)}</p>`;
    case 'chart':
      return `<figure>${chartToSvg(block.spec, FILE_CHART_WIDTH)}<figcaption>${esc(block.caption)}</figcaption></figure>`;
    case 'table': {
      const cols = block.widths
        ? `<colgroup>${block.widths.map((w) => `<col style="width:${w}%">`).join('')}</colgroup>`
        : '';
      const head = `<tr>${block.headers.map((h) => `<th>${esc(h)}</th>`).join('')}</tr>`;
      const body = block.rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('');
      return `<table>${cols}<thead>${head}</thead><tbody>${body}</tbody></table>`;
    }
    case 'checks':
      return `<ul class="checks">${block.items
        .map((i) => `<li>☐ ${esc(i.text)}<span class="refs">${esc(i.refs)}</span></li>`)
        .join('')}</ul>`;
  }
}

/** Print HTML for Chromium's PDF printer; charts inline as the same SVG ECharts draws on screen. */
export function blocksToHtml(doc: BlockDocument): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(doc.title)}</title>
<style>${css(doc.compact ?? false)}</style></head><body>${doc.blocks.map(toHtml).join('\n')}</body></html>`;
}
