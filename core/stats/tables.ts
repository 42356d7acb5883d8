import ExcelJS from 'exceljs';
import { inertCell } from '../text/cells';
import { CATEGORIES, ENFORCEMENT_STEPS, LOSS_REASONS } from '../../shared/taxonomy';
import {
  crossTable,
  isCrossTable,
  isOneWayTable,
  ONE_WAY_TABLES,
  oneWayRows,
  type CrossTable,
  type TableTaxonomy,
} from '../../shared/statsTables';
import type { StatsSummary, StatsTable } from '../contract/stats';
import { lossReasonArticle, provisionLabel } from './labels';
import { percent } from './report';

export interface SheetTable {
  title: string;
  headers: string[];
  rows: (string | number)[][];
}

const share = (s: StatsSummary) => (r: { key: string; count: number }) => percent(r.count, s.total);

/** Exports label tables with the taxonomy this version of 案鉴 ships. */
const TAXONOMY: TableTaxonomy = {
  categories: CATEGORIES,
  lossReasons: LOSS_REASONS,
  enforcementSteps: ENFORCEMENT_STEPS,
};

/** A cross-table as a sheet: one row per row key, one column per column key. */
function matrix(t: CrossTable): SheetTable {
  return {
    title: t.title,
    headers: [t.corner, ...t.cols.map((c) => c.label)],
    rows: t.rows.map((r) => [r.label, ...t.cols.map((c) => t.count(r.key, c.key))]),
  };
}

/** One statistics table as rows and columns, in the words the dashboard uses. */
export function statsTable(
  s: StatsSummary,
  table: StatsTable,
  defendants: { key: string; count: number }[],
): SheetTable {
  const simple = (title: string, head: string, rows: { key: string; label: string; count: number }[]) => ({
    title,
    headers: [head, '件数', '占案件总数'],
    rows: rows.map((r) => [r.label, r.count, share(s)(r)]),
  });
  if (table === 'lossReason')
    return {
      title: ONE_WAY_TABLES.lossReason.title,
      headers: [ONE_WAY_TABLES.lossReason.head, '法律依据', '件数', '占案件总数'],
      rows: oneWayRows('lossReason', s, TAXONOMY).map((r) => [
        r.label,
        lossReasonArticle(r.key),
        r.count,
        share(s)(r),
      ]),
    };
  if (isOneWayTable(table)) {
    const def = ONE_WAY_TABLES[table];
    return simple(def.title, def.head, oneWayRows(table, s, TAXONOMY));
  }
  if (isCrossTable(table)) return matrix(crossTable(table, s, TAXONOMY));
  switch (table) {
    case 'provisions':
      return {
        title: '常被援引的法律条文',
        headers: ['法律条文', '援引案件数'],
        rows: s.topProvisions.map((p) => [provisionLabel(p.key), p.count]),
      };
    case 'defendant':
      return simple(
        '按被告机关',
        '被告机关',
        defendants.map((d) => ({ ...d, label: d.key })),
      );
  }
}

/** Writes a table as a one-sheet .xlsx: a title row saying what was counted, then the table. */
export async function tableToXlsx(t: SheetTable, scope: string, path: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  book.creator = '案鉴';
  const sheet = book.addWorksheet(t.title.replace(/[\\/?*[\]:]/g, '·').slice(0, 31));
  sheet.addRow([inertCell(t.title)]).font = { bold: true, size: 14 };
  sheet.addRow([`统计范围：${scope}`]);
  sheet.addRow([]);
  const header = sheet.addRow(t.headers.map(inertCell));
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
  });
  // Labels come from the library (agency names, tags): never a live formula in the sheet.
  for (const row of t.rows) sheet.addRow(row.map((v) => (typeof v === 'string' ? inertCell(v) : v)));
  sheet.columns.forEach((col, i) => {
    const widest = Math.max(
      ...[t.headers[i] ?? '', ...t.rows.map((r) => String(r[i] ?? ''))].map((x) => x.length),
    );
    col.width = Math.min(60, Math.max(8, widest * 2 + 2));
  });
  sheet.views = [{ state: 'frozen', ySplit: 4 }];
  await book.xlsx.writeFile(path);
}
