import type { AddWorkingDaysQuery, AddWorkingDaysResult, CalendarYearInput, CalendarYearList, CalendarYearRecord, FieldError } from '@yunju/contracts';
import type { Db } from '../../platform/db.ts';
import { authorize, type RequestContext } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { bundledCalendarYears } from './bundled-calendar.ts';
import { calendarYearProblems } from './calendar-year-rules.ts';
import { findCalendarYearRow, insertCalendarYearsIfAbsent, listCalendarYearRows, upsertCalendarYear, type CalendarYearRow } from './calendar.repository.ts';
import { dayNumberOf, WorkingCalendar } from './working-calendar.ts';

/**
 * A process keeps one WorkingCalendar. Saving a year here drops it at once; another API process
 * (province scale) picks the change up when its copy is older than this.
 */
const CACHE_TTL_MS = 5 * 60_000;
let cached: { loadedAt: number; calendar: WorkingCalendar } | undefined;
/** Bumped on every save, so a load that raced with a save does not cache the old arrangement. */
let generation = 0;

/** Drops this process's calendar; the next `getWorkingCalendar` reads the table again. */
export function invalidateWorkingCalendar(): void {
  cached = undefined;
  generation++;
}

/**
 * The stored years; a bundled year that is not in the table yet is inserted first ("loaded on
 * first use"), so the table is the one place administrators and deadlines read.
 */
async function loadCalendarYears(db: Db): Promise<CalendarYearRow[]> {
  const rows = await listCalendarYearRows(db);
  const stored = new Set(rows.map((r) => r.year));
  const missing = bundledCalendarYears().filter((y) => !stored.has(y.year));
  if (missing.length === 0) return rows;
  await insertCalendarYearsIfAbsent(
    db,
    missing.map((y) => ({ year: y.year, holidays: y.holidays, workdays: y.workdays, source: y.source, updatedBy: null })),
  );
  return listCalendarYearRows(db);
}

/**
 * The official working calendar (cached per process; saving a year invalidates it). Callable
 * inside a transaction: a cold cache is loaded through the handle given, never by waiting on a
 * load another request started (on the single-connection embedded database that other load
 * could be queued behind the caller's own transaction).
 */
export async function getWorkingCalendar(db: Db): Promise<WorkingCalendar> {
  if (cached && Date.now() - cached.loadedAt < CACHE_TTL_MS) return cached.calendar;
  const started = generation;
  const calendar = new WorkingCalendar(await loadCalendarYears(db));
  if (started === generation) cached = { loadedAt: Date.now(), calendar };
  return calendar;
}

function toRecord(r: CalendarYearRow): CalendarYearRecord {
  return { year: r.year, holidays: r.holidays, workdays: r.workdays, source: r.source, updatedAt: r.updatedAt.toISOString(), updatedBy: r.updatedBy };
}

const invalid = (fieldErrors: FieldError[]) => new AppError('request.invalid', { fieldErrors });

/** Public: the date `days` working days after `from` (counting from the day after it). */
export async function addWorkingDaysPublic(db: Db, q: AddWorkingDaysQuery): Promise<AddWorkingDaysResult> {
  const day = dayNumberOf(q.from);
  if (day === undefined) throw invalid([{ path: 'from', code: 'invalid_date', message: `${q.from} 不是有效日期`, messageEn: `${q.from} is not a real date` }]);
  const year = Number(q.from.slice(0, 4));
  if (year < 1900 || year > 2200) {
    throw invalid([{ path: 'from', code: 'out_of_range', message: '日期应在 1900 年至 2200 年之间', messageEn: 'The date must be between 1900 and 2200' }]);
  }
  const calendar = await getWorkingCalendar(db);
  return { date: calendar.addWorkingDays(q.from, q.days) };
}

/** Every year of the calendar (any signed-in user). */
export async function listCalendarYears(db: Db, ctx: RequestContext): Promise<CalendarYearList> {
  authorize(ctx, 'calendar.read');
  const rows = await loadCalendarYears(db);
  return { items: rows.map(toRecord) };
}

const daysOf = (r: { holidays: Record<string, string[]>; workdays: string[] }) => ({ holidays: r.holidays, workdays: r.workdays });

/** Adds or replaces one year's arrangement (bureau administrator); audited as `calendar.year_saved`. */
export async function saveCalendarYear(db: Db, ctx: RequestContext, year: number, input: CalendarYearInput): Promise<CalendarYearRecord> {
  const actor = authorize(ctx, 'calendar.manage');
  const problems = calendarYearProblems(year, input);
  if (problems.length > 0) throw invalid(problems);
  const holidays = Object.fromEntries(Object.entries(input.holidays).map(([name, dates]) => [name, [...dates].sort()]));
  const workdays = [...input.workdays].sort();
  const saved = await db.transaction(async (tx) => {
    const before = await findCalendarYearRow(tx, year);
    const row = await upsertCalendarYear(tx, { year, holidays, workdays, source: input.source, updatedAt: new Date(), updatedBy: actor.userId });
    await recordAudit(tx, ctx, {
      action: 'calendar.year_saved',
      targetType: 'calendar_year',
      targetId: String(year),
      summary: { year, before: before ? daysOf(before) : null, after: daysOf(row), source: input.source },
    });
    return row;
  });
  invalidateWorkingCalendar();
  return toRecord(saved);
}
