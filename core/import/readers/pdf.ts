import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AppError } from '../../../db/errors';
import { MAX_PDF_PAGES, MAX_TEXT_CHARS } from '../limits';
import { unifyRadicals } from './cjkRadicals';

interface TextItem {
  str: string;
  hasEOL: boolean;
  width: number;
  height: number;
  transform: number[];
}

interface PdfLine {
  text: string;
  left: number;
  right: number;
  size: number;
}

/**
 * Rebuilds paragraphs from printed lines: a line that runs to the right margin continues in the
 * next one (the PDF wrapped it); a shorter line ends its paragraph. Without this, names and
 * statute titles that wrap would be cut in two.
 */
function joinLines(lines: PdfLine[]): string {
  const right = Math.max(0, ...lines.map((l) => l.right));
  let out = '';
  for (const line of lines) {
    out += line.text;
    const full = line.right >= right - 1.5 * (line.size || 10);
    const sentenceEnd = /[。：:；;！？”"」）)]$/.test(line.text.trim()) && !full;
    out += full && !sentenceEnd ? '' : '\n';
  }
  return out;
}

/** Where pdfjs-dist keeps the CJK character maps: Chinese PDFs use CID fonts that need them. */
function pdfjsAssets(): { cMapUrl: string; standardFontDataUrl: string } {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return {
    cMapUrl: pathToFileURL(join(root, 'cmaps') + '/').href,
    standardFontDataUrl: pathToFileURL(join(root, 'standard_fonts') + '/').href,
  };
}

/**
 * A quick look at the raw bytes before pdf.js parses anything: a page tree node stating more
 * pages than the cap is refused at once. (A tree hidden in a compressed object stream is
 * caught by the same cap once pdf.js reports its page count.)
 */
function refuseHugePageTree(name: string, data: Uint8Array): void {
  const text = Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('latin1');
  for (const m of text.matchAll(/\/Count\s+(\d{1,12})/g)) {
    const count = Number(m[1]);
    if (count > MAX_PDF_PAGES) throw tooManyPages(name, count);
  }
  // A small /Count may hide a long Kids array: count its references (`n 0 R`) too.
  for (const m of text.matchAll(/\/Kids\s*\[([^\]]*)\]/g)) {
    const kids = m[1]!.match(/\bR\b/g)?.length ?? 0;
    if (kids > MAX_PDF_PAGES) throw tooManyPages(name, kids);
  }
}

const tooManyPages = (name: string, pages: number) =>
  new AppError(
    'BAD_FILE',
    `文件“${name}”有 ${pages} 页，超过了 ${MAX_PDF_PAGES} 页的上限：这不像一份裁判文书，已拒绝读取。`,
  );

/** Loads pdf.js ahead of the first file, so a parse deadline measures reading, not loading. */
export async function preloadPdf(): Promise<void> {
  await import('pdfjs-dist/legacy/build/pdf.mjs');
}

/**
 * The text layer of a PDF, page by page (pdfjs-dist's legacy build runs in plain Node). An
 * encrypted PDF or a scan without a text layer is refused with a message that says so, since
 * 案鉴 does no OCR.
 */
export async function readPdf(name: string, data: Uint8Array): Promise<string> {
  if (!(data[0] === 0x25 && data[1] === 0x50 && data[2] === 0x44 && data[3] === 0x46)) {
    throw new AppError('BAD_FILE', `文件“${name}”不是有效的 PDF 文档：文件已损坏或是改了扩展名的其他格式。`);
  }
  refuseHugePageTree(name, data);
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const assets = pdfjsAssets();
  const task = pdfjs.getDocument({
    data: new Uint8Array(data),
    cMapUrl: assets.cMapUrl,
    cMapPacked: true,
    standardFontDataUrl: assets.standardFontDataUrl,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (e) {
    const err = e as { name?: string; message?: string };
    if (err.name === 'PasswordException') {
      throw new AppError(
        'BAD_FILE',
        `文件“${name}”是加密（有密码保护）的 PDF，无法读取文字。请先去除密码后再导入。`,
      );
    }
    throw new AppError(
      'BAD_FILE',
      `文件“${name}”无法作为 PDF 读取：文件已损坏或不完整，请用 PDF 阅读器打开确认后再导入。`,
      { cause: err.message },
    );
  }
  try {
    // A page tree can name one small page hundreds of thousands of times; refuse before walking it.
    if (doc.numPages > MAX_PDF_PAGES) throw tooManyPages(name, doc.numPages);
    const pages: string[] = [];
    let chars = 0;
    for (let i = 1; i <= doc.numPages; i++) {
      const page = await doc.getPage(i);
      const content = await page.getTextContent();
      const lines: PdfLine[] = [];
      let current: PdfLine | undefined;
      for (const item of content.items as TextItem[]) {
        if (typeof item.str !== 'string') continue;
        const x = item.transform[4] ?? 0;
        if (!current) current = { text: '', left: x, right: x, size: item.height };
        current.text += item.str;
        if (item.str.trim()) current.right = Math.max(current.right, x + item.width);
        current.size = Math.max(current.size, item.height);
        if (item.hasEOL) {
          lines.push(current);
          current = undefined;
        }
      }
      if (current) lines.push(current);
      pages.push(unifyRadicals(joinLines(lines)));
      page.cleanup();
      chars += pages[pages.length - 1]!.length;
      if (chars > MAX_TEXT_CHARS) {
        throw new AppError(
          'BAD_FILE',
          `文件“${name}”的文字超过了 ${MAX_TEXT_CHARS} 个字符的上限：这不像一份裁判文书，已拒绝读取。`,
        );
      }
    }
    const text = pages.join('\n');
    if (text.replace(/\s/g, '').length < 20) {
      throw new AppError(
        'BAD_FILE',
        `文件“${name}”中没有可提取的文字（可能是扫描件或图片 PDF）。案鉴不做文字识别，请导入带文字层的 PDF、Word 文档或文本。`,
      );
    }
    return text;
  } finally {
    await doc.destroy();
  }
}
