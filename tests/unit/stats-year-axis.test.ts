import { describe, expect, it } from 'vitest';
import { everyYear } from '../../core/stats/charts';

describe('the year chart is a time axis', () => {
  it('spaces 1999 and 2005 by the years between, with 0 cases in them', () => {
    const rows = everyYear([
      { key: '2005', count: 2 },
      { key: '1999', count: 1 },
    ]);
    expect(rows.map((r) => r.key)).toEqual(['1999', '2000', '2001', '2002', '2003', '2004', '2005']);
    expect(rows.map((r) => r.count)).toEqual([1, 0, 0, 0, 0, 0, 2]);
    expect(everyYear([])).toEqual([]);
  });
});
