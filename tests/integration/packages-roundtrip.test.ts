import { strToU8 } from 'fflate';
import { copyFileSync, existsSync, readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildStarterLibrary } from '../../core/library/starter';
import { openService, type Service } from '../../core/service';
import { forgePackage, forgedCase, rezip } from '../helpers/packageForge';
import { sampleCase } from '../helpers/sampleCase';
import { tempDir, type TempDir } from '../helpers/tempLibrary';

/**
 * The legal office and an officer each hold a copy of the same library. The office edits,
 * adds and withdraws cases and exports a signed package; the officer, who has tagged, starred,
 * noted and edited cases of their own, inspects and imports it.
 */
let tmp: TempDir;
let office: Service;
let officer: Service;
let caseA: string; // updated by the office; the officer only annotated it
let caseB: string; // updated by the office and edited by the officer too
let caseGone: string; // withdrawn by the office
let added: string;
let packageV1: string;

const revisionOf = async (s: Service) => (await s.call('library.info', {})).revision;

beforeAll(async () => {
  tmp = tempDir('anjian-packages-');
  buildStarterLibrary(tmp.path('office.sqlite')).close();
  copyFileSync(tmp.path('office.sqlite'), tmp.path('officer.sqlite'));
  office = openService(tmp.path('office.sqlite'), { platform: { userDataDir: tmp.path('office-data') } });
  officer = openService(tmp.path('officer.sqlite'), { platform: { userDataDir: tmp.path('officer-data') } });
  const list = await office.call('cases.list', { limit: 3, sort: 'title' });
  [caseA, caseB, caseGone] = list.items.map((c) => c.id) as [string, string, string];
});
afterAll(() => {
  office.close();
  officer.close();
  tmp.remove();
});

describe('library packages between two copies of a library', () => {
  it('the office creates its key once and exports a signed package', async () => {
    const key = await office.call('keys.create', { name: '某市司法局行政应诉科' });
    expect(key.fingerprint).toMatch(/^([0-9A-F]{4} ){9}[0-9A-F]{4}$/);
    await expect(office.call('keys.create', { name: '又一个' })).rejects.toMatchObject({
      code: 'KEY_EXISTS',
    });

    for (const id of [caseA, caseB]) {
      const c = await office.call('cases.get', { id });
      await office.call('cases.save', { id, case: { ...c, analysis: `${c.analysis}\n\n法制科补充评析。` } });
    }
    await office.call('cases.trash', { id: caseGone });
    added = (await office.call('cases.save', { case: sampleCase({ title: '新发布的测试案例' }) })).id;
    // The office's own synonyms travel with the package.
    const table = await office.call('search.synonyms', {});
    await office.call('search.saveSynonyms', {
      groups: [...table.groups.map((g) => (g.includes('征收') ? [...g, '土地征收'] : g)), ['咸货', '盐务']],
    });

    packageV1 = tmp.path('第1版.anjian');
    const result = await office.call('packages.export', {
      path: packageV1,
      changelog: '补充两篇评析，新增一案，撤回一案',
    });
    expect(result).toMatchObject({ version: 1, withdrawn: 1, fingerprint: key.fingerprint });
  });

  it('the officer sees signer, version and changes before anything is written, and an unknown signer is refused', async () => {
    // The officer's own work on the cases the package will update.
    const tag = await officer.call('tags.create', { name: '重点学习' });
    await officer.call('tags.assign', { caseId: caseA, tagId: tag.id });
    await officer.call('cases.star', { id: caseA, starred: true });
    await officer.call('notes.save', { caseId: caseA, body: '我的笔记：下周培训要讲' });
    const b = await officer.call('cases.get', { id: caseB });
    await officer.call('cases.save', { id: caseB, case: { ...b, lessons: '执法人员本地补充的启示' } });
    const own = await officer.call('search.synonyms', {});
    await officer.call('search.saveSynonyms', { groups: [...own.groups, ['拆违', '违法建筑拆除']] });

    const before = await revisionOf(officer);
    const preview = await officer.call('packages.inspect', { path: packageV1 });
    expect(preview).toMatchObject({ version: 1, trusted: false, older: false, installedVersion: null });
    expect(preview.signer.fingerprint).toBe((await office.call('keys.info', {})).fingerprint);
    expect(preview.changes.added.map((c) => c.id)).toEqual([added]);
    expect(preview.changes.updated.map((c) => [c.id, c.localEdits]).sort()).toEqual(
      [
        [caseA, false],
        [caseB, true],
      ].sort(),
    );
    expect(preview.changes.withdrawn.map((c) => c.id)).toEqual([caseGone]);

    const refused = await officer.dispatch('packages.import', { path: packageV1 });
    expect(refused).toMatchObject({ ok: false, error: { code: 'UNTRUSTED_SIGNER' } });
    if (!refused.ok) expect(refused.error.message).toContain(preview.signer.fingerprint);
    expect(await revisionOf(officer)).toBe(before);
  });

  it('imports after the officer chooses to trust the signer, keeping notes, tags, stars and local edits', async () => {
    const counts = await officer.call('packages.import', { path: packageV1, trustSigner: true });
    expect(counts).toEqual({ added: 1, updated: 2, withdrawn: 1 });

    const a = await officer.call('cases.get', { id: caseA });
    expect(a.analysis).toContain('法制科补充评析');
    expect(a.starred).toBe(true);
    expect(a.tags.map((t) => t.name)).toEqual(['重点学习']);
    expect((await officer.call('notes.list', { caseId: caseA }))[0]?.body).toBe('我的笔记：下周培训要讲');

    const b = await officer.call('cases.get', { id: caseB });
    expect(b.analysis).toContain('法制科补充评析');
    const history = await officer.call('cases.revisions', { id: caseB });
    const kept = await officer.call('cases.revision', { id: caseB, revision: history[0]!.revision });
    expect(history[0]!.reason).toBe('package:kept-local-edits');
    expect(kept.lessons).toBe('执法人员本地补充的启示');

    const synonyms = (await officer.call('search.synonyms', {})).groups;
    expect(synonyms).toContainEqual(['咸货', '盐务']);
    expect(synonyms).toContainEqual(['拆违', '违法建筑拆除']);
    expect(synonyms.find((g) => g.includes('征收'))).toEqual(
      expect.arrayContaining(['征地', '拆迁', '土地征收']),
    );

    expect((await officer.call('cases.get', { id: caseGone })).deletedAt).not.toBeNull();
    expect((await officer.call('cases.get', { id: added })).title).toBe('新发布的测试案例');
    expect((await officer.call('keys.list', {})).map((k) => k.name)).toEqual(['某市司法局行政应诉科']);
    expect((await officer.call('backup.list', {})).items.map((i) => i.reason)).toContain('before-package');
  });

  it('a later package from a trusted signer imports directly; an older one is refused', async () => {
    const c = await office.call('cases.get', { id: caseA });
    await office.call('cases.save', { id: caseA, case: { ...c, title: `${c.title}（修订）` } });
    const v2 = tmp.path('第2版.anjian');
    expect((await office.call('packages.export', { path: v2 })).version).toBe(2);
    // Nothing the officer did since the last import: caseA is not a local edit any more.
    const preview = await officer.call('packages.inspect', { path: v2 });
    expect(preview).toMatchObject({
      trusted: true,
      installedVersion: 1,
      counts: { updated: 1, localEdits: 0 },
    });
    expect(await officer.call('packages.import', { path: v2 })).toEqual({
      added: 0,
      updated: 1,
      withdrawn: 0,
    });

    const before = await revisionOf(officer);
    const old = await officer.dispatch('packages.import', { path: packageV1 });
    expect(old).toMatchObject({ ok: false, error: { code: 'OLDER_VERSION' } });
    expect(await revisionOf(officer)).toBe(before);
  });

  it('refuses a tampered package, naming what was changed, and changes nothing', async () => {
    const before = await revisionOf(officer);
    const tamperedCases = tmp.path('tampered-cases.anjian');
    rezip(packageV1, tamperedCases, (entries) => {
      const text = new TextDecoder().decode(entries['cases.json']).replace('法制科补充评析', '篡改后的评析');
      return { ...entries, 'cases.json': strToU8(text) };
    });
    const r1 = await officer.dispatch('packages.import', { path: tamperedCases, trustSigner: true });
    expect(r1).toMatchObject({ ok: false, error: { code: 'SIGNATURE_INVALID' } });
    if (!r1.ok) expect(r1.error.message).toContain('cases.json 与签名不符');

    const tamperedManifest = tmp.path('tampered-manifest.anjian');
    rezip(packageV1, tamperedManifest, (entries) => {
      const text = new TextDecoder()
        .decode(entries['manifest.json'])
        .replace('"version": 1', '"version": 99');
      return { ...entries, 'manifest.json': strToU8(text) };
    });
    const r2 = await officer.dispatch('packages.inspect', { path: tamperedManifest });
    expect(r2).toMatchObject({ ok: false, error: { code: 'SIGNATURE_INVALID' } });
    expect(await revisionOf(officer)).toBe(before);
  });

  it('refuses a zip-slip package and writes nothing outside the library', async () => {
    const before = await revisionOf(officer);
    const slip = tmp.path('zip-slip.anjian');
    forgePackage(slip, { extra: { '../../evil.json': strToU8('{"pwned":true}') } });
    const result = await officer.dispatch('packages.import', { path: slip, trustSigner: true });
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_PACKAGE' } });
    if (!result.ok) expect(result.error.message).toContain('路径不安全');
    expect(existsSync(tmp.path('../../evil.json'))).toBe(false);
    expect(readdirSync(tmp.dir).some((n) => n.includes('evil'))).toBe(false);
    expect(await revisionOf(officer)).toBe(before);
  });

  it('refuses a validly signed package with a bad record, naming the record and field', async () => {
    const bad = tmp.path('bad-record.anjian');
    const { title: _title, ...noTitle } = forgedCase('forged-2', '无标题');
    forgePackage(bad, { cases: [forgedCase('forged-1', '好案例'), noTitle] });
    const result = await officer.dispatch('packages.import', { path: bad, trustSigner: true });
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_PACKAGE' } });
    if (!result.ok) expect(result.error.message).toMatch(/第 2 条记录.*title/);
    expect(await officer.dispatch('cases.get', { id: 'forged-1' })).toMatchObject({ ok: false });
  });
});
