import ExcelJS from 'exceljs';
import { COLUMNS } from './columns';
import { csvCell } from './csv';

/** A case-list template with every column and one example row, for people who fill lists in Excel/WPS. */
export async function listTemplate(format: 'xlsx' | 'csv'): Promise<{ name: string; data: Buffer }> {
  const headers = COLUMNS.map((c) => c.headers[0]!);
  const example = COLUMNS.map((c) => c.example);
  if (format === 'csv') {
    const text = [headers, example].map((row) => row.map(csvCell).join(',')).join('\r\n');
    // A BOM so that Excel on Windows opens the UTF-8 file as UTF-8.
    return { name: '案例清单模板.csv', data: Buffer.from(`\uFEFF${text}\r\n`, 'utf8') };
  }
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('案例清单');
  sheet.addRow(headers).font = { bold: true };
  sheet.addRow(example);
  sheet.columns.forEach((column, i) => {
    column.width = COLUMNS[i]?.required ? 24 : 16;
  });
  COLUMNS.forEach((c, i) => {
    if (c.required) sheet.getRow(1).getCell(i + 1).note = '必填';
  });
  const data = Buffer.from(await workbook.xlsx.writeBuffer());
  return { name: '案例清单模板.xlsx', data };
}
