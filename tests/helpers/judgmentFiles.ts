import { Document, Packer, Paragraph, TextRun } from 'docx';
import iconv from 'iconv-lite';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/harness';

/** A .docx of the text, one paragraph per line, as a court's Word template would hold it. */
export async function judgmentDocx(text: string): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        children: text
          .split('\n')
          .map(
            (line) => new Paragraph({ children: [new TextRun({ text: line, font: 'SimSun', size: 28 })] }),
          ),
      },
    ],
  });
  return Buffer.from(await Packer.toBuffer(doc));
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Prints HTML to PDF in Debian Chromium, the way the app prints (CDP Page.printToPDF). */
export async function printPdf(html: string): Promise<Buffer> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.setContent(html);
    return await page.pdf({ format: 'A4', printBackground: true });
  } finally {
    await browser.close();
  }
}

/** A PDF of the judgment with a text layer, one paragraph per line, in a CJK font. */
export function judgmentPdf(text: string): Promise<Buffer> {
  const body = text
    .split('\n')
    .map((line) => `<p>${escapeHtml(line) || '&nbsp;'}</p>`)
    .join('');
  return printPdf(
    `<!doctype html><html><head><meta charset="utf-8"><style>body{font-family:"Noto Serif CJK SC","Noto Sans CJK SC",serif;font-size:14pt}p{margin:0 0 4pt}</style></head><body>${body}</body></html>`,
  );
}

/** A scan-like PDF: shapes, no text layer. */
export const imageOnlyPdf = (): Promise<Buffer> =>
  printPdf(
    '<!doctype html><html><body><svg width="500" height="700"><rect x="20" y="20" width="400" height="30" fill="#333"/><rect x="20" y="80" width="450" height="12" fill="#777"/><rect x="20" y="100" width="430" height="12" fill="#777"/></svg></body></html>',
  );

/** The judgment as Windows Notepad saved Chinese text for years: GBK, CRLF line ends. */
export const judgmentGbk = (text: string): Buffer => iconv.encode(text.replace(/\n/g, '\r\n'), 'gbk');

/**
 * A PDF protected by the standard security handler with an unknown user password: the /Encrypt
 * dictionary's O and U entries match no password, so a reader must ask for one.
 */
export function encryptedPdf(): Buffer {
  const hex = (n: number) =>
    Array.from({ length: n }, (_, i) => ((i * 37 + 11) % 256).toString(16).padStart(2, '0')).join('');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
    `<< /Filter /Standard /V 1 /R 2 /O <${hex(32)}> /U <${hex(32).split('').reverse().join('')}> /P -44 >>`,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((obj, i) => {
    offsets.push(Buffer.byteLength(body));
    body += `${i + 1} 0 obj\n${obj}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body);
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) body += `${String(off).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<${hex(16)}> <${hex(16)}>] >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}
