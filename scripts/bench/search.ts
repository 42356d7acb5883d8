/**
 * Search benchmark: 案鉴's engine (FTS5 over Chinese bigrams + facets + snippets, the whole
 * search.query answer) beside SQLite FTS5 trigram and a plain LIKE scan, on the same synthetic
 * library, each engine in its own process.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCases, writeCorpusLibrary } from './corpus';
import { ratio, type BenchSection, type EngineNumbers } from './report';
import { benchQueries } from './searchQueries';

const WORKER = join(import.meta.dirname, 'searchWorker.ts');
const ENGINES = ['anjian', 'fts5', 'like'] as const;

function runWorker(args: string[]): Record<string, unknown> {
  const out = spawnSync(process.execPath, ['--import', 'tsx', WORKER, ...args], {
    encoding: 'utf8',
    // Every query of every round does its full work: no per-query result cache.
    env: { ...process.env, ANJIAN_SEARCH_CACHE: 'off' },
    maxBuffer: 16 * 1024 * 1024,
  });
  if (out.status !== 0) throw new Error(`search bench worker ${args.join(' ')} failed:\n${out.stderr}`);
  const line = out.stdout.trim().split('\n').pop() ?? '{}';
  return JSON.parse(line) as Record<string, unknown>;
}

const num = (v: unknown) => Math.round(Number(v ?? 0) * 100) / 100;

export const searchBench: BenchSection = {
  name: 'search',
  run(report, { sizes, workDir }) {
    const details: Record<string, unknown>[] = [];
    for (const cases of sizes) {
      const library = join(workDir, `search-${cases}.sqlite`);
      // The case writes without the tokenizer: the index build is timed on its own below.
      const t = performance.now();
      writeCorpusLibrary(library, cases, 42, 'rebuild-later');
      const corpusMs = performance.now() - t;
      const queriesFile = join(workDir, `queries-${cases}.json`);
      writeFileSync(queriesFile, JSON.stringify(benchQueries(generateCases(6, 42))));
      const numbers = {} as Record<(typeof ENGINES)[number], EngineNumbers>;
      const extra: Record<string, unknown> = { cases, corpusMs: num(corpusMs) };
      for (const engine of ENGINES) {
        const peerDb = join(workDir, `${engine}-${cases}.sqlite`);
        const built = runWorker([engine, 'build', library, peerDb, queriesFile]);
        const queried = runWorker([engine, 'query', library, peerDb, queriesFile]);
        numbers[engine] = {
          buildMs: num(built.buildMs),
          firstQueryMs: num(queried.firstQueryMs),
          peakRssMb: num(Math.max(Number(built.peakRssMb), Number(queried.peakRssMb))),
          indexBytes: Number(built.indexBytes ?? 0),
          queryP50Ms: num(queried.queryP50Ms),
          queryP95Ms: num(queried.queryP95Ms),
        };
        extra[engine] = {
          zeroHitQueries: queried.zeroHits,
          ...(engine === 'anjian'
            ? {
                suggestFirstMs: num(queried.suggestFirstMs),
                suggestP50Ms: num(queried.suggestP50Ms),
                suggestP95Ms: num(queried.suggestP95Ms),
              }
            : {}),
        };
        console.log(`  ${cases} cases, ${engine}: ${JSON.stringify(numbers[engine])}`);
      }
      report.sizes.push({ cases, ...numbers });
      details.push(extra);
      printTable(cases, numbers, extra);
    }
    report.search = {
      note: 'anjian = the whole search.query answer (ranked hits, facets over the whole result set, highlighted snippets); fts5 = trigram MATCH (2-character queries fall to LIKE scans) giving total + ranking only; like = LIKE scan over every text column.',
      details,
    };
    return Promise.resolve();
  },
};

function printTable(
  cases: number,
  n: Record<(typeof ENGINES)[number], EngineNumbers>,
  extra: Record<string, unknown>,
): void {
  const keys: (keyof EngineNumbers)[] = [
    'buildMs',
    'firstQueryMs',
    'peakRssMb',
    'indexBytes',
    'queryP50Ms',
    'queryP95Ms',
  ];
  console.log(`\n  search @ ${cases} cases`);
  console.log(
    `  ${'metric'.padEnd(14)}${'anjian'.padStart(14)}${'fts5'.padStart(14)}${'like'.padStart(14)}  anjian/fts5  anjian/like`,
  );
  for (const k of keys) {
    console.log(
      `  ${k.padEnd(14)}${String(n.anjian[k]).padStart(14)}${String(n.fts5[k]).padStart(14)}${String(n.like[k]).padStart(14)}  ${ratio(n.anjian[k], n.fts5[k]).padStart(11)}  ${ratio(n.anjian[k], n.like[k]).padStart(11)}`,
    );
  }
  console.log(`  anjian: ${JSON.stringify(extra.anjian)}`);
  console.log(
    `  fts5 zero-hit: ${JSON.stringify((extra.fts5 as { zeroHitQueries: unknown }).zeroHitQueries)}`,
  );
  console.log(
    `  like zero-hit: ${JSON.stringify((extra.like as { zeroHitQueries: unknown }).zeroHitQueries)}`,
  );
}
