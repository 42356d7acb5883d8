import { strFromU8, unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { buildStarterLibrary } from '../../core/library/starter';
import { openService, type Service } from '../../core/service';
import { chromiumPrinter } from '../../web/print';
import type { TempDir } from './tempLibrary';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The starter library with the service over it, printing PDFs with Debian's Chromium as the web host does. */
export function starterServiceWithPrinter(tmp: TempDir): Service {
  const file = tmp.path('library.sqlite');
  buildStarterLibrary(file).close();
  return openService(file, {
    platform: { userDataDir: tmp.path('user-data'), printToPdf: chromiumPrinter(CHROMIUM_PATH) },
  });
}

/** The main part (word/document.xml) of a .docx file. */
export function docxXml(file: string): string {
  const part = unzipSync(new Uint8Array(readFileSync(file)), {
    filter: (f) => f.name === 'word/document.xml',
  })['word/document.xml'];
  if (!part) throw new Error(`${file} has no word/document.xml`);
  return strFromU8(part);
}
