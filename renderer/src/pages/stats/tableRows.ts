import type { StatsSummary, StatsTable } from '../../../../core/contract/stats';
import type { CaseFilters } from '../../../../db/model/filters';
import type { Taxonomy } from '../../api/taxonomy';

export const UNKNOWN = '未注明';

export interface CountRow {
  key: string;
  label: string;
  count: number;
  /** The filters selecting these cases; null when they cannot be selected (e.g. 未注明). */
  drill: CaseFilters | null;
}

export interface Matrix {
  rowHead: string;
  rows: { key: string; label: string }[];
  cols: { key: string; label: string }[];
  cells: Map<string, number>;
  drill: (row: string, col: string) => CaseFilters;
}

/** Which exportable table stands behind each chart of the dashboard. */
export const CHART_TABLE: Record<string, StatsTable> = {
  year: 'year',
  category: 'category',
  lossReason: 'lossReason',
  enforcementStep: 'enforcementStep',
  outcome: 'outcome',
  agencyType: 'agencyType',
  courtStage: 'courtLevel',
  categoryLossReason: 'categoryLossReason',
  enforcementStepLossReason: 'enforcementStepLossReason',
};

const known = (key: string) => key !== UNKNOWN;

/** The rows of a one-dimensional table, with the drill-down filters of each row. */
export function countRows(id: string, s: StatsSummary, t: Taxonomy): CountRow[] {
  const reason = (k: string) => t.lossReasons.find((r) => r.code === k)?.name ?? k;
  const step = (k: string) => t.enforcementSteps.find((x) => x.code === k)?.name ?? k;
  const rows = (
    list: { key: string; count: number }[],
    label: (k: string) => string,
    drill: (k: string) => CaseFilters,
  ) =>
    list.map((r) => ({
      key: r.key,
      label: label(r.key),
      count: r.count,
      drill: known(r.key) ? drill(r.key) : null,
    }));
  const same = (k: string) => k;
  switch (id) {
    case 'year':
      return rows(s.byYear, same, (k) => ({ yearFrom: Number(k), yearTo: Number(k) }));
    case 'category':
      return rows(s.byCategory, same, (k) => ({ categories: [k as never] }));
    case 'lossReason':
      return rows(s.byLossReason, reason, (k) => ({ lossReasons: [k as never] }));
    case 'enforcementStep':
      return rows(s.byEnforcementStep, step, (k) => ({ enforcementSteps: [k as never] }));
    case 'outcome':
      return rows(s.byOutcome, same, (k) => ({ outcomes: [k as never] }));
    case 'agencyType':
      return rows(s.byAgencyType, same, (k) => ({ agencyTypes: [k as never] }));
    case 'courtStage':
      return s.crossCourtLevelTrialStage.map((c) => ({
        key: `${c.courtLevel}|${c.trialStage}`,
        label: `${known(c.courtLevel) ? `${c.courtLevel}法院` : c.courtLevel} · ${c.trialStage}`,
        count: c.count,
        drill:
          known(c.courtLevel) && known(c.trialStage)
            ? { courtLevels: [c.courtLevel as never], trialStages: [c.trialStage as never] }
            : null,
      }));
    case 'region':
      return rows(s.byRegion, same, (k) => ({ regions: [k] }));
    default:
      return [];
  }
}

/** The cross-tables as matrices, rows and columns in taxonomy order and only those with cases. */
export function matrixOf(id: string, s: StatsSummary, t: Taxonomy): Matrix | undefined {
  const reasons = t.lossReasons.map((r) => ({ key: r.code, label: r.name }));
  const steps = t.enforcementSteps.map((x) => ({ key: x.code, label: x.name }));
  const categories = t.categories.map((c) => ({ key: c, label: c }));
  const build = (
    rowHead: string,
    cells: { row: string; col: string; count: number }[],
    rows: { key: string; label: string }[],
    cols: { key: string; label: string }[],
    drill: Matrix['drill'],
  ): Matrix => ({
    rowHead,
    rows: rows.filter((r) => cells.some((c) => c.row === r.key)),
    cols: cols.filter((c) => cells.some((x) => x.col === c.key)),
    cells: new Map(cells.map((c) => [`${c.row}|${c.col}`, c.count])),
    drill,
  });
  if (id === 'categoryLossReason')
    return build(
      '案件类别',
      s.crossCategoryLossReason.map((c) => ({ row: c.category, col: c.lossReason, count: c.count })),
      categories,
      reasons,
      (row, col) => ({ categories: [row as never], lossReasons: [col as never] }),
    );
  if (id === 'enforcementStepLossReason')
    return build(
      '执法环节',
      s.crossEnforcementStepLossReason.map((c) => ({
        row: c.enforcementStep,
        col: c.lossReason,
        count: c.count,
      })),
      steps,
      reasons,
      (row, col) => ({ enforcementSteps: [row as never], lossReasons: [col as never] }),
    );
  return undefined;
}
