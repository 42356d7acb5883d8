/**
 * Reading benchmark: opening a case (cases.get + highlights.list), 类案 (cases.related) and
 * statute → cases (provisions.cases) on a synthetic library. Peer in the same run for 类案: the
 * naive way, comparing the case's text with every case in the library (no SQL pre-ranking).
 */
import { join } from 'node:path';
import { openService } from '../../core/service';
import { writeCorpusLibrary } from './corpus';
import { percentile, ratio, type BenchSection } from './report';

const CASES = Number(process.env.ANJIAN_BENCH_READING_CASES ?? 2000);
const SAMPLES = 40;

function bigrams(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const run = text.normalize('NFKC').replace(/[^\p{Script=Han}a-z0-9]+/gu, '');
  for (let i = 0; i + 1 < run.length; i++)
    counts.set(run.slice(i, i + 2), (counts.get(run.slice(i, i + 2)) ?? 0) + 1);
  return counts;
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [g, n] of a) {
    na += n * n;
    dot += n * (b.get(g) ?? 0);
  }
  for (const n of b.values()) nb += n * n;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

async function timeEach<T>(items: readonly T[], work: (item: T) => unknown): Promise<number[]> {
  const times: number[] = [];
  for (const item of items) {
    const t = performance.now();
    await work(item);
    times.push(performance.now() - t);
  }
  return times;
}

const ms = (values: number[]) => ({
  p50: +percentile(values, 50).toFixed(1),
  p95: +percentile(values, 95).toFixed(1),
});

export const readingBench: BenchSection = {
  name: 'reading',
  async run(report, { workDir }) {
    const file = join(workDir, 'reading-bench.sqlite');
    writeCorpusLibrary(file, CASES, 11);
    const service = openService(file, { platform: { userDataDir: join(workDir, 'reading-user') } });
    try {
      const { items } = await service.call('cases.list', { limit: 1000 });
      const ids = items
        .filter((_, i) => i % Math.max(1, Math.floor(items.length / SAMPLES)) === 0)
        .slice(0, SAMPLES);
      const open = await timeEach(ids, async ({ id }) => {
        await service.call('cases.get', { id });
        await service.call('highlights.list', { caseId: id });
      });
      const related = await timeEach(ids, ({ id }) => service.call('cases.related', { id }));
      const provisions = await service.call('provisions.list', {});
      const statute = await timeEach(provisions.slice(0, SAMPLES), (p) =>
        service.call('provisions.cases', { provision: p.label }),
      );

      // Peer: every case's text against this one, then the top five.
      const select = service.ctx.db.prepare(
        `SELECT id, title || char(10) || summary || char(10) || issues AS text FROM cases WHERE deleted_at IS NULL`,
      );
      const naive = await timeEach(ids, ({ id }) => {
        const rows = select.all() as { id: string; text: string }[];
        const mine = bigrams(rows.find((r) => r.id === id)?.text ?? '');
        return rows
          .filter((r) => r.id !== id)
          .map((r) => ({ id: r.id, score: cosine(mine, bigrams(r.text)) }))
          .sort((a, b) => b.score - a.score)
          .slice(0, 5);
      });

      const result = {
        cases: CASES,
        openCaseMs: ms(open),
        relatedMs: ms(related),
        provisionCasesMs: ms(statute),
        peerNaiveRelatedMs: ms(naive),
      };
      report.reading = result;
      console.log(
        [
          `  library                    ${CASES} synthetic cases`,
          `  open a case (get + marks)  p50 ${result.openCaseMs.p50} ms, p95 ${result.openCaseMs.p95} ms`,
          `  statute → cases            p50 ${result.provisionCasesMs.p50} ms, p95 ${result.provisionCasesMs.p95} ms`,
          `  类案 (cases.related)        p50 ${result.relatedMs.p50} ms, p95 ${result.relatedMs.p95} ms`,
          `  peer: naive text scan      p50 ${result.peerNaiveRelatedMs.p50} ms, p95 ${result.peerNaiveRelatedMs.p95} ms`,
          `  ratio (案鉴 / peer, p50)    ${ratio(percentile(related, 50), percentile(naive, 50))}`,
        ].join('\n'),
      );
    } finally {
      service.close();
    }
  },
};
