/** One judgment is a few hundred KB at most; anything much larger is a wrong file or a scan. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
export const MAX_FILE_MB = MAX_FILE_BYTES / 1024 / 1024;

/**
 * What a .docx or .xlsx may inflate to. A judgment's document.xml is a few MB at most; images
 * count towards the total. Checked while inflating (core/untrusted/unzip.ts), never trusted.
 */
export const OFFICE_ZIP_LIMITS = {
  maxEntries: 2000,
  maxEntryBytes: 32 * 1024 * 1024,
  maxTotalBytes: 128 * 1024 * 1024,
};

/** A judgment is tens of pages; a PDF far longer than this is not one (or is built to stall us). */
export const MAX_PDF_PAGES = 1000;
/** Characters of text taken from one document (a long judgment is ~200,000). */
export const MAX_TEXT_CHARS = 5_000_000;

/** Rows of one case list (.xlsx / .csv / JSON): an office's list is hundreds, a library thousands. */
export const MAX_LIST_ROWS = 20_000;
