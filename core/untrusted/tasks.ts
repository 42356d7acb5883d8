import { AppError } from '../../db/errors';
import type { FileDrafts } from '../import/draftsFromFile';
import type { PackageContents } from '../packages/format';

/** What the parse worker can be asked to do: read untrusted bytes into plain data, nothing else. */
export type ParseTask =
  { kind: 'importFile'; index: number; name: string; data: Uint8Array } | { kind: 'package'; path: string };

export interface ParseResults {
  importFile: FileDrafts;
  package: PackageContents;
}

/** An error as it crosses the thread boundary (an AppError keeps its code and message). */
export interface WireError {
  code: string;
  message: string;
  details?: unknown;
}

/** Loads the readers a kind of task needs (the heavy ones, pdf.js included, only for documents). */
export async function loadReaders(kind: ParseTask['kind']): Promise<void> {
  if (kind === 'importFile') {
    await import('../import/draftsFromFile');
    const { preloadPdf } = await import('../import/readers/pdf');
    await preloadPdf();
  } else {
    await import('../packages/reader');
  }
}

export async function runTask(task: ParseTask): Promise<ParseResults[ParseTask['kind']]> {
  // Loaded on first use, so a worker that reads packages never loads the document readers.
  if (task.kind === 'importFile') {
    const { draftsFromFile } = await import('../import/draftsFromFile');
    return draftsFromFile(task.index, task);
  }
  const { readPackage } = await import('../packages/reader');
  return readPackage(task.path);
}

export const toWire = (e: unknown): WireError =>
  e instanceof AppError
    ? { code: e.code, message: e.message, details: e.details }
    : { code: 'INTERNAL', message: (e as Error)?.message ?? String(e) };
