import { AppError } from '../../db/errors';
import type { FileDrafts } from '../import/draftsFromFile';
import type { PackageContents } from '../packages/format';

/** What the parse worker can be asked to do: read untrusted bytes into plain data, nothing else. */
export type ParseTask =
  | { kind: 'importFile'; index: number; name: string; data: Uint8Array }
  | { kind: 'importText'; name: string; text: string }
  | { kind: 'package'; path: string };

export interface ParseResults {
  importFile: FileDrafts;
  importText: FileDrafts;
  package: PackageContents;
}

/** Workers come in two kinds, by the readers they load: documents (files and pasted text) and packages. */
export type WorkerKind = 'importFile' | 'package';

/** An error as it crosses the thread boundary (an AppError keeps its code and message). */
export interface WireError {
  code: string;
  message: string;
  details?: unknown;
}

const WARM_UP_TEXT = [
  '某市中级人民法院',
  '行政判决书',
  '（2020）测01行初1号',
  '原告某公司，住所地某市。',
  '被告某市市场监督管理局，住所地某市。',
  '原告不服被告作出的行政处罚决定，向本院提起行政诉讼。',
  '依照《中华人民共和国行政诉讼法》第七十条第三项之规定，判决如下：',
  '撤销被告作出的行政处罚决定。',
  '二〇二〇年五月十二日',
].join('\n');

/** Loads the readers a kind of task needs (the heavy ones, pdf.js included, only for documents). */
export async function loadReaders(kind: WorkerKind): Promise<void> {
  if (kind === 'importFile') {
    const { draftsFromText } = await import('../import/draftsFromFile');
    const { preloadPdf } = await import('../import/readers/pdf');
    await preloadPdf();
    // One small extraction, so what the extractor builds on first use is not charged to a file.
    draftsFromText('warm-up', WARM_UP_TEXT);
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
  if (task.kind === 'importText') {
    const { draftsFromText } = await import('../import/draftsFromFile');
    return draftsFromText(task.name, task.text);
  }
  const { readPackage } = await import('../packages/reader');
  return readPackage(task.path);
}

export const toWire = (e: unknown): WireError =>
  e instanceof AppError
    ? { code: e.code, message: e.message, details: e.details }
    : { code: 'INTERNAL', message: (e as Error)?.message ?? String(e) };
