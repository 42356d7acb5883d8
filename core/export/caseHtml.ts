import type { CaseRecord } from '../../shared/case';
import { orMissing } from '../../shared/display';
import { sectionLabel } from '../../shared/sections';
import { LOSS_REASONS } from '../../shared/taxonomy';
import { escapeHtml, formatChineseDate, formatProvision, markdownToHtml } from './text';

export interface CaseHtmlOptions {
  includeFullText: boolean;
  /** The user's own note (Markdown), printed after the commentary when given. */
  note?: string;
}

const reasonName = (code: string) => LOSS_REASONS.find((r) => r.code === code);

/** The header fields of a case as a two-column table (案号, 法院 … 败诉原因). */
export function caseMetaTable(c: CaseRecord): string {
  const row = (label: string, value: string, label2?: string, value2?: string) =>
    label2 === undefined
      ? `<tr><th>${label}</th><td colspan="3">${escapeHtml(orMissing(value))}</td></tr>`
      : `<tr><th>${label}</th><td>${escapeHtml(orMissing(value))}</td><th>${label2}</th><td>${escapeHtml(orMissing(value2))}</td></tr>`;
  return `<table class="meta">
${row('案号', c.caseNumber)}
${row('审理法院', c.court)}
${row('法院层级', c.courtLevel ?? '', '审级', c.trialStage ?? '')}
${row('裁判日期', formatChineseDate(c.judgmentDate), '地区', c.region)}
${row('被告', c.defendant)}
${row('案件类别', c.category, '裁判结果', c.outcome)}
${row('败诉原因', c.lossReasons.map((r) => reasonName(r.code)?.name ?? r.code).join('；'))}
</table>`;
}

const section = (title: string, html: string) =>
  html.trim() ? `<div class="sec-title">${title}</div>\n${html}` : '';

const md = (source: string) => (source.trim() ? markdownToHtml(source) : '');

/** Every section of a case in reading order, as print HTML (the title is the caller's). */
export function caseSectionsHtml(c: CaseRecord, options: CaseHtmlOptions): string {
  const reasons = c.lossReasons.length
    ? `<ul>${c.lossReasons
        .map((r) => {
          const def = reasonName(r.code);
          return `<li><b>${escapeHtml(def?.name ?? r.code)}</b>${def ? `<span class="muted">（${escapeHtml(def.article)}）</span>` : ''}${r.ground ? `：${escapeHtml(r.ground)}` : ''}</li>`;
        })
        .join('')}</ul>`
    : '';
  const provisions = c.provisions.length
    ? `<ul>${c.provisions
        .map(
          (p) =>
            `<li>${escapeHtml(formatProvision(p))}${p.note ? `<span class="muted">（${escapeHtml(p.note)}）</span>` : ''}</li>`,
        )
        .join('')}</ul>`
    : '';
  const parts = [
    section(sectionLabel('summary'), md(c.summary)),
    section(sectionLabel('issues'), md(c.issues)),
    section(sectionLabel('ruling'), md(c.ruling)),
    section(sectionLabel('lossReasons'), reasons),
    section(sectionLabel('analysis'), md(c.analysis)),
    section(sectionLabel('lessons'), md(c.lessons)),
    section(sectionLabel('provisions'), provisions),
    section(sectionLabel('source'), c.source ? `<p class="muted">${escapeHtml(c.source)}</p>` : ''),
  ];
  if (options.note?.trim())
    parts.push(section(sectionLabel('note'), `<div class="note-box">${md(options.note)}</div>`));
  if (options.includeFullText && c.fullText.trim()) {
    parts.push(
      section(sectionLabel('fullText'), `<div class="full-text">${escapeHtml(c.fullText.trim())}</div>`),
    );
  }
  return parts.filter(Boolean).join('\n');
}
