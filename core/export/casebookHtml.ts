import { caseMetaTable, caseSectionsHtml } from './caseHtml';
import {
  casebookAnchors,
  numberChapters,
  provisionIndex,
  reasonIndex,
  type CasebookDoc,
  type NumberedCase,
  type NumberedChapter,
  type PageMap,
} from './casebook';
import { embeddedFontCss } from './fonts';
import { PAPERS } from './paper';
import { basePrintCss, runningHeader } from './printCss';
import { escapeHtml, formatChineseDate, markdownToHtml, numberToChinese } from './text';
import { titleWithBreaks } from './titleBreaks';

const BOOK_CSS = `
.cover { page: cover; display: flex; flex-direction: column; align-items: center; text-align: center; }
.cover .title { font-size: 2.3em; font-weight: 700; letter-spacing: 0.08em; line-height: 1.4; margin-top: 28%; }
.cover .subtitle { font-size: 1.3em; margin-top: 1.2em; }
.cover .spacer { flex: 1; }
.cover .issuer { font-size: 1.25em; font-weight: 700; }
.cover .date { font-size: 1.1em; margin-top: 0.6em; }
.front { page: front; break-before: page; }
.divider { page: divider; break-before: page; text-align: center; }
.divider.first { page: bodystart; }
.divider h1 { margin-top: 35%; font-size: 1.9em; }
.divider .count { text-indent: 0; text-align: center; color: #333; }
/* The 1px keeps Chromium from writing a heading that opens a page twice into its PDF bookmark. */
.case, .front, .divider, .index { padding-top: 1px; }
.case { break-before: page; }
.index { page: index; break-before: page; }
.toc-row { display: block; position: relative; overflow: hidden; padding-right: 3em; text-indent: 0;
  line-height: 1.6; margin: 0.15em 0; break-inside: avoid; }
/* The leader starts where the title's last line ends (an absolute box keeps its static position)
   and runs under the page number, which covers it on a white ground. */
.toc-text::after { content: '${' .'.repeat(150)}'; position: absolute; white-space: nowrap; padding-left: 0.2em;
  letter-spacing: 0.12em; color: #444; font-weight: 400; text-indent: 0; }
.toc-row .pg { position: absolute; right: 0; bottom: 0; width: 2.9em; padding-left: 0.2em; text-align: right;
  background: #fff; text-indent: 0; }
.toc-row.l1 { font-weight: 700; margin-top: 0.6em; }
/* A title that wraps continues under itself, not under 案例N. */
.toc-row.l2, .toc-row.l3 { padding-left: 6em; text-indent: -4em; }
.index h2 { font-size: 1.1em; margin: 1em 0 0.3em; }
.index .columns { columns: 2; column-gap: 2em; }
.index .columns h2 { break-after: avoid; margin-top: 0.6em; }
.index .entry { text-align: left; padding-left: 3em; text-indent: -2em; margin: 0 0 0.1em; break-inside: avoid; }
/* A page number keeps its 、 on its own line, so no line of the index starts with punctuation. */
.index .entry .pg-item { white-space: nowrap; }
`;

const pageLabel = (pages: PageMap | undefined, id: string) => escapeHtml(pages?.[id] ?? '');

/** A 目录 line: the heading, a dotted leader and the page number, all one link. */
const tocRow = (id: string, text: string, level: 1 | 2, pages?: PageMap) =>
  `<a class="toc-row l${level}" href="#${id}"><span class="toc-text">${titleWithBreaks(text)}</span><span class="toc-dots"></span><span class="pg">${pageLabel(pages, id)}</span></a>`;

function cover(doc: CasebookDoc): string {
  const p = PAPERS[doc.options.paper];
  const height = p.height - p.margin[0] - p.margin[2] - 2;
  return `<section class="cover" style="height:${height}mm">
<div class="title">${escapeHtml(doc.title)}</div>
${doc.subtitle ? `<div class="subtitle">${escapeHtml(doc.subtitle)}</div>` : ''}
<div class="spacer"></div>
${doc.issuer ? `<div class="issuer">${escapeHtml(doc.issuer)}</div>` : ''}
${doc.issuedOn ? `<div class="date">${escapeHtml(formatChineseDate(doc.issuedOn) || doc.issuedOn)}</div>` : ''}
</section>`;
}

function caseArticle(c: NumberedCase, chapterIndex: number, doc: CasebookDoc): string {
  return `<article class="case" style="page: ch${chapterIndex}">
<h2 id="${c.anchor}">${titleWithBreaks(c.heading)}</h2>
${caseMetaTable(c.record)}
${caseSectionsHtml(c.record, { includeFullText: doc.options.includeFullText })}
</article>`;
}

function chapterHtml(ch: NumberedChapter, index: number, doc: CasebookDoc): string {
  return `<section class="divider${index === 0 ? ' first' : ''}">
<h1 id="${ch.anchor}">${escapeHtml(ch.heading)}</h1>
<p class="count">本章收录案例 ${ch.cases.length} 件</p>
</section>
${ch.cases.map((c) => caseArticle(c, index, doc)).join('\n')}`;
}

const caseLink = (c: NumberedCase, pages?: PageMap) =>
  `<a href="#${c.anchor}">${pageLabel(pages, c.anchor) || '\u2007\u2007'}</a>`;

function indexesHtml(doc: CasebookDoc, chapters: NumberedChapter[], pages?: PageMap): string {
  const out: string[] = [];
  const provisions = doc.options.provisionIndex ? provisionIndex(chapters) : [];
  if (provisions.length) {
    out.push(`<section class="index"><h1 id="index-provisions">法条索引</h1>
<p class="muted" style="text-indent:0">按法律名称排列；页码为援引该条文的案例所在页。</p>
<div class="columns">
${provisions
  .map(
    (law) =>
      `<h2>《${escapeHtml(law.law)}》</h2>${law.articles
        .map(
          (a) =>
            `<p class="entry"><span class="pg-item">第${numberToChinese(a.article)}条</span>\u3000${a.cases
              .map(
                (c, i) =>
                  `<span class="pg-item">${caseLink(c, pages)}${i < a.cases.length - 1 ? '、' : ''}</span>`,
              )
              .join('')}</p>`,
        )
        .join('')}`,
  )
  .join('\n')}
</div>
</section>`);
  }
  const reasons = doc.options.reasonIndex ? reasonIndex(chapters) : [];
  if (reasons.length) {
    out.push(`<section class="index"><h1 id="index-reasons">败诉原因索引</h1>
${reasons
  .map(
    (r) =>
      `<h2>${escapeHtml(r.name)}<span class="muted">（${escapeHtml(r.article)}）</span></h2>${r.cases
        .map((c) => tocRow(c.anchor, c.heading, 2, pages).replace('toc-row l2', 'toc-row l3'))
        .join('')}`,
  )
  .join('\n')}
</section>`);
  }
  return out.join('\n');
}

/**
 * The printed casebook (《行政诉讼败诉案例评析》) as one HTML document: cover, 前言, 目录,
 * chapters with their cases, and the indexes. `pages` holds the page labels found by a first
 * print; without it the page-number boxes are left empty but keep their width, so a second
 * render with the numbers breaks every page at exactly the same place.
 */
export function renderCasebookHtml(doc: CasebookDoc, pages?: PageMap): string {
  const chapters = numberChapters(doc);
  const anchors = casebookAnchors(doc, chapters);
  const toc = anchors
    .filter((a) => a.id !== 'toc')
    .map((a) => tocRow(a.id, a.title, a.level, pages))
    .join('\n');
  const body = `${cover(doc)}
${doc.preface.trim() ? `<section class="front"><h1 id="preface">前言</h1>${markdownToHtml(doc.preface)}</section>` : ''}
<section class="front"><h1 id="toc">目录</h1>
${toc}
</section>
${chapters.map((ch, i) => chapterHtml(ch, i, doc)).join('\n')}
${indexesHtml(doc, chapters, pages)}`;
  const headers = [
    ...chapters.map((ch, i) => runningHeader(`ch${i}`, doc.title, ch.heading)),
    runningHeader('index', doc.title, '索引'),
  ].join('\n');
  const css = `${basePrintCss(doc.options.paper)}
@page bodystart { counter-set: page 1; }
${headers}
${BOOK_CSS}`;
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(doc.title)}</title>
<style>${embeddedFontCss(body + css + '0123456789IVXLC')}</style>
<style>${css}</style>
</head><body>
${body}
</body></html>`;
}
