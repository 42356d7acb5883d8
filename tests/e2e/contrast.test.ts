import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebApp, type WebApp } from './harness';

let app: WebApp;
beforeAll(async () => {
  app = await startWebApp({ viewport: { width: 1366, height: 900 } });
});
afterAll(async () => {
  await app?.close();
});

interface Failure {
  text: string;
  ratio: number;
  needed: number;
  color: string;
  background: string;
  where: string;
}

/**
 * Walks every visible text node and measures its colour against the background it is painted on:
 * the first opaque background among its ancestors, with translucent layers blended over it, as
 * WCAG 2.1 AA asks (4.5:1, or 3:1 for large text). Disabled controls are exempt, as WCAG says.
 * A script string: the tests are compiled without DOM types.
 */
const MEASURE = `(() => {
  const parse = (c) => {
    const m = c.match(/rgba?\\(([^)]+)\\)/);
    if (!m) return [0, 0, 0, 0];
    const p = m[1].split(/[ ,/]+/).filter(Boolean).map(Number);
    return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
  };
  const over = (top, under) => {
    const a = top[3];
    return [0, 1, 2].map((i) => top[i] * a + under[i] * (1 - a)).concat(1);
  };
  const lum = (c) => {
    const [r, g, b] = c.slice(0, 3).map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const backgroundOf = (el) => {
    const layers = [];
    for (let e = el; e; e = e.parentElement) {
      const bg = parse(getComputedStyle(e).backgroundColor);
      if (bg[3] > 0) layers.push(bg);
      if (bg[3] >= 1) break;
    }
    let base = [255, 255, 255, 1];
    if (!layers.length || layers[layers.length - 1][3] < 1) base = parse(getComputedStyle(document.body).backgroundColor);
    if (base[3] < 1) base = [255, 255, 255, 1];
    for (let i = layers.length - 1; i >= 0; i--) base = over(layers[i], base);
    return base;
  };
  const opacityOf = (el) => {
    let o = 1;
    for (let e = el; e; e = e.parentElement) o *= Number(getComputedStyle(e).opacity);
    return o;
  };
  const describe = (el) => {
    const parts = [];
    for (let e = el; e && parts.length < 4; e = e.parentElement) {
      parts.unshift(e.tagName.toLowerCase() + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\\s+/).slice(0, 2).join('.') : ''));
    }
    return parts.join(' > ');
  };
  const failures = [];
  let checked = 0;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent.trim();
    const el = node.parentElement;
    if (!text || !el || el.closest('svg, script, style, noscript, [aria-hidden="true"]')) continue;
    if (el.closest('[disabled], .ant-btn-disabled, .ant-select-disabled, .ant-input-disabled, .ant-pagination-disabled, .ant-checkbox-wrapper-disabled, .ant-radio-wrapper-disabled, .ant-menu-item-disabled, .ant-tabs-tab-disabled, .ant-picker-disabled')) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const box = range.getBoundingClientRect();
    if (box.width < 1 || box.height < 1 || box.bottom < 0 || box.top > innerHeight || box.right < 0 || box.left > innerWidth) continue;
    const style = getComputedStyle(el);
    if (style.visibility !== 'visible') continue;
    const hit = document.elementFromPoint(Math.min(innerWidth - 1, Math.max(0, box.left + Math.min(box.width, 8) / 2)), Math.min(innerHeight - 1, Math.max(0, box.top + box.height / 2)));
    if (!hit || !(el.contains(hit) || hit.contains(el))) continue; // covered by something else
    const background = backgroundOf(el);
    const fg = parse(style.color);
    const opacity = opacityOf(el);
    const color = over([fg[0], fg[1], fg[2], fg[3] * opacity], background);
    const l1 = lum(color), l2 = lum(background);
    const ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
    const needed = large ? 3 : 4.5;
    checked++;
    if (ratio + 0.005 < needed) {
      failures.push({ text: text.slice(0, 30), ratio: Math.round(ratio * 100) / 100, needed, color: style.color, background: 'rgb(' + background.slice(0, 3).map(Math.round).join(',') + ')', where: describe(el) });
    }
  }
  return { checked, failures };
})()`;

const SHOTS = process.env.ANJIAN_SCREENSHOTS;

/** Waits until an expression is true in the page (page.evaluate: the app's CSP forbids waitForFunction's eval). */
const settled = (expression: string) =>
  expect.poll(() => app.page.evaluate(expression), { timeout: 15_000, interval: 50 }).toBe(true);

async function measure(path: string, ready: string, theme: 'light' | 'dark', name: string) {
  const { page } = app;
  await page.goto(`${app.url}/#/search`);
  await page.evaluate(
    `localStorage.setItem('anjian.reading', JSON.stringify({ fontStep: 1, theme: '${theme}' }))`,
  );
  await page.goto(`${app.url}/#${path}`);
  await page.reload();
  await page.locator(ready).first().waitFor();
  await settled(`document.documentElement.dataset.theme === '${theme}'`);
  // Let antd finish its enter transitions (opacity/colour animations) before measuring.
  await settled(
    `!document.querySelector('.ant-motion-collapse, [class*="-appear-active"], [class*="-enter-active"]')`,
  );
  // …and every finite CSS animation or transition (a fade-in measures as faint text mid-way).
  await settled(
    `document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity)`,
  );
  if (SHOTS) {
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, `${name}-${theme}.png`) });
  }
  const result = await page.evaluate<{ checked: number; failures: Failure[] }>(MEASURE);
  if (SHOTS) writeFileSync(join(SHOTS, `${name}-${theme}.json`), JSON.stringify(result.failures, null, 1));
  return result;
}

describe('text contrast (WCAG AA) on every main screen, light and dark', () => {
  let caseId = '';
  let editId = '';
  beforeAll(async () => {
    const list = await app.api('cases.list', { limit: 1 });
    caseId = list.items[0]?.id ?? '';
    editId = caseId;
  });

  const screens: { name: string; path: () => string; ready: string }[] = [
    { name: '检索', path: () => '/search?q=信息公开', ready: '.search-hit-title' },
    { name: '案例', path: () => `/case/${caseId}`, ready: 'h2.case-title' },
    { name: '案例库', path: () => '/library', ready: '.ant-table-row' },
    { name: '统计分析', path: () => '/stats', ready: '[data-chart="category"]' },
    {
      name: '录入',
      path: () => '/import',
      ready: '.app-content h3, .app-content h4, .app-content .ant-tabs',
    },
    { name: '编辑', path: () => `/editor/${editId}`, ready: '.app-content textarea, .app-content .ant-form' },
    {
      name: '案例汇编',
      path: () => '/casebooks',
      ready: '.app-content h3, .app-content h4, .app-content .ant-btn',
    },
    {
      name: '设置',
      path: () => '/settings',
      ready: '.app-content h3, .app-content h4, .app-content .ant-tabs',
    },
  ];

  for (const theme of ['light', 'dark'] as const) {
    for (const screen of screens) {
      it(`${screen.name} (${theme})`, async () => {
        const result = await measure(screen.path(), screen.ready, theme, screen.name);
        expect(result.checked).toBeGreaterThan(5);
        expect(result.failures).toEqual([]);
      });
    }
  }
});
