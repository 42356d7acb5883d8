import type { ReadableDB } from '../../db/connection';
import type { CaseFilters } from '../../db/model/filters';
import { CaseStats } from '../../db/repos/stats';
import type { StatsSummary } from '../contract/stats';
import { provisionKey } from './labels';

export const TOP_PROVISIONS = 20;

/** Every figure of the dashboard for one set of filters, each one an SQL aggregate. */
export function buildSummary(db: ReadableDB, filters: CaseFilters = {}): StatsSummary {
  const stats = new CaseStats(db, filters);
  return {
    total: stats.total(),
    byCategory: stats.byColumn('category'),
    byLossReason: stats.byLossReason(),
    byOutcome: stats.byColumn('outcome'),
    byAgencyType: stats.byColumn('agency_type'),
    byCourtLevel: stats.byColumn('court_level'),
    byYear: stats.byYear(),
    crossCategoryLossReason: stats
      .categoryByLossReason()
      .map(({ row, col, count }) => ({ category: row, lossReason: col, count })),
    topProvisions: stats
      .topProvisions(TOP_PROVISIONS)
      .map(({ law, article, count }) => ({ key: provisionKey(law, article), count })),
    byTrialStage: stats.byColumn('trial_stage'),
    byRegion: stats.byColumn('region'),
    byEnforcementStep: stats.byEnforcementStep(),
    crossCategoryEnforcementStep: stats
      .categoryByEnforcementStep()
      .map(({ row, col, count }) => ({ category: row, enforcementStep: col, count })),
    crossEnforcementStepLossReason: stats
      .stepByLossReason()
      .map(({ row, col, count }) => ({ enforcementStep: row, lossReason: col, count })),
    crossCourtLevelTrialStage: stats
      .courtLevelByTrialStage()
      .map(({ row, col, count }) => ({ courtLevel: row, trialStage: col, count })),
  };
}
