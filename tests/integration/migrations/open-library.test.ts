import Database from 'better-sqlite3';
import { readdirSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLibrary } from '../../../db/connection';
import { LATEST_VERSION, migrate, readUserVersion } from '../../../db/migrate';
import { MIGRATIONS } from '../../../db/migrations';
import { tempDir, type TempDir } from '../../helpers/tempLibrary';

let tmp: TempDir;
beforeEach(() => (tmp = tempDir()));
afterEach(() => tmp.remove());

/**
 * What openLibrary does around the migrations (each migration's own step is tested in NNNN_name.test.ts):
 * new libraries at the latest version, old ones copied aside then brought up, newer ones refused.
 */
describe('opening a library migrates it', () => {
  it('creates a new library at the latest version with the taxonomy seeded', () => {
    const db = openLibrary(tmp.path('new.sqlite'));
    expect(readUserVersion(db)).toBe(LATEST_VERSION);
    const reasons = db.prepare('SELECT code, article FROM loss_reasons ORDER BY position').all();
    expect(reasons).toHaveLength(10);
    expect(reasons[0]).toEqual({ code: 'evidence', article: '行政诉讼法第七十条第一项' });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('copies a version-1 library that holds cases aside, then brings it to the latest version', () => {
    const file = tmp.path('v1.sqlite');
    const raw = new Database(file);
    migrate(raw, 1);
    raw
      .prepare(
        `INSERT INTO cases (id, title, category, outcome, created_at, updated_at)
         VALUES ('c1', '旧案例', '行政处罚', '撤销', '2020-01-01', '2020-01-01')`,
      )
      .run();
    expect(raw.prepare('SELECT count(*) AS n FROM loss_reasons').get()).toEqual({ n: 0 });
    raw.close();

    const db = openLibrary(file, { backupDir: tmp.path('backups') });
    expect(readUserVersion(db)).toBe(LATEST_VERSION);
    expect(db.prepare('SELECT count(*) AS n FROM loss_reasons').get()).toEqual({ n: 10 });
    expect(db.prepare('SELECT title FROM cases').all()).toEqual([{ title: '旧案例' }]);
    db.close();
    // The library was copied before it was migrated.
    const backups = readdirSync(tmp.path('backups'));
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatch(/^v1-v1-before-migration-.*\.sqlite$/);
    const copy = new Database(tmp.path(`backups/${backups[0]}`), { readonly: true });
    expect(readUserVersion(copy)).toBe(1);
    copy.close();
  });

  it('refuses a library made by a newer 案鉴 and leaves it untouched', () => {
    const file = tmp.path('future.sqlite');
    const raw = new Database(file);
    raw.pragma(`user_version = ${LATEST_VERSION + 5}`);
    raw.exec('CREATE TABLE future_table (x)');
    raw.close();
    expect(() => openLibrary(file)).toThrow(/较新版本的案鉴/);
    const after = new Database(file, { readonly: true });
    expect(readUserVersion(after)).toBe(LATEST_VERSION + 5);
    after.close();
  });

  it('every migration has its own step test in this folder (NNNN_name.test.ts)', () => {
    const files = readdirSync(import.meta.dirname);
    const missing = MIGRATIONS.map((m) => String(m.version).padStart(4, '0')).filter(
      (prefix) => !files.some((f) => f.startsWith(`${prefix}_`) && f.endsWith('.test.ts')),
    );
    expect(missing).toEqual([]);
  });
});
