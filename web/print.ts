import type { PrintOptions } from '../core/service/context';
import { CHROMIUM_ARGS } from '../core/service/chromium';

const SIZES = {
  A4: { width: '210mm', height: '297mm' },
  A5: { width: '148mm', height: '210mm' },
  B5: { width: '176mm', height: '250mm' },
  '16K': { width: '185mm', height: '260mm' },
} as const;

/**
 * Prints HTML to PDF with a Chromium executable through Playwright (the same CDP
 * Page.printToPDF that Electron's printToPDF uses). The page is offline: every request the
 * print HTML might make is refused, so it prints only what it embeds (fonts included).
 */
export function chromiumPrinter(chromiumPath: string) {
  return async (html: string, path: string, options: PrintOptions): Promise<{ pages?: number }> => {
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({
      executablePath: chromiumPath,
      args: CHROMIUM_ARGS,
    });
    const abort = () => void browser.close();
    options.signal?.addEventListener('abort', abort);
    try {
      options.signal?.throwIfAborted();
      const page = await browser.newPage({ javaScriptEnabled: false });
      await page.route('**/*', (route) => route.abort());
      await page.setContent(html, { waitUntil: 'load', timeout: 120_000 });
      await page.pdf({
        path,
        ...SIZES[options.pageSize],
        printBackground: true,
        preferCSSPageSize: true,
        outline: options.outline ?? false,
        tagged: options.outline ?? false,
        displayHeaderFooter: options.displayHeaderFooter ?? false,
        headerTemplate: options.headerTemplate,
        footerTemplate: options.footerTemplate,
      });
      return {};
    } finally {
      options.signal?.removeEventListener('abort', abort);
      await browser.close();
    }
  };
}
