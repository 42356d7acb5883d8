import type { JudgmentFields } from '../../core/import/extract';
import { citedProvisions } from '../../core/import/extract/provisions';

/** One row of the accuracy table: for each field, whether the extraction was right. */
export type FieldChecks = Record<string, boolean>;

const provisionKey = (p: { law: string; article: number; clause: string }) =>
  `${p.law}|${p.article}|${p.clause.replace(/[()]/g, (c) => (c === '(' ? '（' : '）'))}`;

export const sameProvisions = (got: JudgmentFields['provisions'], expected: JudgmentFields['provisions']) =>
  JSON.stringify(got.map(provisionKey)) === JSON.stringify(expected.map(provisionKey));

/** Statutes as the shared index writes them (《中华人民共和国X法》第N条第M款) through the same normalizer. */
export const parseExpectedStatutes = (statutes: string[]) => statutes.flatMap((s) => citedProvisions(s));

export const sameList = (a: string[], b: string[]) => JSON.stringify(a) === JSON.stringify(b);

/** 案由 as people summarise it: brackets are commentary, 的/书 are style; either may hold the other. */
export function sameCause(got: string, expected: string | null): boolean {
  if (!expected) return got === '';
  const norm = (s: string) => s.replace(/[（(][^）)]*[）)]/g, '').replace(/[的书]/g, '');
  const g = norm(got);
  const e = norm(expected);
  return g !== '' && (g.includes(e) || e.includes(g));
}

/** Prints the table: one row per document, one column per field, ✓/✗, and the per-field totals. */
export function printAccuracy(
  title: string,
  rows: { name: string; checks: FieldChecks }[],
): Record<string, number> {
  const fields = Object.keys(rows[0]?.checks ?? {});
  const totals: Record<string, number> = {};
  for (const f of fields) totals[f] = rows.filter((r) => r.checks[f]).length;
  const lines = [
    `\n${title}`,
    ['document', ...fields].join('\t'),
    ...rows.map((r) => [r.name, ...fields.map((f) => (r.checks[f] ? '✓' : '✗'))].join('\t')),
    ['right', ...fields.map((f) => `${totals[f]}/${rows.length}`)].join('\t'),
  ];
  console.log(lines.join('\n'));
  return totals;
}
