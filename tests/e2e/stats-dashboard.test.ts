import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebApp, type WebApp } from './harness';

let app: WebApp;
beforeAll(async () => {
  app = await startWebApp();
});
afterAll(async () => {
  await app?.close();
});

const listTotal = async (app: WebApp) => {
  const text = (await app.page.locator('.ant-pagination-total-text').textContent()) ?? '';
  return Number(/共 (\d+) 件/.exec(text)?.[1]);
};

describe('统计分析 in Chromium', () => {
  it('opens the list of the cases behind a bar, and comes back to the same dashboard', async () => {
    const { page } = app;
    const summary = await app.api('stats.summary', {});
    const largest = summary.byCategory[0];
    if (!largest) throw new Error('the starter library has no cases');

    await page.goto(`${app.url}/#/stats`);
    await page.getByText(`共 ${summary.total} 件`).first().waitFor();
    // The widest bar of 按案件类别 is the largest category.
    const bars = page.locator('[data-chart="category"] path[fill="#1677ff"]');
    await bars.first().waitFor();
    const widths: number[] = [];
    for (const bar of await bars.all()) widths.push((await bar.boundingBox())?.width ?? 0);
    await bars.nth(widths.indexOf(Math.max(...widths))).click();

    await page.waitForURL(/#\/library\?filters=/);
    await page.getByText(`已按统计分析中所点的条件筛选，共 ${largest.count} 件`).waitFor();
    expect(await listTotal(app)).toBe(largest.count);
    const categories = await page
      .locator('.ant-table-tbody tr.ant-table-row td:nth-child(5)')
      .allTextContents();
    // Categories may tie for the largest: the list holds exactly one of them.
    const tied = summary.byCategory.filter((c) => c.count === largest.count).map((c) => c.key);
    expect(new Set(categories).size).toBe(1);
    expect(tied).toContain(categories[0]);

    await page.goBack();
    await page.locator('[data-chart="category"]').waitFor();
  });

  it('narrows the figures with a filter and opens a cross-table cell from its table view', async () => {
    const { page } = app;
    await page.goto(`${app.url}/#/stats`);
    await page.getByRole('combobox', { name: '案件类别' }).click();
    await page.getByTitle('政府信息公开', { exact: true }).click();
    await page.keyboard.press('Escape');
    const narrowed = await app.api('stats.summary', { filters: { categories: ['政府信息公开'] } });
    await page.getByText(`统计范围：政府信息公开的败诉案例（不含草稿），共 ${narrowed.total} 件。`).waitFor();

    const cell = narrowed.crossCategoryLossReason[0];
    if (!cell) throw new Error('no cross-table cell');
    const card = page.locator('[data-card="categoryLossReason"]');
    await card.getByText('表', { exact: true }).click();
    const link = card.locator('.count-link').first();
    const count = Number(await link.textContent());
    await link.click();
    await page.waitForURL(/#\/library\?filters=/);
    await page.getByText('已按统计分析中所点的条件筛选').waitFor();
    expect(await listTotal(app)).toBe(count);
  });

  it('shows a checklist whose items link to the cases they come from', async () => {
    const { page } = app;
    await page.goto(`${app.url}/#/stats?tab=checklist`);
    await page.locator('.checklist-toolbar .ant-select').click();
    await page.getByTitle(/^政府信息公开（/).click();
    await page.getByRole('heading', { name: '政府信息公开败诉风险自查清单' }).waitFor();
    expect(await page.locator('.checklist-items li').count()).toBeGreaterThan(3);
    const source = page.locator('.checklist-sources a').first();
    const title = ((await source.textContent()) ?? '').replace(/^〔\d+〕/, '');
    await page.locator('.checklist-refs a').first().click();
    await page.waitForURL(/#\/case\//);
    await expect.poll(() => page.locator('h2.case-title').textContent()).toBe(title);
  });

  it('generates the yearly report as .docx that LibreOffice converts, holding the figures', async () => {
    const { page } = app;
    // The report is for its year: the year of the library with the most cases, by judgment date.
    const all = await app.api('stats.summary', {});
    const year = Number(
      [...all.byYear].filter((y) => /^\d{4}$/.test(y.key)).sort((a, b) => b.count - a.count)[0]!.key,
    );
    const summary = await app.api('stats.summary', { filters: { yearFrom: year, yearTo: year } });
    await page.goto(`${app.url}/#/stats?tab=report`);
    const title = page.getByLabel('报告标题');
    await expect.poll(() => title.inputValue()).not.toBe('');
    await title.fill('2025年度行政诉讼败诉案件分析报告');
    await page.getByLabel('年度', { exact: true }).fill(String(year));
    await page.getByLabel('发文机关').fill('某市司法局');
    await page.getByRole('button', { name: '生成 Word 报告' }).click();
    const download = page.getByRole('link', { name: '下载文件' });
    await download.waitFor({ timeout: 90_000 });
    const href = (await download.getAttribute('href')) ?? '';
    const res = await fetch(new URL(href, `${app.url}/`));
    expect(res.status).toBe(200);
    const docx = app.tmp.path('report.docx');
    writeFileSync(docx, Buffer.from(await res.arrayBuffer()));

    const soffice = ['/usr/bin/libreoffice', '/usr/bin/soffice'].find((p) => existsSync(p));
    if (!soffice) throw new Error('LibreOffice is not installed (apt-get install libreoffice-writer-nogui)');
    execFileSync(
      soffice,
      [
        `-env:UserInstallation=file://${app.tmp.path('lo-profile')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        app.tmp.dir,
        docx,
      ],
      { timeout: 90_000, stdio: 'ignore' },
    );
    const text = execFileSync('pdftotext', ['-layout', app.tmp.path('report.pdf'), '-'], {
      encoding: 'utf8',
    }).replace(/\s+/g, '');
    expect(text).toContain('2025年度行政诉讼败诉案件分析报告');
    expect(text).toContain('某市司法局');
    expect(text).toContain(`按裁判日期，${year}年的败诉案例（不含草稿），共${summary.total}件`);
    for (const { key, count } of summary.byCategory) expect(text).toContain(`${key}${count}`);
    expect(text).toContain('主要败诉原因及典型案例');
  });

  it('prints a category risk checklist on one A4 page with its sources', async () => {
    const written = await app.api('checklists.export', {
      category: '行政处罚',
      format: 'pdf',
    });
    const info = execFileSync('pdfinfo', [written.path], { encoding: 'utf8' });
    expect(/Pages:\s+(\d+)/.exec(info)?.[1]).toBe('1');
    const text = execFileSync('pdftotext', [written.path, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(text).toContain('行政处罚败诉风险自查清单');
    expect(text).toContain('所依据的案例');
  });
});
