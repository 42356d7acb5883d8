import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decisionFixtures } from '../helpers/decisionFixtures';
import { docxXmlOf } from './decisionsDocx';
import { startWebApp, type WebApp } from './harness';

// DECISIONS_SHOTS=<dir> keeps screenshots and the exported 意见书 for a person to look at.
const SHOTS = process.env.DECISIONS_SHOTS;
const shot = async (page: Page, name: string) => {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: false });
};
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000 });

let app: WebApp;
beforeAll(async () => {
  app = await startWebApp();
});
afterAll(async () => {
  await app?.close();
});

describe('文书体检 in the browser', () => {
  it('pastes a draft, sees findings with their passages, opens a linked case and exports the 意见书', async () => {
    const { page } = app;
    const draft = decisionFixtures().find((f) => f.name === 'penalty-03-revoke.txt')!.text;
    await page.goto(`${app.url}/#/search`);
    await page.getByRole('menuitem', { name: '文书体检' }).click();
    await page.getByLabel('待审核文书').fill(draft);
    await shot(page, 'decisions-input');
    await page.getByRole('button', { name: '开始体检' }).click();

    // Type, elements highlighted in the text, findings worst first.
    await page.locator('.doc-type').waitFor();
    expect(await page.locator('.doc-type').textContent()).toBe('行政处罚决定书');
    expect(await page.locator('.draft-text mark.el-basis').count()).toBeGreaterThan(1);
    expect(await page.locator('.draft-text mark.el-date').count()).toBeGreaterThan(1);
    const hearing = page.locator('.finding[data-code="hearing-notice"]');
    await hearing.waitFor();
    expect(await hearing.locator('.ant-tag').first().textContent()).toBe('高');
    expect(await hearing.textContent()).toContain('第六十三条');
    expect(await page.getByRole('radio', { name: '不同意（建议）' }).isChecked()).toBe(true);

    await shot(page, 'decisions-result');

    // Clicking a finding outlines its passage in the text.
    await hearing.click();
    await poll(() => page.locator('.draft-text .passage-active').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('吊销')]),
    );
    await page.locator('.finding[data-code="remedy"]').first().click();
    await poll(() =>
      page
        .locator('.draft-text .passage-active')
        .allTextContents()
        .then((t) => t.join('')),
    ).toBe('十五日内');
    await shot(page, 'decisions-findings');

    // The reviewer changes the conclusion and signs; the 意见书 is offered for download.
    await page.locator('.opinion-panel').getByText('建议修改', { exact: true }).click();
    await poll(() => page.getByRole('radio', { name: '建议修改' }).isChecked()).toBe(true);
    await page.getByLabel('审核人').fill('王法制');
    await page.getByRole('button', { name: /导出意见书（Word）/ }).click();
    const download = page
      .getByRole('link', { name: '下载文件' })
      .or(page.getByRole('button', { name: '下载文件' }));
    await download.waitFor({ timeout: 60_000 });
    const href = (await download.getAttribute('href')) ?? '';
    const res = await fetch(new URL(href, `${app.url}/`));
    expect(res.status).toBe(200);
    const bytes = Buffer.from(await res.arrayBuffer());
    const xml = docxXmlOf(bytes);
    for (const words of ['法制审核意见书', '审核人：王法制', '建议修改。', '黄泽富'])
      expect(xml, words).toContain(words);
    if (SHOTS) writeFileSync(join(SHOTS, '意见书.docx'), bytes);
    await page
      .getByRole('button', { name: '关闭' })
      .or(page.getByRole('button', { name: '关 闭' }))
      .click();

    // A linked case opens the case page; coming back shows the same review.
    const caseLink = hearing.getByRole('link').first();
    const title = (await caseLink.textContent()) ?? '';
    expect(title).toContain('黄泽富');
    await caseLink.click();
    await page.locator('h2.case-title').waitFor();
    expect(await page.locator('h2.case-title').textContent()).toContain('黄泽富');
    await page.goBack();
    await page.locator('.finding[data-code="hearing-notice"]').waitFor();
    expect(await page.getByLabel('审核人').inputValue()).toBe('王法制');
  }, 180_000);
});
