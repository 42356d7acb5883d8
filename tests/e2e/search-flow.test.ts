import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebApp, type WebApp } from './harness';

let app: WebApp;
beforeAll(async () => {
  app = await startWebApp({ viewport: { width: 1366, height: 768 } });
});
afterAll(async () => {
  await app?.close();
});

describe('searching in Chromium', () => {
  it('types a query, narrows by a facet, opens a hit by keyboard and sees the term highlighted', async () => {
    const { page } = app;
    await page.goto(`${app.url}/#/library`);
    // Ctrl+K from anywhere reaches the search box.
    await page.locator('.case-link').first().waitFor();
    await page.keyboard.press('Control+k');
    const box = page.locator('#search-box');
    await expect.poll(() => page.locator('#search-box:focus').count()).toBe(1);

    await box.fill('工伤认定');
    await page.locator('.search-hit mark', { hasText: '工伤认定' }).first().waitFor();
    const status = page.locator('.search-status');
    await status.getByText(/共 \d+ 件/).waitFor();

    // Narrow by category: the facet's count becomes the total and every hit carries the category.
    const facet = page.locator('.search-facets .facet-option', { hasText: '行政确认' });
    const count = Number(await facet.locator('.facet-count').textContent());
    expect(count).toBeGreaterThan(0);
    await facet.click();
    await page.locator('.search-facets .ant-checkbox-wrapper-checked', { hasText: '行政确认' }).waitFor();
    await status.getByText(`共 ${count} 件`).waitFor();
    expect(page.url()).toContain('%E8%A1%8C%E6%94%BF%E7%A1%AE%E8%AE%A4');
    const categories = await page.locator('.search-hit .search-hit-category').allTextContents();
    expect(categories.length).toBeGreaterThan(0);
    expect(new Set(categories)).toEqual(new Set(['行政确认']));

    // Keyboard: ↓ from the box selects the first hit, Enter opens it with the query.
    const firstTitle = (await page.locator('.search-hit-title').first().textContent()) ?? '';
    await box.focus();
    await page.keyboard.press('Escape');
    await page.keyboard.press('ArrowDown');
    await page.locator('.search-hit-active').waitFor();
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/case\/[^?]+\?q=/);
    expect(decodeURIComponent(page.url())).toContain('q=工伤认定');
    await page.getByRole('heading', { name: firstTitle }).first().waitFor();
    await page.locator('mark', { hasText: '工伤认定' }).first().waitFor();

    // The search is remembered in the sidebar.
    await page.locator('.search-sidebar a', { hasText: '工伤认定' }).first().waitFor();
  });

  it('shows the empty state with something to try, and saves a search to the sidebar', async () => {
    const { page } = app;
    await page.goto(`${app.url}/#/search?q=${encodeURIComponent('量子纠缠')}`);
    await page.locator('.search-empty').getByText('没有找到与“量子纠缠”相关的案例').waitFor();
    await page.locator('.search-empty button', { hasText: '听证' }).click();
    await page.locator('.search-hit mark', { hasText: '听证' }).first().waitFor();

    await page.getByRole('button', { name: '保存检索' }).click();
    const name = page.getByLabel('检索名称');
    await name.fill('听证类案例');
    // antd spaces out two-character button labels (保 存).
    await page.getByRole('button', { name: /^保\s*存$/ }).click();
    await page.locator('.search-sidebar a', { hasText: '听证类案例' }).waitFor();
    const saved = await app.api('savedSearches.list', {});
    expect(saved).toContainEqual(expect.objectContaining({ name: '听证类案例', q: '听证' }));
  });

  it('reads a reworded sentence by its field words, says so, and highlights them', async () => {
    const { page } = app;
    await page.goto(`${app.url}/#/search?q=${encodeURIComponent('没有征收决定就强制拆除')}`);
    await page.locator('.search-status').getByText('同时含有“征收决定”“强制拆除”').waitFor();
    const first = page.locator('.search-hit').first();
    await first.locator('mark', { hasText: '征收决定' }).first().waitFor();
    await first.locator('mark', { hasText: '强制拆除' }).first().waitFor();
    await page.screenshot({ path: app.tmp.path('../search-reworded.png') });
  });
});
