import type { FieldError } from '@yunju/contracts';
import { dayNumberOf, weekdayOf } from './working-calendar.ts';

/** What an administrator submits for one year (the body of `PUT /api/calendar/years/:year`). */
export interface CalendarYearDays {
  holidays: Readonly<Record<string, readonly string[]>>;
  workdays: readonly string[];
}

const fe = (path: string, code: string, message: string, messageEn: string): FieldError => ({ path, code, message, messageEn });

/**
 * The problems of one year's arrangement, each naming its field (`holidays.春节.2`, `workdays.0`):
 * every date real and inside the year; no date twice; at least one festival; workdays are
 * Saturdays or Sundays and never also holidays. Empty when the year is valid.
 */
export function calendarYearProblems(year: number, days: CalendarYearDays): FieldError[] {
  const problems: FieldError[] = [];
  const prefix = `${year}-`;
  const holidayPaths = new Map<string, string>();

  const checkDate = (path: string, date: string): boolean => {
    if (dayNumberOf(date) === undefined) {
      problems.push(fe(path, 'invalid_date', `${date} 不是有效日期`, `${date} is not a real date`));
      return false;
    }
    if (!date.startsWith(prefix)) {
      problems.push(fe(path, 'outside_year', `${date} 不在 ${year} 年内`, `${date} is not in ${year}`));
      return false;
    }
    return true;
  };

  const festivals = Object.entries(days.holidays);
  if (festivals.length === 0) problems.push(fe('holidays', 'required', '至少填写一个节日的放假日期', 'List the days off of at least one festival'));
  for (const [name, dates] of festivals) {
    dates.forEach((date, i) => {
      const path = `holidays.${name}.${i}`;
      if (!checkDate(path, date)) return;
      const earlier = holidayPaths.get(date);
      if (earlier) {
        problems.push(fe(path, 'duplicate', `${date} 已在 ${earlier} 中列出`, `${date} is already listed at ${earlier}`));
        return;
      }
      holidayPaths.set(date, path);
    });
  }

  const seenWorkdays = new Set<string>();
  days.workdays.forEach((date, i) => {
    const path = `workdays.${i}`;
    if (!checkDate(path, date)) return;
    if (seenWorkdays.has(date)) {
      problems.push(fe(path, 'duplicate', `${date} 重复列出`, `${date} is listed twice`));
      return;
    }
    seenWorkdays.add(date);
    const holiday = holidayPaths.get(date);
    if (holiday) {
      problems.push(fe(path, 'overlaps_holiday', `${date} 同时列为放假日（${holiday}）`, `${date} is also a holiday (${holiday})`));
      return;
    }
    const weekday = weekdayOf(date);
    if (weekday !== 0 && weekday !== 6) {
      problems.push(fe(path, 'not_weekend', `${date} 不是周六或周日，调休上班日应为周末`, `${date} is not a Saturday or Sunday; a made-up working day must be a weekend day`));
    }
  });
  return problems;
}
