import Database from 'better-sqlite3';
import { migrate, readUserVersion } from '../../db/migrate';
import type { TempDir } from './tempLibrary';

/**
 * The pattern every migration test follows (tests/integration/migrations/NNNN_name.test.ts):
 * a raw library file stopped at version N−1, rows written the way that version stored them,
 * then exactly one step to N — not to the latest — so the test sees what N itself changed.
 */
export function libraryAtVersion(tmp: TempDir, version: number): Database.Database {
  const db = new Database(tmp.path(`v${version}.sqlite`));
  migrate(db, version);
  if (readUserVersion(db) !== version)
    throw new Error(`library stopped at ${readUserVersion(db)}, not ${version}`);
  return db;
}

/** Applies the one migration `version` to a library at `version − 1`. */
export function stepTo(db: Database.Database, version: number): void {
  if (readUserVersion(db) !== version - 1) {
    throw new Error(`stepTo(${version}) needs a library at ${version - 1}, found ${readUserVersion(db)}`);
  }
  migrate(db, version);
}

/** A case row as versions 1–4 store it: only the NOT NULL columns without defaults. */
export function insertOldCase(db: Database.Database, id: string, title: string): void {
  db.prepare(
    `INSERT INTO cases (id, title, category, outcome, judgment_date, created_at, updated_at)
     VALUES (?, ?, '行政处罚', '撤销', '2020-05-01', '2020-06-01', '2020-06-01')`,
  ).run(id, title);
}

export const metaValue = (db: Database.Database, key: string): string | undefined =>
  (db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined)?.value;

export const schemaObject = (
  db: Database.Database,
  name: string,
): { type: string; sql: string } | undefined =>
  db.prepare('SELECT type, sql FROM sqlite_master WHERE name = ?').get(name) as
    { type: string; sql: string } | undefined;
