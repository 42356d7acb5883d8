import { strFromU8, unzipSync } from 'fflate';

/** The main part (word/document.xml) of .docx bytes, to read what a downloaded 意见书 says. */
export function docxXmlOf(bytes: Uint8Array): string {
  const part = unzipSync(bytes, { filter: (f) => f.name === 'word/document.xml' })['word/document.xml'];
  if (!part) throw new Error('no word/document.xml in the download');
  return strFromU8(part);
}
