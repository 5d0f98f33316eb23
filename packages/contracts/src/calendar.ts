import { z } from 'zod';
import { IsoDate, IsoDateTime } from './common.ts';

/** A year of the official calendar, as stored: festival days off and weekend days made working days (调休). */
export const CalendarYearRecord = z.object({
  year: z.number().int(),
  holidays: z.record(z.string(), z.array(IsoDate)).describe('days off (放假) by festival name, including weekend days inside a break'),
  workdays: z.array(IsoDate).describe('Saturdays and Sundays made working days (调休上班)'),
  source: z.string().describe('the official notice the dates come from'),
  updatedAt: IsoDateTime.describe('when the year was stored or last saved'),
  updatedBy: z.string().nullable().describe('user id of the administrator who saved it; null when loaded from the bundled data'),
});
export type CalendarYearRecord = z.infer<typeof CalendarYearRecord>;

export const CalendarYearList = z.object({ items: z.array(CalendarYearRecord) });
export type CalendarYearList = z.infer<typeof CalendarYearList>;

/** Body of `PUT /api/calendar/years/:year`; dates are checked further by the service (real, inside the year, no overlap). */
export const CalendarYearInput = z.strictObject({
  holidays: z.record(z.string().trim().min(1).max(32), z.array(IsoDate).min(1).max(31)),
  workdays: z.array(IsoDate).max(30),
  source: z.string().trim().min(1).max(2000),
});
export type CalendarYearInput = z.infer<typeof CalendarYearInput>;

export const CalendarYearParams = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
export type CalendarYearParams = z.infer<typeof CalendarYearParams>;

export const AddWorkingDaysQuery = z.strictObject({
  from: IsoDate.describe('the day to count from (not itself counted), YYYY-MM-DD'),
  days: z.coerce.number().int().min(0).max(3650).describe('working days to add'),
});
export type AddWorkingDaysQuery = z.infer<typeof AddWorkingDaysQuery>;

export const AddWorkingDaysResult = z.object({ date: IsoDate });
export type AddWorkingDaysResult = z.infer<typeof AddWorkingDaysResult>;
