import { describe, expect, it } from 'vitest';
import { formatChineseDate, formatDateTime, MISSING, orMissing } from '../../shared/display';

describe('the one date format and the one missing value', () => {
  it('writes a stored timestamp as 2026-12-03 18:20 in local time', () => {
    const local = new Date(2026, 11, 3, 18, 20, 59);
    expect(formatDateTime(local.toISOString())).toBe('2026-12-03 18:20');
    expect(formatDateTime('not a date')).toBe(MISSING);
    expect(formatDateTime(null)).toBe(MISSING);
  });

  it('writes the long form documents print, as far as a partial date goes', () => {
    expect(formatChineseDate('2019-05-06')).toBe('2019年5月6日');
    expect(formatChineseDate('2019-05')).toBe('2019年5月');
    expect(formatChineseDate('2019')).toBe('2019年');
  });

  it('shows 未载明 for an empty field, with the field named in run-on text', () => {
    expect(orMissing('')).toBe('未载明');
    expect(orMissing('  ')).toBe('未载明');
    expect(orMissing(null, '案号')).toBe('案号未载明');
    expect(orMissing('(2021)最高法行再1号', '案号')).toBe('(2021)最高法行再1号');
  });
});
