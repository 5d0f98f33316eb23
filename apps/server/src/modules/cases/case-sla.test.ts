import { describe, expect, it } from 'vitest';
import { WorkingCalendar } from '../calendar/index.ts';
import { calendarDaysBetween, dueOnOf, dueSoonRange, pausedWorkingDaysOf, slaOf } from './case-sla.ts';

// 2025: National Day + Mid-Autumn 1–8 October off; Sunday 28 September and Saturday 11 October worked.
const cal = new WorkingCalendar([
  {
    year: 2025,
    holidays: { 国庆节中秋节: ['2025-10-01', '2025-10-02', '2025-10-03', '2025-10-04', '2025-10-05', '2025-10-06', '2025-10-07', '2025-10-08'] },
    workdays: ['2025-09-28', '2025-10-11'],
  },
]);

describe('case deadlines', () => {
  it('counts promised working days from the day after submission, across the National Day break', () => {
    expect(dueOnOf(cal, '2025-09-30', 3, 0)).toBe('2025-10-11');
  });

  it('moves the due date by the working days a supplement paused the clock', () => {
    // Requested on Thursday 9 October, answered Monday 13 October: 10, 11 (adjusted), 13 = 3 working days.
    const paused = pausedWorkingDaysOf(cal, '2025-10-09', '2025-10-13');
    expect(paused).toBe(3);
    expect(dueOnOf(cal, '2025-09-30', 3, paused)).toBe('2025-10-15');
    expect(pausedWorkingDaysOf(cal, '2025-10-09', '2025-10-09')).toBe(0);
  });
});

describe('SLA state', () => {
  const running = (dueOn: string) => ({ status: 'in_progress' as const, dueOn, pausedSince: null });

  it('is normal with more than one working day left', () => {
    expect(slaOf(cal, running('2025-10-11'), '2025-09-30')).toEqual({ slaState: 'normal', workingDaysLeft: 3 });
  });

  it('is due soon on a working day with one working day left, and on the due day', () => {
    expect(slaOf(cal, running('2025-10-11'), '2025-10-10')).toEqual({ slaState: 'due_soon', workingDaysLeft: 1 });
    expect(slaOf(cal, running('2025-10-11'), '2025-10-11')).toEqual({ slaState: 'due_soon', workingDaysLeft: 0 });
  });

  it('is not due soon on a day off, even close to the deadline', () => {
    // Sunday 12 October, due Monday 13 October.
    expect(slaOf(cal, running('2025-10-13'), '2025-10-12')).toEqual({ slaState: 'normal', workingDaysLeft: 1 });
  });

  it('is overdue after the due date, with the working days overdue as a negative count', () => {
    expect(slaOf(cal, running('2025-10-11'), '2025-10-14')).toEqual({ slaState: 'overdue', workingDaysLeft: -2 });
    expect(slaOf(cal, running('2025-10-11'), '2025-10-12')).toEqual({ slaState: 'overdue', workingDaysLeft: 0 });
  });

  it('is paused while a supplement is requested (days left frozen at the request)', () => {
    expect(slaOf(cal, { status: 'supplement_requested', dueOn: '2025-10-11', pausedSince: '2025-10-09' }, '2025-10-20')).toEqual({ slaState: 'paused', workingDaysLeft: 2 });
  });

  it('is done once resolved or rejected', () => {
    for (const status of ['resolved', 'rated', 'closed', 'rejected'] as const) {
      expect(slaOf(cal, { status, dueOn: '2025-10-11', pausedSince: null }, '2025-12-01')).toEqual({ slaState: 'done', workingDaysLeft: null });
    }
  });

  it('gives the due dates that are due soon today as a half-open range', () => {
    expect(dueSoonRange(cal, '2025-10-10')).toEqual({ from: '2025-10-10', before: '2025-10-13' });
    expect(dueSoonRange(cal, '2025-10-12')).toBeNull();
  });

  it('counts calendar days between dates', () => {
    expect(calendarDaysBetween('2025-09-30', '2025-10-15')).toBe(15);
    expect(calendarDaysBetween('2025-10-15', '2025-10-15')).toBe(0);
  });
});
