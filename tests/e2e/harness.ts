import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildStarterLibrary } from '../../core/library/starter';
import { tempDir, type TempDir } from '../helpers/tempLibrary';
import { spawnWebHost } from '../helpers/webHostProcess';
import { CHROMIUM_ARGS } from '../../core/service/chromium';
import type { OpInput, OpName, OpOutput, Result } from '../../core/contract';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ROOT = join(import.meta.dirname, '..', '..');

export { CHROMIUM_ARGS };

export interface WebApp {
  url: string;
  libraryPath: string;
  tmp: TempDir;
  browser: Browser;
  page: Page;
  /**
   * POST /api/<name> on the host, for arranging data or checking what the UI wrote. Typed by the
   * contract: a renamed operation or a changed input or answer breaks the e2e test at compile time.
   */
  api<K extends OpName>(name: K, input: OpInput<K>): Promise<OpOutput<K>>;
  close(): Promise<void>;
}

/**
 * Starts the web host (the same `web/cli.ts` that `npm run web` runs) on a fresh copy of the
 * starter library in a temp folder, waits for its "listening on" line, and opens Chromium on it.
 */
export async function startWebApp(
  options: {
    viewport?: { width: number; height: number };
    /** Changes the library file before the host opens it (e.g. damages it to test recovery). */
    prepareLibrary?: (libraryPath: string) => void | Promise<void>;
  } = {},
): Promise<WebApp> {
  const rendererDir = process.env.ANJIAN_RENDERER_DIR ?? join(ROOT, 'out', 'renderer');
  if (!existsSync(join(rendererDir, 'index.html'))) {
    throw new Error('the renderer is not built: run `npm run build:renderer` first (npm run test:e2e does)');
  }
  const tmp = tempDir('anjian-e2e-');
  const libraryPath = tmp.path('library.sqlite');
  buildStarterLibrary(libraryPath).close();
  await options.prepareLibrary?.(libraryPath);
  const child = spawnWebHost(libraryPath, tmp.path('user-data'));
  const url = await waitForListening(child);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const page = await browser.newPage({
    viewport: options.viewport ?? { width: 1366, height: 768 },
    locale: 'zh-CN',
  });
  page.on('pageerror', (e) => console.error('[page error]', e));
  return {
    url,
    libraryPath,
    tmp,
    browser,
    page,
    async api<K extends OpName>(name: K, input: OpInput<K>): Promise<OpOutput<K>> {
      const res = await fetch(`${url}/api/${name}`, { method: 'POST', body: JSON.stringify(input) });
      // The host validated its answer against the same contract before sending it.
      const body = (await res.json()) as Result<OpOutput<K>>;
      if (!body.ok) throw new Error(`${name}: ${body.error.code} ${body.error.message}`);
      return body.value;
    },
    async close() {
      await browser.close();
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
      tmp.remove();
    },
  };
}

function waitForListening(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`web host did not start:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`web host exited with ${code}:\n${output}`));
    });
  });
}
