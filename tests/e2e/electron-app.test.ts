import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { _electron as electron } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tempLibrary';

const require = createRequire(import.meta.url);
const ROOT = join(import.meta.dirname, '..', '..');

/** The Electron executable when its binary is installed; on machines without it these tests are skipped. */
function electronBinary(): string | undefined {
  try {
    const path = require('electron') as string;
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

const binary = electronBinary();
const built = existsSync(join(ROOT, 'out', 'main', 'main.js'));
if (!binary || !built) {
  console.warn(
    `[electron-app] SKIPPED: ${!binary ? 'the Electron binary is not installed on this machine' : 'the app is not built (npm run build)'}; the same renderer is tested in Chromium through the web host.`,
  );
}

describe.skipIf(!binary || !built)('the Electron app', () => {
  it('opens a locked-down window on the user library with the bridge and no Node', async () => {
    const tmp = tempDir('anjian-electron-');
    const app = await electron.launch({
      executablePath: binary,
      args: [ROOT],
      env: { ...process.env, ANJIAN_USER_DATA: tmp.path('user-data') },
    });
    try {
      const page = await app.firstWindow();
      await page.locator('.ant-table-row').first().waitFor();
      expect(page.url()).toMatch(/^app:\/\/anjian\//);
      expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe(
        'undefined',
      );
      expect(await page.evaluate(() => typeof (globalThis as { anjian?: unknown }).anjian)).toBe('object');
      expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe(
        'undefined',
      );
    } finally {
      await app.close();
      tmp.remove();
    }
  });
});
