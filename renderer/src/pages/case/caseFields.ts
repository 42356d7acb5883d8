import type { CaseRecord } from '../../../../shared/case';
import type { OpInput, OpOutput } from '../../../../core/contract';
import { CASE_SECTIONS, sectionLabel } from '../../../../shared/sections';
import { markdownToSafeHtml } from '../../components/Markdown';
import { findRanges } from '../../../../shared/search/highlight';
import { locateQuote } from './termMatch';
import { plainTextOf, textToHtml, type TextMark } from './textMarks';

export type Highlight = OpOutput<'highlights.list'>[number];
export type HighlightField = Highlight['field'];
export type HighlightColor = NonNullable<OpInput<'highlights.update'>['color']>;

/** The highlightable sections, in reading order, with their headings. */
export const TEXT_FIELDS: readonly { field: HighlightField; label: string }[] = CASE_SECTIONS;

export const fieldLabel = sectionLabel;

/** One section's safe HTML and the plain text that offsets count in. */
export interface FieldView {
  field: HighlightField;
  html: string;
  text: string;
}

/** Markdown sections go through the sanitizer; 原文 is plain text, escaped. */
export function fieldView(c: CaseRecord, field: HighlightField): FieldView {
  const html = field === 'fullText' ? textToHtml(c.fullText) : markdownToSafeHtml(c[field]);
  return { field, html, text: plainTextOf(html) };
}

export const HIGHLIGHT_COLORS: { value: HighlightColor; label: string }[] = [
  { value: 'yellow', label: '黄' },
  { value: 'green', label: '绿' },
  { value: 'blue', label: '蓝' },
  { value: 'pink', label: '粉' },
];

export const asHighlightColor = (color: string): HighlightColor =>
  HIGHLIGHT_COLORS.find((c) => c.value === color)?.value ?? 'yellow';

/** The user's highlights and the search terms (normalized needles, see queryNeedles) of one section, as marks. */
export function fieldMarks(
  view: FieldView,
  highlights: readonly Highlight[],
  terms: readonly string[],
): TextMark[] {
  const marks: TextMark[] = [];
  for (const h of highlights) {
    if (h.field !== view.field) continue;
    const at = locateQuote(view.text, h.start, h.end, h.quote);
    if (!at) continue;
    marks.push({
      start: at[0],
      end: at[1],
      className: `hl-user hl-${h.color}`,
      attrs: { 'data-highlight-id': String(h.id), title: h.comment || '我的标注' },
    });
  }
  for (const [start, end] of findRanges(view.text, terms)) {
    marks.push({ start, end, className: 'hl-query' });
  }
  return marks;
}

/** Highlights whose passage is no longer in the text (the library's text changed). */
export function lostHighlights(c: CaseRecord, highlights: readonly Highlight[]): Set<number> {
  const lost = new Set<number>();
  const views = new Map<HighlightField, FieldView>();
  for (const h of highlights) {
    const view = views.get(h.field) ?? fieldView(c, h.field);
    views.set(h.field, view);
    if (!locateQuote(view.text, h.start, h.end, h.quote)) lost.add(h.id);
  }
  return lost;
}
