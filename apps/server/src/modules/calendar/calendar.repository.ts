import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db.ts';
import { calendarYears } from './calendar.table.ts';

export type CalendarYearRow = typeof calendarYears.$inferSelect;

export async function listCalendarYearRows(db: Db): Promise<CalendarYearRow[]> {
  return db.select().from(calendarYears).orderBy(asc(calendarYears.year));
}

export async function findCalendarYearRow(db: Db, year: number): Promise<CalendarYearRow | undefined> {
  const [row] = await db.select().from(calendarYears).where(eq(calendarYears.year, year)).limit(1);
  return row;
}

/** Inserts the years not yet stored; a year already there (saved by an administrator) is left alone. */
export async function insertCalendarYearsIfAbsent(db: Db, rows: (typeof calendarYears.$inferInsert)[]): Promise<CalendarYearRow[]> {
  if (rows.length === 0) return [];
  return db.insert(calendarYears).values(rows).onConflictDoNothing({ target: calendarYears.year }).returning();
}

export async function upsertCalendarYear(db: Db, row: typeof calendarYears.$inferInsert): Promise<CalendarYearRow> {
  const { year: _year, ...rest } = row;
  const [saved] = await db.insert(calendarYears).values(row).onConflictDoUpdate({ target: calendarYears.year, set: rest }).returning();
  return saved!;
}
