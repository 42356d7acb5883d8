import { afterAll, expect, it } from 'vitest';
import { buildStarterLibrary } from '../../core/library/starter';
import { penaltyJudgment } from '../fixtures/judgments/penalty';
import { tempDir } from '../helpers/tempLibrary';
import { spawnWebHost } from '../helpers/webHostProcess';

/**
 * The web host (web/cli.ts, as `npm run web` runs it) stays responsive while a large upload is
 * parsed in its worker, and SIGTERM stops it then: the parse never holds the main thread.
 */
const tmp = tempDir('anjian-sigterm-');
afterAll(() => tmp.remove());

it('answers library.info during a long parse and exits on SIGTERM', async () => {
  const library = tmp.path('library.sqlite');
  buildStarterLibrary(library).close();
  const child = spawnWebHost(library, tmp.path('user-data'));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.once('exit', () => reject(new Error(`web host exited early: ${out}`)));
  });

  // ~40 MB of judgment text: seconds of extraction in the worker.
  const text = penaltyJudgment.text.repeat(Math.ceil((40 << 20) / Buffer.byteLength(penaltyJudgment.text)));
  const upload = fetch(`${url}/api/import.preview`, {
    method: 'POST',
    body: JSON.stringify({ files: [{ name: '很长.txt', dataBase64: Buffer.from(text).toString('base64') }] }),
  }).then(
    () => 'answered',
    () => 'cut off',
  );
  const info = (await (await fetch(`${url}/api/library.info`, { method: 'POST', body: '{}' })).json()) as {
    ok: boolean;
  };
  expect(info.ok).toBe(true);
  child.kill('SIGTERM');
  expect(await exited).toBe(0);
  expect(await upload).toBe('cut off');
}, 120_000);
