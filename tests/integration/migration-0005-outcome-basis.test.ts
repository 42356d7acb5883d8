import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLibrary } from '../../db/connection';
import { migrate, readUserVersion } from '../../db/migrate';
import { getCase } from '../../db/repos/cases';
import { tempDir, type TempDir } from '../helpers/tempLibrary';

let tmp: TempDir;
beforeEach(() => (tmp = tempDir()));
afterEach(() => tmp.remove());

describe('migration 0005 outcome_basis', () => {
  it('gives cases of a version-4 library the basis "judgment" and refuses any other value', () => {
    const file = tmp.path('v4.sqlite');
    const raw = new Database(file);
    migrate(raw, 4);
    const insert = raw.prepare(
      `INSERT INTO cases (id, title, category, outcome, created_at, updated_at)
       VALUES (?, ?, '行政处罚', ?, '2020-01-01', '2020-01-01')`,
    );
    insert.run('c1', '旧案例一', '撤销');
    insert.run('c2', '旧案例二', '确认违法');
    raw.close();

    const db = openLibrary(file, { backupDir: tmp.path('backups') });
    expect(readUserVersion(db)).toBeGreaterThanOrEqual(5);
    expect(db.prepare('SELECT id, outcome_basis FROM cases ORDER BY id').all()).toEqual([
      { id: 'c1', outcome_basis: 'judgment' },
      { id: 'c2', outcome_basis: 'judgment' },
    ]);
    expect(getCase(db, 'c2')).toMatchObject({ outcome: '确认违法', outcomeBasis: 'judgment' });
    expect(() => db.prepare("UPDATE cases SET outcome_basis = 'guess' WHERE id = 'c1'").run()).toThrow(
      /CHECK constraint failed/,
    );
    db.prepare("UPDATE cases SET outcome_basis = 'library classification' WHERE id = 'c1'").run();
    expect(getCase(db, 'c1')?.outcomeBasis).toBe('library classification');
    db.close();
  });
});
