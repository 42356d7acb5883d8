import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebApp, type WebApp } from './harness';

let app: WebApp;
/** expect.poll with room for a busy machine (its default gives up after one second). */
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000 });
/** 黄泽富等诉金堂工商局: 听证 throughout, cites 《行政诉讼法》第70条 with many other cases. */
const HEARING_CASE = 'b7c21b5e-ebaa-474c-9b64-5a4ca0672307';

beforeAll(async () => {
  app = await startWebApp();
});
afterAll(async () => {
  await app?.close();
});

const openCase = async (id: string, query = '') => {
  await app.page.goto(`${app.url}/#/case/${id}${query}`);
  await app.page.locator('h2.case-title').waitFor();
};

/** Selects the first `length` characters of a section's text, as a reader dragging the mouse would. */
const selectStart = (field: string, length: number): Promise<string> =>
  // A script string: the tests are compiled without DOM types.
  app.page.evaluate(`(() => {
    const el = document.querySelector('[data-field="${field}"]');
    const text = document.createTreeWalker(el, NodeFilter.SHOW_TEXT).nextNode();
    const range = document.createRange();
    range.setStart(text, 0);
    range.setEnd(text, ${length});
    const selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    return range.toString();
  })()`);

describe('reading a case in Chromium', () => {
  it('opens a case from search with the query terms marked, and steps through them', async () => {
    const { page } = app;
    await openCase(HEARING_CASE, '?q=听证');
    const marks = page.locator('mark.hl-query:not(.query-banner mark)');
    await poll(() => page.locator('.case-sections mark.hl-query').count()).toBeGreaterThan(10);
    expect(await page.locator('.case-sections mark.hl-query').first().textContent()).toBe('听证');
    expect(await page.locator('.query-banner').textContent()).toMatch(/在本案出现 \d+ 处/);
    expect(await marks.count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: '跳到第一处' }).click();
    await poll(() => page.locator('.case-sections mark.hl-query-current').count()).toBe(1);
    await page.getByRole('button', { name: /下一处（1\/\d+）/ }).click();
    await poll(() => page.locator('#sec-summary mark.hl-query').nth(1).getAttribute('class')).toContain(
      'hl-query-current',
    );

    // Full-width letters in the query are folded like the search engine does.
    await openCase(HEARING_CASE, `?q=${encodeURIComponent('听　证')}`);
    await poll(() => page.locator('.case-sections mark.hl-query').count()).toBeGreaterThan(10);
  });

  it('tags, stars, notes and highlights a case, and keeps them after a reload', async () => {
    const { page } = app;
    await openCase(HEARING_CASE);
    // Tag: type a new name, Enter creates and assigns it.
    await page.locator('.tag-editor').click();
    await page.keyboard.type('听证程序');
    await page.getByText('新建标签“听证程序”').waitFor();
    await page.keyboard.press('Enter');
    await poll(() => page.locator('.tag-editor .ant-tag').allTextContents()).toEqual(['听证程序']);
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: '收藏' }).click();
    await page.getByRole('button', { name: '已收藏' }).waitFor();

    await page.getByRole('button', { name: '写笔记' }).click();
    await page.getByLabel('笔记（支持 Markdown）').fill('**重点**：告知听证\n\n- 没收财产也要告知');
    await page.getByRole('button', { name: '保存笔记' }).click();
    await page.locator('#sec-note .note-body strong').waitFor();

    const quote = await selectStart('analysis', 12);
    await page.getByRole('button', { name: /标注所选文字/ }).click();
    await page.getByLabel('标注说明').fill('执法时对照');
    await page.getByRole('button', { name: '保存标注' }).click();
    await page.locator('#sec-analysis mark.hl-user').first().waitFor();

    await page.reload();
    await page.locator('h2.case-title').waitFor();
    await poll(() => page.locator('.tag-editor .ant-tag').allTextContents()).toEqual(['听证程序']);
    await page.getByRole('button', { name: '已收藏' }).waitFor();
    expect(await page.locator('#sec-note .note-body strong').textContent()).toBe('重点');
    expect(await page.locator('#sec-note .note-body li').textContent()).toBe('没收财产也要告知');
    await poll(() => page.locator('#sec-analysis mark.hl-user').allTextContents()).toEqual([quote]);
    expect(await page.locator('#sec-analysis mark.hl-user').getAttribute('title')).toBe('执法时对照');
    expect(await page.locator('.highlight-item').textContent()).toContain('执法时对照');

    // 我的标注 lists the highlight and leads back to the passage.
    await page.goto(`${app.url}/#/mine`);
    await page.locator('.mine-highlight-link').first().click();
    await page.locator('h2.case-title').waitFor();
    expect(page.url()).toMatch(/\?hl=\d+/);
    await poll(() => page.locator('mark.mark-flash').count()).toBe(1);
  });

  it('renames a tag and every case carrying it follows', async () => {
    const { page } = app;
    const tag = await app.api('tags.create', { name: '待学习' });
    const list = await app.api('cases.list', { limit: 2 });
    for (const c of list.items) await app.api('tags.assign', { caseId: c.id, tagId: tag.id });

    await page.goto(`${app.url}/#/mine?tab=tags`);
    const row = page.locator('tr', { has: page.locator('.tag-name', { hasText: '待学习' }) });
    expect(await row.textContent()).toContain('2');
    await row.getByRole('button', { name: '重命名' }).click();
    await page.getByLabel('新名称').fill('重点学习');
    await page.getByLabel('新名称').press('Enter');
    await page.locator('.tag-name', { hasText: '重点学习' }).waitFor();

    for (const c of list.items) {
      await openCase(c.id);
      await poll(() => page.locator('.tag-editor .ant-tag').allTextContents()).toContain('重点学习');
    }

    // Deleting says how many cases lose the tag.
    await page.goto(`${app.url}/#/mine?tab=tags`);
    const renamed = page.locator('tr', { has: page.locator('.tag-name', { hasText: '重点学习' }) });
    await renamed.getByRole('button', { name: '删除' }).click();
    await page.getByText('将从 2 个案例上移除此标签').waitFor();
    await page.locator('.ant-popconfirm-buttons .ant-btn-primary').click();
    await page.getByText('已删除，2 个案例受影响').waitFor();
    await poll(() => page.locator('.tag-name', { hasText: '重点学习' }).count()).toBe(0);
  });

  it('opens a statute from a case and reaches another case citing it', async () => {
    const { page } = app;
    await openCase(HEARING_CASE);
    const title = await page.locator('h2.case-title').textContent();
    await page.getByRole('link', { name: '《行政诉讼法》第70条' }).click();
    await page.locator('.provision-title').waitFor();
    expect(await page.locator('.provision-title').textContent()).toBe('《行政诉讼法》第70条');
    const total = Number(
      /共 (\d+) 件/.exec((await page.locator('.provision-total').textContent()) ?? '')?.[1],
    );
    expect(total).toBeGreaterThan(2);
    expect(await page.locator('.citing-case').count()).toBe(total);
    const other = page
      .locator('.citing-case')
      .filter({ hasNotText: title ?? '' })
      .first();
    const otherTitle = await other.textContent();
    await other.click();
    await page.locator('h2.case-title').waitFor();
    expect(await page.locator('h2.case-title').textContent()).toBe(otherTitle);

    // Alt+← goes back to the statute, Alt+→ forward again.
    await page.keyboard.press('Alt+ArrowLeft');
    await page.locator('.provision-title').waitFor();
    await page.keyboard.press('Alt+ArrowRight');
    await poll(() => page.locator('h2.case-title').textContent()).toBe(otherTitle);

    // Both cases are in the recently opened list.
    await page.getByRole('button', { name: '最近' }).click();
    await poll(() => page.locator('.recent-item').allTextContents()).toEqual(
      expect.arrayContaining([otherTitle, title]),
    );
    await page.keyboard.press('Escape');
  });

  it('changes the font size and remembers it', async () => {
    const { page } = app;
    await openCase(HEARING_CASE);
    const size = () =>
      page.evaluate<string>("getComputedStyle(document.querySelector('.case-body')).fontSize");
    expect(await size()).toBe('16px');
    await page.getByRole('button', { name: '放大字号' }).click();
    await page.getByRole('button', { name: '放大字号' }).click();
    await poll(size).toBe('20px');
    await page.reload();
    await page.locator('h2.case-title').waitFor();
    expect(await size()).toBe('20px');
    await page.getByRole('button', { name: '缩小字号' }).click();
    await page.getByRole('button', { name: '缩小字号' }).click();
    await poll(size).toBe('16px');
  });
});

describe('reading comfort', () => {
  it('switches to the dark theme and back, remembered, and prints the case text only', async () => {
    const { page } = app;
    await openCase(HEARING_CASE);
    const background = () =>
      page.evaluate<string>("getComputedStyle(document.querySelector('.app-content')).backgroundColor");
    expect(await background()).toBe('rgb(255, 255, 255)');
    await page.getByRole('button', { name: '深色' }).click();
    await poll(background).toBe('rgb(20, 20, 20)');
    await page.reload();
    await page.locator('h2.case-title').waitFor();
    expect(await background()).toBe('rgb(20, 20, 20)');
    await page.getByRole('button', { name: '浅色' }).click();
    await poll(background).toBe('rgb(255, 255, 255)');

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.app-sider').isVisible()).toBe(false);
    expect(await page.locator('.case-toc').isVisible()).toBe(false);
    expect(await page.locator('.reading-toolbar').isVisible()).toBe(false);
    expect(await page.locator('#sec-analysis').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
  });
});

describe('untrusted text', () => {
  it('runs no script from a case or a note, and finds text in 原文', async () => {
    const { page } = app;
    const payload = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">';
    const saved = await app.api('cases.save', {
      case: {
        title: '脚本测试案',
        category: '行政处罚',
        outcome: '撤销',
        analysis: `评析 ${payload} <a href="javascript:window.__pwned=3">链接</a>`,
        fullText: `原文第一段：听证。\n${payload}\n第二段：再次听证。第三段：听证笔录。`,
      },
    });
    await app.api('notes.save', { caseId: saved.id, body: `笔记 ${payload}` });
    await openCase(saved.id, '?q=听证');
    await page.locator('#sec-note .note-body').waitFor();
    await page.locator('.full-text').waitFor({ state: 'attached' });
    await page.locator('.app-content a', { hasText: '链接' }).click();

    expect(await page.evaluate<unknown>('window.__pwned')).toBeUndefined();
    expect(await page.locator('.case-body script, .case-body img').count()).toBe(0);
    expect(await page.locator('.full-text').textContent()).toContain('<script>');

    // Only 原文 mentions the term, so it opens by itself; find steps through every match.
    await page.locator('.full-text').waitFor();
    // Ctrl+F on a case finds in 原文 rather than leaving for the search page.
    await page.locator('h2.case-title').click();
    await page.keyboard.press('Control+f');
    await poll(() => page.evaluate<string | null>("document.activeElement.getAttribute('aria-label')")).toBe(
      '在原文中查找',
    );
    expect(page.url()).toContain(`/case/${saved.id}`);
    await page.getByLabel('在原文中查找').fill('听证');
    await poll(() => page.locator('.find-count').textContent()).toBe('1 / 3');
    await page.getByRole('button', { name: '下一处', exact: true }).click();
    await poll(() => page.locator('.find-count').textContent()).toBe('2 / 3');
    expect(await page.locator('mark.hl-find-current').textContent()).toBe('听证');
    await page.getByRole('button', { name: '上一处', exact: true }).click();
    await page.getByRole('button', { name: '上一处', exact: true }).click();
    await poll(() => page.locator('.find-count').textContent()).toBe('3 / 3');
    expect(await page.evaluate<unknown>('window.__pwned')).toBeUndefined();

    // A passage of 原文 can be highlighted too; the script text in it stays text.
    await page.getByLabel('在原文中查找').fill('');
    const quote = await selectStart('fullText', 6);
    await page.getByRole('button', { name: /标注所选文字（裁判文书原文/ }).click();
    await page.getByRole('button', { name: '保存标注' }).click();
    await poll(() => page.locator('.full-text mark.hl-user').allTextContents()).toEqual([quote]);
    expect(quote).toBe('原文第一段：');
  });
});
