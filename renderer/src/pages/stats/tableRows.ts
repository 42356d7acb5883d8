import type { StatsSummary, StatsTable } from '../../../../core/contract/stats';
import type { CaseFilters } from '../../../../db/model/filters';
import {
  crossTable,
  isCrossTable,
  isOneWayTable,
  oneWayRows,
  UNKNOWN,
  type CrossTable,
  type OneWayTableId,
} from '../../../../shared/statsTables';
import type { Taxonomy } from '../../api/taxonomy';

export { UNKNOWN };

export interface CountRow {
  key: string;
  label: string;
  count: number;
  /** The filters selecting these cases; null when they cannot be selected (e.g. 未注明). */
  drill: CaseFilters | null;
}

/** A cross-table of shared/statsTables.ts with the filters behind each cell. */
export interface Matrix extends CrossTable {
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

/** The filters selecting the cases of one value of a field (the dashboard's drill-down). */
const FILTER_OF: Record<OneWayTableId, (key: string) => CaseFilters> = {
  year: (k) => ({ yearFrom: Number(k), yearTo: Number(k) }),
  category: (k) => ({ categories: [k as never] }),
  lossReason: (k) => ({ lossReasons: [k as never] }),
  enforcementStep: (k) => ({ enforcementSteps: [k as never] }),
  outcome: (k) => ({ outcomes: [k as never] }),
  agencyType: (k) => ({ agencyTypes: [k as never] }),
  courtLevel: (k) => ({ courtLevels: [k as never] }),
  trialStage: (k) => ({ trialStages: [k as never] }),
  region: (k) => ({ regions: [k] }),
};

const FIELD_FILTER = {
  category: (k: string): CaseFilters => ({ categories: [k as never] }),
  lossReason: (k: string): CaseFilters => ({ lossReasons: [k as never] }),
  enforcementStep: (k: string): CaseFilters => ({ enforcementSteps: [k as never] }),
};

/** The rows of a one-dimensional table, with the drill-down filters of each row. */
export function countRows(id: string, s: StatsSummary, t: Taxonomy): CountRow[] {
  if (id === 'courtStage')
    return s.crossCourtLevelTrialStage.map((c) => ({
      key: `${c.courtLevel}|${c.trialStage}`,
      label: `${known(c.courtLevel) ? `${c.courtLevel}法院` : c.courtLevel} · ${c.trialStage}`,
      count: c.count,
      drill:
        known(c.courtLevel) && known(c.trialStage)
          ? { courtLevels: [c.courtLevel as never], trialStages: [c.trialStage as never] }
          : null,
    }));
  if (!isOneWayTable(id)) return [];
  return oneWayRows(id, s, t).map((r) => ({ ...r, drill: known(r.key) ? FILTER_OF[id](r.key) : null }));
}

/** The cross-tables as matrices, rows and columns in taxonomy order and only those with cases. */
export function matrixOf(id: string, s: StatsSummary, t: Taxonomy): Matrix | undefined {
  if (!isCrossTable(id)) return undefined;
  const table = crossTable(id, s, t);
  return {
    ...table,
    drill: (row, col) => ({ ...FIELD_FILTER[table.rowField](row), ...FIELD_FILTER[table.colField](col) }),
  };
}
