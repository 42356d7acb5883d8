import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildStarterLibrary } from '../../core/library/starter';
import { openService, type Service } from '../../core/service';
import { startWebHost } from '../../web/server';
import { tempDir, type TempDir } from '../helpers/tempLibrary';

let tmp: TempDir;
let service: Service;
let library: string;

beforeEach(async () => {
  tmp = tempDir('anjian-paths-');
  library = tmp.path('library.sqlite');
  buildStarterLibrary(library).close();
  service = openService(library, { platform: { userDataDir: tmp.path('user-data') } });
  await service.call('keys.create', { name: '某市司法局' });
});
afterEach(() => {
  service.close();
  tmp.remove();
});

/** What a user would notice of the library: its revision, its cases, and that a save still sticks. */
async function snapshot(s: Service) {
  const info = await s.call('library.info', {});
  const list = await s.call('cases.list', { limit: 1000 });
  return { revision: info.revision, ids: list.items.map((c) => c.id).join(',') };
}

async function refusal(work: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await work;
  } catch (e) {
    return e as { code: string; message: string };
  }
  throw new Error('expected a refusal');
}

describe('path policy through the service (desktop and scripts)', () => {
  it('refuses a package written onto the open library, its -wal/-shm or the backups folder; the library is unchanged', async () => {
    const before = await snapshot(service);
    const size = readFileSync(library).length;
    mkdirSync(tmp.path('backups'), { recursive: true });
    for (const path of [
      library,
      `${library}-wal`,
      `${library}-shm`,
      tmp.path('backups/x.anjian'),
      tmp.path('user-data/x.anjian'),
    ]) {
      const e = await refusal(service.call('packages.export', { path }));
      expect(e.code).toBe('PATH_REFUSED');
      expect(e.message).toMatch(/不能把案例包写入/);
    }
    expect(readFileSync(library).length).toBe(size);
    expect(await snapshot(service)).toEqual(before);
    // The library still takes writes that persist after reopening.
    const first = (await service.call('cases.list', { limit: 1 })).items[0]!;
    await service.call('notes.save', { caseId: first.id, body: '写入仍然有效' });
    service.close();
    service = openService(library, { platform: { userDataDir: tmp.path('user-data') } });
    expect((await service.call('notes.list', { caseId: first.id }))[0]?.body).toBe('写入仍然有效');
  });

  it('refuses the wrong extension, a missing folder, and an existing file without consent', async () => {
    expect((await refusal(service.call('packages.export', { path: tmp.path('a.zip') }))).message).toMatch(
      /扩展名应为 \.anjian/,
    );
    const e = await refusal(service.call('export.list', { format: 'csv', path: tmp.path('new/dir/a.csv') }));
    expect(e.message).toMatch(/所在文件夹不存在/);
    expect(existsSync(tmp.path('new'))).toBe(false);
    writeFileSync(tmp.path('old.anjian'), '别人的文件');
    const exists = await refusal(service.call('packages.export', { path: tmp.path('old.anjian') }));
    expect(exists.code).toBe('FILE_EXISTS');
    expect(readFileSync(tmp.path('old.anjian'), 'utf8')).toBe('别人的文件');
    const ok = await service.call('packages.export', { path: tmp.path('old.anjian'), overwrite: true });
    expect(ok.cases).toBeGreaterThan(0);
  });

  it('keys.export overwrites nothing and writes only .anjian-key files outside the user data', async () => {
    writeFileSync(tmp.path('notes.anjian-key'), '重要文件');
    expect((await refusal(service.call('keys.export', { path: tmp.path('notes.anjian-key') }))).code).toBe(
      'FILE_EXISTS',
    );
    expect(readFileSync(tmp.path('notes.anjian-key'), 'utf8')).toBe('重要文件');
    expect((await refusal(service.call('keys.export', { path: tmp.path('k.json') }))).message).toMatch(
      /\.anjian-key/,
    );
    mkdirSync(tmp.path('user-data/exports'), { recursive: true });
    expect(
      (await refusal(service.call('keys.export', { path: tmp.path('user-data/exports/k.anjian-key') })))
        .message,
    ).toMatch(/数据文件夹/);
    const done = await service.call('keys.export', { path: tmp.path('safe.anjian-key') });
    expect(done.path).toBe(tmp.path('safe.anjian-key'));
  });

  it('reads only regular files; a missing file and a FIFO are refused without hanging', async () => {
    const missing = await refusal(service.call('packages.inspect', { path: tmp.path('none.anjian') }));
    expect(missing.message).toMatch(/文件不存在或没有读取权限/);
    // A path that cannot be opened for another reason (here: through a file) answers exactly the same.
    const blocked = await refusal(service.call('packages.inspect', { path: `${library}/x.anjian` }));
    expect(blocked.message.replace(`${library}/x.anjian`, 'P')).toBe(
      missing.message.replace(tmp.path('none.anjian'), 'P'),
    );
    execFileSync('mkfifo', [tmp.path('pipe.anjian')]);
    const fifo = await refusal(service.call('packages.inspect', { path: tmp.path('pipe.anjian') }));
    expect(fifo.message).toMatch(/不是一个普通文件/);
    const dir = await refusal(service.call('keys.importSigning', { path: tmp.dir }));
    expect(dir.message).toMatch(/不是一个普通文件/);
  });

  it('on the desktop, writes and reads only what the dialogs returned', async () => {
    const chosen = tmp.path('chosen.anjian');
    let nextSave = chosen;
    buildStarterLibrary(tmp.path('desk.sqlite')).close();
    const desktop = openService(tmp.path('desk.sqlite'), {
      platform: {
        userDataDir: tmp.path('desk-data'),
        fileAccess: 'dialog',
        chooseSavePath: () => Promise.resolve(nextSave),
        chooseOpenPath: () => Promise.resolve(chosen),
      },
    });
    try {
      await desktop.call('keys.create', { name: '法制科' });
      const typed = await refusal(desktop.call('packages.export', { path: tmp.path('typed.anjian') }));
      expect(typed.message).toMatch(/“另存为”对话框中选择的位置/);
      expect(existsSync(tmp.path('typed.anjian'))).toBe(false);
      expect((await refusal(desktop.call('packages.inspect', { path: chosen }))).message).toMatch(
        /“打开”对话框/,
      );
      await desktop.call('files.chooseSave', { suggestedName: '案例包', kind: 'anjian' });
      await desktop.call('packages.export', { path: chosen });
      await desktop.call('files.chooseOpen', { kinds: ['anjian'] });
      expect((await desktop.call('packages.inspect', { path: chosen })).signer.name).toBe('法制科');
      // Exports meet the same allow-list: the export dialog's answer may be written, nothing else.
      await expect(
        desktop.call('export.list', { format: 'csv', path: tmp.path('typed.csv') }),
      ).rejects.toMatchObject({ code: 'PATH_REFUSED' });
      nextSave = tmp.path('列表.csv');
      const picked = await desktop.call('export.choosePath', { suggestedName: '列表', format: 'csv' });
      const written = await desktop.call('export.list', { format: 'csv', path: picked.path! });
      expect(existsSync(written.path)).toBe(true);
    } finally {
      desktop.close();
    }
  });
});

describe('path policy through the web host (browser mode)', () => {
  let server: Server;
  let port: number;
  beforeEach(async () => {
    writeFileSync(tmp.path('index.html'), '<!doctype html><title>案鉴</title>');
    server = await startWebHost({ service, rendererDir: tmp.dir, port: 0 });
    port = (server.address() as AddressInfo).port;
  });
  afterEach(() => new Promise<void>((resolve) => server.close(() => resolve())));

  function http(
    path: string,
    method: string,
    body?: Buffer | string,
  ): Promise<{ status: number; body: Buffer }> {
    return new Promise((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port, path: encodeURI(path), method, headers: { host: `127.0.0.1:${port}` } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks) }));
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  }
  const api = async (op: string, input: unknown) =>
    JSON.parse((await http(`/api/${op}`, 'POST', JSON.stringify(input))).body.toString()) as {
      ok: boolean;
      value?: Record<string, unknown>;
      error?: { code: string; message: string };
    };

  it('refuses every caller path; the library is unchanged', async () => {
    const before = await snapshot(service);
    for (const [op, input] of [
      ['packages.export', { path: library }],
      ['keys.export', { path: tmp.path('k.anjian-key') }],
      ['export.list', { format: 'csv', path: tmp.path('x/y.csv') }],
      ['packages.inspect', { path: '/dev/zero' }],
    ] as const) {
      const answer = await api(op, input);
      expect(answer.ok).toBe(false);
      expect(answer.error?.code).toBe('PATH_REFUSED');
      expect(answer.error?.message).toMatch(/浏览器版/);
    }
    expect(existsSync(tmp.path('x'))).toBe(false);
    expect(await snapshot(service)).toEqual(before);
  });

  it('exports a package as a download served once, and imports it from an upload', async () => {
    const exported = await api('packages.export', {});
    expect(exported.ok).toBe(true);
    const name = exported.value!.download as string;
    expect(name).toMatch(/\.anjian$/);
    const first = await http(`/exports/${name}`, 'GET');
    expect(first.status).toBe(200);
    expect((await http(`/exports/${name}`, 'GET')).status).toBe(404);
    const upload = JSON.parse((await http('/upload', 'POST', first.body)).body.toString()) as {
      value: { id: string };
    };
    expect(upload.value.id).toMatch(/^upload:/);
    const inspected = await api('packages.inspect', { path: upload.value.id });
    expect(inspected.ok).toBe(true);
    expect((inspected.value!.signer as { name: string }).name).toBe('某市司法局');
  });

  it('keys travel in the answer, never through the exports folder; key files are never served', async () => {
    const answer = await api('keys.export', {});
    expect(answer.ok).toBe(true);
    expect(answer.value!.path).toBeNull();
    expect((answer.value!.keyFile as { text: string }).text).toMatch(/anjian-signing-key/);
    mkdirSync(tmp.path('user-data/exports'), { recursive: true });
    writeFileSync(tmp.path('user-data/exports/k.anjian-key'), 'secret');
    writeFileSync(tmp.path('user-data/exports/signing-key.json'), 'secret');
    expect((await http('/exports/k.anjian-key', 'GET')).status).toBe(404);
    expect((await http('/exports/signing-key.json', 'GET')).status).toBe(404);
    expect((await http('/exports/..%2Fsigning-key.json', 'GET')).status).toBe(404);
  });
});
