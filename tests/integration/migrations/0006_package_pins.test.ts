import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readUserVersion } from '../../../db/migrate';
import { libraryAtVersion, schemaObject, stepTo } from '../../helpers/migrationSteps';
import { tempDir, type TempDir } from '../../helpers/tempLibrary';

let tmp: TempDir;
beforeEach(() => (tmp = tempDir()));
afterEach(() => tmp.remove());

describe('migration 0006 package_pins (version 5 → 6)', () => {
  it('pins the signer of every package a version-5 library already installed, skipping unreadable records', () => {
    const db = libraryAtVersion(tmp, 5);
    const insert = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)');
    insert.run(
      'packages.installed.lib-a',
      JSON.stringify({
        version: 3,
        fingerprint: 'AAAA-BBBB',
        installedAt: '2025-05-01T00:00:00.000Z',
        changelog: '',
      }),
    );
    insert.run('packages.installed.lib-broken', '{not json');
    insert.run('packages.installed.lib-unsigned', JSON.stringify({ version: 1 }));
    insert.run('packages.trustedKeys', '[]');

    stepTo(db, 6);

    expect(readUserVersion(db)).toBe(6);
    expect(schemaObject(db, 'package_pins')?.sql).toContain('STRICT');
    expect(db.prepare('SELECT * FROM package_pins').all()).toEqual([
      {
        library_id: 'lib-a',
        fingerprint: 'AAAA-BBBB',
        signer_name: '',
        pinned_at: '2025-05-01T00:00:00.000Z',
      },
    ]);
    // The installed records stay: the pins are taken from them, not moved out of them.
    expect(
      db.prepare("SELECT count(*) AS n FROM settings WHERE key LIKE 'packages.installed.%'").get(),
    ).toEqual({
      n: 3,
    });
    db.close();
  });

  it('on a library without installed packages creates the empty table', () => {
    const db = libraryAtVersion(tmp, 5);
    stepTo(db, 6);
    expect(db.prepare('SELECT count(*) AS n FROM package_pins').get()).toEqual({ n: 0 });
    db.close();
  });
});
