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
