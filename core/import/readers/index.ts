import { AppError } from '../../../db/errors';
import { MAX_FILE_BYTES, MAX_FILE_MB } from '../limits';
import { readDocx } from './docx';
import { readPdf } from './pdf';
import { decodeText } from './text';

export type DocumentKind = 'docx' | 'pdf' | 'txt';
export type ListKind = 'xlsx' | 'csv' | 'json';

export const extensionOf = (name: string): string => /\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';

export function kindOf(name: string): DocumentKind | ListKind {
  const ext = extensionOf(name);
  if (ext === 'docx' || ext === 'pdf' || ext === 'txt' || ext === 'xlsx' || ext === 'csv' || ext === 'json') {
    return ext;
  }
  if (ext === 'doc' || ext === 'wps') {
    throw new AppError('BAD_FILE', `文件“${name}”是旧版 Word/WPS 格式，请先另存为 .docx 后再导入。`);
  }
  throw new AppError(
    'BAD_FILE',
    `文件“${name}”的格式不受支持：可导入裁判文书 .docx、.pdf、.txt，或案例清单 .xlsx、.csv、.json。`,
  );
}

/** Refuses a file over the size limit before anything reads it. */
export function checkSize(name: string, bytes: number): void {
  if (bytes > MAX_FILE_BYTES) {
    const mb = (bytes / 1024 / 1024).toFixed(0);
    throw new AppError(
      'FILE_TOO_LARGE',
      `文件“${name}”过大（${mb} MB，上限 ${MAX_FILE_MB} MB）：裁判文书通常不超过 1 MB，请确认选择了正确的文件。`,
    );
  }
}

/** Line ends as \n and no NUL or BOM, so that offsets into the text are stable everywhere. */
export const normalizeNewlines = (text: string): string =>
  text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replaceAll(String.fromCharCode(0), '');

/** The plain text of one judgment document of any supported format. */
export async function readDocument(name: string, data: Uint8Array): Promise<string> {
  checkSize(name, data.byteLength);
  const kind = kindOf(name);
  let text: string;
  if (kind === 'docx') text = await readDocx(name, data);
  else if (kind === 'pdf') text = await readPdf(name, data);
  else if (kind === 'txt') text = decodeText(name, data).text;
  else throw new AppError('BAD_FILE', `文件“${name}”是案例清单，不是裁判文书。`);
  text = normalizeNewlines(text);
  if (!text.trim()) throw new AppError('BAD_FILE', `文件“${name}”没有文字内容。`);
  return text;
}
