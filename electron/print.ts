import { BrowserWindow } from 'electron';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PrintOptions } from '../core/service/context';

// Inches, as printToPDF takes them; the print HTML's own @page size wins (preferCSSPageSize).
const PAGE_SIZES = {
  A4: 'A4',
  A5: 'A5',
  B5: { width: 6.93, height: 9.84 },
  '16K': { width: 7.28, height: 10.24 },
} as const;

/**
 * Prints HTML to a PDF with Electron's printToPDF in an offscreen, sandboxed window without
 * JavaScript. The HTML goes through a temp file because a casebook with its embedded font is
 * larger than Chromium accepts in a data: URL.
 */
export async function electronPrintToPdf(
  html: string,
  path: string,
  options: PrintOptions,
): Promise<{ pages?: number }> {
  const dir = await mkdtemp(join(tmpdir(), 'anjian-print-'));
  const file = join(dir, 'print.html');
  await writeFile(file, html);
  const win = new BrowserWindow({
    show: false,
    webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false },
  });
  const abort = () => win.destroy();
  options.signal?.addEventListener('abort', abort);
  try {
    options.signal?.throwIfAborted();
    await win.loadFile(file);
    const pdf = await win.webContents.printToPDF({
      pageSize: PAGE_SIZES[options.pageSize],
      printBackground: true,
      preferCSSPageSize: true,
      generateDocumentOutline: options.outline ?? false,
      generateTaggedPDF: options.outline ?? false,
      displayHeaderFooter: options.displayHeaderFooter ?? false,
      headerTemplate: options.headerTemplate,
      footerTemplate: options.footerTemplate,
    });
    await writeFile(path, pdf);
    return {};
  } finally {
    options.signal?.removeEventListener('abort', abort);
    if (!win.isDestroyed()) win.destroy();
    await rm(dir, { recursive: true, force: true });
  }
}
