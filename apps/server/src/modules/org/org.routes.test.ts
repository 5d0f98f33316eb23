import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/harness.ts';

const t = useTestApp();

describe('GET /api/org/departments and /api/org/towns', () => {
  it('lists the caller’s county only', async () => {
    const s = await t.login('desk');
    const departments = (await t.as(s, 'GET', '/api/org/departments')).json();
    expect(departments.map((d: { shortName: string }) => d.shortName)).toEqual(['经信局', '科技局']);
    const towns = (await t.as(s, 'GET', '/api/org/towns')).json();
    expect(towns.map((d: { name: string }) => d.name)).toEqual(['城关街道', '东溪镇']);
  });

  it('answers 401 without a session', async () => {
    expect((await t.as(null, 'GET', '/api/org/towns')).statusCode).toBe(401);
    expect((await t.as(null, 'GET', '/api/org/departments')).statusCode).toBe(401);
  });

  it('rejects unexpected parameters', async () => {
    const s = await t.login('desk');
    expect((await t.as(s, 'GET', '/api/org/towns?x=1')).statusCode).toBe(400);
    expect((await t.as(s, 'GET', '/api/org/departments?x=1')).statusCode).toBe(400);
  });
});

describe('GET /api/org/officers', () => {
  type Row = { id: string; displayName: string; role: string; departmentId: string; departmentName: string };
  const names = (rows: Row[]) => rows.map((r) => r.displayName).sort();

  it('gives the bureau admin the county’s officers, optionally of one department', async () => {
    const s = await t.login('admin');
    const res = await t.as(s, 'GET', '/api/org/officers');
    expect(res.statusCode, res.body).toBe(200);
    const all: Row[] = res.json();
    expect(names(all)).toEqual(['admin', 'officer', 'officer2']); // not desk, leader, other counties
    expect(all.find((r) => r.displayName === 'officer2')).toMatchObject({ id: t.fixture.users.officer2!.id, role: 'officer', departmentId: t.fixture.departments.economy });
    const economy: Row[] = (await t.as(s, 'GET', `/api/org/officers?departmentId=${t.fixture.departments.economy}`)).json();
    expect(names(economy)).toEqual(['officer2']);
  });

  it('gives an officer its own department only, as the task service allows', async () => {
    const s = await t.login('officer');
    const own: Row[] = (await t.as(s, 'GET', '/api/org/officers')).json();
    expect(names(own)).toEqual(['admin', 'officer']);
    expect(own.every((r) => r.departmentId === t.fixture.departments.bureau)).toBe(true);
    const other = await t.as(s, 'GET', `/api/org/officers?departmentId=${t.fixture.departments.economy}`);
    expect(other.statusCode).toBe(403);
    expect(other.json().code).toBe('auth.forbidden');
  });

  it('is forbidden to roles that cannot assign tasks', async () => {
    for (const user of ['leader', 'desk', 'enterprise', 'expert', 'notary']) {
      expect((await t.as(await t.login(user), 'GET', '/api/org/officers')).statusCode, user).toBe(403);
    }
    expect((await t.as(null, 'GET', '/api/org/officers')).statusCode).toBe(401);
  });

  it('rejects a malformed department and unexpected parameters, naming the field', async () => {
    const s = await t.login('admin');
    const bad = await t.as(s, 'GET', '/api/org/officers?departmentId=nope');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('departmentId');
    expect((await t.as(s, 'GET', '/api/org/officers?x=1')).statusCode).toBe(400);
  });
});
