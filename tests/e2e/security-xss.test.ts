import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleCase } from '../helpers/sampleCase';
import { startWebApp, type WebApp } from './harness';

/**
 * Script-bearing text from every source — a saved case, an imported case, a personal note —
 * opened in real Chromium: no dialog, no handler, no javascript: link ever runs.
 */
const PAYLOADS = [
  '<script>alert("script")</script>',
  '<img src=x onerror="alert(\'img\')">',
  '<svg onload="alert(\'svg\')"></svg>',
  '<iframe src="javascript:alert(\'iframe\')"></iframe>',
  '<a href="javascript:alert(\'html-link\')">HTML 链接</a>',
  "[Markdown 链接](javascript:alert('md-link'))",
  '<div style="background:url(javascript:alert(\'css\'))" onclick="alert(\'click\')">点我</div>',
  '<form action="javascript:alert(\'form\')"><button>提交</button></form>',
].join('\n\n');

let app: WebApp;
const dialogs: string[] = [];

beforeAll(async () => {
  app = await startWebApp();
  app.page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
});
afterAll(async () => {
  await app.close();
});

async function openAndPoke(id: string) {
  const { page } = app;
  await page.goto(`${app.url}/#/case/${id}`);
  await page.locator('.case-sections').waitFor();
  // Click everything a user might click in the rendered text (not the app's own #/ links).
  for (const link of await page
    .locator('.case-sections .markdown a:not([href^="#"]), .case-sections .markdown div')
    .all()) {
    await link.click({ timeout: 2000, noWaitAfter: true }).catch(() => undefined);
  }
  expect(
    await page.locator('.case-sections script, .case-sections iframe, .case-sections img[onerror]').count(),
  ).toBe(0);
  expect(
    await page
      .locator('.case-sections [href^="javascript:" i], .case-sections [onclick], .case-sections [onload]')
      .count(),
  ).toBe(0);
  expect(page.url()).toContain(`/#/case/${id}`);
}

describe('untrusted text never runs as code', () => {
  it('in a case saved by an editor (analysis, lessons, summary)', async () => {
    const saved = await app.api('cases.save', {
      case: sampleCase({
        title: '脚本测试案例',
        analysis: `评析。\n\n${PAYLOADS}`,
        lessons: PAYLOADS,
        summary: PAYLOADS,
      }),
    });
    await openAndPoke(saved.id);
    await expect.poll(() => app.page.locator('.case-sections').textContent()).toContain('评析');
    expect(dialogs).toEqual([]);
  });

  it('in an imported case and in a personal note', async () => {
    const result = await app.api('import.commit', {
      drafts: [
        {
          case: sampleCase({
            title: '导入的脚本测试',
            caseNumber: '（2024）测9行初9号',
            analysis: PAYLOADS,
            fullText: PAYLOADS,
          }),
        },
      ],
    });
    const id = result.imported[0]!.id;
    await app.api('notes.save', { caseId: id, body: `我的笔记\n\n${PAYLOADS}` });
    await openAndPoke(id);
    expect(dialogs).toEqual([]);
  });
});
