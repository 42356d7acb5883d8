/**
 * The shape of the statistics tables, once: which counts a table shows, its title and heading,
 * and the rows and columns of a cross-table. The dashboard (renderer) and the .xlsx / report
 * exports (core) both build their tables from here; each adds only what is its own (drill-down
 * filters, percentages, cells of a sheet).
 */

/** The key the statistics give cases where a field was left empty. */
export const UNKNOWN = '未注明';

export interface KeyCount {
  key: string;
  count: number;
}
export interface Axis {
  key: string;
  label: string;
}

/** The counts a statistics summary carries (structurally the contract's StatsSummary). */
export interface SummaryCounts {
  byCategory: KeyCount[];
  byLossReason: KeyCount[];
  byOutcome: KeyCount[];
  byAgencyType: KeyCount[];
  byCourtLevel: KeyCount[];
  byTrialStage: KeyCount[];
  byYear: KeyCount[];
  byRegion: KeyCount[];
  byEnforcementStep: KeyCount[];
  crossCategoryLossReason: { category: string; lossReason: string; count: number }[];
  crossCategoryEnforcementStep: { category: string; enforcementStep: string; count: number }[];
  crossEnforcementStepLossReason: { enforcementStep: string; lossReason: string; count: number }[];
}

/** The taxonomy a table is labelled with: static in core, the library's own in the renderer. */
export interface TableTaxonomy {
  categories: readonly string[];
  lossReasons: readonly { code: string; name: string }[];
  enforcementSteps: readonly { code: string; name: string }[];
}

export const lossReasonLabel = (t: TableTaxonomy, code: string): string =>
  t.lossReasons.find((r) => r.code === code)?.name ?? code;
export const enforcementStepLabel = (t: TableTaxonomy, code: string): string =>
  t.enforcementSteps.find((s) => s.code === code)?.name ?? code;

interface OneWayDef {
  title: string;
  head: string;
  counts: (s: SummaryCounts) => KeyCount[];
  label?: (t: TableTaxonomy, key: string) => string;
}

/** The one-way tables: a count per value of one field. */
export const ONE_WAY_TABLES = {
  category: { title: '按案件类别', head: '案件类别', counts: (s) => s.byCategory },
  lossReason: {
    title: '按败诉原因',
    head: '败诉原因',
    counts: (s) => s.byLossReason,
    label: lossReasonLabel,
  },
  outcome: { title: '按裁判结果', head: '裁判结果', counts: (s) => s.byOutcome },
  agencyType: { title: '按被告机关类型', head: '机关类型', counts: (s) => s.byAgencyType },
  courtLevel: { title: '按法院层级', head: '法院层级', counts: (s) => s.byCourtLevel },
  trialStage: { title: '按审级', head: '审级', counts: (s) => s.byTrialStage },
  year: { title: '按裁判年份', head: '年份', counts: (s) => s.byYear },
  region: { title: '按地区', head: '地区', counts: (s) => s.byRegion },
  enforcementStep: {
    title: '按执法环节',
    head: '执法环节',
    counts: (s) => s.byEnforcementStep,
    label: enforcementStepLabel,
  },
} as const satisfies Record<string, OneWayDef>;
export type OneWayTableId = keyof typeof ONE_WAY_TABLES;

export const isOneWayTable = (id: string): id is OneWayTableId => Object.hasOwn(ONE_WAY_TABLES, id);

/** The rows of a one-way table, labelled. */
export function oneWayRows(id: OneWayTableId, s: SummaryCounts, t: TableTaxonomy): (KeyCount & Axis)[] {
  const def: OneWayDef = ONE_WAY_TABLES[id];
  return def.counts(s).map((r) => ({ ...r, label: def.label ? def.label(t, r.key) : r.key }));
}

export type CrossTableId = 'categoryLossReason' | 'categoryEnforcementStep' | 'enforcementStepLossReason';
export const isCrossTable = (id: string): id is CrossTableId =>
  id === 'categoryLossReason' || id === 'categoryEnforcementStep' || id === 'enforcementStepLossReason';

/** A cross-table: rows and columns in taxonomy order, only those with cases, and the count of a cell. */
export interface CrossTable {
  title: string;
  /** The heading of the row labels (the table's corner). */
  corner: string;
  /** Which case field the rows and the columns count, e.g. for drilling down. */
  rowField: 'category' | 'enforcementStep';
  colField: 'lossReason' | 'enforcementStep';
  rows: Axis[];
  cols: Axis[];
  count: (row: string, col: string) => number;
}

export function crossTable(id: CrossTableId, s: SummaryCounts, t: TableTaxonomy): CrossTable {
  const categories = t.categories.map((c) => ({ key: c, label: c }));
  const reasons = t.lossReasons.map((r) => ({ key: r.code, label: r.name }));
  const steps = t.enforcementSteps.map((x) => ({ key: x.code, label: x.name }));
  const build = (
    shape: Pick<CrossTable, 'title' | 'corner' | 'rowField' | 'colField'>,
    cells: { row: string; col: string; count: number }[],
    rows: Axis[],
    cols: Axis[],
  ): CrossTable => {
    const counts = new Map(cells.map((c) => [`${c.row}|${c.col}`, c.count]));
    return {
      ...shape,
      rows: rows.filter((r) => cells.some((c) => c.row === r.key)),
      cols: cols.filter((c) => cells.some((x) => x.col === c.key)),
      count: (row, col) => counts.get(`${row}|${col}`) ?? 0,
    };
  };
  switch (id) {
    case 'categoryLossReason':
      return build(
        { title: '案件类别 × 败诉原因', corner: '案件类别', rowField: 'category', colField: 'lossReason' },
        s.crossCategoryLossReason.map((c) => ({ row: c.category, col: c.lossReason, count: c.count })),
        categories,
        reasons,
      );
    case 'categoryEnforcementStep':
      return build(
        {
          title: '案件类别 × 执法环节',
          corner: '案件类别',
          rowField: 'category',
          colField: 'enforcementStep',
        },
        s.crossCategoryEnforcementStep.map((c) => ({
          row: c.category,
          col: c.enforcementStep,
          count: c.count,
        })),
        categories,
        steps,
      );
    case 'enforcementStepLossReason':
      return build(
        {
          title: '执法环节 × 败诉原因',
          corner: '执法环节',
          rowField: 'enforcementStep',
          colField: 'lossReason',
        },
        s.crossEnforcementStepLossReason.map((c) => ({
          row: c.enforcementStep,
          col: c.lossReason,
          count: c.count,
        })),
        steps,
        reasons,
      );
  }
}
