import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listBackups } from '../../core/backup/store';
import { rawPublicKey } from '../../core/packages/crypto';
import { buildStarterLibrary } from '../../core/library/starter';
import { openService, type Service } from '../../core/service';
import { forgePackage, forgedCase, newKey } from '../helpers/packageForge';
import { tempDir, type TempDir } from '../helpers/tempLibrary';

/**
 * Issue 15, finding 3: a second trusted key, carrying another library's id and version
 * 1,000,000,000, replaced that library's cases and blocked the genuine office's next package.
 */
let tmp: TempDir;
let office: Service;
let officer: Service;
let libraryId: string;
let firstId: string;

const SAME_NAME = '测试签名者'; // the name the forged package claims, so names cannot tell them apart

beforeEach(async () => {
  tmp = tempDir('anjian-pin-');
  buildStarterLibrary(tmp.path('office.sqlite')).close();
  office = openService(tmp.path('office.sqlite'), { platform: { userDataDir: tmp.path('office-data') } });
  officer = openService(tmp.path('officer/library.sqlite'), {
    platform: { userDataDir: tmp.path('officer-data') },
  });
  await office.call('keys.create', { name: SAME_NAME });
  await office.call('packages.export', { path: tmp.path('v1.anjian'), version: 1 });
  await officer.call('packages.import', { path: tmp.path('v1.anjian'), trustSigner: true });
  libraryId = (await officer.call('packages.installed', {}))[0]!.libraryId;
  firstId = (await office.call('cases.list', { limit: 1, sort: 'title' })).items[0]!.id;
});
afterEach(() => {
  office.close();
  officer.close();
  tmp.remove();
});

describe('a signer is pinned per library', () => {
  it('refuses another trusted key signing for a pinned library; the library and its version are unchanged', async () => {
    const attacker = newKey();
    await officer.call('keys.trust', { publicKey: rawPublicKey(attacker), name: SAME_NAME });
    forgePackage(tmp.path('evil.anjian'), {
      key: attacker,
      libraryId,
      version: 1_000_000_000,
      cases: [forgedCase(firstId, '被替换的案例')],
    });
    const before = (await officer.call('library.info', {})).revision;
    const titleBefore = (await officer.call('cases.get', { id: firstId })).title;

    const inspected = await officer.call('packages.inspect', { path: tmp.path('evil.anjian') });
    expect(inspected.trusted).toBe(true);
    expect(inspected.pinned?.mismatch).toBe(true);
    for (const trustSigner of [false, true]) {
      const refused = await officer
        .call('packages.import', { path: tmp.path('evil.anjian'), trustSigner })
        .then(
          () => undefined,
          (e: unknown) => e as { code: string; message: string },
        );
      expect(refused?.code).toBe('SIGNER_MISMATCH');
      expect(refused?.message).toMatch(/签名者名称相同也不能代替指纹/);
    }
    expect((await officer.call('library.info', {})).revision).toBe(before);
    expect((await officer.call('cases.get', { id: firstId })).title).toBe(titleBefore);
    expect((await officer.call('packages.installed', {}))[0]!.version).toBe(1);

    // The genuine office's next package still installs (no OLDER_VERSION).
    await office.call('packages.export', { path: tmp.path('v2.anjian'), version: 2 });
    await officer.call('packages.import', { path: tmp.path('v2.anjian') });
    expect((await officer.call('packages.installed', {}))[0]!.version).toBe(2);
  });

  it('moves the pin only with explicit consent, after a backup', async () => {
    const successor = newKey();
    forgePackage(tmp.path('new-key.anjian'), { key: successor, libraryId, version: 2 });
    await expect(
      officer.call('packages.import', { path: tmp.path('new-key.anjian'), trustSigner: true }),
    ).rejects.toMatchObject({ code: 'SIGNER_MISMATCH' });
    const backupsBefore = listBackups(tmp.path('officer/library.sqlite')).length;
    await officer.call('packages.import', {
      path: tmp.path('new-key.anjian'),
      trustSigner: true,
      moveSignerPin: true,
    });
    expect(listBackups(tmp.path('officer/library.sqlite')).length).toBe(backupsBefore + 1);
    const again = await officer.call('packages.inspect', { path: tmp.path('new-key.anjian') });
    expect(again.pinned?.mismatch).toBe(false);
    // Now the old key is the stranger.
    await office.call('packages.export', { path: tmp.path('v3.anjian'), version: 3 });
    await expect(officer.call('packages.import', { path: tmp.path('v3.anjian') })).rejects.toMatchObject({
      code: 'SIGNER_MISMATCH',
    });
  });
});
