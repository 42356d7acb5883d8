import ExcelJS from 'exceljs';
import { CATEGORIES, ENFORCEMENT_STEPS, LOSS_REASONS } from '../../shared/taxonomy';
import type { StatsSummary, StatsTable } from '../contract/stats';
import { lossReasonArticle, lossReasonName, provisionLabel, stepName } from './labels';
import { percent } from './report';

export interface SheetTable {
  title: string;
  headers: string[];
  rows: (string | number)[][];
}

const share = (s: StatsSummary) => (r: { key: string; count: number }) => percent(r.count, s.total);

/** Cross-table as a matrix: one row per `rows` key, one column per `cols` key, and totals. */
function matrix(
  title: string,
  corner: string,
  cells: { row: string; col: string; count: number }[],
  rows: { key: string; label: string }[],
  cols: { key: string; label: string }[],
): SheetTable {
  const usedRows = rows.filter((r) => cells.some((c) => c.row === r.key));
  const usedCols = cols.filter((c) => cells.some((x) => x.col === c.key));
  const at = (r: string, c: string) => cells.find((x) => x.row === r && x.col === c)?.count ?? 0;
  return {
    title,
    headers: [corner, ...usedCols.map((c) => c.label)],
    rows: usedRows.map((r) => [r.label, ...usedCols.map((c) => at(r.key, c.key))]),
  };
}

const CATEGORY_AXIS = CATEGORIES.map((c) => ({ key: c, label: c }));
const REASON_AXIS = LOSS_REASONS.map((r) => ({ key: r.code, label: r.name }));
const STEP_AXIS = ENFORCEMENT_STEPS.map((s) => ({ key: s.code, label: s.name }));

/** One statistics table as rows and columns, in the words the dashboard uses. */
export function statsTable(
  s: StatsSummary,
  table: StatsTable,
  defendants: { key: string; count: number }[],
): SheetTable {
  const simple = (
    title: string,
    head: string,
    rows: { key: string; count: number }[],
    label = (k: string) => k,
  ) => ({
    title,
    headers: [head, '件数', '占案件总数'],
    rows: rows.map((r) => [label(r.key), r.count, share(s)(r)]),
  });
  switch (table) {
    case 'category':
      return simple('按案件类别', '案件类别', s.byCategory);
    case 'lossReason':
      return {
        title: '按败诉原因',
        headers: ['败诉原因', '法律依据', '件数', '占案件总数'],
        rows: s.byLossReason.map((r) => [
          lossReasonName(r.key),
          lossReasonArticle(r.key),
          r.count,
          share(s)(r),
        ]),
      };
    case 'outcome':
      return simple('按裁判结果', '裁判结果', s.byOutcome);
    case 'agencyType':
      return simple('按被告机关类型', '机关类型', s.byAgencyType);
    case 'courtLevel':
      return simple('按法院层级', '法院层级', s.byCourtLevel);
    case 'trialStage':
      return simple('按审级', '审级', s.byTrialStage);
    case 'year':
      return simple('按裁判年份', '年份', s.byYear);
    case 'region':
      return simple('按地区', '地区', s.byRegion);
    case 'enforcementStep':
      return simple('按执法环节', '执法环节', s.byEnforcementStep, stepName);
    case 'provisions':
      return {
        title: '常被援引的法律条文',
        headers: ['法律条文', '援引案件数'],
        rows: s.topProvisions.map((p) => [provisionLabel(p.key), p.count]),
      };
    case 'defendant':
      return simple('按被告机关', '被告机关', defendants);
    case 'categoryLossReason':
      return matrix(
        '案件类别 × 败诉原因',
        '案件类别',
        s.crossCategoryLossReason.map((c) => ({ row: c.category, col: c.lossReason, count: c.count })),
        CATEGORY_AXIS,
        REASON_AXIS,
      );
    case 'categoryEnforcementStep':
      return matrix(
        '案件类别 × 执法环节',
        '案件类别',
        s.crossCategoryEnforcementStep.map((c) => ({
          row: c.category,
          col: c.enforcementStep,
          count: c.count,
        })),
        CATEGORY_AXIS,
        STEP_AXIS,
      );
    case 'enforcementStepLossReason':
      return matrix(
        '执法环节 × 败诉原因',
        '执法环节',
        s.crossEnforcementStepLossReason.map((c) => ({
          row: c.enforcementStep,
          col: c.lossReason,
          count: c.count,
        })),
        STEP_AXIS,
        REASON_AXIS,
      );
  }
}

/** Writes a table as a one-sheet .xlsx: a title row saying what was counted, then the table. */
export async function tableToXlsx(t: SheetTable, scope: string, path: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  book.creator = '案鉴';
  const sheet = book.addWorksheet(t.title.replace(/[\\/?*[\]:]/g, '·').slice(0, 31));
  sheet.addRow([t.title]).font = { bold: true, size: 14 };
  sheet.addRow([`统计范围：${scope}`]);
  sheet.addRow([]);
  const header = sheet.addRow(t.headers);
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
  });
  for (const row of t.rows) sheet.addRow(row);
  sheet.columns.forEach((col, i) => {
    const widest = Math.max(
      ...[t.headers[i] ?? '', ...t.rows.map((r) => String(r[i] ?? ''))].map((x) => x.length),
    );
    col.width = Math.min(60, Math.max(8, widest * 2 + 2));
  });
  sheet.views = [{ state: 'frozen', ySplit: 4 }];
  await book.xlsx.writeFile(path);
}
