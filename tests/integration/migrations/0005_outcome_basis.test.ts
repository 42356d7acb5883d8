import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readUserVersion } from '../../../db/migrate';
import { insertOldCase, libraryAtVersion, stepTo } from '../../helpers/migrationSteps';
import { tempDir, type TempDir } from '../../helpers/tempLibrary';

let tmp: TempDir;
beforeEach(() => (tmp = tempDir()));
afterEach(() => tmp.remove());

describe('migration 0005 outcome_basis (version 4 → 5)', () => {
  it('gives the cases of a version-4 library the basis "judgment" and refuses any other value', () => {
    const db = libraryAtVersion(tmp, 4);
    insertOldCase(db, 'c1', '旧案例一');
    insertOldCase(db, 'c2', '旧案例二');

    stepTo(db, 5);

    expect(readUserVersion(db)).toBe(5);
    expect(db.prepare('SELECT id, title, outcome_basis FROM cases ORDER BY id').all()).toEqual([
      { id: 'c1', title: '旧案例一', outcome_basis: 'judgment' },
      { id: 'c2', title: '旧案例二', outcome_basis: 'judgment' },
    ]);
    expect(() => db.prepare("UPDATE cases SET outcome_basis = 'guess' WHERE id = 'c1'").run()).toThrow(
      /CHECK constraint failed/,
    );
    db.prepare("UPDATE cases SET outcome_basis = 'library classification' WHERE id = 'c1'").run();
    expect(db.prepare("SELECT outcome_basis FROM cases WHERE id = 'c1'").get()).toEqual({
      outcome_basis: 'library classification',
    });
    db.close();
  });
});
