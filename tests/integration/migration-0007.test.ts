import Database from 'better-sqlite3';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openLibrary } from '../../db/connection';
import { migrate, readUserVersion } from '../../db/migrate';
import { listPins } from '../../db/repos/packagePins';
import { tempDir, type TempDir } from '../helpers/tempLibrary';

let tmp: TempDir;
beforeEach(() => (tmp = tempDir()));
afterEach(() => tmp.remove());

it('0007 pins the signer of every package a version-6 library already installed', () => {
  const file = tmp.path('v6.sqlite');
  const raw = new Database(file);
  migrate(raw, 6);
  const insert = raw.prepare('INSERT INTO settings (key, value) VALUES (?, ?)');
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
  insert.run('packages.trustedKeys', '[]');
  raw.close();

  const db = openLibrary(file, { backupDir: tmp.path('backups') });
  expect(readUserVersion(db)).toBeGreaterThanOrEqual(7);
  expect(listPins(db)).toEqual([
    { libraryId: 'lib-a', fingerprint: 'AAAA-BBBB', signerName: '', pinnedAt: '2025-05-01T00:00:00.000Z' },
  ]);
  db.close();
});
