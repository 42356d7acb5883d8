import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { openLibrary, type WritableDB } from '../../db/connection';
import { AppError } from '../../db/errors';
import { writeMeta } from '../../db/repos/meta';
import { caseIndexer } from '../search/indexer';
import { describeZodError } from '../service/validation';
import { createCase } from '../cases/write';
import { CaseFile } from './caseFile';

/** The bundled data/ folder, found from this file both in the source tree and in the built app. */
export const DEFAULT_DATA_DIR = join(import.meta.dirname, '..', '..', 'data');

const LibraryManifest = z.object({ libraryId: z.uuid(), name: z.string(), description: z.string() });

export interface StarterCase {
  file: string;
  data: CaseFile;
}

/** Reads and validates every case file; any bad file is reported by name and nothing is built. */
export function readStarterCases(dataDir = DEFAULT_DATA_DIR): StarterCase[] {
  const dir = join(dataDir, 'cases');
  const problems: string[] = [];
  const cases: StarterCase[] = [];
  for (const file of readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort()) {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    } catch (e) {
      problems.push(`${file}：不是有效的 JSON（${(e as Error).message}）`);
      continue;
    }
    const parsed = CaseFile.safeParse(raw);
    if (parsed.success) cases.push({ file, data: parsed.data });
    else problems.push(`${file}：${describeZodError(parsed.error)}`);
  }
  if (problems.length) throw new AppError('BAD_STARTER_LIBRARY', `起始案例库有误：\n${problems.join('\n')}`);
  return cases;
}

/** Builds a fresh library file from data/ (replacing `target` if it exists). */
export function buildStarterLibrary(target: string, dataDir = DEFAULT_DATA_DIR): WritableDB {
  const manifest = LibraryManifest.parse(JSON.parse(readFileSync(join(dataDir, 'library.json'), 'utf8')));
  const cases = readStarterCases(dataDir);
  for (const suffix of ['', '-wal', '-shm']) if (existsSync(target + suffix)) rmSync(target + suffix);
  const db = openLibrary(target);
  const now = new Date().toISOString();
  db.transaction(() => {
    writeMeta(db, 'library_id', manifest.libraryId);
    writeMeta(db, 'library_name', manifest.name);
    for (const { data } of cases) {
      const { id, ...content } = data;
      createCase({ db, index: caseIndexer }, id, content, { now, origin: 'starter', record: `起始案例 ${id}` });
    }
  })();
  return db;
}
