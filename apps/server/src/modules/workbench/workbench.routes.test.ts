import { describe, expect, it } from 'vitest';
import { roles } from '@yunju/contracts';
import { useTestApp } from '../../../test/harness.ts';
import { createServiceItem } from '../../../test/factories.ts';
import { submitItemCase } from '../../../test/case-helpers.ts';

const t = useTestApp();
const value = (body: { stats: { key: string; value: number }[] }, key: string) => body.stats.find((s) => s.key === key)?.value;

describe('GET /api/workbench', () => {
  it('gives every role a workbench of its own', async () => {
    for (const role of roles) {
      const username = role === 'bureau_admin' ? 'admin' : role;
      const res = await t.as(await t.login(username), 'GET', '/api/workbench');
      expect(res.statusCode, role).toBe(200);
      expect(res.json().role).toBe(role);
      expect(res.json().stats.length, role).toBeGreaterThan(0);
    }
  });

  it('counts the bureau’s figures from records', async () => {
    const body = (await t.as(await t.login('admin'), 'GET', '/api/workbench')).json();
    expect(value(body, 'enterprises')).toBe(2);
    expect(value(body, 'aboveScaleEnterprises')).toBe(1);
    expect(value(body, 'highTechEnterprises')).toBe(1);
    expect(value(body, 'departments')).toBe(2);
    expect(body.enterprisesByTown).toEqual([
      { code: 'T01', name: '城关街道', value: 1 },
      { code: 'T02', name: '东溪镇', value: 1 },
    ]);
    expect(body.tiers).toEqual([{ kind: 'high_tech', value: 1 }]);
  });

  it('shows an enterprise user its own file and nothing of the county’s statistics', async () => {
    const body = (await t.as(await t.login('enterprise_b'), 'GET', '/api/workbench')).json();
    expect(body.enterprise).toMatchObject({ id: t.fixture.enterprises.b, name: '测试东溪机械有限公司' });
    expect(body.enterprisesByTown).toEqual([]);
    expect(value(body, 'enterprises')).toBeUndefined();
  });

  it('answers 401 without a session', async () => {
    expect((await t.as(null, 'GET', '/api/workbench')).statusCode).toBe(401);
  });

  it('rejects unexpected parameters', async () => {
    const res = await t.as(await t.login('officer'), 'GET', '/api/workbench?tenant=other');
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toMatchObject({ code: 'unrecognized_keys' });
  });
});

describe('case counters on the workbench', () => {
  it('counts open, overdue and resolved cases from case records', async () => {
    const itemId = await createServiceItem(t.database.db, t.fixture);
    const enterprise = await t.login('enterprise');
    await submitItemCase(t, enterprise, itemId);
    const admin = (await t.as(await t.login('admin'), 'GET', '/api/workbench')).json();
    expect(value(admin, 'casesOpen')).toBe(1);
    expect(value(admin, 'casesResolved')).toBe(0);
    const own = (await t.as(enterprise, 'GET', '/api/workbench')).json();
    expect(value(own, 'myOpenCases')).toBe(1);
    const other = (await t.as(await t.login('enterprise_b'), 'GET', '/api/workbench')).json();
    expect(value(other, 'myOpenCases')).toBe(0);
  });
});
