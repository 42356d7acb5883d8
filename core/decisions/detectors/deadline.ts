import {
  addDays,
  chineseDate,
  daysBetween,
  holidayCalendar,
  isWorkingDay,
  workingDaysAfter,
} from '../calendar';
import { dateOf } from '../dates';
import { matchesAny } from '../text';
import type { Detector } from './hit';

/**
 * The draft's own dates against a statutory period. Calendar days follow 民法典 §201/§203: the
 * first day is not counted, and a period ending on a holiday ends on the next working day. Where
 * a date is missing or outside the holiday table, the finding says what to check instead.
 */
export const detectDeadline: Detector<'deadline'> = (draft, detect) => {
  const dates = draft.elements.filter((e) => e.kind === 'date');
  const start = dates.find((e) => dateOf(e).role === detect.startRole);
  const issued = dates.find((e) => dateOf(e).role === 'issued');
  const period = `${detect.limit}${detect.unit === 'workdays' ? '个工作日' : '日'}`;
  if (!start || !issued) {
    const missing = [!start ? detect.startName : '', !issued ? '作出（落款）日期' : ''].filter(Boolean);
    return [
      {
        severity: 'low',
        message: `未能从文书中读出${missing.join('和')}，无法核对是否超过法定期限（${period}），请核对${detect.startName}与作出日期`,
        passage: start && { start: start.start, end: start.end },
      },
    ];
  }
  const from = dateOf(start).iso;
  const to = dateOf(issued).iso;
  const extended = detect.extension.length > 0 && matchesAny(draft.text, detect.extension);
  if (extended && detect.extendedLimit === undefined) return [];
  const limit = extended && detect.extendedLimit ? detect.extendedLimit : detect.limit;
  const unit = detect.unit === 'workdays' ? '个工作日' : '日';
  const passage = { start: start.start, end: start.end };
  if (detect.unit === 'workdays') {
    const count = workingDaysAfter(from, to);
    if (!count.ok) return [{ severity: 'low', message: count.message, passage }];
    if (count.days <= limit) return [];
    return [
      {
        detail: `${detect.startName}${chineseDate(from)}至作出日期${chineseDate(to)}共${count.days}个工作日，超过${limit}${unit}${extended ? '（已计延长）' : ''}`,
        passage,
      },
    ];
  }
  const cal = holidayCalendar();
  let last = addDays(from, limit);
  while (last <= cal.to && !isWorkingDay(last, cal)) last = addDays(last, 1);
  if (to <= last) return [];
  return [
    {
      detail: `${detect.startName}${chineseDate(from)}至作出日期${chineseDate(to)}共${daysBetween(from, to)}日，超过${limit}${unit}（期限届满日为${chineseDate(last)}）`,
      passage,
    },
  ];
};
