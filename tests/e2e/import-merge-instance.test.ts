import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { appealJudgment } from '../fixtures/judgments/appeal';
import { sampleCase } from '../helpers/sampleCase';
import { startWebApp, type WebApp } from './harness';

// Issue 14: importing a later instance whose earlier case is still a draft offers link or merge.
let app: WebApp;
beforeAll(async () => {
  app = await startWebApp();
});
afterAll(async () => {
  await app.close();
});

async function chooseText(page: Page, name: string, text: string) {
  await page.goto(`${app.url}/#/import`);
  await page
    .locator('.ant-upload input[type=file]')
    .setInputFiles([{ name, buffer: Buffer.from(text, 'utf8'), mimeType: 'text/plain' }]);
  await page.getByText('已选择 1 个文件').waitFor();
  await page.getByRole('button', { name: '读取并提取字段' }).click();
  await page.locator('.import-review-step').waitFor();
}

it('merges the 二审 into the earlier 一审 draft when the officer chooses merge', async () => {
  const { page } = app;
  const earlier = await app.api('cases.save', {
    case: sampleCase({ caseNumber: '（2018）苏01行初789号', title: '赵桂英案一审草稿', status: 'draft' }),
  });
  await chooseText(page, '二审.txt', appealJudgment.text);
  const choice = page.locator('.import-instance-choice');
  await choice.getByText('作为新案例导入，并链接为关联文书').waitFor();
  await choice.getByText('合并到草稿“赵桂英案一审草稿”').click();
  await page.screenshot({ path: app.tmp.path('../import-merge-choice.png'), fullPage: true });
  await page.getByRole('button', { name: /导入选中的 1 件/ }).click();
  await page.getByText(/已合并到较早审级的草稿/).waitFor();
  const merged = await app.api('cases.get', { id: earlier.id });
  expect(merged.caseNumber).not.toBe('（2018）苏01行初789号');
});
