import type { WritableDB } from '../../db/connection';
import type { WriteContext } from '../../db/repos/searchIndex';
import { ChosenPaths } from '../files/chosenPaths';
import type { FileAccess, FileRules } from '../files/pathPolicy';
import { SearchEngine } from '../search/engine';
import { caseIndexer } from '../search/indexer';
import type { ParseLimits } from '../untrusted/parser';
import type { JobHandle } from './jobs';

/** What a host (Electron main, web host, a test) provides that core cannot know by itself. */
export interface Platform {
  /** Folder for the user's own files (keys, exports when no path is given). */
  userDataDir: string;
  /** better_sqlite3.node for this runtime when it is not the default (Electron in development); used to open backups. */
  nativeBinding?: string;
  /** Chromium executable for printing PDFs outside Electron. */
  chromiumPath?: string;
  /** Prints HTML to a PDF file; Electron uses printToPDF, the web host and tests use Chromium via CDP. */
  printToPdf?: (html: string, path: string, options: PrintOptions) => Promise<{ pages?: number }>;
  /** Shows a finished export to the user: opens the file, or its folder with the file selected (desktop only). */
  revealPath?: (path: string, how: 'open' | 'folder') => Promise<void>;
  /** Asks where to save an export (native dialog); null when the user cancels. Absent in the browser. */
  chooseSavePath?: (suggestedName: string, extension: string) => Promise<string | null>;
  /** Asks which file to read (native open dialog); null when the user cancels. Absent in the browser. */
  chooseOpenPath?: (extensions: string[]) => Promise<string | null>;
  /** Who picks the files operations touch (core/files/pathPolicy.ts); scripts and tests: `trusted`. */
  fileAccess?: FileAccess;
  /** Limits of the worker that parses untrusted files (defaults in core/untrusted/parser.ts); tests lower them. */
  parseLimits?: { importFile?: ParseLimits; package?: ParseLimits };
}

export interface PrintOptions {
  /** Fallback only: print HTML states its own paper size in @page, which the printers prefer. */
  pageSize: 'A4' | 'A5' | 'B5' | '16K';
  /** Write PDF bookmarks from the h1–h6 headings (and a tagged PDF); the casebook reads them back for page numbers. */
  outline?: boolean;
  /** Aborting stops the print (the user cancelled the export); the printer then rejects. */
  signal?: AbortSignal;
  displayHeaderFooter?: boolean;
  headerTemplate?: string;
  footerTemplate?: string;
}

/** Everything a handler may use. Created once per opened library (createServiceContext). */
export interface ServiceContext {
  db: WritableDB;
  /** The handle with the case indexer: what every case write takes, so the index moves with the cases. */
  write: WriteContext;
  /** The library's one search engine, shared by search.* and stats scopes, so its caches are built once. */
  search: SearchEngine;
  libraryPath: string;
  platform: Platform;
  /** The path policy every file write and read meets (core/files/pathPolicy.ts). */
  files: FileRules;
}

export function createServiceContext(
  db: WritableDB,
  libraryPath: string,
  platform: Platform,
): ServiceContext {
  const files: FileRules = {
    access: platform.fileAccess ?? 'trusted',
    chosen: new ChosenPaths(),
    libraryPath,
    userDataDir: platform.userDataDir,
  };
  return {
    db,
    write: { db, index: caseIndexer },
    search: new SearchEngine(db),
    libraryPath,
    platform,
    files,
  };
}

/** Per call: progress and cancellation for long work; a no-op job for short calls. */
export interface CallContext {
  job: JobHandle;
}
