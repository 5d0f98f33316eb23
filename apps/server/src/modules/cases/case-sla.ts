import type { CaseStatus, SlaState } from '@yunju/contracts';
import { doneStatuses } from './case-lifecycle.ts';

/**
 * Case deadlines in working days (pure). The calendar module's WorkingCalendar satisfies
 * `DeadlineCalendar`; tests may pass a smaller one.
 */
export interface DeadlineCalendar {
  isWorkingDay(date: string): boolean;
  /** Counts from the day after `from`. */
  addWorkingDays(from: string, days: number): string;
  /** Working days d with fromExclusive < d <= toInclusive (negative when reversed). */
  countWorkingDays(fromExclusive: string, toInclusive: string): number;
}

/** Working days promised for a case without a service item (free-form request, resource request); a bureau setting later. */
export const DEFAULT_PROMISED_DAYS = 5;

/** due_on = addWorkingDays(submitted_on, promised days + working days paused for supplements). */
export function dueOnOf(cal: DeadlineCalendar, submittedOn: string, promisedDays: number, pausedWorkingDays: number): string {
  return cal.addWorkingDays(submittedOn, promisedDays + pausedWorkingDays);
}

/** Working days a supplement paused the clock: those after the request, up to and including the answer. */
export function pausedWorkingDaysOf(cal: DeadlineCalendar, pausedSince: string, today: string): number {
  return Math.max(0, cal.countWorkingDays(pausedSince, today));
}

export interface SlaInput {
  status: CaseStatus;
  dueOn: string;
  pausedSince: string | null;
}

export interface Sla {
  slaState: SlaState;
  /** Working days after today up to due_on: 0 on the due day, negative when overdue, frozen while paused; null when done. */
  workingDaysLeft: number | null;
}

/** The deadline state shown beside a case. */
export function slaOf(cal: DeadlineCalendar, c: SlaInput, today: string): Sla {
  if (doneStatuses.includes(c.status)) return { slaState: 'done', workingDaysLeft: null };
  if (c.status === 'supplement_requested') {
    return { slaState: 'paused', workingDaysLeft: cal.countWorkingDays(c.pausedSince ?? today, c.dueOn) + 0 };
  }
  const left = cal.countWorkingDays(today, c.dueOn) + 0; // + 0: never -0
  if (today > c.dueOn) return { slaState: 'overdue', workingDaysLeft: left };
  if (cal.isWorkingDay(today) && left <= 1) return { slaState: 'due_soon', workingDaysLeft: left };
  return { slaState: 'normal', workingDaysLeft: left };
}

/**
 * The due dates that make a running case `due_soon` today, as a half-open range for SQL
 * (`from <= due_on < before`); null when today is not a working day.
 */
export function dueSoonRange(cal: DeadlineCalendar, today: string): { from: string; before: string } | null {
  if (!cal.isWorkingDay(today)) return null;
  return { from: today, before: cal.addWorkingDays(today, 2) };
}

const DAY_MS = 86_400_000;
/** Calendar days from `from` to `to` (dates 'YYYY-MM-DD'). */
export function calendarDaysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

