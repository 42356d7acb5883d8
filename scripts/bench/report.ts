/** The JSON report of `npm run bench`: search sizes, plus one section per other benchmark. */
export interface EngineNumbers {
  buildMs: number;
  firstQueryMs: number;
  peakRssMb: number;
  indexBytes: number;
  queryP50Ms: number;
  queryP95Ms: number;
}

export interface BenchReport {
  machine: { cpus: number; node: string; platform: string; date: string };
  sizes: { cases: number; anjian: EngineNumbers; fts5: EngineNumbers; like: EngineNumbers }[];
  [section: string]: unknown;
}

export interface BenchOptions {
  sizes: number[];
  workDir: string;
}

/** One benchmark section: it adds its numbers to the report and prints its own table. */
export interface BenchSection {
  name: string;
  run(report: BenchReport, options: BenchOptions): Promise<void>;
}

export function percentile(values: readonly number[], p: number): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

export const ratio = (ours: number, peer: number): string =>
  peer > 0 ? `${(ours / peer).toFixed(2)}×` : '—';
