import { readFile } from 'node:fs/promises';

export interface OutlineEntry {
  title: string;
  /** 0-based physical page index. */
  pageIndex: number;
  depth: number;
}

interface PdfOutlineNode {
  title: string;
  dest: string | unknown[] | null;
  items: PdfOutlineNode[];
}

/** Reads a PDF's bookmarks (flattened, in document order) and its page count with pdf.js. */
export async function readPdfOutline(path: string): Promise<{ pages: number; outline: OutlineEntry[] }> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const data = new Uint8Array(await readFile(path));
  const doc = await getDocument({ data, isEvalSupported: false, useSystemFonts: false, verbosity: 0 })
    .promise;
  try {
    const outline: OutlineEntry[] = [];
    const walk = async (nodes: PdfOutlineNode[], depth: number) => {
      for (const node of nodes) {
        const dest = typeof node.dest === 'string' ? await doc.getDestination(node.dest) : node.dest;
        const ref = Array.isArray(dest) ? (dest[0] as Parameters<typeof doc.getPageIndex>[0]) : null;
        const pageIndex = ref ? await doc.getPageIndex(ref) : -1;
        outline.push({ title: node.title, pageIndex, depth });
        await walk(node.items, depth + 1);
      }
    };
    await walk((await doc.getOutline()) ?? [], 0);
    return { pages: doc.numPages, outline };
  } finally {
    await doc.destroy();
  }
}
