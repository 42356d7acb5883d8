import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forgePackage, forgedCase } from '../helpers/packageForge';
import { startWebApp, type WebApp } from './harness';

// antd puts a space between the two characters of a two-character button label (查 看), hence the regexes.
/** 设置 in Chromium: backups, signing key, package export, and importing a package from an unknown signer. */
let app: WebApp;
beforeAll(async () => {
  app = await startWebApp();
});
afterAll(async () => {
  await app.close();
});

describe('设置', () => {
  it('backs up the library and lists the backup', async () => {
    const { page } = app;
    await page.goto(`${app.url}/#/settings`);
    await page.getByRole('tab', { name: '案例库与备份' }).click();
    const before = await page.locator('.ant-table-row').count();
    await page.getByRole('button', { name: '立即备份' }).click();
    await expect.poll(() => page.getByRole('cell', { name: '手动备份' }).count()).toBe(1);
    expect(await page.locator('.ant-table-row').count()).toBe(before + 1);
    await page.screenshot({ path: app.tmp.path('../settings-library.png') });
  });

  it('creates the signing key and exports a signed package', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: '签名密钥' }).click();
    await page.getByPlaceholder('例如 某市司法局行政应诉科').fill('某市司法局行政应诉科');
    await page.getByRole('button', { name: '创建签名密钥' }).click();
    const fingerprint = page.locator('.fingerprint').first();
    await expect.poll(() => fingerprint.textContent()).toMatch(/^([0-9A-F]{4} ){9}[0-9A-F]{4}$/);

    await page.getByRole('tab', { name: '案例包' }).click();
    const target = app.tmp.path('第1版.anjian');
    await page.getByPlaceholder('例如 D:\\案例包\\2026年第1版.anjian', { exact: true }).fill(target);
    await page.getByPlaceholder('例如：新增征收类案例 12 篇，修订 3 篇评析').fill('首次发布');
    await page.getByRole('button', { name: '签名并导出' }).click();
    await page.getByText('已导出第 1 版').waitFor();
    expect(existsSync(target)).toBe(true);
  });

  it('shows signer, fingerprint and changes of an unknown package, and imports only after the user trusts it', async () => {
    const { page } = app;
    const path = app.tmp.path('外来.anjian');
    forgePackage(path, { cases: [forgedCase('e2e-new-1', '案例包带来的新案例')] });
    await page.getByLabel('案例包文件路径').fill(path);
    await page.getByRole('button', { name: /^查\s?看$/ }).click();
    await page.getByText('未受信任').waitFor();
    await page.getByText('新增 1 个案例').waitFor();
    const importButton = page.getByRole('button', { name: /^导\s?入$/ });
    expect(await importButton.isDisabled()).toBe(true);
    await page.screenshot({ path: app.tmp.path('../settings-package-preview.png'), fullPage: true });

    await page.getByText('我已通过电话或当面与发布单位核对上面的签名指纹，信任此签名者').click();
    await importButton.click();
    await page.getByText('导入完成：新增 1 个，更新 0 个，撤回 0 个案例').waitFor();
    expect((await app.api('cases.get', { id: 'e2e-new-1' })).title).toBe('案例包带来的新案例');
  });

  it('says clearly why a damaged package is refused', async () => {
    const { page } = app;
    const path = app.tmp.path('坏包.anjian');
    forgePackage(path, { extra: { '../../evil.json': new Uint8Array([1]) } });
    // A fresh screen: nothing left over from the previous import (its result, a pending button state).
    await page.reload();
    await page.getByRole('tab', { name: '案例包' }).click();
    await page.getByLabel('案例包文件路径').fill(path);
    await page.getByRole('button', { name: /^查\s?看$/ }).click();
    await page.getByText('不能导入').waitFor();
    await page.getByText(/路径不安全/).waitFor();
  });
});
