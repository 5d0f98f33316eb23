export { WorkingCalendar, todayInShanghai, isRealDate, type CalendarYear } from './working-calendar.ts';
export { getWorkingCalendar, invalidateWorkingCalendar } from './calendar.service.ts';
export { calendarRoutes } from './calendar.routes.ts';
