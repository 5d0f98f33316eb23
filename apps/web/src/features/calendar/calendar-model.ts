import type { CalendarYearInput, CalendarYearRecord } from '@yunju/contracts';
import type { FormPath } from '../../components/field-errors.ts';

/** How a day counts: a festival day off, a weekend day made a working day (调休上班), a plain weekend or weekday. */
export type DayKind = 'holiday' | 'workday' | 'weekend' | 'weekday';

export interface DayInfo {
  kind: DayKind;
  /** The festival of a holiday. */
  festival: string | null;
}

type YearDays = Pick<CalendarYearRecord, 'holidays' | 'workdays'>;

/** Day of the week of a YYYY-MM-DD date, 0 = Sunday (computed in UTC: no time-zone surprises). */
export function weekdayOf(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/** Index of the year's days: date → festival or workday. */
export function indexYear(days: YearDays): Map<string, DayInfo> {
  const index = new Map<string, DayInfo>();
  for (const [festival, dates] of Object.entries(days.holidays)) {
    for (const date of dates) index.set(date, { kind: 'holiday', festival });
  }
  for (const date of days.workdays) index.set(date, { kind: 'workday', festival: null });
  return index;
}

export function dayInfo(date: string, index: ReadonlyMap<string, DayInfo>): DayInfo {
  const listed = index.get(date);
  if (listed) return listed;
  const weekday = weekdayOf(date);
  return { kind: weekday === 0 || weekday === 6 ? 'weekend' : 'weekday', festival: null };
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The weeks of a month as rows of 7 dates (Monday first, as Chinese calendars print them);
 * null for the days of the neighbouring months. `month` is 1–12.
 */
export function monthWeeks(year: number, month: number): (string | null)[][] {
  const first = new Date(Date.UTC(year, month - 1, 1));
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const lead = (first.getUTCDay() + 6) % 7; // Monday = 0
  const cells: (string | null)[] = Array.from({ length: lead }, () => null);
  for (let d = 1; d <= daysInMonth; d++) cells.push(`${year}-${pad(month)}-${pad(d)}`);
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (string | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

/** Counts for the years list. */
export function yearSummary(days: YearDays): { festivals: number; daysOff: number; workdays: number } {
  const festivals = Object.keys(days.holidays).length;
  const daysOff = Object.values(days.holidays).reduce((sum, dates) => sum + dates.length, 0);
  return { festivals, daysOff, workdays: days.workdays.length };
}

/** The editing form: festivals as rows, dates as YYYY-MM-DD strings (the date pickers convert). */
export interface CalendarFormValues {
  year: number;
  source: string;
  festivals: { name: string; dates: string[] }[];
  workdays: string[];
}

/** The usual festivals, in the order of the year, for a new year's form. */
export const usualFestivals = ['元旦', '春节', '清明节', '劳动节', '端午节', '中秋节', '国庆节'];

/** The festivals in the order of the year (by their first day off), each with its dates sorted. */
export function festivalsInOrder(holidays: Readonly<Record<string, readonly string[]>>): { name: string; dates: string[] }[] {
  return Object.entries(holidays)
    .map(([name, dates]) => ({ name, dates: [...dates].sort() }))
    .sort((a, b) => (a.dates[0] ?? '9999').localeCompare(b.dates[0] ?? '9999'));
}

export function formFromRecord(record: Pick<CalendarYearRecord, 'year' | 'holidays' | 'workdays' | 'source'>): CalendarFormValues {
  return {
    year: record.year,
    source: record.source,
    festivals: festivalsInOrder(record.holidays),
    workdays: [...record.workdays].sort(),
  };
}

export function emptyForm(year: number): CalendarFormValues {
  return { year, source: '', festivals: usualFestivals.map((name) => ({ name, dates: [] })), workdays: [] };
}

/**
 * The request body from the form. Festival rows without a name and dates are dropped; dates are
 * sorted and de-duplicated within a row (the server reports dates listed under two festivals).
 */
export function inputFromForm(values: Omit<CalendarFormValues, 'year'>): CalendarYearInput {
  const holidays: Record<string, string[]> = {};
  for (const row of values.festivals) {
    const name = row.name.trim();
    if (!name && row.dates.length === 0) continue;
    holidays[name] = [...new Set([...(holidays[name] ?? []), ...row.dates])].sort();
  }
  return { holidays, workdays: [...new Set(values.workdays)].sort(), source: values.source.trim() };
}

/**
 * The form field of a server error path (`holidays.春节.2`, `workdays.0`, `source`), given the
 * festival names in the order of the form's rows; null when the form has no such field.
 */
export function formPathOfCalendarError(path: string, festivalNames: readonly string[]): FormPath | null {
  if (path === 'source') return ['source'];
  if (path === 'workdays' || path.startsWith('workdays.')) return ['workdays'];
  if (path.startsWith('holidays.')) {
    const rest = path.slice('holidays.'.length);
    // The festival name may itself contain dots; match the longest known name.
    const name = [...festivalNames]
      .filter((n) => rest === n || rest.startsWith(`${n}.`))
      .sort((a, b) => b.length - a.length)[0];
    if (name === undefined) return null;
    const row = festivalNames.indexOf(name);
    return ['festivals', row, 'dates'];
  }
  return null;
}

/** Consecutive dates as runs: 10-01…10-08 is one run of 8 days. Input need not be sorted. */
export function dateRuns(dates: readonly string[]): { from: string; to: string; days: number }[] {
  const sorted = [...new Set(dates)].sort();
  const runs: { from: string; to: string; days: number }[] = [];
  const dayMs = 86_400_000;
  for (const date of sorted) {
    const last = runs.at(-1);
    if (last && Date.parse(`${date}T00:00:00Z`) - Date.parse(`${last.to}T00:00:00Z`) === dayMs) {
      last.to = date;
      last.days += 1;
    } else {
      runs.push({ from: date, to: date, days: 1 });
    }
  }
  return runs;
}
