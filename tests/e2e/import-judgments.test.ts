import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appealJudgment } from '../fixtures/judgments/appeal';
import { disclosureJudgment } from '../fixtures/judgments/disclosure';
import { penaltyJudgment } from '../fixtures/judgments/penalty';
import { judgmentDocx, judgmentGbk, judgmentPdf } from '../helpers/judgmentFiles';
import { startWebApp, type WebApp } from './harness';

let app: WebApp;
beforeAll(async () => {
  app = await startWebApp();
});
afterAll(async () => {
  await app?.close();
});

/** Screenshots for people to look at, when ANJIAN_SCREENSHOTS names a folder. */
async function shot(page: Page, name: string) {
  const dir = process.env.ANJIAN_SCREENSHOTS;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: false });
}

async function chooseFiles(page: Page, files: { name: string; buffer: Buffer }[]) {
  // Through another page, so the import screen starts afresh.
  await page.goto(`${app.url}/#/library`);
  await page.goto(`${app.url}/#/import`);
  await page
    .locator('.ant-upload input[type=file]')
    .setInputFiles(files.map((f) => ({ ...f, mimeType: 'application/octet-stream' })));
  await page.getByText(`已选择 ${files.length} 个文件`).waitFor();
  await page.getByRole('button', { name: '读取并提取字段' }).click();
  await page.locator('.import-review-step').waitFor();
}

describe('importing judgments through the UI', () => {
  it('imports a .docx, a .pdf and a GBK .txt, with a corrected field, and finds them by search', async () => {
    const { page } = app;
    await chooseFiles(page, [
      { name: '青禾公司.docx', buffer: await judgmentDocx(penaltyJudgment.text) },
      { name: '赵桂英.pdf', buffer: await judgmentPdf(appealJudgment.text) },
      { name: '马晓东-gbk.txt', buffer: judgmentGbk(disclosureJudgment.text) },
    ]);
    const items = page.locator('.import-draft-item');
    await expect.poll(() => items.count()).toBe(3);
    // Each proposed field is shown beside its source passage.
    const review = page.locator('.import-review');
    await expect
      .poll(() => review.getByLabel('案号', { exact: true }).inputValue())
      .toBe('（2021）浙0106行初88号');
    expect(await review.locator('[data-field="caseNumber"] mark').textContent()).toContain('浙0106行初88号');
    expect(await review.locator('[data-field="judgmentDate"] mark').textContent()).toContain(
      '二〇二一年五月十二日',
    );
    await shot(page, 'import-review');

    // Correct a field: the title of the first draft.
    await review.getByLabel('标题').fill('青禾公司诉西湖区市场监管局超期食品处罚案');
    await items.nth(1).click();
    await expect
      .poll(() => review.getByLabel('案号', { exact: true }).inputValue())
      .toBe('(2019)苏01行终456号');
    await items.nth(2).click();
    await expect
      .poll(() => review.locator('tr[data-row-key="defendant"] .ant-select-selection-item').allTextContents())
      .toEqual(['成都市锦江区住房和城乡建设局']);

    await page.getByRole('button', { name: /导入选中的 3 件/ }).click();
    await page.locator('.import-report').waitFor();
    await shot(page, 'import-report');
    const report = page.locator('.import-report tbody tr');
    await expect.poll(() => report.count()).toBe(3);
    expect(await page.locator('.import-report').textContent()).toContain(
      '青禾公司诉西湖区市场监管局超期食品处罚案',
    );

    const found = await app.api('search.query', { q: '超期食品处罚' });
    expect(found.hits.map((h) => h.title)).toContain('青禾公司诉西湖区市场监管局超期食品处罚案');
    const byDefendant = await app.api('search.query', { q: '锦江区住房和城乡建设局' });
    expect(byDefendant.total).toBeGreaterThanOrEqual(1);
    const byNumber = await app.api('search.query', { q: '苏01行终456号' });
    expect(byNumber.hits[0]?.title).toBe('赵桂英诉南京市江宁区人民政府房屋征收补偿决定案');
  });

  it('imports the rest of a batch and reports the broken file with its reason', async () => {
    const { page } = app;
    const good = await judgmentDocx(penaltyJudgment.text.replace(/浙0106行初88号/g, '浙0106行初99号'));
    await chooseFiles(page, [
      { name: '第一份.txt', buffer: Buffer.from(disclosureJudgment.text.replace(/1024号/g, '2048号')) },
      { name: '损坏.docx', buffer: good.subarray(0, 300) },
      { name: '第三份.docx', buffer: good },
    ]);
    const failures = page.locator('.import-failures');
    await failures.waitFor();
    expect(await failures.textContent()).toMatch(/“损坏\.docx”.*(损坏|无法)/);
    await expect.poll(() => page.locator('.import-draft-item').count()).toBe(2);
    await page.getByRole('button', { name: /导入选中的 2 件/ }).click();
    await page.locator('.import-report').waitFor();
    const rows = page.locator('.import-report tbody tr');
    await expect.poll(() => rows.count()).toBe(3);
    const failed = rows.filter({ hasText: '损坏.docx' });
    expect(await failed.textContent()).toContain('失败');
    expect(await rows.filter({ hasText: '第三份.docx' }).textContent()).toMatch(/已导入|需核对/);
  });

  it('restores an old version from the history screen', async () => {
    const { page } = app;
    const list = await app.api('cases.list', { limit: 1 });
    const id = list.items[0]!.id;
    const original = await app.api('cases.get', { id });
    const {
      tags: _t,
      starred: _s,
      id: _i,
      createdAt: _c,
      updatedAt: _u,
      revision,
      deletedAt: _d,
      ...content
    } = original;
    await app.api('cases.save', {
      id,
      expectedRevision: revision,
      case: { ...content, title: '被改坏的标题' },
    });

    await page.goto(`${app.url}/#/history/${id}`);
    await page.locator('.history-diff').waitFor();
    expect(await page.locator('.history-diff').textContent()).toContain('被改坏的标题');
    await shot(page, 'history-diff');
    await page
      .locator('.history-list')
      .getByRole('button', { name: /恢\s*复/ })
      .first()
      .click();
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /恢\s*复/ })
      .click();
    await shot(page, 'history-after-restore');
    await page.getByText(/已恢复到版本/).waitFor();
    const restored = await app.api('cases.get', { id });
    expect(restored.title).toBe(original.title);
    await expect.poll(() => page.locator('h3').first().textContent()).toContain(original.title);
  });

  it('moves a case to the trash from its page and restores it from the trash screen', async () => {
    const { page } = app;
    const list = await app.api('cases.list', {
      limit: 1,
    });
    const victim = list.items[0]!;
    await page.goto(`${app.url}/#/case/${victim.id}`);
    await page.locator('h2.case-title').waitFor();
    await page.getByRole('button', { name: /删\s*除/ }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: '移入回收站' }).click();
    await page.getByText('已移入回收站').waitFor();
    const after = await app.api('cases.list', {});
    expect(after.total).toBe(list.total - 1);
    await page.goto(`${app.url}/#/trash`);
    const row = page.locator('.ant-table-row', { hasText: victim.title });
    await row.waitFor();
    await row.getByRole('button', { name: /恢\s*复/ }).click();
    await page.getByText(`已恢复“${victim.title}”`).waitFor();
    expect((await app.api('cases.list', {})).total).toBe(list.total);
  });

  it('keeps what is typed in the editor across a closed window', async () => {
    const { page } = app;
    await page.goto(`${app.url}/#/editor/new`);
    await page.locator('#title').fill('手工录入的案例');
    await page.locator('#caseNumber').fill('2020京01行初1号');
    await page.getByText('案号格式应如').waitFor();
    await page.locator('#caseNumber').fill('（2020）京01行初1号');
    await page.getByRole('textbox', { name: '评析' }).click();
    await page.keyboard.type('本案的关键在于听证告知。');
    // Bold from the toolbar, and a link to another case picked by its 案号.
    await page.getByRole('button', { name: '加粗' }).first().click();
    await page.keyboard.type('务必告知');
    await page.getByRole('button', { name: '加粗' }).first().click();
    await page.getByRole('button', { name: '链接案例' }).first().click();
    await page.getByRole('combobox', { name: '要链接的案例' }).fill('最高法行再1号');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: '插入链接' }).click();
    await shot(page, 'editor');
    await page.reload();
    await page.getByText(/自动保存的未保存内容/).waitFor();
    await page.getByRole('button', { name: '恢复草稿' }).click();
    expect(await page.locator('#title').inputValue()).toBe('手工录入的案例');
    expect(await page.getByRole('textbox', { name: '评析' }).textContent()).toContain('听证告知');
    await page.getByRole('button', { name: '保存到案例库' }).click();
    await page.locator('h2.case-title').waitFor();
    // A new case is a 草稿 until the legal office reviews it: the badge stands beside the title.
    expect(await page.locator('h2.case-title').textContent()).toBe('手工录入的案例草稿');
    expect(await page.locator('h2.case-title .draft-badge').textContent()).toBe('草稿');
    const id = /#\/case\/([^?]+)/.exec(page.url())?.[1] ?? '';
    const saved = await app.api('cases.get', { id });
    expect(saved.caseNumber).toBe('（2020）京01行初1号');
    expect(saved.analysis).toContain('本案的关键在于听证告知。**务必告知**');
    expect(saved.analysis).toMatch(/\[\(2021\)最高法行再1号\]\(#\/case\/[\w-]+\)/);
  });
});
