/**
 * Export benchmark: a casebook of synthetic cases (ANJIAN_BENCH_EXPORT_CASES, default 200) to PDF
 * and to .docx, seconds and peak memory (this process, and for PDF the Chromium processes it starts).
 * Peers in the same run: for PDF, printing the same HTML once without the two-pass page numbering;
 * for .docx, the same document without the TOC field.
 */
import { execFileSync } from 'node:child_process';
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderCasebookHtml } from '../../core/export/casebookHtml';
import { renderCasebookDocx } from '../../core/export/docx/casebookDocx';
import { loadCasebook } from '../../core/export/load';
import { printCasebook } from '../../core/export/printCasebook';
import { openLibrary } from '../../db/connection';
import { chromiumPrinter } from '../../web/print';
import { writeCorpusLibrary } from './corpus';
import { ratio, type BenchSection } from './report';

const CASES = Number(process.env.ANJIAN_BENCH_EXPORT_CASES ?? 200);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Resident memory of this process and all its descendants (Linux `ps`), in MB; own RSS elsewhere. */
function treeRssMb(): { own: number; tree: number } {
  const own = process.memoryUsage().rss / 2 ** 20;
  if (process.platform !== 'linux') return { own, tree: own };
  try {
    const rows = execFileSync('ps', ['-eo', 'pid=,ppid=,rss=']).toString().trim().split('\n');
    const procs = rows.map((r) => r.trim().split(/\s+/).map(Number) as [number, number, number]);
    const inTree = new Set([process.pid]);
    let grew = true;
    while (grew) {
      grew = false;
      for (const [pid, ppid] of procs)
        if (inTree.has(ppid) && !inTree.has(pid)) {
          inTree.add(pid);
          grew = true;
        }
    }
    const kb = procs.filter(([pid]) => inTree.has(pid)).reduce((n, [, , rss]) => n + rss, 0);
    return { own, tree: kb / 1024 };
  } catch {
    return { own, tree: own };
  }
}

interface Measured {
  seconds: number;
  peakOwnMb: number;
  peakTreeMb: number;
}

async function measure(work: () => Promise<unknown>): Promise<Measured> {
  let peakOwn = 0;
  let peakTree = 0;
  const sample = () => {
    const m = treeRssMb();
    peakOwn = Math.max(peakOwn, m.own);
    peakTree = Math.max(peakTree, m.tree);
  };
  sample();
  const timer = setInterval(sample, 250);
  const start = performance.now();
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  sample();
  return {
    seconds: +((performance.now() - start) / 1000).toFixed(2),
    peakOwnMb: Math.round(peakOwn),
    peakTreeMb: Math.round(peakTree),
  };
}

export const exportBench: BenchSection = {
  name: 'export',
  async run(report, { workDir }) {
    const file = join(workDir, 'export-bench.sqlite');
    writeCorpusLibrary(file, CASES, 7);
    const db = openLibrary(file);
    try {
      const ids = (db.prepare('SELECT id FROM cases WHERE deleted_at IS NULL').all() as { id: string }[]).map(
        (r) => r.id,
      );
      const doc = loadCasebook(db, { caseIds: ids });
      const print = chromiumPrinter(CHROMIUM);

      const pdfPath = join(workDir, 'bench-book.pdf');
      let pages = 0;
      const pdf = await measure(async () => {
        pages = (await printCasebook(doc, pdfPath, print)).pages;
      });
      const pdfPeer = await measure(() =>
        print(renderCasebookHtml(doc), join(workDir, 'bench-book-1pass.pdf'), {
          pageSize: 'A4',
          outline: true,
        }),
      );

      const docxPath = join(workDir, 'bench-book.docx');
      const docx = await measure(async () => writeFileSync(docxPath, await renderCasebookDocx(doc)));
      const docxPeer = await measure(async () =>
        writeFileSync(join(workDir, 'bench-book-notoc.docx'), await renderCasebookDocx(doc, { toc: false })),
      );

      report.export = {
        cases: ids.length,
        pdf: { ...pdf, pages, bytes: statSync(pdfPath).size, peerOnePass: pdfPeer },
        docx: { ...docx, bytes: statSync(docxPath).size, peerNoToc: docxPeer },
      };
      console.log(`casebook of ${ids.length} cases`);
      console.log(
        `PDF  (two-pass, numbered 目录): ${pdf.seconds}s, ${pages} pages, peak ${pdf.peakOwnMb} MB node / ${pdf.peakTreeMb} MB with Chromium` +
          ` | one pass, no numbers: ${pdfPeer.seconds}s, peak ${pdfPeer.peakTreeMb} MB | ratio ${ratio(pdf.seconds, pdfPeer.seconds)}`,
      );
      console.log(
        `DOCX (TOC field): ${docx.seconds}s, peak ${docx.peakOwnMb} MB | without TOC: ${docxPeer.seconds}s, peak ${docxPeer.peakOwnMb} MB | ratio ${ratio(docx.seconds, docxPeer.seconds)}`,
      );
    } finally {
      db.close();
    }
  },
};
