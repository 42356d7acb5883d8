/**
 * How the app writes a moment and an absent value, everywhere (screens, search hits, tables):
 * one format each, so an officer never meets 2026/12/3 beside 2026-12-03 or "—" beside "无".
 */

/** What a field shows when the record does not state it. */
export const MISSING = '未载明';

/**
 * The value, or 未载明 when it is empty. With `label`, the run-on form for lists without column
 * headers (search hits): 案号未载明.
 */
export function orMissing(value: string | null | undefined, label = ''): string {
  const text = value?.trim();
  return text ? text : `${label}${MISSING}`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A stored timestamp (ISO 8601) in local time as 2026-12-03 18:20; an unreadable one as 未载明. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return MISSING;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return MISSING;
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The long form documents print: 2019-05-06 → 2019年5月6日; partial dates as far as they go. */
export function formatChineseDate(date: string | null | undefined): string {
  if (!date) return '';
  const [y, m, d] = date.split('-');
  return `${y}年${m ? `${Number(m)}月` : ''}${d ? `${Number(d)}日` : ''}`;
}
