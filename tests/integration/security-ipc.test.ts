import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { contract, type OpName } from '../../core/contract';
import { openService, type Service } from '../../core/service';
import { buildStarterLibrary } from '../../core/library/starter';
import { tempDir, type TempDir } from '../helpers/tempLibrary';

/**
 * The IPC boundary of the Electron app with the real dispatcher behind it: electron/ipc.ts
 * registers its handlers on a stand-in ipcMain (the Electron binary is not installed in CI),
 * and each handler runs core/service over a real library in a temp folder.
 */
type IpcHandler = (event: { url?: string }, input: unknown) => unknown;
const ipcHandlers = vi.hoisted((): Record<string, IpcHandler> => ({}));
vi.mock('electron', () => ({
  ipcMain: { handle: (channel: string, fn: IpcHandler) => (ipcHandlers[channel] = fn) },
}));

const { registerIpc, channelOf } = await import('../../electron/ipc');
const { APP_ORIGIN } = await import('../../electron/protocol');
const { isAppPageUrl } = await import('../../electron/externalLinks');

const OUR_PAGE = { url: `${APP_ORIGIN}/index.html#/library` };

let tmp: TempDir;
let libraryFile: string;
let service: Service;
beforeAll(() => {
  tmp = tempDir('anjian-ipc-');
  libraryFile = tmp.path('library.sqlite');
  buildStarterLibrary(libraryFile).close();
  service = openService(libraryFile, { platform: { userDataDir: tmp.path('user-data') } });
  registerIpc(service, (event) => isAppPageUrl((event as unknown as { url?: string }).url, APP_ORIGIN));
});
afterAll(() => {
  service.close();
  tmp.remove();
});

/** Every row of every table (FTS shadow tables included), hashed: any write changes it. */
function libraryDigest(): string {
  const db = new Database(libraryFile, { readonly: true });
  const hash = createHash('sha256');
  const tables = db
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name",
    )
    .pluck()
    .all() as string[];
  for (const table of tables) {
    hash.update(table);
    for (const row of db.prepare(`SELECT * FROM "${table}"`).raw().iterate())
      hash.update(JSON.stringify(row));
  }
  db.close();
  return hash.digest('hex');
}

const NOT_AN_INPUT: unknown[] = [42, '{"id":"x"}', [], true];
const WRONG_VALUES: unknown[] = [12345, 'not-valid', true, [], { nested: 1 }, -1.5];

/**
 * Inputs `name` must refuse: values that are no input at all, and for an object input, each of
 * its fields alone with a value of a type that field refuses.
 */
function invalidInputs(name: OpName): unknown[] {
  const schema = contract[name].input as z.ZodType;
  const inputs = [...NOT_AN_INPUT];
  if (schema instanceof z.ZodObject) {
    for (const [field, fieldSchema] of Object.entries(
      (schema as z.ZodObject<Record<string, z.ZodType>>).shape,
    )) {
      const wrong = WRONG_VALUES.find((value) => !fieldSchema.safeParse(value).success);
      if (wrong !== undefined) inputs.push({ [field]: wrong });
    }
  }
  return inputs;
}

describe('IPC with the real dispatcher', () => {
  it('registers one handler per contract operation and nothing else', () => {
    expect(Object.keys(ipcHandlers).sort()).toEqual(Object.keys(contract).map(channelOf).sort());
  });

  it('answers only our own page: a call from elsewhere is refused before it reaches the library', async () => {
    const before = libraryDigest();
    for (const url of ['https://evil.example/', 'app://anjian.evil/index.html', undefined]) {
      expect(await ipcHandlers[channelOf('cases.emptyTrash')]!({ url }, {})).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
    }
    expect(libraryDigest()).toBe(before);
    const first = (await service.call('cases.list', { limit: 1 })).items[0]!;
    expect(await ipcHandlers[channelOf('cases.get')]!(OUR_PAGE, { id: first.id })).toMatchObject({
      ok: true,
      value: { id: first.id, title: first.title },
    });
  });

  it('validates every input against the contract: each operation answers BAD_INPUT and the library is unchanged', async () => {
    const before = libraryDigest();
    const names = Object.keys(contract) as OpName[];
    let sent = 0;
    for (const name of names) {
      for (const input of invalidInputs(name)) {
        const answer = (await ipcHandlers[channelOf(name)]!(OUR_PAGE, input)) as {
          ok: boolean;
          error?: { code: string; message: string };
        };
        const label = `${name} ${JSON.stringify(input)}`;
        expect({ ok: answer.ok, code: answer.error?.code }, label).toEqual({ ok: false, code: 'BAD_INPUT' });
        expect(answer.error?.message, label).toContain(`操作 ${name} 的参数有误`);
        sent += 1;
      }
    }
    expect(sent).toBeGreaterThan(names.length * NOT_AN_INPUT.length);
    expect(libraryDigest()).toBe(before);
  });
});
