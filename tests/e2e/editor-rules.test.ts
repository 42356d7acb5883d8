import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebApp, type WebApp } from './harness';

/** The case form shows the rules core enforces (shared/caseRules.ts) before the officer saves. */
let app: WebApp;
beforeAll(async () => {
  app = await startWebApp();
});
afterAll(async () => {
  await app?.close();
});

describe('case editor rules', () => {
  it('asks for every section of a reviewed case and saves nothing until it is written', async () => {
    const { page } = app;
    const list = await app.api('cases.list', {
      limit: 1,
      sort: 'title',
    });
    const target = list.items[0]!;
    expect(target.status).toBe('reviewed');
    const before = await app.api('cases.get', { id: target.id });

    await page.goto(`${app.url}/#/editor/${target.id}`);
    await page.locator('#issues').fill('');
    await page.getByText('标为“已审核”前须填写争议焦点').waitFor();
    await page.locator('#caseNumber').fill('京01行初1号');
    await page.getByText('案号格式应如').waitFor();
    const dir = process.env.ANJIAN_SCREENSHOTS;
    if (dir) {
      mkdirSync(dir, { recursive: true });
      await page.screenshot({ path: join(dir, 'editor-rules.png') });
    }
    await page.getByRole('button', { name: '保存到案例库' }).click();
    await page.getByText('有字段未通过校验，请按红色提示修改。').waitFor();
    const after = await app.api('cases.get', { id: target.id });
    expect(after).toMatchObject({ issues: before.issues, revision: before.revision });
  });
});
