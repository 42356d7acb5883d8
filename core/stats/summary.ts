import type { ReadableDB } from '../../db/connection';
import type { CaseFilters } from '../../db/model/filters';
import { outcomeClassifiedByLibrary, statsFacets } from '../../db/repos/stats';
import type { StatsSummary } from '../contract/stats';
import { provisionKey } from './labels';

export const TOP_PROVISIONS = 20;

/** Every figure of the dashboard for one set of filters, each one an SQL aggregate. */
export function buildSummary(db: ReadableDB, filters: CaseFilters = {}): StatsSummary {
  const rows = statsFacets(db, filters, TOP_PROVISIONS);
  const of = (facet: string) => rows.filter((r) => r.facet === facet);
  const keyed = (facet: string) => of(facet).map((r) => ({ key: r.k1, count: r.count }));
  const crossed = <A extends string, B extends string>(facet: string, a: A, b: B) =>
    of(facet).map(
      (r) => ({ [a]: r.k1, [b]: r.k2, count: r.count }) as Record<A | B, string> & { count: number },
    );
  return {
    total: of('total')[0]?.count ?? 0,
    byCategory: keyed('category'),
    byLossReason: keyed('lossReason'),
    byOutcome: keyed('outcome'),
    outcomeClassifiedByLibrary: outcomeClassifiedByLibrary(db, filters),
    byAgencyType: keyed('agencyType'),
    byCourtLevel: keyed('courtLevel'),
    byYear: keyed('year'),
    crossCategoryLossReason: crossed('categoryLossReason', 'category', 'lossReason'),
    // Ordered by the SQL (count, then law and article); the key reads 行政处罚法第63条.
    topProvisions: of('provision')
      .sort((x, y) => y.count - x.count || (x.k1 < y.k1 ? -1 : x.k1 > y.k1 ? 1 : Number(x.k2) - Number(y.k2)))
      .map((r) => ({ key: provisionKey(r.k1, Number(r.k2)), count: r.count })),
    byTrialStage: keyed('trialStage'),
    byRegion: keyed('region'),
    byEnforcementStep: keyed('enforcementStep'),
    crossCategoryEnforcementStep: crossed('categoryEnforcementStep', 'category', 'enforcementStep'),
    crossEnforcementStepLossReason: crossed('enforcementStepLossReason', 'enforcementStep', 'lossReason'),
    crossCourtLevelTrialStage: crossed('courtLevelTrialStage', 'courtLevel', 'trialStage'),
  };
}
