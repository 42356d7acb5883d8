import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebApp, type WebApp } from './harness';

let app: WebApp;
/** The q of every search.query the page sent, in order. */
let searched: string[] = [];
beforeAll(async () => {
  app = await startWebApp({ viewport: { width: 1366, height: 768 } });
  app.page.on('request', (req) => {
    if (!req.url().endsWith('/api/search.query')) return;
    const body = JSON.parse(req.postData() ?? '{}') as { q?: string };
    searched.push(body.q ?? '');
  });
});
afterAll(async () => {
  await app?.close();
});

const QUERIES = ['(2017)最高法行再101号', '强制拆除', 'abcdefghij1234567890'];

async function openSearch(page: Page): Promise<void> {
  await page.goto(`${app.url}/#/search`);
  await page.locator('#search-box').waitFor();
  searched = [];
}

/** The status line and the URL both answer the text in the box. */
async function expectAnswered(page: Page, text: string): Promise<void> {
  await expect.poll(() => page.locator('#search-box').inputValue()).toBe(text);
  await expect.poll(() => searched[searched.length - 1]).toBe(text);
  await page
    .locator('.search-status')
    .getByText(/共 \d+ 件/)
    .waitFor();
  await expect.poll(() => new URL(page.url().replace('#/', '')).searchParams.get('q')).toBe(text);
}

describe('typing in the search box', () => {
  for (const delay of [30, 0]) {
    for (const q of QUERIES) {
      it(`keeps every keystroke of ${q} (delay ${delay})`, async () => {
        const { page } = app;
        await openSearch(page);
        await page.locator('#search-box').pressSequentially(q, { delay });
        await expectAnswered(page, q);
        // Nothing searched was a damaged form of the text: each is a prefix of what was typed.
        for (const s of searched) expect(q.startsWith(s)).toBe(true);
      });
    }
  }

  it('sends nothing while an IME composes, and keeps the committed text', async () => {
    const { page } = app;
    await openSearch(page);
    await page.locator('#search-box').focus();
    const cdp = await page.context().newCDPSession(page);
    // 强制 composed from pinyin, then 拆除 composed the same way.
    let typed = '';
    for (const [pinyin, word] of [
      ['qiangzhi', '强制'],
      ['chaichu', '拆除'],
    ] as const) {
      for (let i = 1; i <= pinyin.length; i++) {
        const part = pinyin.slice(0, i);
        await cdp.send('Input.imeSetComposition', { text: part, selectionStart: i, selectionEnd: i });
        await expect.poll(() => page.locator('#search-box').inputValue()).toBe(typed + part);
      }
      await cdp.send('Input.insertText', { text: word });
      typed += word;
      await expect.poll(() => page.locator('#search-box').inputValue()).toBe(typed);
    }
    await expectAnswered(page, '强制拆除');
    expect(searched.filter((s) => /[a-z]/.test(s))).toEqual([]);
    await page.locator('.search-hit mark', { hasText: '强制拆除' }).first().waitFor();
  });
});
