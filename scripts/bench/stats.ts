/**
 * Statistics benchmark: stats.summary (every figure of the dashboard, aggregated by SQLite) at
 * each corpus size, for the whole library and for a narrow filter. Peer in the same run: the
 * same figures computed in JavaScript over every live row (what a renderer-side aggregation
 * would have to do after loading the cases).
 */
import { join } from 'node:path';
import { openService } from '../../core/service';
import { buildSummary } from '../../core/stats/summary';
import type { ReadableDB } from '../../db/connection';
import { writeCorpusLibrary } from './corpus';
import { percentile, ratio, type BenchSection } from './report';

const RUNS = 7;

interface Row {
  id: string;
  category: string;
  outcome: string;
  agency_type: string | null;
  court_level: string | null;
  trial_stage: string | null;
  year: number | null;
  region: string;
}

/** The peer: load the rows and their links, count everything in JS. */
function aggregateInJs(db: ReadableDB) {
  const rows = db
    .prepare(
      `SELECT id, category, outcome, agency_type, court_level, trial_stage, year, region
       FROM cases WHERE deleted_at IS NULL`,
    )
    .all() as Row[];
  const links = (sql: string) => {
    const byCase = new Map<string, string[]>();
    for (const { case_id, code } of db.prepare(sql).all() as { case_id: string; code: string }[]) {
      const list = byCase.get(case_id);
      if (list) list.push(code);
      else byCase.set(case_id, [code]);
    }
    return byCase;
  };
  const reasons = links('SELECT case_id, code FROM case_loss_reasons');
  const steps = links('SELECT case_id, code FROM case_enforcement_steps');
  const provisions = links(
    `SELECT cp.case_id, p.law || '第' || p.article || '条' AS code
     FROM case_provisions cp JOIN provisions p ON p.id = cp.provision_id`,
  );
  const counters = new Map<string, Map<string, number>>();
  const add = (facet: string, key: string) => {
    let m = counters.get(facet);
    if (!m) {
      m = new Map<string, number>();
      counters.set(facet, m);
    }
    m.set(key, (m.get(key) ?? 0) + 1);
  };
  for (const r of rows) {
    add('category', r.category);
    add('outcome', r.outcome);
    add('agencyType', r.agency_type ?? '未注明');
    add('courtLevel', r.court_level ?? '未注明');
    add('trialStage', r.trial_stage ?? '未注明');
    add('year', r.year === null ? '未注明' : String(r.year));
    add('region', r.region || '未注明');
    add('courtStage', `${r.court_level ?? '未注明'}|${r.trial_stage ?? '未注明'}`);
    const rs = reasons.get(r.id) ?? [];
    const ss = steps.get(r.id) ?? [];
    for (const c of rs) {
      add('lossReason', c);
      add('categoryLossReason', `${r.category}|${c}`);
      for (const s of ss) add('stepLossReason', `${s}|${c}`);
    }
    for (const s of ss) {
      add('step', s);
      add('categoryStep', `${r.category}|${s}`);
    }
    for (const p of provisions.get(r.id) ?? []) add('provision', p);
  }
  return { total: rows.length, counters };
}

async function time(work: () => unknown): Promise<number[]> {
  await work(); // warm-up: statement cache, page cache
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await work();
    times.push(performance.now() - t);
  }
  return times;
}

const p50 = (values: number[]) => +percentile(values, 50).toFixed(1);

export const statsBench: BenchSection = {
  name: 'stats',
  async run(report, { sizes, workDir }) {
    const rows: Record<string, number>[] = [];
    console.log('cases     summary p50   p95    filtered p50   JS peer p50   ratio (summary / peer)');
    for (const size of sizes) {
      const file = join(workDir, `stats-${size}.sqlite`);
      writeCorpusLibrary(file, size, 8);
      const service = openService(file, { platform: { userDataDir: join(workDir, `stats-user-${size}`) } });
      try {
        // buildSummary is what stats.summary runs; called directly so the service's per-revision
        // cache does not answer the repeats.
        const db = service.ctx.db;
        const whole = await time(() => buildSummary(db, {}));
        const filtered = await time(() =>
          buildSummary(db, { categories: ['行政处罚'], yearFrom: 2018, yearTo: 2022 }),
        );
        const cold = performance.now();
        await service.call('stats.summary', { filters: { outcomes: ['撤销'] } });
        const viaService = performance.now() - cold;
        const peer = await time(() => aggregateInJs(service.ctx.db));
        // The peer must count what SQL counts, or the comparison means nothing.
        const sql = await service.call('stats.summary', {});
        const js = aggregateInJs(service.ctx.db);
        for (const { key, count } of sql.byLossReason)
          if (js.counters.get('lossReason')?.get(key) !== count)
            throw new Error(`peer disagrees on loss reason ${key} at ${size} cases`);
        const row = {
          cases: size,
          summaryP50Ms: p50(whole),
          summaryP95Ms: +percentile(whole, 95).toFixed(1),
          filteredP50Ms: p50(filtered),
          jsPeerP50Ms: p50(peer),
          serviceFirstCallMs: +viaService.toFixed(1),
        };
        rows.push(row);
        console.log(
          `${String(size).padEnd(9)} ${String(row.summaryP50Ms).padStart(8)} ms ${String(row.summaryP95Ms).padStart(6)} ms ${String(row.filteredP50Ms).padStart(10)} ms ${String(row.jsPeerP50Ms).padStart(11)} ms   ${ratio(row.summaryP50Ms, row.jsPeerP50Ms)}`,
        );
      } finally {
        service.close();
      }
    }
    report.stats = rows;
  },
};
