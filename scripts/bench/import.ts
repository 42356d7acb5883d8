/**
 * Import benchmark: 1,000 judgment .txt files through import.preview (read, detect encoding,
 * extract every field, flag duplicates) and import.commit (one transaction: cases, loss reasons,
 * provisions, revision, search index). Peer in the same run: a raw INSERT of the same rows into
 * the cases table alone, the floor any importer pays for the writes.
 */
import { join } from 'node:path';
import type { ImportDraft } from '../../core/contract/import';
import { openLibrary } from '../../db/connection';
import { openService } from '../../core/service';
import { generateCases } from './corpus';
import { judgmentText } from './importJudgments';
import { ratio, type BenchSection } from './report';

const FILES = Number(process.env.ANJIAN_BENCH_IMPORT_FILES ?? 1000);
const BATCH = 100;

export const importBench: BenchSection = {
  name: 'import',
  async run(report, { workDir }) {
    const cases = generateCases(FILES, 7);
    const files = cases.map((c, i) => ({
      name: `判决书-${String(i).padStart(4, '0')}.txt`,
      dataBase64: Buffer.from(judgmentText(c), 'utf8').toString('base64'),
    }));
    const service = openService(join(workDir, 'import-bench.sqlite'), {
      platform: { userDataDir: join(workDir, 'import-user') },
    });
    try {
      const t0 = performance.now();
      const drafts: ImportDraft[] = [];
      for (let i = 0; i < files.length; i += BATCH) {
        const preview = await service.call('import.preview', { files: files.slice(i, i + BATCH) });
        if (preview.failures.length) throw new Error(`import bench: ${preview.failures[0]!.message}`);
        drafts.push(...preview.drafts);
      }
      const previewMs = performance.now() - t0;
      const t1 = performance.now();
      const committed = await service.call('import.commit', { drafts });
      const commitMs = performance.now() - t1;
      const totalMs = previewMs + commitMs;
      const right = drafts.filter(
        (d, i) => d.fields.caseNumber === cases[i]!.caseNumber && d.fields.court === cases[i]!.court,
      ).length;

      // Peer: the same rows by a bare INSERT into cases (no extraction, links or index).
      const peer = openLibrary(join(workDir, 'import-peer.sqlite'));
      const t2 = performance.now();
      const insert = peer.prepare(
        `INSERT INTO cases (id, case_number, case_number_key, related_case_numbers, title, court, category, outcome,
          full_text, status, origin, created_at, updated_at, revision)
         VALUES (@id, @caseNumber, @caseNumber, '[]', @title, @court, @category, @outcome, @fullText, 'draft', 'local', @now, @now, 1)`,
      );
      const now = new Date().toISOString();
      peer.transaction(() => {
        drafts.forEach((d, i) => insert.run({ ...d.case, id: `peer-${i}`, now }));
      })();
      const peerMs = performance.now() - t2;
      peer.close();

      const result = {
        files: FILES,
        imported: committed.imported.length,
        caseNumberAndCourtRight: right,
        previewMs: Math.round(previewMs),
        commitMs: Math.round(commitMs),
        filesPerSecond: Math.round((FILES / totalMs) * 1000),
        peerRawInsertMs: Math.round(peerMs),
        peerRowsPerSecond: Math.round((FILES / peerMs) * 1000),
      };
      report.import = result;
      console.log(
        [
          `  files                     ${FILES} (.txt, ~${Math.round((files[0]!.dataBase64.length * 0.75) / 1024)} KB each)`,
          `  extraction (preview)      ${result.previewMs} ms`,
          `  commit + search index     ${result.commitMs} ms`,
          `  案鉴 import                ${result.filesPerSecond} files/s (fields right: ${right}/${FILES})`,
          `  peer: raw INSERT          ${result.peerRawInsertMs} ms, ${result.peerRowsPerSecond} rows/s`,
          `  ratio (案鉴 time / peer)   ${ratio(totalMs, peerMs)}`,
        ].join('\n'),
      );
    } finally {
      service.close();
    }
  },
};
