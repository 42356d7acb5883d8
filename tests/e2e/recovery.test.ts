import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackup } from '../../core/backup/store';
import { openLibrary } from '../../db/connection';
import { startWebApp, type WebApp } from './harness';

/** A damaged library opens on the recovery screen, and restoring the latest backup brings the app back. */
let app: WebApp;
beforeAll(async () => {
  app = await startWebApp({
    prepareLibrary: async (file) => {
      const db = openLibrary(file);
      await createBackup(db, file, 'manual');
      db.close();
      writeFileSync(file, 'not a library any more');
    },
  });
});
afterAll(async () => {
  await app.close();
});

describe('recovery screen', () => {
  it('offers the backups instead of the app, and restores one', async () => {
    const { page } = app;
    await page.goto(app.url);
    await page.getByText('案例库已损坏，需要从备份恢复').waitFor();
    await page.screenshot({ path: app.tmp.path('../recovery.png') });
    await page
      .getByRole('button', { name: /^恢\s?复$/ })
      .first()
      .click();
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /^恢\s?复$/ })
      .click();
    await page.locator('.app-shell').waitFor();
    const info = await app.api('library.info', {});
    expect(info.caseCount).toBeGreaterThan(0);
  });
});
