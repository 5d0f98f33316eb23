import { describe, expect, it } from 'vitest';
import { bundledCalendarYears } from './bundled-calendar.ts';
import { dateOfDayNumber, dayNumberOf, isRealDate, todayInShanghai, weekdayOf, WorkingCalendar, type CalendarYear } from './working-calendar.ts';

const years: CalendarYear[] = bundledCalendarYears();
const cal = new WorkingCalendar(years);

/** An independent oracle, straight from the data and JavaScript's own weekday (no day arithmetic shared with the code under test). */
const holidaySet = new Set(years.flatMap((y) => Object.values(y.holidays).flat()));
const workdaySet = new Set(years.flatMap((y) => y.workdays));
function oracleIsWorking(date: string): boolean {
  if (workdaySet.has(date)) return true;
  const wd = new Date(`${date}T00:00:00Z`).getUTCDay();
  return wd !== 0 && wd !== 6 && !holidaySet.has(date);
}
function* days(from: string, to: string): Generator<string> {
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) yield new Date(t).toISOString().slice(0, 10);
}
function oracleAdd(from: string, n: number): string {
  let t = Date.parse(`${from}T00:00:00Z`);
  let left = n;
  while (left > 0) {
    t += 86_400_000;
    if (oracleIsWorking(new Date(t).toISOString().slice(0, 10))) left--;
  }
  return new Date(t).toISOString().slice(0, 10);
}

describe('WorkingCalendar.addWorkingDays', () => {
  it('counts from the day after: three working days after 30 Sep 2025 is Saturday 11 Oct (1–8 Oct off, 11 Oct made a working day)', () => {
    expect(cal.addWorkingDays('2025-09-30', 3)).toBe('2025-10-11');
    expect(cal.addWorkingDays('2025-09-30', 1)).toBe('2025-10-09');
    expect(cal.addWorkingDays('2025-09-30', 2)).toBe('2025-10-10');
    expect(cal.addWorkingDays('2025-09-30', 4)).toBe('2025-10-13');
  });

  it('returns the day itself for zero days, even on a holiday', () => {
    expect(cal.addWorkingDays('2025-10-01', 0)).toBe('2025-10-01');
    expect(cal.addWorkingDays('2025-10-11', 0)).toBe('2025-10-11');
  });

  it('crosses the New Year into 2026, where Sunday 4 Jan is a working day', () => {
    expect(cal.addWorkingDays('2025-12-31', 1)).toBe('2026-01-04');
    expect(cal.addWorkingDays('2025-12-31', 2)).toBe('2026-01-05');
  });

  it('skips the whole Spring Festival break of 2026 and counts the Saturdays made working days', () => {
    expect(cal.addWorkingDays('2026-02-13', 1)).toBe('2026-02-14');
    expect(cal.addWorkingDays('2026-02-14', 1)).toBe('2026-02-24');
    expect(cal.addWorkingDays('2026-02-26', 2)).toBe('2026-02-28');
  });

  it('starting on a made-up working day does not count that day', () => {
    expect(cal.addWorkingDays('2025-10-11', 1)).toBe('2025-10-13');
  });

  it('agrees with the oracle for every start day from Dec 2024 to Jan 2027 and every count up to 25', () => {
    for (const from of days('2024-12-01', '2027-01-31')) {
      for (let n = 0; n <= 25; n++) {
        const got = cal.addWorkingDays(from, n);
        if (got !== oracleAdd(from, n)) throw new Error(`addWorkingDays(${from}, ${n}) = ${got}, expected ${oracleAdd(from, n)}`);
        if (n > 0 && !cal.isWorkingDay(got)) throw new Error(`addWorkingDays(${from}, ${n}) = ${got} is not a working day`);
        if (cal.countWorkingDays(from, got) !== n) throw new Error(`countWorkingDays(${from}, ${got}) != ${n}`);
      }
    }
  });

  it('handles the largest count the API accepts and counts it back', () => {
    const end = cal.addWorkingDays('2025-01-01', 3650);
    expect(cal.countWorkingDays('2025-01-01', end)).toBe(3650);
    expect(end > '2039-01-01' && end < '2040-12-31').toBe(true);
  });

  it('rejects a negative, fractional or non-numeric count and a date that is not real', () => {
    expect(() => cal.addWorkingDays('2025-01-01', -1)).toThrow(RangeError);
    expect(() => cal.addWorkingDays('2025-01-01', 1.5)).toThrow(RangeError);
    expect(() => cal.addWorkingDays('2025-01-01', Number.NaN)).toThrow(RangeError);
    expect(() => cal.addWorkingDays('2025-02-30', 1)).toThrow(RangeError);
    expect(() => cal.addWorkingDays('2025-1-1', 1)).toThrow(RangeError);
  });
});

describe('WorkingCalendar.isWorkingDay', () => {
  it('matches the official arrangement on every day of 2025 and 2026', () => {
    for (const d of days('2025-01-01', '2026-12-31')) {
      if (cal.isWorkingDay(d) !== oracleIsWorking(d)) throw new Error(`isWorkingDay(${d}) should be ${oracleIsWorking(d)}`);
    }
  });

  it('has 248 working days in 2025 and in 2026 (261 weekdays − 18 / 19 weekday holidays + 5 / 6 made-up Saturdays and Sundays)', () => {
    expect(cal.countWorkingDays('2024-12-31', '2025-12-31')).toBe(248);
    expect(cal.countWorkingDays('2025-12-31', '2026-12-31')).toBe(248);
  });

  it('makes every listed workday a working day and every listed holiday a rest day', () => {
    for (const y of years) {
      for (const d of y.workdays) expect(cal.isWorkingDay(d), d).toBe(true);
      for (const d of Object.values(y.holidays).flat()) expect(cal.isWorkingDay(d), d).toBe(false);
    }
  });

  it('outside the known years: weekdays work, weekends rest, and knows() says so', () => {
    expect(cal.knows(2025)).toBe(true);
    expect(cal.knows(2026)).toBe(true);
    expect(cal.knows(2024)).toBe(false);
    expect(cal.knows(2027)).toBe(false);
    expect(cal.isWorkingDay('2024-10-01')).toBe(true); // a Tuesday; 2024 is not loaded
    expect(cal.isWorkingDay('2027-01-01')).toBe(true); // a Friday
    expect(cal.isWorkingDay('2027-01-02')).toBe(false); // a Saturday
    expect(cal.isWorkingDay('2024-02-29')).toBe(true); // leap day, a Thursday
  });

  it('an empty calendar knows no year and treats every weekday as a working day', () => {
    const plain = new WorkingCalendar([]);
    expect(plain.knows(2025)).toBe(false);
    expect(plain.isWorkingDay('2025-10-01')).toBe(true);
    expect(plain.addWorkingDays('2025-09-30', 3)).toBe('2025-10-03');
    expect(plain.countWorkingDays('2025-09-28', '2025-10-05')).toBe(5);
  });

  it('a listed workday wins even if it is also listed as a holiday', () => {
    const odd = new WorkingCalendar([{ year: 2030, holidays: { 测试: ['2030-01-05'] }, workdays: ['2030-01-05'] }]);
    expect(odd.isWorkingDay('2030-01-05')).toBe(true);
  });

  it('refuses to build from data with an unreal date', () => {
    expect(() => new WorkingCalendar([{ year: 2025, holidays: { 元旦: ['2025-02-30'] }, workdays: [] }])).toThrow(RangeError);
  });
});

describe('WorkingCalendar.countWorkingDays', () => {
  it('counts working days after the first date up to and including the second', () => {
    expect(cal.countWorkingDays('2025-09-30', '2025-10-11')).toBe(3);
    expect(cal.countWorkingDays('2025-09-30', '2025-10-08')).toBe(0);
    expect(cal.countWorkingDays('2025-10-10', '2025-10-10')).toBe(0);
    expect(cal.countWorkingDays('2025-10-09', '2025-10-10')).toBe(1);
  });

  it('is negative when the second date is earlier (working days overdue), and antisymmetric', () => {
    expect(cal.countWorkingDays('2025-10-11', '2025-09-30')).toBe(-3);
    for (const a of days('2025-09-20', '2025-10-20')) {
      for (const b of days('2025-09-20', '2025-10-20')) {
        if (cal.countWorkingDays(a, b) !== -cal.countWorkingDays(b, a)) throw new Error(`${a} ${b}`);
      }
    }
  });

  it('rejects dates that are not real', () => {
    expect(() => cal.countWorkingDays('2025-13-01', '2025-12-01')).toThrow(RangeError);
    expect(() => cal.countWorkingDays('2025-12-01', 'tomorrow')).toThrow(RangeError);
  });
});

describe('dates', () => {
  it('round-trips every day from 1900 to 2100 through its day number, in order', () => {
    let prev = dayNumberOf('1899-12-31')!;
    for (const d of days('1900-01-01', '2100-12-31')) {
      const n = dayNumberOf(d);
      if (n !== prev + 1 || dateOfDayNumber(n) !== d) throw new Error(d);
      prev = n;
    }
  });

  it('accepts only real dates written YYYY-MM-DD', () => {
    expect(isRealDate('2024-02-29')).toBe(true);
    expect(isRealDate('2025-02-29')).toBe(false);
    expect(isRealDate('2100-02-29')).toBe(false);
    expect(isRealDate('2000-02-29')).toBe(true);
    expect(isRealDate('2025-04-31')).toBe(false);
    expect(isRealDate('2025-00-10')).toBe(false);
    expect(isRealDate('2025-01-00')).toBe(false);
    expect(isRealDate('2025-1-10')).toBe(false);
    expect(isRealDate('20250110')).toBe(false);
    expect(isRealDate(' 2025-01-10')).toBe(false);
    expect(isRealDate('0050-01-10')).toBe(true);
  });

  it('knows the weekday (0 = Sunday)', () => {
    expect(weekdayOf('1970-01-01')).toBe(4);
    expect(weekdayOf('1969-12-28')).toBe(0);
    expect(weekdayOf('2025-10-11')).toBe(6);
    expect(weekdayOf('2026-01-04')).toBe(0);
    expect(weekdayOf('2025-09-30')).toBe(2);
  });
});

describe('todayInShanghai', () => {
  it('turns the date at midnight Beijing time (16:00 UTC)', () => {
    expect(todayInShanghai(new Date('2025-12-31T15:59:59.999Z'))).toBe('2025-12-31');
    expect(todayInShanghai(new Date('2025-12-31T16:00:00.000Z'))).toBe('2026-01-01');
    expect(todayInShanghai(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
    expect(todayInShanghai(new Date('2026-07-01T00:00:00+08:00'))).toBe('2026-07-01');
  });

  it('defaults to now', () => {
    expect(todayInShanghai()).toBe(todayInShanghai(new Date()));
    expect(todayInShanghai()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
