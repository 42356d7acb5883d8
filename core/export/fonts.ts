import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The print font ships with the app: Noto Serif SC (SIL Open Font License 1.1) from the
 * @fontsource/noto-serif-sc package, split by Google Fonts into ~100 unicode-range subsets per
 * weight. A document embeds only the subsets its text needs, as data: URLs, so the print HTML is
 * self-contained (no file:// loads, which Chromium refuses from about:blank and data: pages) and
 * prints with the same glyphs on every machine whatever fonts the system has.
 */
export const PRINT_FONT_FAMILY = 'Noto Serif SC';

interface FontFace {
  weight: number;
  file: string;
  ranges: [number, number][];
}

const WEIGHTS = [400, 700] as const;
let faces: FontFace[] | undefined;
const dataUrls = new Map<string, string>();

function packageDir(): string {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve('@fontsource/noto-serif-sc/LICENSE'));
}

function parseRanges(text: string): [number, number][] {
  return text.split(',').map((part) => {
    const [from = '0', to] = part.trim().replace(/^U\+/i, '').split('-');
    const start = parseInt(from, 16);
    return [start, to ? parseInt(to, 16) : start];
  });
}

function loadFaces(): FontFace[] {
  if (faces) return faces;
  const dir = packageDir();
  faces = WEIGHTS.flatMap((weight) => {
    const css = readFileSync(join(dir, `${weight}.css`), 'utf8');
    return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].flatMap((m) => {
      const body = m[1] ?? '';
      const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(body)?.[1];
      const range = /unicode-range:\s*([^;]+);/.exec(body)?.[1];
      return file && range ? [{ weight, file: join(dir, 'files', file), ranges: parseRanges(range) }] : [];
    });
  });
  return faces;
}

function dataUrl(file: string): string {
  let url = dataUrls.get(file);
  if (!url) {
    url = `data:font/woff2;base64,${readFileSync(file).toString('base64')}`;
    dataUrls.set(file, url);
  }
  return url;
}

/** The @font-face rules for the subsets that `text` uses, in both weights, embedded. */
export function embeddedFontCss(text: string): string {
  const used = new Set<number>();
  for (const ch of text) used.add(ch.codePointAt(0) ?? 0);
  const sorted = [...used].sort((a, b) => a - b);
  const needed = (face: FontFace) =>
    face.ranges.some(([from, to]) => sorted.some((cp) => cp >= from && cp <= to));
  return loadFaces()
    .filter(needed)
    .map(
      (face) =>
        `@font-face{font-family:'${PRINT_FONT_FAMILY}';font-style:normal;font-weight:${face.weight};` +
        `font-display:block;src:url(${dataUrl(face.file)}) format('woff2');` +
        `unicode-range:${face.ranges.map(([a, b]) => (a === b ? `U+${a.toString(16)}` : `U+${a.toString(16)}-${b.toString(16)}`)).join(',')};}`,
    )
    .join('\n');
}
