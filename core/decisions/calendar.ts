import { z } from 'zod';
import calendarJson from '../../data/calendar/cn-holidays.json';

/**
 * Working days under the State Council's yearly holiday notices: Monday–Friday unless the notice
 * gives the day off, Saturday and Sunday only when the notice makes it a 调休 working day. The
 * table ships as data (data/calendar/cn-holidays.json, with its source); a date outside it cannot
 * be counted, and the caller is told so instead of getting a guess.
 */
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const CalendarFile = z.object({
  description: z.string(),
  source: z.string(),
  from: IsoDate,
  to: IsoDate,
  years: z.record(
    z.string().regex(/^\d{4}$/),
    z.object({ notice: z.string(), off: z.array(IsoDate), work: z.array(IsoDate) }),
  ),
});

export interface HolidayCalendar {
  from: string;
  to: string;
  source: string;
  off: ReadonlySet<string>;
  work: ReadonlySet<string>;
}

let loaded: HolidayCalendar | undefined;

export function holidayCalendar(): HolidayCalendar {
  if (loaded) return loaded;
  const file = CalendarFile.parse(calendarJson);
  const years = Object.values(file.years);
  loaded = {
    from: file.from,
    to: file.to,
    source: file.source,
    off: new Set(years.flatMap((y) => y.off)),
    work: new Set(years.flatMap((y) => y.work)),
  };
  return loaded;
}

/** A calendar day as YYYY-MM-DD; dates here carry no time and no zone. */
export const addDays = (iso: string, n: number): string => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

export const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

export function isWorkingDay(iso: string, cal = holidayCalendar()): boolean {
  if (cal.work.has(iso)) return true;
  if (cal.off.has(iso)) return false;
  const weekday = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** 2024-04-07 → 2024年4月7日, as a decision and an 意见书 write dates. */
export const chineseDate = (iso: string): string => {
  const [y, m, d] = iso.split('-');
  return `${y}年${Number(m)}月${Number(d)}日`;
};

export type WorkdayCount = { ok: true; days: number } | { ok: false; message: string };

/**
 * Working days after `from` up to and including `to` (a period counted "自收到之日起" starts the
 * next day). Refuses dates the shipped table does not cover.
 */
export function workingDaysAfter(from: string, to: string, cal = holidayCalendar()): WorkdayCount {
  for (const d of [from, to]) {
    if (d < cal.from || d > cal.to) {
      return {
        ok: false,
        message: `内置的节假日表只覆盖${chineseDate(cal.from)}至${chineseDate(cal.to)}（来源：${cal.source}），${chineseDate(d)}不在其中，无法计算工作日，请按当年国务院办公厅放假通知人工核对`,
      };
    }
  }
  let days = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (isWorkingDay(d, cal)) days++;
  return { ok: true, days };
}

/** The date on which `n` working days after `from` end, or undefined past the table. */
export function addWorkingDays(from: string, n: number, cal = holidayCalendar()): string | undefined {
  let d = from;
  for (let left = n; left > 0;) {
    d = addDays(d, 1);
    if (d > cal.to) return undefined;
    if (isWorkingDay(d, cal)) left--;
  }
  return d;
}
