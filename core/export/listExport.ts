import ExcelJS from 'exceljs';
import { writeFile } from 'node:fs/promises';
import type { CaseRecord } from '../../shared/case';
import { sectionLabel } from '../../shared/sections';
import { ENFORCEMENT_STEPS, LOSS_REASONS, STATUS_LABELS } from '../../shared/taxonomy';
import { inertCell } from '../text/cells';
import { formatProvision } from './text';

interface Column {
  header: string;
  width: number;
  value: (c: CaseRecord & { tags?: string[] }) => string;
}

const name = <T extends { code: string; name: string }>(list: readonly T[], code: string) =>
  list.find((x) => x.code === code)?.name ?? code;

/** Every field of a case, one column each, in the order the office reads them. */
export const LIST_COLUMNS: Column[] = [
  { header: '编号', width: 38, value: (c) => c.id },
  { header: '标题', width: 50, value: (c) => c.title },
  { header: '案号', width: 26, value: (c) => c.caseNumber },
  { header: '关联案号', width: 26, value: (c) => c.relatedCaseNumbers.join('；') },
  { header: '审理法院', width: 28, value: (c) => c.court },
  { header: '法院层级', width: 10, value: (c) => c.courtLevel ?? '' },
  { header: '审级', width: 8, value: (c) => c.trialStage ?? '' },
  { header: '裁判日期', width: 12, value: (c) => c.judgmentDate ?? '' },
  { header: '地区', width: 12, value: (c) => c.region },
  { header: '被告行政机关', width: 28, value: (c) => c.defendant },
  { header: '机关类型', width: 16, value: (c) => c.agencyType ?? '' },
  { header: '案件类别', width: 14, value: (c) => c.category },
  { header: '裁判结果', width: 12, value: (c) => c.outcome },
  {
    header: '败诉原因',
    width: 28,
    value: (c) => c.lossReasons.map((r) => name(LOSS_REASONS, r.code)).join('；'),
  },
  {
    header: '败诉理由',
    width: 50,
    value: (c) =>
      c.lossReasons
        .map((r) => r.ground)
        .filter(Boolean)
        .join('\n'),
  },
  {
    header: '执法环节',
    width: 24,
    value: (c) => c.enforcementSteps.map((s) => name(ENFORCEMENT_STEPS, s)).join('；'),
  },
  { header: '相关法条', width: 40, value: (c) => c.provisions.map(formatProvision).join('；') },
  { header: sectionLabel('summary'), width: 60, value: (c) => c.summary },
  { header: sectionLabel('issues'), width: 50, value: (c) => c.issues },
  { header: `${sectionLabel('ruling')}（详）`, width: 50, value: (c) => c.ruling },
  { header: sectionLabel('analysis'), width: 60, value: (c) => c.analysis },
  { header: sectionLabel('lessons'), width: 60, value: (c) => c.lessons },
  { header: '来源', width: 30, value: (c) => c.source },
  { header: '标签', width: 20, value: (c) => (c.tags ?? []).join('；') },
  { header: '状态', width: 8, value: (c) => STATUS_LABELS[c.status] },
  { header: '编写人', width: 10, value: (c) => c.author },
  { header: '审核人', width: 10, value: (c) => c.reviewer },
  { header: '审核时间', width: 20, value: (c) => c.reviewedAt ?? '' },
  { header: '创建时间', width: 20, value: (c) => c.createdAt },
  { header: '修改时间', width: 20, value: (c) => c.updatedAt },
  { header: '版本', width: 6, value: (c) => String(c.revision) },
  { header: '裁判文书原文', width: 60, value: (c) => c.fullText },
];

// Excel refuses cell text past 32,767 characters; a judgment's full text can be longer.
const EXCEL_CELL_LIMIT = 32_767;

export async function writeCaseListXlsx(
  cases: (CaseRecord & { tags?: string[] })[],
  path: string,
  onRow: (done: number) => void = () => {},
): Promise<void> {
  const book = new ExcelJS.Workbook();
  book.creator = '案鉴';
  const sheet = book.addWorksheet('案例列表', { views: [{ state: 'frozen', ySplit: 1, xSplit: 2 }] });
  sheet.columns = LIST_COLUMNS.map((col) => ({ header: col.header, width: col.width }));
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: LIST_COLUMNS.length } };
  cases.forEach((c, i) => {
    sheet.addRow(
      LIST_COLUMNS.map((col) => {
        const v = inertCell(col.value(c));
        return v.length > EXCEL_CELL_LIMIT ? `${v.slice(0, EXCEL_CELL_LIMIT - 20)}…（全文过长已截断）` : v;
      }),
    );
    onRow(i + 1);
  });
  await book.xlsx.writeFile(path);
}

/** Quoted when needed (RFC 4180) and inert: a cell never starts a formula in Excel or WPS. */
const csvCell = (text: string) => {
  const v = inertCell(text);
  return /[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
};

/** CSV (RFC 4180) in UTF-8 with a BOM, so Excel and WPS on Chinese Windows read the characters right. */
export async function writeCaseListCsv(
  cases: (CaseRecord & { tags?: string[] })[],
  path: string,
): Promise<void> {
  const lines = [
    LIST_COLUMNS.map((c) => csvCell(c.header)).join(','),
    ...cases.map((c) => LIST_COLUMNS.map((col) => csvCell(col.value(c))).join(',')),
  ];
  await writeFile(path, `\ufeff${lines.join('\r\n')}\r\n`, 'utf8');
}
