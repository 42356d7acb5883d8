import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebApp, type WebApp } from './harness';

let app: WebApp;
beforeAll(async () => {
  app = await startWebApp();
});
afterAll(async () => {
  await app?.close();
});

describe('browsing the library in Chromium', () => {
  it('shows the case list and opens a case with every section', async () => {
    const { page } = app;
    await page.goto(`${app.url}/#/library`);
    const rows = page.locator('.ant-table-tbody tr.ant-table-row');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(20);
    const totalText = (await page.locator('.ant-pagination-total-text').textContent()) ?? '';
    expect(Number(/共 (\d+) 件/.exec(totalText)?.[1])).toBeGreaterThanOrEqual(40);

    const title = (await rows.first().locator('.case-link').textContent()) ?? '';
    await rows.first().locator('.case-link').click();
    await page.locator('h2.case-title').waitFor();
    expect(await page.locator('h2.case-title').textContent()).toBe(title);
    for (const heading of [
      '案情简介',
      '争议焦点',
      '裁判结果',
      '败诉原因',
      '评析',
      '启示与建议',
      '相关法条',
      '来源',
    ]) {
      await expect.poll(() => page.getByRole('heading', { name: heading, exact: true }).count()).toBe(1);
    }
    expect(await page.locator('.source-disclaimer').textContent()).toContain('以公开发布的原文为准');
  });

  it('answers the contract over HTTP and refuses a foreign origin', async () => {
    const list = await app.api('cases.list', {});
    expect(list.total).toBeGreaterThan(30);
    const foreign = await fetch(`${app.url}/api/cases.list`, {
      method: 'POST',
      headers: { origin: 'http://evil.example' },
      body: '{}',
    });
    expect(foreign.status).toBe(403);
  });
});
