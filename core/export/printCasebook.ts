import { rm } from 'node:fs/promises';
import { AppError } from '../../db/errors';
import type { PrintOptions } from '../service/context';
import { casebookAnchors, type Anchor, type CasebookDoc, type PageMap } from './casebook';
import { renderCasebookHtml } from './casebookHtml';
import { readPdfOutline, type OutlineEntry } from './pdfOutline';

export type PrintFn = (html: string, path: string, options: PrintOptions) => Promise<{ pages?: number }>;

const ROMAN: [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];
export function toRoman(n: number): string {
  let out = '';
  for (const [value, letters] of ROMAN) {
    while (n >= value) {
      out += letters;
      n -= value;
    }
  }
  return out;
}

const normalize = (s: string) => s.replace(/\s+/g, '');

/** Where each anchor starts (physical page index), matched to the PDF's bookmarks in order. */
export function anchorPages(anchors: Anchor[], outline: OutlineEntry[]): Map<string, number> {
  const found = new Map<string, number>();
  let at = 0;
  for (const anchor of anchors) {
    while (at < outline.length && !normalize(outline[at]?.title ?? '').includes(normalize(anchor.title)))
      at += 1;
    const entry = outline[at];
    if (!entry) throw new AppError('PRINT_FAILED', `打印结果缺少“${anchor.title}”的书签，无法生成目录页码。`);
    found.set(anchor.id, entry.pageIndex);
    at += 1;
  }
  return found;
}

/**
 * Printed page labels: the cover is not numbered, the front matter counts I, II … from the page
 * after the cover, and the body counts 1, 2 … from its first page (as the print CSS numbers them).
 */
export function pageLabels(physical: Map<string, number>, bodyStart: number): PageMap {
  const labels: PageMap = {};
  for (const [id, index] of physical) {
    labels[id] = index >= bodyStart ? String(index - bodyStart + 1) : toRoman(index);
  }
  return labels;
}

export interface PrintedCasebook {
  pages: number;
  labels: PageMap;
}

/**
 * Prints the casebook twice: the first print (page-number boxes empty, same width) tells where
 * every heading landed, read back from the PDF bookmarks Chromium writes; the second print
 * carries those numbers in the 目录, the indexes and the chapter pages. The result is checked
 * against the first: if a heading moved, the numbers are recomputed and it is printed again.
 */
export async function printCasebook(
  doc: CasebookDoc,
  path: string,
  print: PrintFn,
  onStep: (step: number, total: number, message: string) => void = () => {},
  signal?: AbortSignal,
): Promise<PrintedCasebook> {
  const anchors = casebookAnchors(doc);
  const options: PrintOptions = { pageSize: doc.options.paper, outline: true, signal };
  const draft = `${path}.draft.pdf`;
  try {
    onStep(0, 3, '排版（第一遍）');
    await print(renderCasebookHtml(doc), draft, options);
    onStep(1, 3, '计算页码');
    let physical = anchorPages(anchors, (await readPdfOutline(draft)).outline);
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const bodyStart = anchors.find((a) => a.id.startsWith('ch-'))?.id;
      const labels = pageLabels(physical, bodyStart ? (physical.get(bodyStart) ?? 0) : 1);
      onStep(2, 3, '排版（含页码）');
      await print(renderCasebookHtml(doc, labels), path, options);
      const final = await readPdfOutline(path);
      const again = anchorPages(anchors, final.outline);
      if ([...again].every(([id, page]) => physical.get(id) === page)) {
        onStep(3, 3, '完成');
        return { pages: final.pages, labels };
      }
      physical = again;
    }
    throw new AppError('PRINT_FAILED', '页码未能稳定，请更换纸张大小后重试。');
  } finally {
    await rm(draft, { force: true });
  }
}
