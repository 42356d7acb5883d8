import {
  closeSync,
  copyFileSync,
  mkdirSync,
  openSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLibraryWithRecovery } from '../../core/backup/recovery';
import { backupDirOf, listBackups, pruneBackups } from '../../core/backup/store';
import { buildStarterLibrary } from '../../core/library/starter';
import { openService } from '../../core/service';
import { sampleCase } from '../helpers/sampleCase';
import { tempDir, type TempDir } from '../helpers/tempLibrary';

let tmp: TempDir;
let library: string;
const platform = () => ({ userDataDir: tmp.path('user-data') });
const open = () => openService(library, { platform: platform() });

beforeEach(() => {
  tmp = tempDir('anjian-backup-');
  library = tmp.path('library.sqlite');
  buildStarterLibrary(library).close();
});
afterEach(() => tmp.remove());

describe('backups', () => {
  it('creates a backup with the online API and restores it in place, backing up the current state first', async () => {
    const service = open();
    try {
      const count = (await service.call('library.info', {})).caseCount;
      const backup = await service.call('backup.create', {});
      expect(backup.reason).toBe('manual');
      const added = await service.call('cases.save', { case: sampleCase({ title: '备份之后新增的案例' }) });
      const revisionBefore = (await service.call('library.info', {})).revision;

      const result = await service.call('backup.restore', { name: backup.name });
      expect((await service.call('library.info', {})).caseCount).toBe(count);
      expect(await service.dispatch('cases.get', { id: added.id })).toMatchObject({ ok: false });
      expect((await service.call('library.info', {})).revision).toBeGreaterThan(revisionBefore);
      const safety = (await service.call('backup.list', {})).items.find(
        (b) => b.name === result.safetyBackup,
      );
      expect(safety?.reason).toBe('before-restore');

      // The restore itself can be undone from its safety copy.
      await service.call('backup.restore', { name: result.safetyBackup });
      expect((await service.call('cases.get', { id: added.id })).title).toBe('备份之后新增的案例');
    } finally {
      service.close();
    }
  });

  it('refuses a backup name that points outside the backups folder', async () => {
    const service = open();
    try {
      const r = await service.dispatch('backup.restore', { name: '../library.sqlite' });
      expect(r).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    } finally {
      service.close();
    }
  });

  it('keeps the last 14 backups plus the newest of every month', () => {
    const dir = backupDirOf(library);
    mkdirSync(dir, { recursive: true });
    const day = 24 * 3600 * 1000;
    const start = Date.UTC(2025, 0, 1);
    // 60 daily backups, 1 January to 1 March 2025.
    for (let i = 0; i < 60; i++) {
      const file = join(dir, `library-x${String(i).padStart(3, '0')}-daily.sqlite`);
      writeFileSync(file, 'x');
      const t = new Date(start + i * day);
      utimesSync(file, t, t);
    }
    pruneBackups(library);
    const kept = listBackups(library);
    // The 14 newest (16 February – 1 March) already hold February's and March's newest; January adds its 31st.
    expect(kept).toHaveLength(14 + 1);
    expect(kept.at(-1)?.createdAt.slice(0, 10)).toBe('2025-01-31');
    const months = new Set(kept.map((b) => b.createdAt.slice(0, 7)));
    expect([...months].sort()).toEqual(['2025-01', '2025-02', '2025-03']);
  });
});

describe('start-up check and recovery', () => {
  it('takes the first backup of the day on a healthy start, and only one', async () => {
    const first = await openLibraryWithRecovery(library, { platform: platform() });
    first.close();
    const second = await openLibraryWithRecovery(library, { platform: platform() });
    expect(await second.call('library.health', {})).toMatchObject({ state: 'ok' });
    second.close();
    expect(listBackups(library).filter((b) => b.reason === 'daily')).toHaveLength(1);
  });

  it('a library that is not a database leads to recovery with the latest good backup, never an empty library', async () => {
    const healthy = await openLibraryWithRecovery(library, { platform: platform() });
    const count = (await healthy.call('library.info', {})).caseCount;
    healthy.close();
    rmSync(`${library}-wal`, { force: true });
    rmSync(`${library}-shm`, { force: true });
    writeFileSync(library, 'this is not a library, the disk ate it');

    const service = await openLibraryWithRecovery(library, { platform: platform() });
    const health = await service.call('library.health', {});
    expect(health.state).toBe('damaged');
    expect(health.backups.length).toBeGreaterThan(0);
    expect(await service.dispatch('cases.list', {})).toMatchObject({
      ok: false,
      error: { code: 'LIBRARY_DAMAGED' },
    });

    await service.call('backup.restore', { name: health.backups[0]!.name });
    expect((await service.call('library.info', {})).caseCount).toBe(count);
    expect(await service.call('library.health', {})).toMatchObject({ state: 'ok' });
    service.close();
  });

  it('a library with damaged pages fails the quick check and goes to recovery', async () => {
    (await openLibraryWithRecovery(library, { platform: platform() })).close();
    const size = statSync(library).size;
    const fd = openSync(library, 'r+');
    // Overwrite a stretch of b-tree pages past the header, keeping the file a "database".
    writeSync(fd, Buffer.alloc(16 * 4096, 0x5a), 0, 16 * 4096, Math.floor(size / 2 / 4096) * 4096);
    closeSync(fd);
    const service = await openLibraryWithRecovery(library, { platform: platform() });
    try {
      expect((await service.call('library.health', {})).state).toBe('damaged');
    } finally {
      service.close();
    }
  });

  it('a missing library with backups offers them instead of starting empty', async () => {
    (await openLibraryWithRecovery(library, { platform: platform() })).close();
    copyFileSync(library, tmp.path('elsewhere.sqlite'));
    for (const suffix of ['', '-wal', '-shm']) rmSync(library + suffix, { force: true });
    const service = await openLibraryWithRecovery(library, { platform: platform() });
    try {
      expect((await service.call('library.health', {})).state).toBe('missing');
    } finally {
      service.close();
    }
  });
});
