/**
 * Working days on the official Chinese calendar (pure: no I/O, no clock).
 *
 * A day is a working day when it is one of the year's `workdays` (a weekend day made a working
 * day, 调休上班), or when it is Monday to Friday and not one of the year's `holidays` (放假).
 * Days of years the calendar does not know: Monday to Friday work, Saturday and Sunday rest —
 * `knows(year)` lets callers warn that a deadline may ignore holidays not yet published.
 */

/** The days of one year of the calendar (the stored record carries more; these are what counting needs). */
export interface CalendarYear {
  year: number;
  /** Days off by festival name, including weekend days inside a break. */
  holidays: Readonly<Record<string, readonly string[]>>;
  /** Saturdays and Sundays made working days. */
  workdays: readonly string[];
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;
/** Asia/Shanghai is UTC+8 all year (no daylight saving since 1991). */
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

/** Days since 1970-01-01 of a real calendar date 'YYYY-MM-DD'; undefined for anything else (2025-02-30, 2025-2-1). */
export function dayNumberOf(date: string): number | undefined {
  const m = DATE.exec(date);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC maps years 0–99 to 1900–1999.
  t.setUTCFullYear(y, mo - 1, d);
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== mo - 1 || t.getUTCDate() !== d) return undefined;
  return Math.round(t.getTime() / DAY_MS);
}

/** 'YYYY-MM-DD' of a day number (days since 1970-01-01). */
export function dateOfDayNumber(day: number): string {
  const t = new Date(day * DAY_MS);
  const y = t.getUTCFullYear();
  if (y < 0 || y > 9999) throw new RangeError(`date out of range (year ${y})`);
  return `${String(y).padStart(4, '0')}-${String(t.getUTCMonth() + 1).padStart(2, '0')}-${String(t.getUTCDate()).padStart(2, '0')}`;
}

/** True for a real calendar date written 'YYYY-MM-DD'. */
export function isRealDate(date: string): boolean {
  return dayNumberOf(date) !== undefined;
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: string): number {
  return weekdayOfDayNumber(requireDay(date));
}

const weekdayOfDayNumber = (day: number): number => (((day + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday

function requireDay(date: string): number {
  const day = dayNumberOf(date);
  if (day === undefined) throw new RangeError(`not a calendar date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  return day;
}

/** Today's calendar date in Asia/Shanghai (UTC+8, no daylight saving). */
export function todayInShanghai(now: Date = new Date()): string {
  return new Date(now.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

export class WorkingCalendar {
  private readonly holidays = new Set<number>();
  private readonly workdays = new Set<number>();
  private readonly years = new Set<number>();

  constructor(years: CalendarYear[]) {
    for (const y of years) {
      this.years.add(y.year);
      for (const dates of Object.values(y.holidays)) for (const d of dates) this.holidays.add(requireDay(d));
      for (const d of y.workdays) this.workdays.add(requireDay(d));
    }
  }

  /** True when the calendar holds the official arrangement for that year. */
  knows(year: number): boolean {
    return this.years.has(year);
  }

  isWorkingDay(date: string): boolean {
    return this.isWorkingDayNumber(requireDay(date));
  }

  /**
   * The date `days` working days after `from`, counting from the day AFTER `from` (so
   * `addWorkingDays(d, 0) === d`, and `addWorkingDays('2025-09-30', 3) === '2025-10-11'`).
   * `days` must be a non-negative integer.
   */
  addWorkingDays(from: string, days: number): string {
    if (!Number.isInteger(days) || days < 0) throw new RangeError(`days must be a non-negative integer, got ${days}`);
    let day = requireDay(from);
    let left = days;
    while (left > 0) {
      day++;
      if (this.isWorkingDayNumber(day)) left--;
    }
    return dateOfDayNumber(day);
  }

  /**
   * Working days d with fromExclusive < d <= toInclusive; when `toInclusive` is before
   * `fromExclusive` the count is negative (working days overdue), so that
   * `countWorkingDays(a, addWorkingDays(a, n)) === n` and `count(a, b) === -count(b, a)`.
   */
  countWorkingDays(fromExclusive: string, toInclusive: string): number {
    const from = requireDay(fromExclusive);
    const to = requireDay(toInclusive);
    if (to < from) return -this.countBetween(to, from);
    return this.countBetween(from, to);
  }

  private countBetween(fromExclusive: number, toInclusive: number): number {
    let n = 0;
    for (let day = fromExclusive + 1; day <= toInclusive; day++) if (this.isWorkingDayNumber(day)) n++;
    return n;
  }

  private isWorkingDayNumber(day: number): boolean {
    if (this.workdays.has(day)) return true;
    const weekday = weekdayOfDayNumber(day);
    return weekday !== 0 && weekday !== 6 && !this.holidays.has(day);
  }
}
