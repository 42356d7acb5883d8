import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forgePackage, forgedCase } from '../helpers/packageForge';
import { startWebApp, type WebApp } from './harness';

// antd puts a space between the two characters of a two-character button label (导 入), hence the regexes.
/**
 * 设置 in Chromium (the browser mode): backups, signing key, package export as a download and
 * import through the file picker (an upload), never a typed server path.
 */
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

    // The key file is a download made from the answer, never a file the host serves.
    const keyDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出保管…' }).click();
    const key = await keyDownload;
    expect(key.suggestedFilename()).toMatch(/\.anjian-key$/);
    await key.saveAs(app.tmp.path('保管.anjian-key'));
    expect(readFileSync(app.tmp.path('保管.anjian-key'), 'utf8')).toMatch(/anjian-signing-key/);

    await page.getByRole('tab', { name: '案例包' }).click();
    await page.getByPlaceholder('例如：新增征收类案例 12 篇，修订 3 篇评析').fill('首次发布');
    await page.getByRole('button', { name: '签名并导出…' }).click();
    await page.getByText('已导出第 1 版').waitFor();
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: '下载案例包' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.anjian$/);
    await file.saveAs(app.tmp.path('第1版.anjian'));
    expect(existsSync(app.tmp.path('第1版.anjian'))).toBe(true);
    // Served once: the host no longer has it.
    const again = await fetch(`${app.url}/exports/${encodeURIComponent(file.suggestedFilename())}`);
    expect(again.status).toBe(404);
  });

  it('imports the downloaded package again through the file picker (upload)', async () => {
    const { page } = app;
    await page.reload();
    await page.getByRole('tab', { name: '案例包' }).click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '选择案例包…' }).click();
    await (await chooser).setFiles(app.tmp.path('第1版.anjian'));
    await page.getByText('第1版.anjian').waitFor();
    await page.getByText('某市司法局行政应诉科').first().waitFor();
    await page.getByText(/另有 \d+ 个案例没有变化/).waitFor();
    await page.screenshot({ path: app.tmp.path('../settings-package-upload.png'), fullPage: true });
  });

  it('shows signer, fingerprint and changes of an unknown package, and imports only after the user trusts it', async () => {
    const { page } = app;
    const path = app.tmp.path('外来.anjian');
    forgePackage(path, { cases: [forgedCase('e2e-new-1', '案例包带来的新案例')] });
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '选择案例包…' }).click();
    await (await chooser).setFiles(path);
    await page.getByText('未受信任').waitFor();
    await page.getByText('新增 1 个案例').waitFor();
    const importButton = page.getByRole('button', { name: /^导\s?入$/ });
    expect(await importButton.isDisabled()).toBe(true);
    await page.screenshot({ path: app.tmp.path('../settings-package-preview.png'), fullPage: true });

    await page.getByText('我已通过电话或当面与发布单位核对上面的签名指纹，信任此签名者').click();
    await importButton.click();
    await page.getByText('导入完成：新增 1 个，更新 0 个，撤回 0 个案例').waitFor();
    expect((await app.api<{ title: string }>('cases.get', { id: 'e2e-new-1' })).title).toBe(
      '案例包带来的新案例',
    );
  });

  it('says clearly why a damaged package is refused', async () => {
    const { page } = app;
    const path = app.tmp.path('坏包.anjian');
    forgePackage(path, { extra: { '../../evil.json': new Uint8Array([1]) } });
    // A fresh screen: nothing left over from the previous import (its result, a pending button state).
    await page.reload();
    await page.getByRole('tab', { name: '案例包' }).click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '选择案例包…' }).click();
    await (await chooser).setFiles(path);
    await page.getByText('不能导入').waitFor();
    await page.getByText(/路径不安全/).waitFor();
  });
});
