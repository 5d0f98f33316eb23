import { queryOptions } from '@tanstack/react-query';
import type { AddWorkingDaysResult, CalendarYearInput, CalendarYearList, CalendarYearRecord } from '@yunju/contracts';
import { api } from '../../api.ts';
import { queryClient } from '../../query-client.ts';

export const calendarYearsQuery = queryOptions({
  queryKey: ['calendar', 'years'],
  queryFn: ({ signal }) => api.get<CalendarYearList>('/api/calendar/years', undefined, signal),
});

export async function saveCalendarYear(year: number, input: CalendarYearInput): Promise<CalendarYearRecord> {
  const saved = await api.put<CalendarYearRecord>(`/api/calendar/years/${year}`, input);
  await queryClient.invalidateQueries({ queryKey: ['calendar'] });
  return saved;
}

export function addWorkingDays(from: string, days: number): Promise<AddWorkingDaysResult> {
  return api.get<AddWorkingDaysResult>('/api/calendar/working-days/add', { from, days });
}
