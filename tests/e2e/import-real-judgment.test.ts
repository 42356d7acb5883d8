import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebApp, type WebApp } from './harness';

/** ../shared/judgments from the repository root; a worktree elsewhere names it in ANJIAN_SHARED_JUDGMENTS. */
const SHARED =
  process.env.ANJIAN_SHARED_JUDGMENTS ?? join(import.meta.dirname, '..', '..', '..', 'shared', 'judgments');
const present = existsSync(join(SHARED, '03.txt')) && existsSync(join(SHARED, '04.txt'));
if (!present)
  console.warn(
    `\n*** SKIPPED: no real judgments at ${SHARED}; the real-document import e2e did NOT run. ***\n`,
  );

let app: WebApp;
beforeAll(async () => {
  if (present) app = await startWebApp({ viewport: { width: 1400, height: 1000 } });
});
afterAll(async () => {
  await app?.close();
});

async function shot(page: Page, name: string) {
  const dir = process.env.ANJIAN_SCREENSHOTS;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
}

const row = (page: Page, key: string) => page.locator(`.import-review tr[data-row-key="${key}"]`);

describe.skipIf(!present)('importing a real judgment (../shared/judgments)', () => {
  it('shows every proposed value beside its passage, takes a correction, and keeps the case a 草稿 until reviewed', async () => {
    const { page } = app;
    await page.goto(`${app.url}/#/import`);
    await page.locator('.ant-upload input[type=file]').setInputFiles([
      { name: '03.txt', mimeType: 'text/plain', buffer: readFileSync(join(SHARED, '03.txt')) },
      { name: '04.txt', mimeType: 'text/plain', buffer: readFileSync(join(SHARED, '04.txt')) },
    ]);
    await page.getByText('已选择 2 个文件').waitFor();
    await page.getByRole('button', { name: '读取并提取字段' }).click();
    await page.locator('.import-review-step').waitFor();

    // 04 is a ruling 驳回起诉: not a lost case, left unticked with the reason shown.
    const items = page.locator('.import-draft-item');
    await expect.poll(() => items.count()).toBe(2);
    const ruling = items.filter({ hasText: '04.txt' });
    expect(await ruling.textContent()).toContain('驳回起诉');
    expect(await ruling.getByRole('checkbox').isChecked()).toBe(false);
    expect(await items.filter({ hasText: '03.txt' }).getByRole('checkbox').isChecked()).toBe(true);

    // 03: each value with the passage it came from.
    await items.filter({ hasText: '03.txt' }).click();
    await expect.poll(() => page.getByLabel('案号', { exact: true }).inputValue()).toBe('(2018)京02行初40号');
    const passage = async (key: string) => (await row(page, key).locator('mark').allTextContents()).join('|');
    expect(await passage('court')).toContain('北京市第二中级人民法院');
    expect(await passage('judgmentDate')).toContain('二〇一八年六月七日');
    expect(await passage('provisions')).toContain('第七十条第（一）项、第（三）项');
    expect(await passage('outcome')).toContain('撤销被告中国民用航空局');
    expect(await passage('plaintiffs')).toContain('北京希优照明设备有限公司');
    expect(await passage('defendant')).toContain('中国民用航空局');
    // 败诉原因: both grounds, each with the court's words.
    const reasons = row(page, 'lossReasons');
    expect(await reasons.locator('.ant-select-selection-item').allTextContents()).toEqual([
      '主要证据不足',
      '违反法定程序',
    ]);
    expect(await reasons.getByLabel('败诉原因 1 的理由').inputValue()).toContain('属于主要证据不足');
    expect(await reasons.locator('mark').count()).toBeGreaterThanOrEqual(1);
    expect(await row(page, 'source').textContent()).toContain('03.txt');
    await shot(page, 'import-review-real');
    await row(page, 'lossReasons').scrollIntoViewIfNeeded();
    await shot(page, 'import-review-real-reasons');

    // Correct the category where it is shown, and commit the ticked draft.
    await row(page, 'category').locator('.ant-select').click();
    await page.locator('.ant-select-dropdown:visible').getByTitle('行政许可', { exact: true }).click();
    await page.getByRole('button', { name: /导入选中的 1 件/ }).click();
    await page.locator('.import-report').waitFor();

    const list = await app.api('cases.list', { filters: { statuses: ['draft'] }, limit: 50 });
    const imported = list.items.find((c) => c.title.includes('北京希优照明设备有限公司'));
    expect(imported?.category).toBe('行政许可');
    expect(imported?.status).toBe('draft');

    // 草稿 on its page and in the case list, until it is reviewed.
    await page.goto(`${app.url}/#/case/${imported!.id}`);
    await page.locator('h2.case-title').waitFor();
    expect(await page.locator('h2.case-title .draft-badge').textContent()).toBe('草稿');
    // What the review still needs, by the rule every save meets.
    const notice = (await page.locator('.draft-notice').textContent()) ?? '';
    expect(notice).toContain('标为“已审核”前还需');
    expect(notice).toContain('案情简介');
    expect(notice).toContain('评析');
    await shot(page, 'imported-draft-case');
    await page.goto(`${app.url}/#/library`);
    await page.locator('.case-link').first().waitFor();
    const listRow = page.locator('.ant-table-row', { hasText: '北京希优照明设备有限公司' });
    expect(await listRow.locator('.draft-badge').count()).toBe(1);

    const full = await app.api('cases.get', {
      id: imported!.id,
    });
    const {
      tags: _t,
      starred: _s,
      id: _i,
      createdAt: _c,
      updatedAt: _u,
      revision,
      deletedAt: _d,
      ...content
    } = full;
    await app.api('cases.save', {
      id: imported!.id,
      expectedRevision: revision,
      case: {
        ...content,
        summary: '民航局复议未通知利害关系人。',
        issues: '复议程序是否合法。',
        analysis: '复议机关应通知利害关系人参加。',
        lessons: '作出不利决定前通知利害关系人。',
        status: 'reviewed',
        reviewer: '法制科',
        reviewedAt: '2026-01-05',
      },
    });
    await page.goto(`${app.url}/#/case/${imported!.id}`);
    await page.locator('h2.case-title').waitFor();
    expect(await page.locator('h2.case-title .draft-badge').count()).toBe(0);
    expect(await page.locator('.draft-notice').count()).toBe(0);
  });
});
