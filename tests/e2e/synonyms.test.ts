import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebApp, type WebApp } from './harness';

/** 设置 → 检索同义词 in Chromium: the legal office teaches search a local word. */
let app: WebApp;
beforeAll(async () => {
  app = await startWebApp();
});
afterAll(async () => {
  await app.close();
});

describe('检索同义词', () => {
  it('refuses a group of one word, saves a new group, and the next search finds cases by it', async () => {
    const { page } = app;
    await page.goto(`${app.url}/#/search?q=${encodeURIComponent('咸货')}`);
    await page.locator('.search-empty').waitFor();

    await page.goto(`${app.url}/#/settings`);
    await page.getByRole('tab', { name: '检索同义词' }).click();
    await page.getByText('内置同义词表', { exact: true }).waitFor();
    const groups = page.getByRole('combobox', { name: /第 \d+ 组同义词/ });
    const before = await groups.count();
    expect(before).toBeGreaterThan(5);

    await page.getByRole('button', { name: '添加一组' }).click();
    const fresh = page.getByRole('combobox', { name: `第 ${before + 1} 组同义词` });
    await fresh.fill('咸货');
    await fresh.press('Enter');
    await page.getByRole('button', { name: '保存同义词表' }).click();
    await page
      .locator('.ant-alert-error')
      .getByText(/只有一个词“咸货”/)
      .waitFor();

    await fresh.fill('盐务');
    await fresh.press('Enter');
    await page.getByRole('button', { name: '保存同义词表' }).click();
    await page.getByText('已保存同义词表，下一次检索起生效').waitFor();
    await page.getByText('本案例库的同义词表', { exact: true }).waitFor();
    await page.screenshot({ path: app.tmp.path('../settings-synonyms.png') });

    await page.goto(`${app.url}/#/search?q=${encodeURIComponent('咸货')}`);
    await page.locator('.search-hit mark', { hasText: '盐务' }).first().waitFor();
    expect(await page.locator('.search-hit').count()).toBeGreaterThan(0);
  });
});
