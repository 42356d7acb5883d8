import { AppError } from '../../db/errors';
import { draftsFromFile, type FileDrafts } from '../import/draftsFromFile';
import type { PackageContents } from '../packages/format';
import { readPackage } from '../packages/reader';

/** What the parse worker can be asked to do: read untrusted bytes into plain data, nothing else. */
export type ParseTask =
  { kind: 'importFile'; index: number; name: string; dataBase64: string } | { kind: 'package'; path: string };

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

export async function runTask(task: ParseTask): Promise<ParseResults[ParseTask['kind']]> {
  if (task.kind === 'importFile') return draftsFromFile(task.index, task);
  return readPackage(task.path);
}

export const toWire = (e: unknown): WireError =>
  e instanceof AppError
    ? { code: e.code, message: e.message, details: e.details }
    : { code: 'INTERNAL', message: (e as Error)?.message ?? String(e) };
