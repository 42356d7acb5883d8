import { PRINT_FONT_FAMILY } from './fonts';
import { PAPERS, type Paper } from './paper';
import { cssString } from './text';

/**
 * The print style sheet shared by the casebook and the single-case sheet. Page furniture uses
 * CSS paged media that Chromium (≥131) prints: named pages give each chapter its own running
 * header, margin boxes carry the header and the page number, `counter-set: page 1` on the first
 * body page restarts numbering after the front matter, and the cover does not count.
 */
export function basePrintCss(paper: Paper): string {
  const p = PAPERS[paper];
  const [top, right, bottom, left] = p.margin;
  return `
@page { size: ${p.width}mm ${p.height}mm; margin: ${top}mm ${right}mm ${bottom}mm ${left}mm;
  @bottom-center { content: counter(page); font-family: '${PRINT_FONT_FAMILY}', serif; font-size: 9pt; }
}
@page cover { counter-increment: page 0; @bottom-center { content: none; } }
@page front { @bottom-center { content: counter(page, upper-roman); } }
html { font-family: '${PRINT_FONT_FAMILY}', serif; font-size: ${p.fontPt}pt; line-height: 1.75; color: #000; }
body { margin: 0; }
/* Chinese typesetting: no 。，、）》 at a line start and no （《 at a line end; long Latin runs may wrap. */
body { line-break: strict; word-break: normal; overflow-wrap: break-word; text-align: justify;
  text-spacing-trim: space-first; font-kerning: normal; orphans: 2; widows: 2; }
h1, h2, h3, .sec-title { font-weight: 700; line-height: 1.4; break-after: avoid; break-inside: avoid; text-align: left; }
/* Long case titles wrap evenly instead of leaving one character alone on the last line, and only
   where titleWithBreaks put a <wbr> (never inside 花山区); a run too long for a line still breaks. */
h1, h2, .toc-text { word-break: keep-all; line-break: strict; overflow-wrap: anywhere; }
h1, h2 { text-wrap: balance; }
h1 { font-size: 1.6em; margin: 0 0 1.2em; text-align: center; letter-spacing: 0.1em; }
h2 { font-size: 1.3em; margin: 0 0 0.8em; }
p { margin: 0 0 0.5em; text-indent: 2em; }
li p, td p { text-indent: 0; }
ul, ol { margin: 0 0 0.5em; padding-left: 2em; }
a { color: inherit; text-decoration: none; }
table.meta { width: 100%; border-collapse: collapse; margin: 0 0 1em; font-size: 0.9em; line-height: 1.5; break-inside: avoid; }
table.meta th, table.meta td { border: 0.5pt solid #555; padding: 0.25em 0.5em; vertical-align: top; text-align: left; }
table.meta th { width: 6.5em; font-weight: 700; background: #f2f2f2; white-space: nowrap; }
.sec-title { font-size: 1.05em; margin: 1.1em 0 0.4em; }
/* The bar is inline (not a block border), so a heading pushed to the next page leaves nothing behind. */
.sec-title::before { content: ''; display: inline-block; width: 3pt; height: 1em; background: #333;
  margin-right: 0.5em; vertical-align: -0.15em; }
.full-text { white-space: pre-wrap; font-size: 0.9em; line-height: 1.6; text-indent: 0; }
.full-text p { text-indent: 0; }
.muted { color: #444; font-size: 0.9em; }
.note-box { border: 0.5pt solid #777; padding: 0.5em 0.8em; margin-top: 0.5em; }
blockquote { margin: 0.5em 0 0.5em 1em; padding-left: 0.8em; border-left: 1.5pt solid #999; color: #222; }
`;
}

/** Running header of one named page: the book's title on the left, the part (chapter) on the right. */
export function runningHeader(pageName: string, left: string, right: string): string {
  return `@page ${pageName} {
  @top-left { content: ${cssString(left)}; font-family: '${PRINT_FONT_FAMILY}', serif; font-size: 8.5pt; color: #333;
    vertical-align: bottom; padding-bottom: 2mm; border-bottom: 0.5pt solid #555; }
  @top-right { content: ${cssString(right)}; font-family: '${PRINT_FONT_FAMILY}', serif; font-size: 8.5pt; color: #333;
    vertical-align: bottom; padding-bottom: 2mm; border-bottom: 0.5pt solid #555; }
}`;
}
