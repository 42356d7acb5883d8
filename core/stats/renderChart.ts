import { Resvg } from '@resvg/resvg-js';
import * as echarts from 'echarts';
import { existsSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import type * as Playwright from 'playwright-core';
import type { ChartSpec } from '../contract/stats';
import { CHROMIUM_ARGS } from '../service/chromium';

/** The width charts are drawn at in files: the text width of an A4 page at 96 dpi. */
export const FILE_CHART_WIDTH = 640;
const SCALE = 2;

/**
 * Draws a chart with ECharts' server-side SVG renderer: the same library and the same option
 * as the dashboard, so the file shows what the screen shows.
 */
export function chartToSvg(spec: ChartSpec, width = FILE_CHART_WIDTH): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height: spec.height });
  try {
    chart.setOption(spec.option);
    return chart.renderToSVGString();
  } finally {
    // Without dispose the chart's animation loop keeps the process alive.
    chart.dispose();
  }
}

/** A CJK font file known on each system, so resvg need not scan every installed font. */
// TrueType (glyf) fonts first: resvg lays out text in the large CFF-based Noto CJK collections
// at ~0.1 s per label, while TrueType faces take a few milliseconds.
const CJK_FONT_FILES = [
  'C:\\Windows\\Fonts\\msyh.ttc',
  'C:\\Windows\\Fonts\\simhei.ttf',
  '/System/Library/Fonts/PingFang.ttc',
  '/System/Library/Fonts/STHeiti Light.ttc',
  '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc',
  '/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf',
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc',
];

/**
 * Charts to PNG for .docx (Word and WPS want a bitmap), at 2× for print. resvg is a
 * self-contained renderer (no browser, also inside the packaged app). Loading a CJK font costs
 * about half a second, so all charts are stacked into one SVG, rendered once and cut apart.
 */
export async function chartsToPngs(
  specs: readonly ChartSpec[],
  options: { chromiumPath?: string; width?: number } = {},
): Promise<Buffer[]> {
  const width = options.width ?? FILE_CHART_WIDTH;
  if (options.chromiumPath && existsSync(options.chromiumPath))
    return chartsToPngsWithChromium(specs, width, options.chromiumPath);
  return chartsToPngsWithResvg(specs, width);
}

/**
 * Where the host has a Chromium (web host, tests, command line) it rasterises the SVGs: the
 * same engine that draws the dashboard, and fast with any font.
 */
async function chartsToPngsWithChromium(
  specs: readonly ChartSpec[],
  width: number,
  chromiumPath: string,
): Promise<Buffer[]> {
  // Loaded by name at run time: playwright-core is a development tool (web host, tests, scripts),
  // and this path is never taken inside the packaged app, whose bundler must not pull it in.
  const name = 'playwright-core';
  const { chromium } = (await import(/* @vite-ignore */ name)) as typeof Playwright;
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage({ deviceScaleFactor: SCALE, viewport: { width, height: 600 } });
    const body = specs.map(
      (s, i) => `<div id="c${i}" style="width:${width}px;background:#fff">${chartToSvg(s, width)}</div>`,
    );
    await page.setContent(
      `<!doctype html><html><body style="margin:0;background:#fff">${body.join('')}</body></html>`,
    );
    const out: Buffer[] = [];
    for (let i = 0; i < specs.length; i++) out.push(await page.locator(`#c${i} > svg`).screenshot());
    return out;
  } finally {
    await browser.close();
  }
}

function chartsToPngsWithResvg(specs: readonly ChartSpec[], width: number): Buffer[] {
  if (!specs.length) return [];
  let offset = 0;
  const parts = specs.map((spec) => {
    const svg = chartToSvg(spec, width).replace(/^<svg\b/, `<svg x="0" y="${offset}"`);
    const part = { top: offset, height: spec.height };
    offset += spec.height;
    return { svg, ...part };
  });
  const composite = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${offset}" viewBox="0 0 ${width} ${offset}">${parts.map((p) => p.svg).join('')}</svg>`;
  const fontFile = CJK_FONT_FILES.find((f) => existsSync(f));
  const image = new Resvg(composite, {
    background: 'white',
    fitTo: { mode: 'zoom', value: SCALE },
    font: fontFile
      ? { loadSystemFonts: false, fontFiles: [fontFile], defaultFontFamily: 'Noto Sans CJK SC' }
      : { loadSystemFonts: true },
  }).render();
  const rowBytes = image.width * 4;
  return parts.map((p) => {
    const from = p.top * SCALE;
    const rows = Math.min(p.height * SCALE, image.height - from);
    return encodePng(image.pixels.subarray(from * rowBytes, (from + rows) * rowBytes), image.width, rows);
  });
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** RGBA pixels to a PNG file (no filtering; zlib does the work). */
export function encodePng(rgba: Uint8Array | Buffer, width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0;
    raw.set(rgba.subarray(y * width * 4, (y + 1) * width * 4), y * (width * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
