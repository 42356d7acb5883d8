// `npm run bench [-- --out FILE --sizes 1000,10000,50000,100000 --only search,import]`
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { BenchReport, BenchSection } from './report';
import { SECTIONS } from './sections';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: join('bench-results', 'report.json') },
    sizes: { type: 'string', default: '1000,10000,50000,100000' },
    only: { type: 'string' },
  },
});
const sizes = values.sizes.split(',').map((s) => Number(s.trim()));
if (sizes.some((n) => !Number.isInteger(n) || n <= 0)) {
  console.error(`--sizes 应为逗号分隔的正整数，收到：${values.sizes}`);
  process.exit(2);
}
const only = values.only?.split(',');
const chosen: BenchSection[] = SECTIONS.filter((s) => !only || only.includes(s.name));

const report: BenchReport = {
  machine: {
    cpus: cpus().length,
    node: process.version,
    platform: process.platform,
    date: new Date().toISOString(),
  },
  sizes: [],
};
const workDir = mkdtempSync(join(tmpdir(), 'anjian-bench-'));
try {
  for (const section of chosen) {
    console.log(`\n== ${section.name} ==`);
    await section.run(report, { sizes, workDir });
  }
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
const out = resolve(values.out);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(report, null, 2));
console.log(`\nreport written to ${out}`);
