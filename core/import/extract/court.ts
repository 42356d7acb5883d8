import type { CourtLevel } from '../../../shared/taxonomy';

/** 基层 / 中级 / 高级 / 最高 from the court's name (specialised courts sit at the 中级 level). */
export function courtLevelOf(court: string): CourtLevel | null {
  if (!court) return null;
  if (/最高人民法院/.test(court)) return '最高';
  if (/高级人民法院/.test(court)) return '高级';
  if (/中级|海事法院|知识产权法院|金融法院|铁路运输中级/.test(court)) return '中级';
  return '基层';
}
