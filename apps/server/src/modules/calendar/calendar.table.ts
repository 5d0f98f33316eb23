import { integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * The official calendar, one row per year (national, not tenant-owned): festival days off and
 * weekend days made working days. Rows come from the bundled State Council data on first use
 * and from administrators (`PUT /api/calendar/years/:year`).
 */
export const calendarYears = pgTable('calendar_years', {
  year: integer('year').primaryKey(),
  /** Days off by festival name: Record<festivalName, 'YYYY-MM-DD'[]>. */
  holidays: jsonb('holidays').$type<Record<string, string[]>>().notNull(),
  /** Weekend days made working days (调休上班): 'YYYY-MM-DD'[]. */
  workdays: jsonb('workdays').$type<string[]>().notNull(),
  source: text('source').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  /** The administrator who saved it; null when loaded from the bundled data. */
  updatedBy: uuid('updated_by'),
});
