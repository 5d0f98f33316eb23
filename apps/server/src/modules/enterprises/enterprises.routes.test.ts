import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/harness.ts';

const t = useTestApp();

describe('GET /api/enterprises', () => {
  it('lists the county’s enterprises for an officer, with qualifications', async () => {
    const res = await t.as(await t.login('officer'), 'GET', '/api/enterprises');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.total).toBe(2);
    expect(body.items.map((e: { name: string }) => e.name).sort()).toEqual(['测试东溪机械有限公司', '测试恒锐轴承有限公司']);
    expect(body.items.find((e: { id: string }) => e.id === t.fixture.enterprises.a).qualifications).toEqual(['high_tech']);
  });

  it('filters by keyword and town', async () => {
    const s = await t.login('leader');
    expect((await t.as(s, 'GET', `/api/enterprises?keyword=${encodeURIComponent('东溪')}`)).json().total).toBe(1);
    expect((await t.as(s, 'GET', '/api/enterprises?town=T01')).json().items[0].townName).toBe('城关街道');
  });

  it('filters by above-scale flag and qualification, as the workbench figures drill down', async () => {
    const s = await t.login('admin');
    const above = (await t.as(s, 'GET', '/api/enterprises?aboveScale=true')).json();
    expect(above.items.map((e: { id: string }) => e.id)).toEqual([t.fixture.enterprises.a]);
    expect((await t.as(s, 'GET', '/api/enterprises?aboveScale=false')).json().items.map((e: { id: string }) => e.id)).toEqual([t.fixture.enterprises.b]);
    const highTech = (await t.as(s, 'GET', '/api/enterprises?qualification=high_tech')).json();
    expect(highTech.items.map((e: { id: string }) => e.id)).toEqual([t.fixture.enterprises.a]);
    expect((await t.as(s, 'GET', '/api/enterprises?qualification=eagle')).json().total).toBe(0);
    const bad = await t.as(s, 'GET', '/api/enterprises?qualification=golden');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0]).toMatchObject({ path: 'qualification' });
  });

  it('shows an enterprise user only its own enterprise', async () => {
    const body = (await t.as(await t.login('enterprise'), 'GET', '/api/enterprises')).json();
    expect(body.total).toBe(1);
    expect(body.items[0].id).toBe(t.fixture.enterprises.a);
  });

  it('is forbidden to roles without enterprise.read', async () => {
    const res = await t.as(await t.login('expert'), 'GET', '/api/enterprises');
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ code: 'auth.forbidden' });
  });

  it('rejects an out-of-range page size, naming the field', async () => {
    const res = await t.as(await t.login('officer'), 'GET', '/api/enterprises?pageSize=5000');
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toMatchObject({ path: 'pageSize', code: 'too_big' });
  });
});

describe('GET /api/enterprises/:id', () => {
  it('returns an enterprise’s file to an officer', async () => {
    const res = await t.as(await t.login('officer2'), 'GET', `/api/enterprises/${t.fixture.enterprises.b}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ name: '测试东溪机械有限公司', townName: '东溪镇', industryName: '滚动轴承制造' });
  });

  it('answers 404 when an enterprise user asks for another enterprise (no existence leak)', async () => {
    const s = await t.login('enterprise');
    const other = await t.as(s, 'GET', `/api/enterprises/${t.fixture.enterprises.b}`);
    const missing = await t.as(s, 'GET', '/api/enterprises/7d0e7a4e-2f59-4b55-9d8c-3f1f0a3a1111');
    expect(other.statusCode).toBe(404);
    expect(missing.statusCode).toBe(404);
    expect({ ...other.json(), requestId: 0, instance: 0 }).toEqual({ ...missing.json(), requestId: 0, instance: 0 });
    expect((await t.as(s, 'GET', `/api/enterprises/${t.fixture.enterprises.a}`)).statusCode).toBe(200);
  });

  it('answers 404 for another county’s enterprise, even to an administrator', async () => {
    const res = await t.as(await t.login('admin'), 'GET', `/api/enterprises/${t.fixture.enterprises.otherTenant}`);
    expect(res.statusCode).toBe(404);
  });

  it('is forbidden to roles without enterprise.read', async () => {
    expect((await t.as(await t.login('notary'), 'GET', `/api/enterprises/${t.fixture.enterprises.a}`)).statusCode).toBe(403);
  });

  it('rejects an id that is not a UUID', async () => {
    const res = await t.as(await t.login('officer'), 'GET', '/api/enterprises/not-a-uuid');
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toMatchObject({ path: 'id' });
  });
});
