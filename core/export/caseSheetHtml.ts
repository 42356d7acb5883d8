import type { CaseRecord } from '../../shared/case';
import { caseMetaTable, caseSectionsHtml } from './caseHtml';
import { embeddedFontCss } from './fonts';
import type { Paper } from './paper';
import { basePrintCss, runningHeader } from './printCss';
import { escapeHtml } from './text';
import { titleWithBreaks } from './titleBreaks';

export interface CaseSheetOptions {
  paper: Paper;
  includeFullText: boolean;
  /** The user's note, when they chose to include it. */
  note?: string;
}

const SHEET_CSS = `
body { page: sheet; padding-top: 1px; }
@page sheet { @bottom-center { content: "第 " counter(page) " 页 / 共 " counter(pages) " 页"; font-size: 9pt; } }
h1 { font-size: 1.45em; letter-spacing: 0.02em; }
`;

/** One case as an analysis sheet for a meeting: title, header fields, every section, optionally the note. */
export function renderCaseSheetHtml(c: CaseRecord, options: CaseSheetOptions): string {
  const body = `<h1 id="case">${titleWithBreaks(c.title)}</h1>
${caseMetaTable(c)}
${caseSectionsHtml(c, { includeFullText: options.includeFullText, note: options.note })}`;
  const css = `${basePrintCss(options.paper)}
${runningHeader('sheet', '案例分析', c.caseNumber || c.court)}
${SHEET_CSS}`;
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(c.title)}</title>
<style>${embeddedFontCss(body + css + '0123456789第页共')}</style>
<style>${css}</style>
</head><body>
${body}
</body></html>`;
}
