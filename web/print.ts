import type { PrintOptions } from '../core/service/context';

/**
 * Prints HTML to PDF with a Chromium executable through Playwright (the same CDP
 * Page.printToPDF that Electron's printToPDF uses). Filled in by the export work; the
 * function exists now so that the host wiring does not change.
 */
export function chromiumPrinter(chromiumPath: string) {
  return async (html: string, path: string, options: PrintOptions): Promise<{ pages?: number }> => {
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({
      executablePath: chromiumPath,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    try {
      const page = await browser.newPage();
      await page.setContent(html, { waitUntil: 'load' });
      await page.pdf({
        path,
        format: options.pageSize === '16K' ? undefined : options.pageSize,
        width: options.pageSize === '16K' ? '185mm' : undefined,
        height: options.pageSize === '16K' ? '260mm' : undefined,
        printBackground: true,
        preferCSSPageSize: true,
        displayHeaderFooter: options.displayHeaderFooter ?? false,
        headerTemplate: options.headerTemplate,
        footerTemplate: options.footerTemplate,
      });
      return {};
    } finally {
      await browser.close();
    }
  };
}
