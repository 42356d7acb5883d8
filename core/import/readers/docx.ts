import mammoth from 'mammoth';
import { AppError } from '../../../db/errors';
import { vetOfficeZip } from './officeZip';

/** The text of a .docx, paragraph by paragraph (mammoth reads the document.xml of the zip, once the capped inflater has vetted it). */
export async function readDocx(name: string, data: Uint8Array): Promise<string> {
  if (!(data[0] === 0x50 && data[1] === 0x4b)) {
    throw new AppError(
      'BAD_FILE',
      `文件“${name}”不是有效的 Word（.docx）文档：文件已损坏，或是改了扩展名的其他格式（旧版 .doc 请先在 Word/WPS 中另存为 .docx）。`,
    );
  }
  const vetted = vetOfficeZip(name, data, 'Word（.docx）文档');
  try {
    const result = await mammoth.extractRawText({ buffer: vetted });
    // mammoth ends every paragraph with a blank line; one paragraph per line, as in a .txt.
    return result.value.replace(/\n\n/g, '\n');
  } catch (e) {
    throw new AppError(
      'BAD_FILE',
      `文件“${name}”无法作为 Word（.docx）文档读取：文件已损坏或不完整，请在 Word/WPS 中打开确认后另存为 .docx 再导入。`,
      { cause: (e as Error).message },
    );
  }
}
