import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLibraryWithRecovery } from '../../core/backup/recovery';
import { backupDirOf, listBackups } from '../../core/backup/store';
import { buildStarterLibrary } from '../../core/library/starter';
import { tempDir, type TempDir } from '../helpers/tempLibrary';

let tmp: TempDir;
beforeEach(() => (tmp = tempDir('anjian-backups-')));
afterEach(() => tmp.remove());

describe('backups belong to their library', () => {
  it('two libraries in one folder never see each other’s backups, and a new one is not taken for a lost one', async () => {
    buildStarterLibrary(tmp.path('a.sqlite')).close();
    buildStarterLibrary(tmp.path('b.sqlite')).close();
    const a = await openLibraryWithRecovery(tmp.path('a.sqlite'), {
      platform: { userDataDir: tmp.path('u') },
    });
    await a.call('backup.create', {});
    const aBackups = (await a.call('backup.list', {})).items;
    expect(aBackups.length).toBeGreaterThan(0);
    expect(backupDirOf(tmp.path('a.sqlite'))).toBe(tmp.path('backups/a.sqlite'));
    a.close();

    const b = await openLibraryWithRecovery(tmp.path('b.sqlite'), {
      platform: { userDataDir: tmp.path('u') },
    });
    const bNames = (await b.call('backup.list', {})).items.map((x) => x.name);
    expect(bNames.some((n) => aBackups.some((x) => x.name === n))).toBe(false);
    // b cannot restore a's backup by name.
    await expect(b.call('backup.restore', { name: aBackups[0]!.name })).rejects.toMatchObject({
      code: 'BAD_INPUT',
    });
    b.close();

    // A third library file that does not exist yet starts fresh: it has no backups "to restore".
    expect(listBackups(tmp.path('c.sqlite'))).toEqual([]);
    const c = await openLibraryWithRecovery(tmp.path('c.sqlite'), {
      platform: { userDataDir: tmp.path('u') },
    });
    expect((await c.call('library.health', {})).state).toBe('ok');
    c.close();
  });

  it('still lists a library’s own backups from the old shared folder, and only its own', () => {
    buildStarterLibrary(tmp.path('a.sqlite')).close();
    mkdirSync(tmp.path('backups'));
    copyFileSync(tmp.path('a.sqlite'), tmp.path('backups/a-2025-01-02T03-04-05-000Z-manual.sqlite'));
    copyFileSync(tmp.path('a.sqlite'), tmp.path('backups/ab-2025-01-02T03-04-05-000Z-manual.sqlite'));
    expect(listBackups(tmp.path('a.sqlite')).map((x) => x.name)).toEqual([
      'a-2025-01-02T03-04-05-000Z-manual.sqlite',
    ]);
    expect(listBackups(tmp.path('b.sqlite'))).toEqual([]);
    expect(existsSync(tmp.path('backups/a.sqlite'))).toBe(false);
  });
});
