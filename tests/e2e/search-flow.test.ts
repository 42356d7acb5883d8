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
    // Esc closes the suggestions, which drop over the facets.
    await page.keyboard.press('Escape');

    // Narrow by category: the facet's count becomes the total and every hit carries the category.
    const facet = page.locator('.search-facets .facet-option', { hasText: '行政确认' });
    const count = Number(await facet.locator('.facet-count').textContent());
    expect(count).toBeGreaterThan(0);
    await facet.click();
    await page.locator('.search-facets .ant-checkbox-wrapper-checked', { hasText: '行政确认' }).waitFor();
    await status.getByText(`共 ${count} 件`).waitFor();
    expect(page.url()).toContain('%E8%A1%8C%E6%94%BF%E7%A1%AE%E8%AE%A4');
    // Every case shown, the answer and its 部分匹配 list alike, is in the category.
    await expect
      .poll(async () => new Set(await page.locator('.search-hit .search-hit-category').allTextContents()))
      .toEqual(new Set(['行政确认']));

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
    const saved = await app.api<{ name: string; q: string }[]>('savedSearches.list');
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

describe('exact answers, partial matches, statutes and operators', () => {
  it('counts only cases with every word and lists the rest under 部分匹配', async () => {
    const { page } = app;
    await page.goto(`${app.url}/#/search?q=${encodeURIComponent('听证 量子')}`);
    await page.locator('.search-status').getByText('没有案例完整含有“听证 量子”').waitFor();
    const partial = page.locator('section.search-partial');
    await partial.getByText('部分匹配').first().waitFor();
    expect(await partial.locator('.search-hit').count()).toBeGreaterThan(0);
    await page.screenshot({ path: app.tmp.path('../search-partial.png') });
  });

  it('finds a 2021 article in cases citing the 1996 one, and says so on the hit', async () => {
    const { page } = app;
    await page.goto(`${app.url}/#/search?q=${encodeURIComponent('行政处罚法第六十三条')}`);
    await page
      .locator('.search-status')
      .getByText(/共 [1-9]\d* 件/)
      .waitFor();
    await page.locator('.search-hit-statute', { hasText: '原第四十二条' }).first().waitFor();
    await page.locator('.search-hit mark', { hasText: '第四十二条' }).first().waitFor();
    await page.screenshot({ path: app.tmp.path('../search-statute.png') });
  });

  it('explains the operators and keeps words to the title with the 标题 scope', async () => {
    const { page } = app;
    await page.goto(`${app.url}/#/search?q=${encodeURIComponent('工伤')}`);
    await page
      .locator('.search-status')
      .getByText(/共 \d+ 件/)
      .waitFor();
    const all = Number((await page.locator('.search-status').textContent())?.match(/共 (\d+) 件/)?.[1]);
    await page.getByLabel('检索语法说明').click();
    await page.locator('.query-help').getByText('排除含有该词的案例').waitFor();
    await page.screenshot({ path: app.tmp.path('../search-help.png') });
    await page.keyboard.press('Escape');
    await page.locator('.search-top .ant-select').click();
    await page.locator('.ant-select-item-option', { hasText: '标题' }).click();
    await expect.poll(() => page.url()).toContain('scope=title');
    await expect
      .poll(async () =>
        Number((await page.locator('.search-status').textContent())?.match(/共 (\d+) 件/)?.[1]),
      )
      .toBeLessThan(all);
    const titles = await page.locator('.search-hit-title').allTextContents();
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.every((t) => t.includes('工伤'))).toBe(true);
  });
});

describe('类案检索报告 from the search page', () => {
  it('asks for 检索主体 and 争议焦点, lets each case be judged and writes the report', async () => {
    const { page } = app;
    await page.goto(`${app.url}/#/search?q=${encodeURIComponent('听证')}`);
    await page
      .locator('.search-status')
      .getByText(/共 \d+ 件/)
      .waitFor();
    await page.getByRole('button', { name: '类案检索报告' }).click();
    const dialog = page.getByRole('dialog', { name: '生成类案检索报告' });
    await dialog.getByPlaceholder('如：某市市场监管局法制科 张三').fill('市场监管局法制科');
    await dialog.getByPlaceholder(/未告知听证权利/).fill('未告知听证权利的罚款是否违法');
    await page.screenshot({ path: app.tmp.path('../search-report-dialog.png') });
    await dialog.getByRole('button', { name: '生成报告' }).click();
    await page.getByText('下载文件').waitFor();
    await page.screenshot({ path: app.tmp.path('../search-report-done.png') });
  });
});

describe('statutes under every numbering on the case and statute pages', () => {
  it('says the cited 1996 article is 原第四十二条 and names the current ones', async () => {
    const { page } = app;
    await page.goto(`${app.url}/#/case/b7c21b5e-ebaa-474c-9b64-5a4ca0672307`);
    const section = page.locator('#sec-provisions');
    await section.getByText(/原第四十二条，现行第六十三条、第六十四条/).waitFor();
    await section.scrollIntoViewIfNeeded();
    await page.screenshot({ path: app.tmp.path('../case-provisions.png') });
    await page.goto(`${app.url}/#/provisions/${encodeURIComponent('行政处罚法第42条')}`);
    await page.locator('.provision-correspondence').getByText('现行（2021年修订）').first().waitFor();
    await page.screenshot({ path: app.tmp.path('../provision-page.png') });
  });
});
