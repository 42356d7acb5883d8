import ExcelJS from 'exceljs';
import { z } from 'zod';
import { CaseContent, type CaseContentInput } from '../../../shared/case';
import { AppError } from '../../../db/errors';
import { describeZodError } from '../../service/validation';
import { MAX_LIST_ROWS } from '../limits';
import { vetOfficeZip } from '../readers/officeZip';
import { decodeText } from '../readers/text';
import { COLUMNS, cellValue } from './columns';
import { parseCsv } from './csv';

export interface ListRow {
  /** "清单.xlsx 第 3 行" — where the row came from, for messages. */
  name: string;
  case?: CaseContentInput;
  error?: string;
}

const tooManyRows = (name: string) =>
  new AppError(
    'BAD_FILE',
    `案例清单“${name}”超过 ${MAX_LIST_ROWS} 行的上限，已拒绝读取：请拆成几个较小的清单分批导入。`,
  );

/** Maps header cells to fields; refuses a sheet without the columns a case needs. */
function mapHeader(name: string, header: string[]): Map<number, (typeof COLUMNS)[number]> {
  const map = new Map<number, (typeof COLUMNS)[number]>();
  header.forEach((cell, i) => {
    const title = cell.replace(/[\s\u3000*＊]/g, '');
    const column = COLUMNS.find((c) => c.headers.includes(title));
    if (column && ![...map.values()].includes(column)) map.set(i, column);
  });
  const missing = COLUMNS.filter((c) => c.required && ![...map.values()].includes(c)).map(
    (c) => c.headers[0],
  );
  if (missing.length) {
    throw new AppError(
      'BAD_FILE',
      `案例清单“${name}”缺少必需的列：${missing.join('、')}。第一行应为列名，可下载模板对照（列名：${COLUMNS.map((c) => c.headers[0]).join('、')}）。`,
    );
  }
  return map;
}

/** Zod's field paths as the column names the user sees in the sheet. */
function describeWithHeaders(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => {
      const column =
        COLUMNS.find((c) => c.field === issue.path[0])?.headers[0] ?? String(issue.path[0] ?? '');
      const message = /[\u4e00-\u9fff]/.test(issue.message)
        ? issue.message
        : describeZodError(new z.ZodError([issue]));
      return `“${column}”列：${message.replace(/^字段 [\w.]+：/, '')}`;
    })
    .join('；');
}

function rowsToCases(name: string, table: string[][]): ListRow[] {
  const [header, ...rows] = table;
  if (!header) throw new AppError('BAD_FILE', `案例清单“${name}”是空的。`);
  const map = mapHeader(name, header);
  return rows.map((cells, i) => {
    const where = `${name} 第 ${i + 2} 行`;
    const raw: Record<string, unknown> = {};
    for (const [index, column] of map) raw[column.field] = cellValue(column.field, cells[index] ?? '');
    const parsed = CaseContent.safeParse(raw);
    if (!parsed.success) return { name: where, error: `${where}：${describeWithHeaders(parsed.error)}` };
    return { name: where, case: raw as CaseContentInput };
  });
}

async function readXlsx(name: string, data: Uint8Array): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  const vetted = vetOfficeZip(name, data, 'Excel（.xlsx）文件');
  try {
    await workbook.xlsx.load(vetted as unknown as ArrayBuffer);
  } catch (e) {
    throw new AppError(
      'BAD_FILE',
      `案例清单“${name}”不是有效的 Excel（.xlsx）文件：文件已损坏，或是改了扩展名的其他格式（旧版 .xls 请先另存为 .xlsx）。`,
      { cause: (e as Error).message },
    );
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new AppError('BAD_FILE', `案例清单“${name}”中没有工作表。`);
  if (sheet.rowCount > MAX_LIST_ROWS + 1) throw tooManyRows(name);
  const table: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      const v = cell.value;
      cells[col - 1] = v instanceof Date ? v.toISOString().slice(0, 10) : (cell.text ?? '');
    });
    table.push(Array.from(cells, (c) => c ?? ''));
  });
  return table.filter((r) => r.some((c) => c.trim()));
}

function readJson(name: string, data: Uint8Array): ListRow[] {
  let value: unknown;
  try {
    value = JSON.parse(decodeText(name, data).text);
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError(
      'BAD_FILE',
      `文件“${name}”不是有效的 JSON（案鉴导出的案例数据）：内容不完整或格式有误。`,
      {
        cause: (e as Error).message,
      },
    );
  }
  const items: unknown[] = Array.isArray(value)
    ? value
    : value && typeof value === 'object' && Array.isArray((value as { cases?: unknown }).cases)
      ? (value as { cases: unknown[] }).cases
      : [value];
  if (items.length > MAX_LIST_ROWS) throw tooManyRows(name);
  return items.map((item, i) => {
    const where = `${name} 第 ${i + 1} 个案例`;
    const parsed = CaseContent.safeParse(item);
    if (!parsed.success) return { name: where, error: `${where}：${describeZodError(parsed.error)}` };
    return { name: where, case: parsed.data };
  });
}

/** Cases from a list file: .xlsx / .csv (columns by Chinese header) or 案鉴's own JSON. */
export async function readCaseList(
  name: string,
  kind: 'xlsx' | 'csv' | 'json',
  data: Uint8Array,
): Promise<ListRow[]> {
  if (kind === 'json') return readJson(name, data);
  const table =
    kind === 'xlsx'
      ? await readXlsx(name, data)
      : parseCsv(decodeText(name, data).text, MAX_LIST_ROWS + 1, () => tooManyRows(name));
  return rowsToCases(name, table);
}
