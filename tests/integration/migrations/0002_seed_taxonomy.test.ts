import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readUserVersion } from '../../../db/migrate';
import { insertOldCase, libraryAtVersion, stepTo } from '../../helpers/migrationSteps';
import { tempDir, type TempDir } from '../../helpers/tempLibrary';

let tmp: TempDir;
beforeEach(() => (tmp = tempDir()));
afterEach(() => tmp.remove());

describe('migration 0002 seed-taxonomy (version 1 → 2)', () => {
  it('seeds the ten loss reasons and twelve enforcement steps in order, keeping the cases', () => {
    const db = libraryAtVersion(tmp, 1);
    insertOldCase(db, 'c1', '旧案例');
    expect(db.prepare('SELECT count(*) AS n FROM loss_reasons').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM enforcement_steps').get()).toEqual({ n: 0 });

    stepTo(db, 2);

    expect(readUserVersion(db)).toBe(2);
    const reasons = db.prepare('SELECT code, name, article FROM loss_reasons ORDER BY position').all();
    expect(reasons).toHaveLength(10);
    expect(reasons[0]).toEqual({
      code: 'evidence',
      name: '主要证据不足',
      article: '行政诉讼法第七十条第一项',
    });
    expect(reasons[9]).toMatchObject({ code: 'agreement-breach', article: '行政诉讼法第七十八条' });
    const steps = db.prepare('SELECT code, name FROM enforcement_steps ORDER BY position').all();
    expect(steps).toHaveLength(12);
    expect(steps[0]).toEqual({ code: 'authority', name: '职权与主体' });
    expect(steps[11]).toEqual({ code: 'compensation', name: '补偿与赔偿' });
    expect(db.prepare('SELECT id, title, outcome FROM cases').all()).toEqual([
      { id: 'c1', title: '旧案例', outcome: '撤销' },
    ]);
    // The seeded codes are what the link tables reference: an old case can now be given a reason.
    db.prepare("INSERT INTO case_loss_reasons (case_id, code, position) VALUES ('c1', 'procedure', 0)").run();
    db.close();
  });
});
