import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildStarterLibrary } from '../../core/library/starter';
import { openService, type Service } from '../../core/service';
import type { ParseLimits } from '../../core/untrusted/parser';
import { penaltyJudgment } from '../fixtures/judgments/penalty';
import { bombEntry, docxBomb, hostilePackage, pdfPageTreeBomb, tinyDocx } from '../helpers/hostileFiles';
import { newKey } from '../helpers/packageForge';
import { serviceEachTest, type TempDir } from '../helpers/tempLibrary';

/**
 * Hostile files from the outside probe (issue 15), each built here: they are refused with a
 * Chinese message naming the file and what was wrong, the host answers other requests while
 * they are parsed (in the parse worker), and the library does not change.
 */

const b64 = (data: Uint8Array) => Buffer.from(data).toString('base64');

function serviceWithLimits(limits: { importFile?: ParseLimits; package?: ParseLimits }) {
  return (tmp: TempDir): Service => {
    const file = tmp.path('library.sqlite');
    buildStarterLibrary(file).close();
    return openService(file, { platform: { userDataDir: tmp.path('user-data'), parseLimits: limits } });
  };
}

/** What a user would notice changing: revision, case count, trusted keys, the file's bytes after a checkpoint. */
async function librarySnapshot(service: Service, file: string) {
  const info = await service.call('library.info', {});
  service.ctx.db.pragma('wal_checkpoint(TRUNCATE)');
  return {
    revision: info.revision,
    caseCount: info.caseCount,
    keys: await service.call('keys.list', {}),
    bytes: readFileSync(file).toString('base64'),
  };
}

describe('hostile documents in import.preview', () => {
  const lib = serviceEachTest(serviceWithLimits({}));

  it('refuses a 300 KB .docx whose document.xml inflates to 300 MB, and still reads the good file beside it', async () => {
    const file = lib.tmp.path('library.sqlite');
    const before = await librarySnapshot(lib.service, file);
    const bomb = docxBomb(300);
    expect(bomb.length).toBeLessThan(400 * 1024);
    const result = await lib.service.call('import.preview', {
      files: [
        { name: '炸弹.docx', dataBase64: b64(bomb) },
        {
          name: '正常.docx',
          dataBase64: b64(
            tinyDocx(penaltyJudgment.text.split('\n').join('</w:t></w:r></w:p><w:p><w:r><w:t>')),
          ),
        },
      ],
    });
    expect(result.failures.map((f) => f.name)).toEqual(['炸弹.docx']);
    expect(result.failures[0]!.message).toMatch(/“炸弹\.docx”.*word\/document\.xml.*解压后过大/);
    expect(result.drafts.map((d) => d.name)).toEqual(['正常.docx']);
    expect(await librarySnapshot(lib.service, file)).toEqual(before);
  });

  it('refuses a PDF whose page tree names one page 200,000 times, answering library.info meanwhile', async () => {
    const file = lib.tmp.path('library.sqlite');
    const before = await librarySnapshot(lib.service, file);
    const pdf = pdfPageTreeBomb(200_000);
    let settled = false;
    const running = lib.service.call('import.preview', {
      files: [
        { name: '页树.pdf', dataBase64: b64(pdf) },
        // The same tree behind a /Count of 1.
        { name: '藏起来的页树.pdf', dataBase64: b64(pdfPageTreeBomb(200_000, 1)) },
      ],
    });
    void running.finally(() => (settled = true));
    // The parse runs in the worker: the host answers while it is still going.
    const info = await lib.service.call('library.info', {});
    expect(info.revision).toBe(before.revision);
    expect(settled).toBe(false);
    const result = await running;
    expect(result.drafts).toEqual([]);
    expect(result.failures[0]!.message).toMatch(/“页树\.pdf”有 200000 页，超过了 1000 页的上限/);
    expect(result.failures[1]!.message).toMatch(/“藏起来的页树\.pdf”有 200000 页，超过了 1000 页的上限/);
    expect(await librarySnapshot(lib.service, file)).toEqual(before);
  });
});

describe('the parse worker stops a file at its deadline', () => {
  const lib = serviceEachTest(serviceWithLimits({ importFile: { deadlineMs: 400, memoryMb: 512 } }));

  it('terminates a parse that passes its deadline and reads the next file in a fresh worker', async () => {
    // 48 MB of judgment text: under every size cap, but several times the deadline to extract.
    const slow = Buffer.from(
      penaltyJudgment.text.repeat(Math.floor((48 << 20) / Buffer.byteLength(penaltyJudgment.text))),
    );
    const result = await lib.service.call('import.preview', {
      files: [
        { name: '慢.txt', dataBase64: b64(slow) },
        { name: '正常.txt', dataBase64: b64(Buffer.from(penaltyJudgment.text)) },
      ],
    });
    expect(result.failures.map((f) => f.name)).toEqual(['慢.txt']);
    expect(result.failures[0]!.message).toMatch(/“慢\.txt”在 0\.4 秒内没有读完，已停止读取并拒绝/);
    expect(result.drafts.map((d) => d.name)).toEqual(['正常.txt']);
  });
});

describe('the parse worker stops a file at its memory limit', () => {
  const lib = serviceEachTest(serviceWithLimits({ importFile: { deadlineMs: 60_000, memoryMb: 96 } }));

  it('terminates a parse that passes its heap limit (a 30 MB JSON list), changing nothing', async () => {
    const items = Array.from({ length: 12_000 }, (_, i) => ({ title: `${i}`.padEnd(2500, 'x') }));
    const json = Buffer.from(JSON.stringify(items));
    const before = await lib.service.call('library.info', {});
    const result = await lib.service.call('import.preview', {
      files: [{ name: '巨大清单.json', dataBase64: b64(json) }],
    });
    expect(result.failures.map((f) => f.name)).toEqual(['巨大清单.json']);
    expect(result.failures[0]!.message).toMatch(/读取文件“巨大清单\.json”需要的内存超过了 96 MB 的上限/);
    expect((await lib.service.call('library.info', {})).revision).toBe(before.revision);
  });
});

describe('hostile packages and paths in packages.inspect / packages.import', () => {
  const lib = serviceEachTest(serviceWithLimits({}));

  it('refuses a signed package declaring a 700 MB cases.json before inflating it', async () => {
    const file = lib.tmp.path('library.sqlite');
    const before = await librarySnapshot(lib.service, file);
    const path = lib.tmp.path('700mb.anjian');
    writeFileSync(path, hostilePackage(newKey(), bombEntry('cases.json', 700, '[')));
    for (const op of ['packages.inspect', 'packages.import'] as const) {
      const r = await lib.service.dispatch(
        op,
        op === 'packages.import' ? { path, trustSigner: true } : { path },
      );
      expect(r).toMatchObject({ ok: false, error: { code: 'BAD_PACKAGE' } });
      if (!r.ok)
        expect(r.error.message).toMatch(/700mb\.anjian.*cases\.json”解压后过大（声明 734003201 字节/);
    }
    expect(await librarySnapshot(lib.service, file)).toEqual(before);
  });

  it('stops an entry whose output passes the size it declares (1 KB declared, 300 MB inside)', async () => {
    const file = lib.tmp.path('library.sqlite');
    const before = await librarySnapshot(lib.service, file);
    const path = lib.tmp.path('liar.anjian');
    const liar = { ...bombEntry('cases.json', 300, '['), declaredSize: 1024 };
    writeFileSync(path, hostilePackage(newKey(), liar));
    const r = await lib.service.dispatch('packages.import', { path, trustSigner: true });
    expect(r).toMatchObject({ ok: false, error: { code: 'BAD_PACKAGE' } });
    if (!r.ok)
      expect(r.error.message).toMatch(/liar\.anjian.*“cases\.json”解压后的大小超过了它声明的 1024 字节/);
    expect(await librarySnapshot(lib.service, file)).toEqual(before);
  });

  it('reads only regular files: a FIFO, /dev/zero and a folder are refused at once; missing reads like unreadable', async () => {
    const fifo = lib.tmp.path('pipe.anjian');
    execFileSync('mkfifo', [fifo]);
    const folder = lib.tmp.path('folder.anjian');
    mkdirSync(folder);
    for (const path of [fifo, '/dev/zero', folder]) {
      const r = await lib.service.dispatch('packages.inspect', { path });
      expect(r).toMatchObject({ ok: false, error: { code: 'BAD_PACKAGE' } });
      if (!r.ok)
        expect(r.error.message).toBe(
          `无法读取案例包 ${path}：这不是一个普通文件（可能是文件夹、设备或管道）。`,
        );
    }
    for (const path of [fifo, '/dev/zero']) {
      expect(await lib.service.dispatch('keys.importSigning', { path })).toMatchObject({
        ok: false,
        error: {
          code: 'BAD_KEY',
          message: `无法读取密钥文件 ${path}：这不是一个普通文件（可能是文件夹、设备或管道）。`,
        },
      });
    }
    const missing = lib.tmp.path('missing.anjian');
    const r = await lib.service.dispatch('packages.inspect', { path: missing });
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'BAD_PACKAGE', message: `无法读取案例包 ${missing}：文件不存在或没有读取权限。` },
    });
  });
});

describe('a package read that passes its deadline', () => {
  const lib = serviceEachTest(serviceWithLimits({ package: { deadlineMs: 1, memoryMb: 512 } }));

  it('is terminated by the deadline event, answering PARSE_TIMEOUT and changing nothing', async () => {
    const path = lib.tmp.path('slow.anjian');
    writeFileSync(path, hostilePackage(newKey(), bombEntry('cases.json', 150, '[')));
    const before = await lib.service.call('library.info', {});
    const r = await lib.service.dispatch('packages.import', { path, trustSigner: true });
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'PARSE_TIMEOUT', details: { reason: 'deadline', limitMs: 1 } },
    });
    expect((await lib.service.call('library.info', {})).revision).toBe(before.revision);
  });
});
