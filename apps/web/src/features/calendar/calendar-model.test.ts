import { describe, expect, it } from 'vitest';
import { dateRuns, dayInfo, emptyForm, festivalsInOrder, formFromRecord, formPathOfCalendarError, indexYear, inputFromForm, monthWeeks, weekdayOf, yearSummary } from './calendar-model.ts';

const y2025 = {
  year: 2025,
  source: '国办发明电〔2024〕12号',
  holidays: { 元旦: ['2025-01-01'], '国庆节、中秋节': ['2025-10-08', '2025-10-01', '2025-10-02'] },
  workdays: ['2025-10-11', '2025-09-28'],
};

describe('calendar model', () => {
  it('classifies days', () => {
    const index = indexYear(y2025);
    expect(dayInfo('2025-10-01', index)).toEqual({ kind: 'holiday', festival: '国庆节、中秋节' });
    expect(dayInfo('2025-10-11', index)).toEqual({ kind: 'workday', festival: null });
    expect(dayInfo('2025-10-12', index).kind).toBe('weekend');
    expect(dayInfo('2025-10-13', index).kind).toBe('weekday');
    expect(weekdayOf('2025-10-11')).toBe(6);
  });

  it('lays a month out in Monday-first weeks', () => {
    const weeks = monthWeeks(2025, 10); // 2025-10-01 is a Wednesday
    expect(weeks[0]).toEqual([null, null, '2025-10-01', '2025-10-02', '2025-10-03', '2025-10-04', '2025-10-05']);
    expect(weeks.at(-1)).toEqual(['2025-10-27', '2025-10-28', '2025-10-29', '2025-10-30', '2025-10-31', null, null]);
    expect(monthWeeks(2024, 2).flat().filter(Boolean)).toHaveLength(29);
  });

  it('summarises a year', () => {
    expect(yearSummary(y2025)).toEqual({ festivals: 2, daysOff: 4, workdays: 2 });
  });

  it('turns a record into the form and back', () => {
    const form = formFromRecord(y2025);
    expect(form.festivals[1]).toEqual({ name: '国庆节、中秋节', dates: ['2025-10-01', '2025-10-02', '2025-10-08'] });
    expect(inputFromForm({ ...form, source: '  notice ' })).toEqual({
      holidays: { 元旦: ['2025-01-01'], '国庆节、中秋节': ['2025-10-01', '2025-10-02', '2025-10-08'] },
      workdays: ['2025-09-28', '2025-10-11'],
      source: 'notice',
    });
  });

  it('drops empty festival rows and keeps a named one without dates (the server then says what is missing)', () => {
    const form = { ...emptyForm(2027), festivals: [{ name: '', dates: [] }, { name: '春节', dates: [] }] };
    expect(inputFromForm(form).holidays).toEqual({ 春节: [] });
  });

  it('maps server error paths to form fields', () => {
    const names = ['元旦', '国庆节、中秋节', 'a.b'];
    expect(formPathOfCalendarError('holidays.国庆节、中秋节.2', names)).toEqual(['festivals', 1, 'dates']);
    expect(formPathOfCalendarError('holidays.a.b.0', names)).toEqual(['festivals', 2, 'dates']);
    expect(formPathOfCalendarError('workdays.3', names)).toEqual(['workdays']);
    expect(formPathOfCalendarError('source', names)).toEqual(['source']);
    expect(formPathOfCalendarError('holidays', names)).toBeNull();
    expect(formPathOfCalendarError('holidays.清明.0', names)).toBeNull();
  });
});

describe('dateRuns', () => {
  it('joins consecutive days, across month ends too', () => {
    expect(dateRuns(['2025-10-08', '2025-10-01', '2025-10-02', '2025-10-03', '2025-10-07'])).toEqual([
      { from: '2025-10-01', to: '2025-10-03', days: 3 },
      { from: '2025-10-07', to: '2025-10-08', days: 2 },
    ]);
    expect(dateRuns(['2025-01-31', '2025-02-01'])).toEqual([{ from: '2025-01-31', to: '2025-02-01', days: 2 }]);
    expect(dateRuns([])).toEqual([]);
  });
});

describe('festivalsInOrder', () => {
  it('orders festivals by their first day off', () => {
    expect(festivalsInOrder({ 劳动节: ['2025-05-02', '2025-05-01'], 清明节: ['2025-04-04'], 元旦: ['2025-01-01'] }).map((f) => f.name)).toEqual(['元旦', '清明节', '劳动节']);
  });
});
