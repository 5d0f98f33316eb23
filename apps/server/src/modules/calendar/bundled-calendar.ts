import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { calendarYearProblems } from './calendar-year-rules.ts';

/** The official arrangements shipped with Yunju (State Council notices; public facts), in `data/`. */
export interface BundledCalendarYear {
  year: number;
  holidays: Record<string, string[]>;
  workdays: string[];
  source: string;
}

const BundledFile = z.object({
  source: z.string().min(1),
  years: z.record(z.string().regex(/^\d{4}$/), z.object({ holidays: z.record(z.string(), z.array(z.string())), workdays: z.array(z.string()) })),
});

export const bundledCalendarFile = path.join(import.meta.dirname, 'data', 'cn-public-holidays.json');

let bundled: BundledCalendarYear[] | undefined;

/** The bundled years, parsed and checked once (a broken data file is a programming error: it throws). */
export function bundledCalendarYears(): BundledCalendarYear[] {
  if (bundled) return bundled;
  const file = BundledFile.parse(JSON.parse(fs.readFileSync(bundledCalendarFile, 'utf8')));
  const years = Object.entries(file.years).map(([y, days]) => ({ year: Number(y), holidays: days.holidays, workdays: days.workdays, source: file.source }));
  for (const y of years) {
    const problems = calendarYearProblems(y.year, y);
    if (problems.length > 0) throw new Error(`${bundledCalendarFile}: year ${y.year}: ${problems.map((p) => `${p.path}: ${p.messageEn}`).join('; ')}`);
  }
  bundled = years;
  return years;
}
