/** YYYY, YYYY-MM or YYYY-MM-DD: published cases often give only the year or the month. */
export const PARTIAL_DATE_PATTERN = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

export const PARTIAL_DATE_HINT = '日期应为 YYYY、YYYY-MM 或 YYYY-MM-DD';

/** Why a stored date is not acceptable, or null when it is (2021-02-30 has the form but no such day). */
export function partialDateProblem(value: string): string | null {
  if (!PARTIAL_DATE_PATTERN.test(value)) return PARTIAL_DATE_HINT;
  const [y, m, d] = value.split('-').map(Number);
  if (d && new Date(Date.UTC(y!, m! - 1, d)).getUTCDate() !== d) return '没有这一天';
  return null;
}
