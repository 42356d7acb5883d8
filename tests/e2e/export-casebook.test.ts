import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebApp, type WebApp } from './harness';

// EXPORT_SHOTS=<dir> keeps screenshots of the screens for a person to look at.
const SHOTS = process.env.EXPORT_SHOTS;
const shot = async (page: Page, name: string) => {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
};

let app: WebApp;
beforeAll(async () => {
  app = await startWebApp();
});
afterAll(async () => {
  await app?.close();
});

describe('building and exporting a casebook in the browser', () => {
  it('creates a casebook, renames a chapter, drags a case to another chapter, previews and exports', async () => {
    const { page } = app;
    await page.goto(`${app.url}/#/casebooks`);
    await page.getByRole('button', { name: '新建汇编' }).click();
    // Two categories keep the book short (two chapters to drag between) so the test stays quick.
    await page.getByRole('dialog').locator('.ant-select').first().click();
    for (const category of ['政府信息公开', '行政确认']) {
      await page.keyboard.type(category);
      await page.locator(`.ant-select-item-option[title="${category}"]`).waitFor();
      await page.keyboard.press('Enter');
    }
    await page.keyboard.press('Escape');
    await page
      .getByRole('dialog')
      .getByRole('button', { name: '创 建' })
      .or(page.getByRole('button', { name: '创建' }))
      .click();
    await page.locator('.chapter-card').first().waitFor();
    await shot(page, 'builder');

    const id = /#\/casebooks\/([^/?]+)/.exec(page.url())?.[1] ?? '';
    const before = await app.api('collections.get', { id });
    expect(before.chapters.map((ch) => ch.title)).toEqual(['政府信息公开', '行政确认']);
    const [first, second] = before.chapters;
    expect(first && second).toBeTruthy();

    // Rename chapter one.
    const titleInput = page.getByLabel('第一章标题');
    await titleInput.fill('征地拆迁类案件');

    // Drag the first case of chapter one into chapter two, above its first case.
    const moved = first!.cases[0]!;
    const handle = page.getByRole('button', { name: `拖动排序：${moved.title}` });
    const target = page.locator(`li[data-case-id="${second!.cases[0]!.id}"]`);
    const from = (await handle.boundingBox())!;
    const to = (await target.boundingBox())!;
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + 10, from.y + 10, { steps: 4 });
    await page.mouse.move(to.x + 40, to.y + 4, { steps: 12 });
    await page.mouse.move(to.x + 40, to.y + 2, { steps: 4 });
    await page.mouse.up();

    await page.getByRole('button', { name: '保存' }).click();
    await page.getByRole('button', { name: '已保存' }).waitFor();
    const after = await app.api('collections.get', { id });
    expect(after.chapters[0]!.title).toBe('征地拆迁类案件');
    expect(after.chapters[0]!.cases.map((c) => c.id)).not.toContain(moved.id);
    expect(after.chapters[1]!.cases.map((c) => c.id)).toContain(moved.id);

    // Page-by-page preview of the very PDF that will be exported.
    await page.getByRole('button', { name: '逐页预览' }).click();
    await page.locator('.export-progress').waitFor();
    await shot(page, 'progress');
    const total = page.locator('.preview-total');
    await total.waitFor({ timeout: 120_000 });
    expect(Number(await total.textContent())).toBeGreaterThan(after.chapters.length + 3);
    await page.getByRole('button', { name: '下一页' }).click();
    await page.getByRole('button', { name: '下一页' }).click();
    await expect.poll(() => page.getByRole('spinbutton', { name: '页码' }).inputValue()).toBe('3');
    await page.locator('canvas.preview-canvas[data-drawn="3"]').waitFor({ timeout: 30_000 });
    await shot(page, 'preview');
    await page.keyboard.press('Escape');

    // Export to PDF: the browser has no save dialog, so the finished file is offered for download.
    await page.getByRole('button', { name: '导出 PDF' }).click();
    const download = page
      .getByRole('link', { name: '下载文件' })
      .or(page.getByRole('button', { name: '下载文件' }));
    await download.waitFor({ timeout: 120_000 });
    await shot(page, 'exported');
    const href = (await download.getAttribute('href')) ?? '';
    const res = await fetch(new URL(href, `${app.url}/`));
    expect(res.status).toBe(200);
    expect(
      Buffer.from(await res.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    // The download route serves only the exports folder.
    expect((await fetch(`${app.url}/exports/..%2Flibrary.sqlite`)).status).toBe(404);
  }, 300_000);

  it('exports one case from its page and the case list from the library', async () => {
    const { page } = app;
    await page.goto(`${app.url}/#/library`);
    await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
    await page.getByRole('button', { name: /导出列表/ }).click();
    await page.getByText('Excel 表格（.xlsx）').click();
    await page
      .getByRole('link', { name: '下载文件' })
      .or(page.getByRole('button', { name: '下载文件' }))
      .waitFor();
    await shot(page, 'list-exported');
    await page
      .getByRole('button', { name: '关闭' })
      .or(page.getByRole('button', { name: '关 闭' }))
      .click();

    await page.locator('.case-link').first().click();
    await page.getByRole('button', { name: '导出或打印本案' }).click();
    await page.getByText('导出为 Word（.docx）…').click();
    await page.getByLabel('附上我的笔记').check();
    await shot(page, 'case-export-dialog');
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /导\s?出/ })
      .click();
    const link = page
      .getByRole('link', { name: '下载文件' })
      .or(page.getByRole('button', { name: '下载文件' }));
    await link.waitFor({ timeout: 60_000 });
    expect(await link.getAttribute('href')).toMatch(/\.docx$/);
  });
});
