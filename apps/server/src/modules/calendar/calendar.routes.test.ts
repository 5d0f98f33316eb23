import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/harness.ts';
import { getWorkingCalendar } from './index.ts';

const t = useTestApp();

const add = (from: string, days: string | number) => t.as(null, 'GET', `/api/calendar/working-days/add?from=${from}&days=${days}`);

const year2027 = {
  holidays: { 元旦: ['2027-01-01', '2027-01-02', '2027-01-03'], 国庆节: ['2027-10-01', '2027-10-04', '2027-10-05', '2027-10-06', '2027-10-07'] },
  workdays: ['2027-10-09'],
  source: '测试：假设的 2027 年安排',
};

describe('GET /api/calendar/working-days/add', () => {
  it('is public and counts from the day after: 3 working days after 30 Sep 2025 is 11 Oct', async () => {
    const res = await add('2025-09-30', 3);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ date: '2025-10-11' });
  });

  it('answers 0 days with the day itself', async () => {
    expect((await add('2025-10-01', 0)).json()).toEqual({ date: '2025-10-01' });
  });

  it('rejects a date that does not exist, naming `from`', async () => {
    const res = await add('2025-02-30', 1);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'request.invalid', errors: [{ path: 'from', code: 'invalid_date' }] });
  });

  it('rejects a malformed date, naming `from`', async () => {
    const res = await add('30-09-2025', 1);
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toMatchObject({ path: 'from' });
  });

  it('rejects a date far outside the supported range, naming `from`', async () => {
    const res = await add('9999-12-31', 3650);
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toMatchObject({ path: 'from', code: 'out_of_range' });
  });

  it('rejects days outside 0..3650 or missing, naming `days`', async () => {
    for (const days of ['3651', '-1', '1.5', 'abc']) {
      const res = await add('2025-09-30', days);
      expect(res.statusCode, days).toBe(400);
      expect(res.json().errors[0], days).toMatchObject({ path: 'days' });
    }
    const missing = await t.as(null, 'GET', '/api/calendar/working-days/add?from=2025-09-30');
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors[0]).toMatchObject({ path: 'days' });
  });

  it('accepts the largest count', async () => {
    const res = await add('2025-01-01', 3650);
    expect(res.statusCode).toBe(200);
  });
});

describe('GET /api/calendar/years', () => {
  it('lists the bundled years with their official source, loaded on first use', async () => {
    const res = await t.as(await t.login('enterprise'), 'GET', '/api/calendar/years');
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { year: number; holidays: Record<string, string[]>; workdays: string[]; source: string; updatedBy: string | null }[];
    const y2025 = items.find((y) => y.year === 2025)!;
    expect(y2025.holidays['国庆节、中秋节']).toHaveLength(8);
    expect(y2025.workdays).toContain('2025-10-11');
    expect(y2025.source).toContain('国办发明电〔2024〕12号');
    expect(y2025.updatedBy).toBeNull();
    expect(items.some((y) => y.year === 2026)).toBe(true);
  });

  it('needs a session', async () => {
    expect((await t.as(null, 'GET', '/api/calendar/years')).statusCode).toBe(401);
  });

  it('rejects unknown query parameters', async () => {
    const res = await t.as(await t.login('officer'), 'GET', '/api/calendar/years?year=2025');
    expect(res.statusCode).toBe(400);
  });
});

describe('PUT /api/calendar/years/:year', () => {
  it('adds a year as the bureau administrator, audits it, and the working-day count uses it at once', async () => {
    const admin = await t.login('admin');
    expect((await add('2027-09-30', 1)).json()).toEqual({ date: '2027-10-01' });
    const res = await t.as(admin, 'PUT', '/api/calendar/years/2027', year2027);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ year: 2027, workdays: ['2027-10-09'], source: year2027.source, updatedBy: t.fixture.users.admin!.id });
    // 1 Oct (Fri) and 4–7 Oct are off; Saturday 9 Oct works.
    expect((await add('2027-09-30', 1)).json()).toEqual({ date: '2027-10-08' });
    expect((await add('2027-09-30', 2)).json()).toEqual({ date: '2027-10-09' });
    expect((await getWorkingCalendar(t.database.db)).knows(2027)).toBe(true);

    const audit = (await t.as(admin, 'GET', '/api/audit?action=calendar.year_saved')).json();
    expect(audit.items[0]).toMatchObject({ action: 'calendar.year_saved', targetType: 'calendar_year', targetId: '2027', actorName: 'admin' });
    expect(audit.items[0].summary).toMatchObject({ year: 2027, before: null, after: { workdays: ['2027-10-09'] } });
  });

  it('replaces a year, recording what it was before', async () => {
    const admin = await t.login('admin');
    const changed = { ...year2027, workdays: [] };
    expect((await t.as(admin, 'PUT', '/api/calendar/years/2027', changed)).statusCode).toBe(200);
    expect((await add('2027-09-30', 2)).json()).toEqual({ date: '2027-10-11' });
    const audit = (await t.as(admin, 'GET', '/api/audit?action=calendar.year_saved')).json();
    expect(audit.items[0].summary).toMatchObject({ before: { workdays: ['2027-10-09'] }, after: { workdays: [] } });
    const listed = (await t.as(admin, 'GET', '/api/calendar/years')).json().items.map((y: { year: number }) => y.year);
    expect(listed).toEqual([2025, 2026, 2027]);
  });

  it('is forbidden to everyone but the bureau administrator', async () => {
    for (const user of ['officer', 'desk', 'leader', 'enterprise', 'expert', 'notary']) {
      const res = await t.as(await t.login(user), 'PUT', '/api/calendar/years/2028', { ...year2027, holidays: { 元旦: ['2028-01-01'] }, workdays: [] });
      expect(res.statusCode, user).toBe(403);
    }
    expect((await t.as(null, 'PUT', '/api/calendar/years/2028', year2027)).statusCode).toBe(401);
  });

  it('requires the CSRF token', async () => {
    const admin = await t.login('admin');
    const res = await t.as({ ...admin, csrfToken: 'wrong' }, 'PUT', '/api/calendar/years/2027', year2027);
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ code: 'auth.csrf_failed' });
  });

  it('rejects a workday on a weekday, a workday that is also a holiday and a date outside the year, naming each field; nothing is saved', async () => {
    const admin = await t.login('admin');
    const res = await t.as(admin, 'PUT', '/api/calendar/years/2028', {
      holidays: { 元旦: ['2028-01-01'], 春节: ['2029-01-27'] },
      workdays: ['2028-01-05', '2028-01-01'],
      source: 'x',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { path: string; code: string }) => `${e.path}:${e.code}`)).toEqual([
      'holidays.春节.0:outside_year',
      'workdays.0:not_weekend',
      'workdays.1:overlaps_holiday',
    ]);
    const listed = (await t.as(admin, 'GET', '/api/calendar/years')).json().items.map((y: { year: number }) => y.year);
    expect(listed).not.toContain(2028);
  });

  it('rejects a missing source, a malformed date and a year out of range', async () => {
    const admin = await t.login('admin');
    const noSource = await t.as(admin, 'PUT', '/api/calendar/years/2028', { holidays: { 元旦: ['2028-01-01'] }, workdays: [] });
    expect(noSource.statusCode).toBe(400);
    expect(noSource.json().errors[0]).toMatchObject({ path: 'source', code: 'required' });
    const badDate = await t.as(admin, 'PUT', '/api/calendar/years/2028', { holidays: { 元旦: ['2028/01/01'] }, workdays: [], source: 'x' });
    expect(badDate.json().errors[0]).toMatchObject({ path: 'holidays.元旦.0' });
    const badYear = await t.as(admin, 'PUT', '/api/calendar/years/1899', year2027);
    expect(badYear.statusCode).toBe(400);
    expect(badYear.json().errors[0]).toMatchObject({ path: 'year' });
  });
});
