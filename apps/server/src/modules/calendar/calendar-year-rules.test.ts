import { describe, expect, it } from 'vitest';
import { bundledCalendarYears } from './bundled-calendar.ts';
import { calendarYearProblems } from './calendar-year-rules.ts';

const codes = (year: number, days: Parameters<typeof calendarYearProblems>[1]) => calendarYearProblems(year, days).map((p) => `${p.path}:${p.code}`);

describe('calendarYearProblems', () => {
  it('finds nothing wrong with the bundled 2025 and 2026 arrangements', () => {
    const years = bundledCalendarYears();
    expect(years.map((y) => y.year)).toEqual([2025, 2026]);
    for (const y of years) expect(calendarYearProblems(y.year, y)).toEqual([]);
  });

  it('names a date that does not exist', () => {
    expect(codes(2025, { holidays: { 春节: ['2025-01-28', '2025-02-30'] }, workdays: ['2025-13-01'] })).toEqual(['holidays.春节.1:invalid_date', 'workdays.0:invalid_date']);
  });

  it('names a date outside the year', () => {
    expect(codes(2025, { holidays: { 元旦: ['2026-01-01'] }, workdays: ['2024-12-28'] })).toEqual(['holidays.元旦.0:outside_year', 'workdays.0:outside_year']);
  });

  it('names a holiday listed twice, within a festival or across festivals', () => {
    const problems = calendarYearProblems(2025, { holidays: { 国庆节: ['2025-10-01', '2025-10-01'], 中秋节: ['2025-10-01'] }, workdays: [] });
    expect(problems.map((p) => `${p.path}:${p.code}`)).toEqual(['holidays.国庆节.1:duplicate', 'holidays.中秋节.0:duplicate']);
    expect(problems[1]!.message).toContain('holidays.国庆节.0');
  });

  it('names a workday that is also a holiday', () => {
    const problems = calendarYearProblems(2025, { holidays: { 国庆节: ['2025-10-04'] }, workdays: ['2025-10-04'] });
    expect(problems).toMatchObject([{ path: 'workdays.0', code: 'overlaps_holiday', messageEn: '2025-10-04 is also a holiday (holidays.国庆节.0)' }]);
  });

  it('names a workday that is not a Saturday or Sunday', () => {
    expect(codes(2025, { holidays: { 元旦: ['2025-01-01'] }, workdays: ['2025-10-11', '2025-10-10'] })).toEqual(['workdays.1:not_weekend']);
  });

  it('names a workday listed twice', () => {
    expect(codes(2025, { holidays: { 元旦: ['2025-01-01'] }, workdays: ['2025-10-11', '2025-10-11'] })).toEqual(['workdays.1:duplicate']);
  });

  it('requires at least one festival', () => {
    expect(codes(2025, { holidays: {}, workdays: [] })).toEqual(['holidays:required']);
  });

  it('gives every problem a Chinese and an English message', () => {
    for (const p of calendarYearProblems(2025, { holidays: { a: ['2025-02-30', '2024-01-01', '2025-01-01', '2025-01-01'] }, workdays: ['2025-01-01', '2025-01-02', '2025-01-04', '2025-01-04'] })) {
      expect(p.message.length).toBeGreaterThan(3);
      expect(p.messageEn.length).toBeGreaterThan(3);
    }
  });
});
