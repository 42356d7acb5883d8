import { describe, expect, it } from 'vitest';
import { crossTable, oneWayRows, type SummaryCounts } from '../../shared/statsTables';
import { CATEGORIES, ENFORCEMENT_STEPS, LOSS_REASONS } from '../../shared/taxonomy';

const taxonomy = { categories: CATEGORIES, lossReasons: LOSS_REASONS, enforcementSteps: ENFORCEMENT_STEPS };
const empty: SummaryCounts = {
  byCategory: [],
  byLossReason: [],
  byOutcome: [],
  byAgencyType: [],
  byCourtLevel: [],
  byTrialStage: [],
  byYear: [],
  byRegion: [],
  byEnforcementStep: [],
  crossCategoryLossReason: [],
  crossCategoryEnforcementStep: [],
  crossEnforcementStepLossReason: [],
};

describe('statistics tables', () => {
  it('labels one-way rows with the taxonomy names, keeping counts and order', () => {
    const s = {
      ...empty,
      byLossReason: [
        { key: 'procedure', count: 3 },
        { key: '未注明', count: 1 },
      ],
    };
    expect(oneWayRows('lossReason', s, taxonomy)).toEqual([
      { key: 'procedure', label: '违反法定程序', count: 3 },
      { key: '未注明', label: '未注明', count: 1 },
    ]);
  });

  it('keeps only rows and columns with cases, in taxonomy order, and counts each cell', () => {
    const s = {
      ...empty,
      crossCategoryLossReason: [
        { category: '行政处罚', lossReason: 'procedure', count: 2 },
        { category: '征地拆迁', lossReason: 'evidence', count: 1 },
      ],
    };
    const t = crossTable('categoryLossReason', s, taxonomy);
    expect(t.corner).toBe('案件类别');
    expect(t.rows.map((r) => r.key)).toEqual(['征地拆迁', '行政处罚']);
    expect(t.cols.map((c) => c.label)).toEqual(['主要证据不足', '违反法定程序']);
    expect(t.count('行政处罚', 'procedure')).toBe(2);
    expect(t.count('行政处罚', 'evidence')).toBe(0);
  });
});
