import { computeUsccCheckChar } from '@yunju/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import * as schema from '../../platform/schema.ts';
import { useTestApp, type Session } from '../../../test/harness.ts';
import { refreshCoverage } from '../enterprises/index.ts';
import { remindDueTasks } from './index.ts';

const t = useTestApp();
const YEAR = 2025;
/** 12 above-scale firms: index < 4 have IUR cooperation in 2025 (covered), the other 8 do not. */
const ids: string[] = [];
const MILLION_FEN = 1_000_000;

beforeAll(async () => {
  const db = t.database.db;
  const rows = await db
    .insert(schema.enterprises)
    .values(
      Array.from({ length: 12 }, (_, i) => {
        const first17 = `91330699MA7${String(i).padStart(5, '0')}Q`;
        return {
          tenantId: t.fixture.tenantId,
          creditCode: first17 + computeUsccCheckChar(first17),
          name: `测试覆盖企业${String(i).padStart(2, '0')}有限公司`,
          townId: i % 3 === 0 ? t.fixture.towns.b : t.fixture.towns.a,
          industryCode: 'C3451',
          size: 'medium' as const,
          isAboveScale: true,
          address: '测试地址',
          rdInstitutionLevel: i === 11 ? ('none' as const) : ('city' as const),
          rdInstitutionName: i === 11 ? null : '市级企业研发中心',
        };
      }),
    )
    .returning({ id: schema.enterprises.id });
  ids.push(...rows.map((r) => r.id));
  for (const year of [2024, 2025]) {
    await db.insert(schema.enterpriseYearlyStats).values(
      ids.map((enterpriseId, i) => ({ tenantId: t.fixture.tenantId, enterpriseId, year, revenueFen: 5_000 * MILLION_FEN, rdSpendingFen: 150 * MILLION_FEN, employees: 200, utilityGranted: i === 10 ? 0 : 2 })),
    );
  }
  await db.insert(schema.enterpriseCooperations).values(ids.slice(0, 4).map((enterpriseId) => ({ tenantId: t.fixture.tenantId, enterpriseId, partner: '测试大学', partnerKind: 'university' as const, project: '联合攻关', startYear: 2025, endYear: 2026 })));
  await db.transaction((tx) => refreshCoverage(tx, t.fixture.tenantId, null));
});

describe('GET /api/coverage/dashboard', () => {
  it('counts the five flags from the files, by year, town and industry', async () => {
    const res = await t.as(await t.login('leader'), 'GET', '/api/coverage/dashboard');
    expect(res.statusCode).toBe(200);
    const d = res.json();
    expect(d.year).toBe(2025);
    expect(d.years).toEqual([2024, 2025]);
    expect(d.county).toMatchObject({ total: 12, covered: { iur: 4, rd_spending: 12, patent: 11, rd_institution: 11, high_tech: 0 } });
    expect(d.county.rates.iur).toBeCloseTo(4 / 12, 10);
    expect(d.trend.map((c: { key: string; covered: { iur: number } }) => [c.key, c.covered.iur])).toEqual([['2024', 0], ['2025', 4]]);
    expect(d.byTown.map((c: { key: string; total: number }) => [c.key, c.total])).toEqual([['T01', 8], ['T02', 4]]);
    expect(d.byIndustry).toMatchObject([{ key: 'C34', name: '通用设备制造业', total: 12 }]);
    const town = (await t.as(await t.login('officer'), 'GET', '/api/coverage/dashboard?town=T02')).json();
    expect(town.county.total).toBe(4);
  });
  it('follows edits of the file at once (the summary is kept in step)', async () => {
    const s = await t.login('officer');
    const added = await t.as(s, 'POST', `/api/enterprises/${ids[4]}/cooperations`, { partner: '测试学院', partnerKind: 'university', project: '临时合作', startYear: 2025, endYear: 2025 });
    expect(added.statusCode).toBe(201);
    const d = (await t.as(s, 'GET', '/api/coverage/dashboard?year=2025')).json();
    expect(d.county.covered.iur).toBe(5);
    expect(d.byTown.find((c: { key: string }) => c.key === 'T01').covered.iur).toBe(3);
    expect((await t.as(s, 'GET', '/api/coverage/dashboard?year=2025&industry=C345')).json().county.covered.iur).toBe(5);
    await t.as(s, 'DELETE', `/api/enterprises/${ids[4]}/cooperations/${added.json().cooperations[0].id}`);
    expect((await t.as(s, 'GET', '/api/coverage/dashboard?year=2025')).json().county.covered.iur).toBe(4);
  });
  it('is forbidden to the enterprise; an unknown town is 400', async () => {
    expect((await t.as(await t.login('enterprise'), 'GET', '/api/coverage/dashboard')).statusCode).toBe(403);
    const bad = await t.as(await t.login('officer'), 'GET', '/api/coverage/dashboard?town=T99');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('town');
  });
});

describe('GET /api/coverage/uncovered and /enterprises/:id', () => {
  it('lists the uncovered enterprises of a flag', async () => {
    const res = await t.as(await t.login('officer'), 'GET', '/api/coverage/uncovered?flag=iur&year=2025');
    expect(res.statusCode).toBe(200);
    expect(res.json().total).toBe(8);
    expect(res.json().items.map((e: { enterpriseId: string }) => e.enterpriseId).sort()).toEqual(ids.slice(4).sort());
  });
  it('exports the uncovered list as Excel; forbidden to the enterprise; a bad flag is 400', async () => {
    const res = await t.as(await t.login('leader'), 'GET', '/api/coverage/uncovered/export.xlsx?flag=iur&year=2025');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect((await t.as(await t.login('enterprise'), 'GET', '/api/coverage/uncovered/export.xlsx?flag=iur')).statusCode).toBe(403);
    expect((await t.as(await t.login('officer'), 'GET', '/api/coverage/uncovered/export.xlsx?flag=x')).statusCode).toBe(400);
  });
  it('forbidden to the enterprise; a bad flag is 400', async () => {
    expect((await t.as(await t.login('enterprise'), 'GET', '/api/coverage/uncovered?flag=iur')).statusCode).toBe(403);
    expect((await t.as(await t.login('officer'), 'GET', '/api/coverage/uncovered?flag=gold')).json().errors[0].path).toBe('flag');
  });
  it('shows one enterprise’s flags per year; 404 for another enterprise’s user; 400 for a bad id', async () => {
    const res = await t.as(await t.login('officer'), 'GET', `/api/coverage/enterprises/${ids[0]}`);
    expect(res.json().years).toEqual([
      { year: 2024, aboveScaleIndustrial: true, flags: { patent: true, rd_institution: true, rd_spending: true, iur: false, high_tech: false } },
      { year: 2025, aboveScaleIndustrial: true, flags: { patent: true, rd_institution: true, rd_spending: true, iur: true, high_tech: false } },
    ]);
    expect((await t.as(await t.login('enterprise'), 'GET', `/api/coverage/enterprises/${ids[0]}`)).statusCode).toBe(404);
    expect((await t.as(await t.login('expert'), 'GET', `/api/coverage/enterprises/${ids[0]}`)).statusCode).toBe(403);
    expect((await t.as(await t.login('officer'), 'GET', '/api/coverage/enterprises/1')).statusCode).toBe(400);
  });
});

describe('fishbone', () => {
  const cause = (s: Session, i: number, causeCode: string) => t.as(s, 'POST', '/api/coverage/causes', { enterpriseId: ids[i], flag: 'iur', year: YEAR, causeCode, note: '走访记录' });

  it('records causes from the taxonomy; bone counts add up to the uncovered enterprises with causes, each bone opens its enterprises', async () => {
    const s = await t.login('officer');
    expect((await cause(s, 4, 'talent_no_rd_staff')).statusCode).toBe(201);
    expect((await cause(s, 5, 'talent')).statusCode).toBe(201);
    expect((await cause(s, 6, 'funding_rd_budget')).statusCode).toBe(201);
    expect((await cause(s, 7, 'funding_financing')).statusCode).toBe(201);
    expect((await cause(s, 7, 'technology_partner')).statusCode).toBe(201); // later cause replaces: counted once, under 技术
    expect((await cause(s, 8, 'awareness_owner')).statusCode).toBe(201);
    // enterprises 9, 10, 11: uncovered without causes

    const fb = (await t.as(await t.login('leader'), 'GET', '/api/coverage/fishbone?flag=iur&year=2025')).json();
    expect(fb).toMatchObject({ flag: 'iur', year: 2025, uncovered: 8, withCauses: 5, withoutCauses: 3 });
    const counts = Object.fromEntries(fb.bones.map((b: { code: string; count: number }) => [b.code, b.count]));
    expect(counts).toEqual({ talent: 2, funding: 1, awareness: 1, technology: 1, policy: 0, service: 0 });
    expect(fb.bones.reduce((a: number, b: { count: number }) => a + b.count, 0)).toBe(fb.withCauses);
    expect(fb.bones.find((b: { code: string }) => b.code === 'talent').subCauses.find((x: { code: string }) => x.code === 'talent_no_rd_staff').count).toBe(1);

    const opened: string[] = [];
    for (const bone of fb.bones) {
      const page = (await t.as(s, 'GET', `/api/coverage/fishbone/enterprises?flag=iur&year=2025&cause=${bone.code}`)).json();
      expect(page.total, bone.code).toBe(bone.count);
      opened.push(...page.items.map((e: { enterpriseId: string }) => e.enterpriseId));
    }
    expect(opened.sort()).toEqual(ids.slice(4, 9).sort());
    const tech = (await t.as(s, 'GET', '/api/coverage/fishbone/enterprises?flag=iur&year=2025&cause=technology')).json();
    expect(tech.items).toMatchObject([{ enterpriseId: ids[7], causes: [{ code: 'technology_partner', name: '技术·缺少合作高校院所' }] }]);
  });

  it('refuses a cause for a covered enterprise (409), an unknown cause (400), the leader (403)', async () => {
    const s = await t.login('officer');
    expect((await cause(s, 0, 'talent')).statusCode).toBe(409);
    const bad = await cause(s, 9, 'luck');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('causeCode');
    expect((await cause(await t.login('leader'), 9, 'talent')).statusCode).toBe(403);
  });

  it('fishbone reads: forbidden to the enterprise; a missing flag is 400', async () => {
    expect((await t.as(await t.login('enterprise'), 'GET', '/api/coverage/fishbone?flag=iur')).statusCode).toBe(403);
    expect((await t.as(await t.login('enterprise'), 'GET', '/api/coverage/fishbone/enterprises?flag=iur&cause=talent')).statusCode).toBe(403);
    expect((await t.as(await t.login('officer'), 'GET', '/api/coverage/fishbone')).json().errors[0].path).toBe('flag');
    expect((await t.as(await t.login('officer'), 'GET', '/api/coverage/fishbone/enterprises?flag=iur')).json().errors[0].path).toBe('cause');
  });

  it('the taxonomy is configurable by the admin only, codes unique', async () => {
    const officer = await t.login('officer');
    const tax = (await t.as(officer, 'GET', '/api/coverage/causes/taxonomy')).json();
    expect(tax.categories.map((c: { name: string }) => c.name)).toEqual(['人才', '资金', '意识', '技术', '政策', '服务']);
    expect((await t.as(await t.login('expert'), 'GET', '/api/coverage/causes/taxonomy')).statusCode).toBe(403);
    const next = { categories: [...tax.categories, { code: 'land', name: '用地', subCauses: [{ code: 'land_space', name: '研发场地不足' }] }] };
    expect((await t.as(officer, 'PUT', '/api/coverage/causes/taxonomy', next)).statusCode).toBe(403);
    const admin = await t.login('admin');
    const saved = await t.as(admin, 'PUT', '/api/coverage/causes/taxonomy', next);
    expect(saved.statusCode).toBe(200);
    expect((await t.as(officer, 'POST', '/api/coverage/causes', { enterpriseId: ids[9], flag: 'iur', year: YEAR, causeCode: 'land_space' })).statusCode).toBe(201);
    const dup = await t.as(admin, 'PUT', '/api/coverage/causes/taxonomy', { categories: [{ code: 'talent', name: '人才', subCauses: [{ code: 'talent', name: '重复' }] }] });
    expect(dup.statusCode).toBe(400);
    expect(dup.json().errors[0].path).toBe('categories.0.subCauses.0.code');
  });
});

describe('targets and tasks', () => {
  let taskId = '';

  it('the admin sets a town target; progress is computed from the data', async () => {
    const admin = await t.login('admin');
    const res = await t.as(admin, 'POST', '/api/coverage/targets', { year: YEAR, scopeType: 'town', scopeId: t.fixture.towns.a, flag: 'iur', targetRate: 0.75, dueOn: '2025-12-31' });
    expect(res.statusCode, res.body).toBe(201);
    // town A holds indices 1,2,4,5,7,8,10,11 (8 firms); covered: 1,2 → 2/8
    expect(res.json()).toMatchObject({ scopeName: '城关街道', actualRate: 0.25, baselineRate: 0, met: false });
    expect((await t.as(await t.login('officer'), 'POST', '/api/coverage/targets', { year: YEAR, scopeType: 'town', scopeId: t.fixture.towns.a, flag: 'iur', targetRate: 0.75, dueOn: '2025-12-31' })).statusCode).toBe(403);
    const bad = await t.as(admin, 'POST', '/api/coverage/targets', { year: YEAR, scopeType: 'town', scopeId: t.fixture.departments.bureau, flag: 'iur', targetRate: 0.75, dueOn: '2025-12-31' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('scopeId');
    const list = (await t.as(await t.login('leader'), 'GET', `/api/coverage/targets?year=${YEAR}`)).json();
    expect(list.items).toHaveLength(1);
    expect((await t.as(await t.login('enterprise'), 'GET', `/api/coverage/targets?year=${YEAR}`)).statusCode).toBe(403);
    expect((await t.as(admin, 'GET', '/api/coverage/targets')).statusCode).toBe(400);
  });

  it('an officer assigns a task in its own department; the assignee is notified; progress is computed', async () => {
    const s = await t.login('officer');
    const res = await t.as(s, 'POST', '/api/coverage/tasks', { year: YEAR, departmentId: t.fixture.departments.bureau, assigneeUserId: t.fixture.users.officer!.id, flag: 'iur', title: '推动城关街道产学研合作', dueOn: '2025-12-31', enterpriseIds: [ids[1], ids[2], ids[4], ids[5]] });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ covered: 2, progress: 0.5, departmentName: '测试县科学技术局', status: 'open' });
    taskId = res.json().id;
    const inbox = (await t.as(s, 'GET', '/api/inbox')).json();
    expect(JSON.stringify(inbox)).toContain('推动城关街道产学研合作');
    const mine = (await t.as(s, 'GET', `/api/coverage/tasks?year=${YEAR}&mine=true`)).json();
    expect(mine.items.map((x: { id: string }) => x.id)).toEqual([taskId]);
  });

  it('an officer of another department can neither create nor edit this department’s tasks', async () => {
    const other = await t.login('officer2');
    const create = await t.as(other, 'POST', '/api/coverage/tasks', { year: YEAR, departmentId: t.fixture.departments.bureau, assigneeUserId: t.fixture.users.officer!.id, flag: 'iur', title: '越权任务', dueOn: '2025-12-31', enterpriseIds: [ids[4]] });
    expect(create.statusCode).toBe(403);
    const edit = await t.as(other, 'PUT', `/api/coverage/tasks/${taskId}`, { title: '被改的标题' });
    expect(edit.statusCode).toBe(403);
    expect(edit.json().code).toBe('auth.forbidden');
    const close = await t.as(other, 'PUT', `/api/coverage/tasks/${taskId}`, { status: 'closed' });
    expect(close.statusCode).toBe(403);
    // its own department works
    const own = await t.as(other, 'POST', '/api/coverage/tasks', { year: YEAR, departmentId: t.fixture.departments.economy, assigneeUserId: t.fixture.users.officer2!.id, flag: 'iur', title: '经信局任务', dueOn: '2025-12-31', enterpriseIds: [ids[9]] });
    expect(own.statusCode).toBe(201);
  });

  it('the leader reads everything and changes nothing', async () => {
    const leader = await t.login('leader');
    const list = await t.as(leader, 'GET', `/api/coverage/tasks?year=${YEAR}`);
    expect(list.statusCode).toBe(200);
    expect(list.json().items).toHaveLength(2);
    for (const [method, url, body] of [
      ['PUT', `/api/coverage/tasks/${taskId}`, { title: '领导修改' }],
      ['POST', '/api/coverage/tasks', { year: YEAR, departmentId: t.fixture.departments.bureau, assigneeUserId: t.fixture.users.officer!.id, flag: 'iur', title: '领导任务', dueOn: '2025-12-31', enterpriseIds: [ids[4]] }],
      ['POST', '/api/coverage/targets', { year: YEAR, scopeType: 'town', scopeId: t.fixture.towns.b, flag: 'iur', targetRate: 0.5, dueOn: '2025-12-31' }],
      ['POST', '/api/coverage/causes', { enterpriseId: ids[10], flag: 'iur', year: YEAR, causeCode: 'talent' }],
      ['PUT', '/api/coverage/causes/taxonomy', { categories: [{ code: 'talent', name: '人才', subCauses: [] }] }],
      ['PUT', '/api/coverage/assessment/weights', { completion: 1, improvement: 1, tasksOnTime: 1 }],
    ] as const) {
      const res = await t.as(leader, method, url, body);
      expect(res.statusCode, url).toBe(403);
    }
    const task = (await t.as(leader, 'GET', `/api/coverage/tasks?year=${YEAR}`)).json().items.find((x: { id: string }) => x.id === taskId);
    expect(task.title).toBe('推动城关街道产学研合作');
  });

  it('the owning officer edits and closes; bad input is 400', async () => {
    const s = await t.login('officer');
    const res = await t.as(s, 'PUT', `/api/coverage/tasks/${taskId}`, { status: 'closed' });
    expect(res.statusCode).toBe(200);
    expect(res.json().status).toBe('closed');
    const badAssignee = await t.as(s, 'PUT', `/api/coverage/tasks/${taskId}`, { assigneeUserId: t.fixture.users.officer2!.id });
    expect(badAssignee.statusCode).toBe(400);
    expect(badAssignee.json().errors[0].path).toBe('assigneeUserId');
    const empty = await t.as(s, 'POST', '/api/coverage/tasks', { year: YEAR, departmentId: t.fixture.departments.bureau, assigneeUserId: t.fixture.users.officer!.id, flag: 'iur', title: '空任务', dueOn: '2025-12-31', enterpriseIds: [] });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors[0].path).toBe('enterpriseIds');
    expect((await t.as(s, 'GET', '/api/coverage/tasks')).statusCode).toBe(400);
    expect((await t.as(await t.login('enterprise'), 'GET', `/api/coverage/tasks?year=${YEAR}`)).statusCode).toBe(403);
    expect((await t.as(await t.login('enterprise'), 'PUT', `/api/coverage/tasks/${taskId}`, { title: '企业改的' })).statusCode).toBe(403);
  });

  it('reminds assignees of open tasks due within 7 days, once a day', async () => {
    const sent = await remindDueTasks(t.database.db, new Date('2025-12-28T02:00:00Z'));
    expect(sent).toBe(1); // the economy department's open task; the bureau task is closed
    expect(await remindDueTasks(t.database.db, new Date('2025-12-28T05:00:00Z'))).toBe(0);
    const inbox = JSON.stringify((await t.as(await t.login('officer2'), 'GET', '/api/inbox')).json());
    expect(inbox).toContain('年度任务即将到期：经信局任务');
  });
});

describe('assessment', () => {
  it('scores and ranks with configurable weights; exports Excel and a printable PDF', async () => {
    const admin = await t.login('admin');
    await t.as(admin, 'POST', '/api/coverage/targets', { year: YEAR, scopeType: 'department', scopeId: t.fixture.departments.economy, flag: 'iur', targetRate: 1, dueOn: '2025-12-31' });
    const w = await t.as(admin, 'PUT', '/api/coverage/assessment/weights', { completion: 70, improvement: 30, tasksOnTime: 0 });
    expect(w.statusCode).toBe(200);
    const a = (await t.as(await t.login('leader'), 'GET', `/api/coverage/assessment?year=${YEAR}`)).json();
    expect(a.weights).toEqual({ completion: 70, improvement: 30, tasksOnTime: 0 });
    // town A: 2/8 of 75% → completion 1/3; improvement (0.25 − 0) / (0.75 − 0) = 1/3 → 33.33
    // economy: its task's one enterprise uncovered → 0 of 100% → 0
    expect(a.rows.map((r: { name: string; rank: number; score: number }) => [r.rank, r.name, r.score])).toEqual([
      [1, '城关街道', 33.33],
      [2, '测试县经济和信息化局', 0],
    ]);
    const xlsx = await t.as(admin, 'GET', `/api/coverage/assessment/report.xlsx?year=${YEAR}`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const pdf = await t.as(admin, 'GET', `/api/coverage/assessment/report.pdf?year=${YEAR}`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });
  it('is forbidden to the enterprise and, for weights, the officer; bad input 400', async () => {
    const ent = await t.login('enterprise');
    expect((await t.as(ent, 'GET', `/api/coverage/assessment?year=${YEAR}`)).statusCode).toBe(403);
    expect((await t.as(ent, 'GET', `/api/coverage/assessment/report.xlsx?year=${YEAR}`)).statusCode).toBe(403);
    expect((await t.as(ent, 'GET', `/api/coverage/assessment/report.pdf?year=${YEAR}`)).statusCode).toBe(403);
    expect((await t.as(await t.login('officer'), 'PUT', '/api/coverage/assessment/weights', { completion: 1, improvement: 1, tasksOnTime: 1 })).statusCode).toBe(403);
    const zero = await t.as(await t.login('admin'), 'PUT', '/api/coverage/assessment/weights', { completion: 0, improvement: 0, tasksOnTime: 0 });
    expect(zero.statusCode).toBe(400);
    expect(zero.json().errors[0].path).toBe('completion');
    expect((await t.as(await t.login('admin'), 'GET', '/api/coverage/assessment?year=abc')).statusCode).toBe(400);
    expect((await t.as(await t.login('admin'), 'GET', '/api/coverage/assessment/report.pdf')).statusCode).toBe(400);
  });
});
