import { BrowserWindow } from 'electron';
import { writeFile } from 'node:fs/promises';
import type { PrintOptions } from '../core/service/context';

const PAGE_SIZES = {
  A4: 'A4',
  A5: 'A5',
  B5: { width: 7.17, height: 10.12 },
  '16K': { width: 7.28, height: 10.24 },
} as const;

/** Prints HTML to a PDF with Electron's printToPDF in an offscreen, sandboxed window. */
export async function electronPrintToPdf(
  html: string,
  path: string,
  options: PrintOptions,
): Promise<{ pages?: number }> {
  const win = new BrowserWindow({
    show: false,
    webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false },
  });
  try {
    await win.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
    const pdf = await win.webContents.printToPDF({
      pageSize: PAGE_SIZES[options.pageSize],
      printBackground: true,
      preferCSSPageSize: true,
      displayHeaderFooter: options.displayHeaderFooter ?? false,
      headerTemplate: options.headerTemplate,
      footerTemplate: options.footerTemplate,
    });
    await writeFile(path, pdf);
    return {};
  } finally {
    win.destroy();
  }
}
