import { AddWorkingDaysQuery, AddWorkingDaysResult, CalendarYearInput, CalendarYearList, CalendarYearParams, CalendarYearRecord, Problem } from '@yunju/contracts';
import type { AppDeps } from '../../deps.ts';
import { contextOf } from '../../platform/http/request-context.ts';
import { NoQuery, problemResponses, type Router } from '../../platform/http/routing.ts';
import { addWorkingDaysPublic, listCalendarYears, saveCalendarYear } from './calendar.service.ts';

export function calendarRoutes(app: Router, { database }: AppDeps): void {
  app.get(
    '/api/calendar/working-days/add',
    {
      config: { public: true },
      schema: {
        tags: ['calendar'],
        summary: 'The date N working days after a date, on the official calendar (public; counting starts the day after `from`)',
        security: [],
        querystring: AddWorkingDaysQuery,
        response: { 200: AddWorkingDaysResult, 400: Problem },
      },
    },
    async (req) => addWorkingDaysPublic(database.db, req.query),
  );
  app.get(
    '/api/calendar/years',
    {
      schema: {
        tags: ['calendar'],
        summary: 'Every year of the official calendar: holidays (days off) and workdays (weekend days made working days)',
        querystring: NoQuery,
        response: { 200: CalendarYearList, ...problemResponses },
      },
    },
    async (req) => listCalendarYears(database.db, contextOf(req)),
  );
  app.put(
    '/api/calendar/years/:year',
    {
      schema: {
        tags: ['calendar'],
        summary: 'Add or replace one year of the official calendar (bureau administrator; audited)',
        params: CalendarYearParams,
        body: CalendarYearInput,
        response: { 200: CalendarYearRecord, ...problemResponses },
      },
    },
    async (req) => saveCalendarYear(database.db, contextOf(req), req.params.year, req.body),
  );
}
