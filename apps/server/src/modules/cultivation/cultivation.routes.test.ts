import { beforeAll, describe, expect, it } from 'vitest';
import * as schema from '../../platform/schema.ts';
import { useTestApp } from '../../../test/harness.ts';

const t = useTestApp();
const WAN = 1_000_000;
let nearly = ''; // one criterion short of high-tech status
let far = '';
const day = (offsetDays: number) => new Date(Date.now() + 8 * 3600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  const db = t.database.db;
  const rows = await db
    .insert(schema.enterprises)
    .values([
      { tenantId: t.fixture.tenantId, creditCode: '91330699MA2B00001A', name: '测试差一步科技有限公司', townId: t.fixture.towns.a, industryCode: 'C3451', size: 'medium', isAboveScale: true, address: '测试地址', foundedOn: '2015-03-01' },
      { tenantId: t.fixture.tenantId, creditCode: '91330699MA2B00002A', name: '测试起步机械有限公司', townId: t.fixture.towns.b, industryCode: 'C3451', size: 'small', isAboveScale: true, address: '测试地址', foundedOn: '2024-01-01' },
    ])
    .returning({ id: schema.enterprises.id });
  nearly = rows[0]!.id;
  far = rows[1]!.id;
  await db.insert(schema.enterpriseYearlyStats).values([
    // 3 亿 revenue → 3% band; R&D 630 万 = 2.1%; high-tech revenue 70%; S&T staff 12%; patents held
    { tenantId: t.fixture.tenantId, enterpriseId: nearly, year: 2025, revenueFen: 30_000 * WAN, rdSpendingFen: 630 * WAN, highTechRevenueFen: 21_000 * WAN, employees: 400, rdStaff: 40, techStaff: 48, utilityGranted: 3, validInventionPatents: 2 },
    { tenantId: t.fixture.tenantId, enterpriseId: far, year: 2025, revenueFen: 2_500 * WAN, rdSpendingFen: 20 * WAN, highTechRevenueFen: 0, employees: 80, rdStaff: 2, techStaff: 3 },
  ]);
  await db.insert(schema.enterpriseQualifications).values([
    { tenantId: t.fixture.tenantId, enterpriseId: nearly, kind: 'tech_sme', level: 'national', certificateNo: '2025330699A00101', issuedOn: day(-300), expiresOn: day(90) },
    { tenantId: t.fixture.tenantId, enterpriseId: far, kind: 'tech_sme', level: 'national', certificateNo: '2025330699A00102', issuedOn: day(-100), expiresOn: day(240) },
  ]);
});

describe('GET /api/enterprises/:id/tiers', () => {
  it('one criterion short of high-tech status shows exactly that criterion and its gap', async () => {
    const res = await t.as(await t.login('officer'), 'GET', `/api/enterprises/${nearly}/tiers`);
    expect(res.statusCode).toBe(200);
    const a = res.json();
    expect(a).toMatchObject({ statsYear: 2025, current: ['tech_sme'], next: 'high_tech' });
    expect(a.nextUnmet).toEqual([{ key: 'rd_intensity', labelZh: '研发费用占比', labelEn: 'R&D spending ratio', met: false, actual: 0.021, required: 0.03, gapZh: '研发费用占比 2.1%，低于 3%', gapEn: 'R&D spending ratio 2.1%, below 3%' }]);
  });
  it('the enterprise reads its own (404 for others); forbidden to the expert; bad id 400', async () => {
    expect((await t.as(await t.login('enterprise'), 'GET', `/api/enterprises/${t.fixture.enterprises.a}/tiers`)).statusCode).toBe(200);
    expect((await t.as(await t.login('enterprise'), 'GET', `/api/enterprises/${nearly}/tiers`)).statusCode).toBe(404);
    expect((await t.as(await t.login('expert'), 'GET', `/api/enterprises/${nearly}/tiers`)).statusCode).toBe(403);
    expect((await t.as(await t.login('officer'), 'GET', '/api/enterprises/abc/tiers')).statusCode).toBe(400);
  });
});

describe('pipelines and expiring certificates', () => {
  it('ranks candidates by closeness', async () => {
    const res = await t.as(await t.login('leader'), 'GET', '/api/cultivation/pipelines?kind=high_tech');
    expect(res.statusCode).toBe(200);
    const p = res.json();
    expect(p.items[0]).toMatchObject({ enterpriseId: nearly, unmet: 1 });
    expect(p.items.map((x: { enterpriseId: string }) => x.enterpriseId)).toEqual([nearly, far]);
    expect(p.items[1].unmet).toBeGreaterThan(1);
  });
  it('pipelines: forbidden to the enterprise; unknown kind 400', async () => {
    expect((await t.as(await t.login('enterprise'), 'GET', '/api/cultivation/pipelines?kind=high_tech')).statusCode).toBe(403);
    expect((await t.as(await t.login('officer'), 'GET', '/api/cultivation/pipelines?kind=unicorn')).json().errors[0].path).toBe('kind');
  });
  it('warns of certificates expiring within 6 months', async () => {
    const res = (await t.as(await t.login('officer'), 'GET', '/api/cultivation/expiring')).json();
    expect(res.items.map((x: { certificateNo: string; daysLeft: number }) => [x.certificateNo, x.daysLeft])).toEqual([['2025330699A00101', 90]]);
    const year = (await t.as(await t.login('officer'), 'GET', '/api/cultivation/expiring?months=12')).json();
    expect(year.total).toBe(2);
    expect((await t.as(await t.login('enterprise'), 'GET', '/api/cultivation/expiring')).json().total).toBe(0);
    expect((await t.as(await t.login('expert'), 'GET', '/api/cultivation/expiring')).statusCode).toBe(403);
    expect((await t.as(await t.login('officer'), 'GET', '/api/cultivation/expiring?months=99')).statusCode).toBe(400);
  });
});

describe('ladder', () => {
  it('shows the rules with their sources; the admin may replace them', async () => {
    const ladder = (await t.as(await t.login('enterprise'), 'GET', '/api/cultivation/ladder')).json();
    expect(ladder.rules.find((r: { kind: string }) => r.kind === 'high_tech').source).toContain('国科发火〔2016〕32号');
    const admin = await t.login('admin');
    const rules = ladder.rules.map((r: { kind: string; criteria: { key: string; threshold?: number }[] }) => (r.kind === 'high_tech' ? { ...r, criteria: r.criteria.filter((c) => c.key !== 'rd_intensity') } : r));
    const saved = await t.as(admin, 'PUT', '/api/cultivation/ladder', { rules });
    expect(saved.statusCode, saved.body).toBe(200);
    expect((await t.as(admin, 'GET', `/api/enterprises/${nearly}/tiers`)).json().nextUnmet).toEqual([]);
    await t.as(admin, 'PUT', '/api/cultivation/ladder', { rules: ladder.rules });
  });
  it('is forbidden to the officer and the leader; duplicate kinds are 400; no query parameters', async () => {
    const ladder = (await t.as(await t.login('officer'), 'GET', '/api/cultivation/ladder')).json();
    expect((await t.as(await t.login('officer'), 'PUT', '/api/cultivation/ladder', { rules: ladder.rules })).statusCode).toBe(403);
    expect((await t.as(await t.login('leader'), 'PUT', '/api/cultivation/ladder', { rules: ladder.rules })).statusCode).toBe(403);
    const dup = await t.as(await t.login('admin'), 'PUT', '/api/cultivation/ladder', { rules: [ladder.rules[0], ladder.rules[0]] });
    expect(dup.statusCode).toBe(400);
    expect(dup.json().errors[0].path).toBe('rules.1.kind');
    expect((await t.as(await t.login('officer'), 'GET', '/api/cultivation/ladder?x=1')).statusCode).toBe(400);
    expect((await t.as(await t.login('expert'), 'GET', '/api/cultivation/ladder')).statusCode).toBe(403);
  });
});

describe('cultivation plans across departments', () => {
  let planId = '';
  it('creates a plan with tasks for two departments and notifies them', async () => {
    const res = await t.as(await t.login('officer'), 'POST', '/api/cultivation/plans', {
      enterpriseId: nearly,
      targetKind: 'high_tech',
      title: '培育测试差一步科技申报高新技术企业',
      tasks: [
        { departmentId: t.fixture.departments.bureau, ownerUserId: t.fixture.users.officer!.id, title: '辅导研发费用归集', dueOn: '2026-12-31' },
        { departmentId: t.fixture.departments.economy, title: '对接技改项目', dueOn: '2026-12-31' },
      ],
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ status: 'open', departments: 2, acrossDepartments: false });
    planId = res.json().id;
    expect(JSON.stringify((await t.as(await t.login('officer2'), 'GET', '/api/inbox')).json())).toContain('培育测试差一步科技');
  });
  it('each department completes its own task; the plan then counts as cultivated across departments', async () => {
    const plan = (await t.as(await t.login('leader'), 'GET', `/api/cultivation/plans/${planId}`)).json();
    const [bureauTask, economyTask] = [plan.tasks.find((x: { departmentId: string }) => x.departmentId === t.fixture.departments.bureau), plan.tasks.find((x: { departmentId: string }) => x.departmentId === t.fixture.departments.economy)];
    const officer = await t.login('officer');
    expect((await t.as(officer, 'POST', `/api/cultivation/plans/${planId}/tasks/${economyTask.id}/complete`, {})).statusCode).toBe(403);
    expect((await t.as(await t.login('leader'), 'POST', `/api/cultivation/plans/${planId}/tasks/${bureauTask.id}/complete`, {})).statusCode).toBe(403);
    expect((await t.as(officer, 'POST', `/api/cultivation/plans/${planId}/tasks/${bureauTask.id}/complete`, { note: '已完成辅导' })).json().status).toBe('open');
    expect((await t.as(officer, 'POST', `/api/cultivation/plans/${planId}/tasks/${bureauTask.id}/complete`, {})).statusCode).toBe(409);
    const done = (await t.as(await t.login('officer2'), 'POST', `/api/cultivation/plans/${planId}/tasks/${economyTask.id}/complete`, {})).json();
    expect(done).toMatchObject({ status: 'completed', acrossDepartments: true });
    const summary = (await t.as(await t.login('leader'), 'GET', '/api/cultivation/summary')).json();
    expect(summary).toMatchObject({ cultivatedAcrossDepartments: 1, openPlans: 0, expiringWithin6Months: 1 });
    expect(summary.tiers.find((x: { kind: string }) => x.kind === 'tech_sme').count).toBe(2);
    const list = (await t.as(officer, 'GET', `/api/cultivation/plans?enterpriseId=${nearly}`)).json();
    expect(list.total).toBe(1);
  });
  it('forbidden and invalid', async () => {
    const ent = await t.login('enterprise');
    expect((await t.as(ent, 'GET', '/api/cultivation/plans')).statusCode).toBe(403);
    expect((await t.as(ent, 'GET', `/api/cultivation/plans/${planId}`)).statusCode).toBe(403);
    expect((await t.as(ent, 'GET', '/api/cultivation/summary')).statusCode).toBe(403);
    expect((await t.as(await t.login('leader'), 'POST', '/api/cultivation/plans', { enterpriseId: nearly, targetKind: 'high_tech', title: '领导计划', tasks: [{ departmentId: t.fixture.departments.bureau, title: '任务', dueOn: '2026-12-31' }] })).statusCode).toBe(403);
    const s = await t.login('officer');
    const noTasks = await t.as(s, 'POST', '/api/cultivation/plans', { enterpriseId: nearly, targetKind: 'high_tech', title: '空计划', tasks: [] });
    expect(noTasks.json().errors[0].path).toBe('tasks');
    const wrongOwner = await t.as(s, 'POST', '/api/cultivation/plans', { enterpriseId: nearly, targetKind: 'high_tech', title: '错配计划', tasks: [{ departmentId: t.fixture.departments.economy, ownerUserId: t.fixture.users.officer!.id, title: '任务', dueOn: '2026-12-31' }] });
    expect(wrongOwner.statusCode).toBe(400);
    expect(wrongOwner.json().errors[0].path).toBe('tasks.0.ownerUserId');
    expect((await t.as(s, 'GET', '/api/cultivation/plans?status=maybe')).statusCode).toBe(400);
    expect((await t.as(s, 'GET', '/api/cultivation/plans/nope')).statusCode).toBe(400);
    expect((await t.as(s, 'POST', `/api/cultivation/plans/${planId}/tasks/nope/complete`, {})).statusCode).toBe(400);
    expect((await t.as(s, 'GET', '/api/cultivation/summary?x=1')).statusCode).toBe(400);
  });
});
