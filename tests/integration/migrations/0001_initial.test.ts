import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readUserVersion } from '../../../db/migrate';
import { insertOldCase, metaValue, stepTo } from '../../helpers/migrationSteps';
import { tempDir, type TempDir } from '../../helpers/tempLibrary';

let tmp: TempDir;
beforeEach(() => (tmp = tempDir()));
afterEach(() => tmp.remove());

describe('migration 0001 initial (empty file → 1)', () => {
  it('creates the tables, an identity for the library and revision 0, with no vocabulary yet', () => {
    const db = new Database(tmp.path('new.sqlite'));
    expect(readUserVersion(db)).toBe(0);

    stepTo(db, 1);

    expect(readUserVersion(db)).toBe(1);
    const tables = (
      db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as {
        name: string;
      }[]
    ).map((t) => t.name);
    for (const table of [
      'cases',
      'case_revisions',
      'tags',
      'notes',
      'highlights',
      'collections',
      'settings',
    ]) {
      expect(tables).toContain(table);
    }
    expect(metaValue(db, 'library_id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(metaValue(db, 'revision')).toBe('0');
    expect(db.prepare('SELECT count(*) AS n FROM loss_reasons').get()).toEqual({ n: 0 });
    // The year column is derived from the judgment date, so it can never disagree with it.
    insertOldCase(db, 'c1', '新案例');
    expect(db.prepare("SELECT year, status, revision FROM cases WHERE id = 'c1'").get()).toEqual({
      year: 2020,
      status: 'draft',
      revision: 1,
    });
    db.close();
  });
});
