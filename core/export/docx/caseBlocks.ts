import {
  BorderStyle,
  HeadingLevel,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { CaseRecord } from '../../../shared/case';
import { orMissing } from '../../../shared/display';
import { LOSS_REASONS } from '../../../shared/taxonomy';
import { sectionLabel } from '../../../shared/sections';
import { formatChineseDate, formatProvision } from '../text';
import { markdownToParagraphs } from './markdownDocx';

const reason = (code: string) => LOSS_REASONS.find((r) => r.code === code);
const border = { style: BorderStyle.SINGLE, size: 4, color: '555555' };
const borders = { top: border, bottom: border, left: border, right: border };

function cell(text: string, width: number, header = false, span = 1): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    columnSpan: span,
    borders,
    shading: header ? { type: ShadingType.CLEAR, color: 'auto', fill: 'F2F2F2' } : undefined,
    margins: { top: 40, bottom: 40, left: 100, right: 100 },
    children: [new Paragraph({ children: [new TextRun({ text: orMissing(text), bold: header })] })],
  });
}

/** The header fields of a case as a bordered table (案号 … 败诉原因). */
export function caseMetaTable(c: CaseRecord, width: number): Table {
  const label = Math.round(width * 0.16);
  const value = Math.round(width * 0.34);
  const full = width - label;
  const one = (l: string, v: string) =>
    new TableRow({ children: [cell(l, label, true), cell(v, full, false, 3)] });
  const two = (l1: string, v1: string, l2: string, v2: string) =>
    new TableRow({
      children: [cell(l1, label, true), cell(v1, value), cell(l2, label, true), cell(v2, value)],
    });
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: [label, value, label, value],
    rows: [
      one('案号', c.caseNumber),
      one('审理法院', c.court),
      two('法院层级', c.courtLevel ?? '', '审级', c.trialStage ?? ''),
      two('裁判日期', formatChineseDate(c.judgmentDate), '地区', c.region),
      one('被告', c.defendant),
      two('案件类别', c.category, '裁判结果', c.outcome),
      one('败诉原因', c.lossReasons.map((r) => reason(r.code)?.name ?? r.code).join('；')),
    ],
  });
}

const sectionTitle = (title: string) =>
  new Paragraph({ heading: HeadingLevel.HEADING_3, children: [new TextRun(title)] });

/** Every section of a case as Word paragraphs; section titles are Heading 3 (below the TOC's levels). */
export function caseSections(
  c: CaseRecord,
  options: { includeFullText: boolean; note?: string },
): Paragraph[] {
  const out: Paragraph[] = [];
  const md = (title: string, source: string) => {
    if (!source.trim()) return;
    out.push(sectionTitle(title), ...markdownToParagraphs(source));
  };
  md(sectionLabel('summary'), c.summary);
  md(sectionLabel('issues'), c.issues);
  md(sectionLabel('ruling'), c.ruling);
  if (c.lossReasons.length) {
    out.push(sectionTitle(sectionLabel('lossReasons')));
    for (const r of c.lossReasons) {
      const def = reason(r.code);
      out.push(
        new Paragraph({
          style: 'BodyText',
          indent: { left: 420, hanging: 420 },
          children: [
            new TextRun('•\t'),
            new TextRun({ text: def?.name ?? r.code, bold: true }),
            new TextRun({ text: def ? `（${def.article}）` : '', color: '444444' }),
            new TextRun(r.ground ? `：${r.ground}` : ''),
          ],
        }),
      );
    }
  }
  md(sectionLabel('analysis'), c.analysis);
  md(sectionLabel('lessons'), c.lessons);
  if (c.provisions.length) {
    out.push(sectionTitle(sectionLabel('provisions')));
    for (const p of c.provisions) {
      out.push(
        new Paragraph({
          style: 'BodyText',
          indent: { left: 420, hanging: 420 },
          children: [
            new TextRun(`•\t${formatProvision(p)}`),
            ...(p.note ? [new TextRun({ text: `（${p.note}）`, color: '444444' })] : []),
          ],
        }),
      );
    }
  }
  if (c.source)
    out.push(sectionTitle('来源'), new Paragraph({ style: 'Muted', children: [new TextRun(c.source)] }));
  if (options.note?.trim()) out.push(sectionTitle('我的笔记'), ...markdownToParagraphs(options.note, false));
  if (options.includeFullText && c.fullText.trim()) {
    out.push(sectionTitle('裁判文书原文'));
    for (const line of c.fullText.trim().split(/\n+/)) {
      out.push(new Paragraph({ style: 'Muted', children: [new TextRun(line)] }));
    }
  }
  return out;
}
