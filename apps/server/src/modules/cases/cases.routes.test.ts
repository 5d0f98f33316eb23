import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { caseActions, caseQueues, type CaseDetail } from '@yunju/contracts';
import { useTestApp, type Session } from '../../../test/harness.ts';
import { createResource, createServiceItem } from '../../../test/factories.ts';
import { act, inboxKinds, submitItemCase, testClock, uploadFile } from '../../../test/case-helpers.ts';
import { samples } from '../../../test/sample-files.ts';
import * as schema from '../../platform/schema.ts';

const clock = testClock('2025-09-30');
const t = useTestApp({}, { clock });
const MISSING = '7d0e7a4e-2f59-4b55-9d8c-3f1f0a3a1111';

let itemId: string;
let s: Record<'enterprise' | 'enterprise_b' | 'officer' | 'officer2' | 'admin' | 'desk' | 'leader' | 'expert' | 'other_admin', Session>;
beforeAll(async () => {
  itemId = await createServiceItem(t.database.db, t.fixture);
  const names = ['enterprise', 'enterprise_b', 'officer', 'officer2', 'admin', 'desk', 'leader', 'expert', 'other_admin'] as const;
  s = Object.fromEntries(await Promise.all(names.map(async (n) => [n, await t.login(n)]))) as typeof s;
});

describe('a case from submission to rating (the full journey through the API)', () => {
  let c: CaseDetail;

  it('files the case with its required material: numbered, led by the item’s department, due in 3 working days', async () => {
    c = await submitItemCase(t, s.enterprise, itemId, { description: '申请评价入库' });
    expect(c).toMatchObject({
      kind: 'item',
      status: 'submitted',
      channel: 'online',
      title: '科技型中小企业评价入库',
      itemId,
      itemVersion: 1,
      enterpriseId: t.fixture.enterprises.a,
      leadDepartmentId: t.fixture.departments.bureau,
      submittedOn: '2025-09-30',
      dueOn: '2025-10-11',
      promisedDays: 3,
      slaState: 'normal',
      workingDaysLeft: 3,
      conditionsConfirmed: true,
      allowedActions: [],
    });
    expect(c.number).toMatch(/^YJ2025-\d{6}$/);
    expect(c.materials).toHaveLength(1);
    expect(c.materials[0]).toMatchObject({ name: '营业执照副本', originalName: '营业执照副本.pdf', contentType: 'application/pdf' });
  });

  it('shows the lead officer what it may do, and hides the case from another department (404)', async () => {
    const res = await t.as(s.officer, 'GET', `/api/cases/${c.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().allowedActions).toEqual(['accept', 'reject', 'request_supplement', 'transfer', 'assign']);
    expect(res.json().assignableUsers.map((u: { displayName: string }) => u.displayName)).toEqual(['officer']);
    expect((await t.as(s.officer2, 'GET', `/api/cases/${c.id}`)).statusCode).toBe(404);
    expect((await t.as(s.officer2, 'POST', `/api/cases/${c.id}/actions/accept`, {})).statusCode).toBe(404);
  });

  it('is accepted and started by the lead officer', async () => {
    c = await act(t, s.officer, c.id, 'accept', { note: '材料齐全，予以受理' });
    expect(c.status).toBe('accepted');
    expect(c.acceptedAt).not.toBeNull();
    c = await act(t, s.officer, c.id, 'start');
    expect(c).toMatchObject({ status: 'in_progress', assigneeName: 'officer' });
  });

  it('adds a co-handling department, and refuses to resolve while its task is open', async () => {
    c = await act(t, s.officer, c.id, 'add_co_handler', { departmentId: t.fixture.departments.economy, note: '请核实企业研发投入' });
    expect(c.tasks).toMatchObject([{ departmentId: t.fixture.departments.economy, kind: 'co_handling', status: 'open', canComplete: false }]);
    const refused = await t.as(s.officer, 'POST', `/api/cases/${c.id}/actions/resolve`, { note: '办结' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('case.open_tasks');
    const again = await t.as(s.officer, 'POST', `/api/cases/${c.id}/actions/add_co_handler`, { departmentId: t.fixture.departments.economy });
    expect(again.statusCode).toBe(400);
    expect(again.json().errors[0]).toMatchObject({ path: 'departmentId', code: 'already_co_handling' });
  });

  it('lets the co-handling officer read the case and complete its task, but not resolve it', async () => {
    const seen = await t.as(s.officer2, 'GET', `/api/cases/${c.id}`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json().allowedActions).toEqual(['complete_task']);
    const task = seen.json().tasks[0];
    expect(task.canComplete).toBe(true);
    const resolve = await t.as(s.officer2, 'POST', `/api/cases/${c.id}/actions/resolve`, { note: '越权办结' });
    expect(resolve.statusCode).toBe(403);
    const wrongTask = await t.as(s.officer2, 'POST', `/api/cases/${c.id}/actions/complete_task`, { taskId: MISSING, resultNote: '已核实' });
    expect(wrongTask.statusCode).toBe(409);
    expect(wrongTask.json().errors[0]).toMatchObject({ path: 'taskId' });
    c = await act(t, s.officer2, c.id, 'complete_task', { taskId: task.id, resultNote: '研发投入已核实' });
    expect(c.tasks[0]).toMatchObject({ status: 'done', resultNote: '研发投入已核实', completedByName: 'officer2' });
    expect(c.allowedActions).toEqual([]);
  });

  it('is resolved by the lead officer and rated by the enterprise', async () => {
    c = await act(t, s.officer, c.id, 'resolve', { note: '已评价入库' });
    expect(c).toMatchObject({ status: 'resolved', slaState: 'done', workingDaysLeft: null });
    const mine = (await t.as(s.enterprise, 'GET', `/api/cases/${c.id}`)).json();
    expect(mine.allowedActions).toEqual(['rate', 'reopen']);
    c = await act(t, s.enterprise, c.id, 'rate', { level: 5, comment: '办事效率高' });
    expect(c.status).toBe('rated');
    expect(c.rating).toMatchObject({ level: 5, comment: '办事效率高', reason: null, ratedByName: 'enterprise' });
  });

  it('lists every step on the timeline in order, with actor and note', async () => {
    expect(c.events.map((e) => [e.seq, e.action, e.fromStatus, e.toStatus, e.actorName])).toEqual([
      [1, 'submit', null, 'submitted', 'enterprise'],
      [2, 'accept', 'submitted', 'accepted', 'officer'],
      [3, 'start', 'accepted', 'in_progress', 'officer'],
      [4, 'add_co_handler', 'in_progress', 'in_progress', 'officer'],
      [5, 'complete_task', 'in_progress', 'in_progress', 'officer2'],
      [6, 'resolve', 'in_progress', 'resolved', 'officer'],
      [7, 'rate', 'resolved', 'rated', 'enterprise'],
    ]);
    expect(c.events[1]!.note).toBe('材料齐全，予以受理');
    expect(c.events[4]!).toMatchObject({ departmentId: t.fixture.departments.economy, departmentName: '测试县经济和信息化局', actorRole: 'officer' });
  });

  it('writes an audit row per step', async () => {
    const audit = (await t.as(s.admin, 'GET', '/api/audit?targetType=case&pageSize=200')).json();
    const actions = (audit.items as { action: string; targetId: string }[]).filter((a) => a.targetId === c.id).map((a) => a.action).reverse();
    expect(actions).toEqual(['case.submit', 'case.accept', 'case.start', 'case.add_co_handler', 'case.complete_task', 'case.resolve', 'case.rate']);
  });

  it('sends each party its notices', async () => {
    expect((await inboxKinds(t, s.officer, c.id)).sort()).toEqual(['case.rated', 'case.submitted', 'case.task_completed']);
    expect(await inboxKinds(t, s.officer2, c.id)).toEqual(['case.co_handler_added']);
    expect((await inboxKinds(t, s.enterprise, c.id)).sort()).toEqual(['case.accepted', 'case.resolved']);
    expect(await inboxKinds(t, s.enterprise_b, c.id)).toEqual([]);
  });

  it('serves a material to the enterprise as a download, and 404 to another enterprise', async () => {
    const url = `/api/cases/${c.id}/materials/${c.materials[0]!.id}`;
    const ok = await t.as(s.enterprise, 'GET', url);
    expect(ok.statusCode).toBe(200);
    expect(ok.headers['content-disposition']).toMatch(/^attachment; filename\*=UTF-8''/);
    expect(ok.rawPayload.equals(samples.pdf)).toBe(true);
    expect((await t.as(s.officer2, 'GET', url)).statusCode).toBe(200); // co-handler
    expect((await t.as(s.enterprise_b, 'GET', url)).statusCode).toBe(404);
    expect((await t.as(s.enterprise_b, 'GET', `/api/cases/${c.id}`)).statusCode).toBe(404);
    expect((await t.as(s.enterprise, 'GET', `/api/cases/${c.id}/materials/${MISSING}`)).statusCode).toBe(404);
    expect((await t.as(s.expert, 'GET', url)).statusCode).toBe(403);
    expect((await t.as(s.enterprise, 'GET', `/api/cases/${c.id}/materials/nope`)).statusCode).toBe(400);
  });
});

describe('POST /api/cases (enterprise)', () => {
  it('refuses a missing required material, naming the field', async () => {
    const res = await t.as(s.enterprise, 'POST', '/api/cases', { kind: 'item', itemId, conditionsConfirmed: true, materials: [] });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'case.invalid_submission' });
    expect(res.json().errors).toMatchObject([{ path: 'materials', code: 'missing_required' }]);
  });

  it('refuses unconfirmed conditions, someone else’s upload, an unknown material and a wrong file type', async () => {
    const others = await uploadFile(t, s.enterprise_b);
    const docx = await uploadFile(t, s.enterprise, '营业执照.docx', samples.docx);
    const own = await uploadFile(t, s.enterprise);
    const res = await t.as(s.enterprise, 'POST', '/api/cases', {
      kind: 'item',
      itemId,
      conditionsConfirmed: false,
      materials: [
        { name: '营业执照副本', attachmentId: others },
        { name: '营业执照副本', attachmentId: docx },
        { name: '不存在的材料', attachmentId: own },
      ],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { path: string; code: string }) => `${e.path}:${e.code}`)).toEqual([
      'conditionsConfirmed:must_confirm',
      'materials.0.attachmentId:unknown_attachment',
      'materials.1.attachmentId:file_type',
      'materials.2.name:unknown_material',
    ]);
    expect((await t.as(s.enterprise, 'GET', '/api/cases')).json().total).toBe(1); // nothing half-written
  });

  it('refuses to reuse a file already attached to a case', async () => {
    const first = await submitItemCase(t, s.enterprise, itemId);
    const res = await t.as(s.enterprise, 'POST', '/api/cases', { kind: 'item', itemId, conditionsConfirmed: true, materials: [{ name: '营业执照副本', attachmentId: first.materials[0]!.attachmentId }] });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toMatchObject({ path: 'materials.0.attachmentId' });
  });

  it('refuses a withdrawn item, a desk-only item online, and an unknown item', async () => {
    const withdrawn = await createServiceItem(t.database.db, t.fixture, { status: 'withdrawn' });
    const deskOnly = await createServiceItem(t.database.db, t.fixture, { channels: ['desk'], materials: [] });
    const w = await t.as(s.enterprise, 'POST', '/api/cases', { kind: 'item', itemId: withdrawn, conditionsConfirmed: true });
    expect(w.statusCode).toBe(400);
    expect(w.json()).toMatchObject({ code: 'case.item_not_in_force', errors: [{ path: 'itemId' }] });
    const d = await t.as(s.enterprise, 'POST', '/api/cases', { kind: 'item', itemId: deskOnly, conditionsConfirmed: true });
    expect(d.statusCode).toBe(400);
    expect(d.json().errors[0]).toMatchObject({ path: 'itemId', code: 'channel' });
    const u = await t.as(s.enterprise, 'POST', '/api/cases', { kind: 'item', itemId: MISSING, conditionsConfirmed: true });
    expect(u.statusCode).toBe(400);
    expect(u.json().errors[0]).toMatchObject({ path: 'itemId', code: 'not_found' });
  });

  it('rejects an invalid body, naming the field', async () => {
    const noKind = await t.as(s.enterprise, 'POST', '/api/cases', { title: 'x' });
    expect(noKind.statusCode).toBe(400);
    const badId = await t.as(s.enterprise, 'POST', '/api/cases', { kind: 'item', itemId: 'nope', conditionsConfirmed: true });
    expect(badId.statusCode).toBe(400);
    expect(badId.json().errors[0]).toMatchObject({ path: 'itemId' });
    const empty = await t.as(s.enterprise, 'POST', '/api/cases', { kind: 'request', title: '  ', description: '说明' });
    expect(empty.json().errors[0]).toMatchObject({ path: 'title' });
  });

  it('is forbidden to roles without case.submit', async () => {
    for (const who of ['officer', 'desk', 'leader', 'expert'] as const) {
      expect((await t.as(s[who], 'POST', '/api/cases', { kind: 'request', title: '诉求', description: '说明' })).statusCode, who).toBe(403);
    }
  });

  it('routes a free-form request to the bureau for triage (5 working days), which the bureau admin sends on', async () => {
    const res = await t.as(s.enterprise, 'POST', '/api/cases', { kind: 'request', title: '轴承热处理工艺难题求助', description: '需要对接高校专家' });
    expect(res.statusCode).toBe(201);
    const c = res.json() as CaseDetail;
    expect(c).toMatchObject({ kind: 'request', leadDepartmentId: t.fixture.departments.bureau, promisedDays: 5, dueOn: '2025-10-14', itemId: null });
    expect((await t.as(s.admin, 'GET', `/api/cases/${c.id}`)).json().allowedActions).toEqual(['transfer', 'triage']);
    const triaged = await act(t, s.admin, c.id, 'triage', { departmentId: t.fixture.departments.economy, note: '属经信局职责' });
    expect(triaged.leadDepartmentId).toBe(t.fixture.departments.economy);
    expect(await inboxKinds(t, s.officer2, c.id)).toEqual(['case.triaged']);
    expect((await t.as(s.officer, 'GET', `/api/cases/${c.id}`)).statusCode).toBe(404); // no longer the bureau's
    const notTriageable = await t.as(s.admin, 'POST', `/api/cases/${(await submitItemCase(t, s.enterprise, itemId)).id}/actions/triage`, { departmentId: t.fixture.departments.economy });
    expect(notTriageable.statusCode).toBe(409);
    expect(notTriageable.json().code).toBe('case.not_triageable');
  });

  it('routes a resource request to the resource’s department, and refuses a withdrawn resource', async () => {
    const resourceId = await createResource(t.database.db, t.fixture);
    const res = await t.as(s.enterprise, 'POST', '/api/cases', { kind: 'resource', resourceId, description: '预约检测设备' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ kind: 'resource', resourceId, leadDepartmentId: t.fixture.departments.economy, title: '申请使用：测试县轴承检测公共服务平台' });
    const gone = await createResource(t.database.db, t.fixture, { status: 'withdrawn' });
    const w = await t.as(s.enterprise, 'POST', '/api/cases', { kind: 'resource', resourceId: gone, description: '预约' });
    expect(w.statusCode).toBe(400);
    expect(w.json().errors[0]).toMatchObject({ path: 'resourceId', code: 'not_in_force' });
  });
});

describe('POST /api/cases/walk-in (desk)', () => {
  it('registers a walk-in case for the enterprise the clerk chose, with the same rules', async () => {
    const attachmentId = await uploadFile(t, s.desk);
    const res = await t.as(s.desk, 'POST', '/api/cases/walk-in', { kind: 'item', itemId, enterpriseId: t.fixture.enterprises.b, conditionsConfirmed: true, materials: [{ name: '营业执照副本', attachmentId }] });
    expect(res.statusCode).toBe(201);
    const c = res.json() as CaseDetail;
    expect(c).toMatchObject({ channel: 'desk', enterpriseId: t.fixture.enterprises.b, status: 'submitted' });
    expect(c.events[0]).toMatchObject({ action: 'register_walk_in', actorName: 'desk' });
    // The enterprise sees it; the desk sees walk-in cases only.
    expect((await t.as(s.enterprise_b, 'GET', `/api/cases/${c.id}`)).statusCode).toBe(200);
    const deskList = (await t.as(s.desk, 'GET', '/api/cases?pageSize=200')).json();
    expect(deskList.items.every((x: { channel: string }) => x.channel === 'desk')).toBe(true);
    expect(deskList.items.map((x: { id: string }) => x.id)).toContain(c.id);
    expect(await inboxKinds(t, s.officer, c.id)).toEqual(['case.submitted']);
  });

  it('refuses an unknown enterprise and missing materials, naming the fields', async () => {
    const res = await t.as(s.desk, 'POST', '/api/cases/walk-in', { kind: 'item', itemId, enterpriseId: MISSING, conditionsConfirmed: true });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toMatchObject({ path: 'enterpriseId' });
    const other = await t.as(s.desk, 'POST', '/api/cases/walk-in', { kind: 'item', itemId, enterpriseId: t.fixture.enterprises.otherTenant, conditionsConfirmed: true });
    expect(other.json().errors[0]).toMatchObject({ path: 'enterpriseId' });
    const noEnt = await t.as(s.desk, 'POST', '/api/cases/walk-in', { kind: 'request', title: '诉求', description: '说明' });
    expect(noEnt.statusCode).toBe(400);
    expect(noEnt.json().errors[0]).toMatchObject({ path: 'enterpriseId' });
  });

  it('is forbidden to roles without case.register_walk_in', async () => {
    for (const who of ['enterprise', 'officer', 'admin', 'leader'] as const) {
      expect((await t.as(s[who], 'POST', '/api/cases/walk-in', { kind: 'request', title: '诉求', description: '说明', enterpriseId: t.fixture.enterprises.a })).statusCode, who).toBe(403);
    }
  });
});

describe('action routes: forbidden and invalid input for each', () => {
  let id: string;
  beforeAll(async () => {
    id = (await submitItemCase(t, s.enterprise, itemId)).id;
  });

  const invalidBodies: Record<(typeof caseActions)[number], [unknown, string]> = {
    accept: [{ extra: 1 }, ''],
    reject: [{}, 'reason'],
    start: [{ note: 5 }, 'note'],
    request_supplement: [{}, 'note'],
    supplement: [{ materials: 'x' }, 'materials'],
    transfer: [{ reason: '转办' }, 'departmentId'],
    add_co_handler: [{ departmentId: 'x' }, 'departmentId'],
    complete_task: [{ resultNote: '完成' }, 'taskId'],
    resolve: [{}, 'note'],
    rate: [{ level: 2 }, 'reason'],
    reopen: [{}, 'reason'],
    close: [{ note: [] }, 'note'],
    triage: [{}, 'departmentId'],
    assign: [{ userId: 'x' }, 'userId'],
  };

  const validBodies = (): Record<(typeof caseActions)[number], Record<string, unknown>> => ({
    accept: {},
    reject: { reason: '理由' },
    start: {},
    request_supplement: { note: '补正' },
    supplement: {},
    transfer: { departmentId: t.fixture.departments.economy, reason: '转办' },
    add_co_handler: { departmentId: t.fixture.departments.economy },
    complete_task: { taskId: MISSING, resultNote: '完成' },
    resolve: { note: '办结' },
    rate: { level: 5 },
    reopen: { reason: '理由' },
    close: {},
    triage: { departmentId: t.fixture.departments.economy },
    assign: { userId: t.fixture.users.officer!.id },
  });

  for (const action of caseActions) {
    it(`${action}: 403 for the leader and roles without case access, 400 for a bad id or body`, async () => {
      const url = `/api/cases/${id}/actions/${action}`;
      const valid = validBodies()[action];
      for (const who of ['leader', 'expert'] as const) expect((await t.as(s[who], 'POST', url, valid)).statusCode, who).toBe(403);
      expect((await t.as(null, 'POST', url, valid)).statusCode).toBe(401);
      const badId = await t.as(s.officer, 'POST', `/api/cases/not-a-uuid/actions/${action}`, valid);
      expect(badId.statusCode).toBe(400);
      expect(badId.json().errors.map((e: { path: string }) => e.path)).toContain('id');
      const [body, path] = invalidBodies[action];
      const bad = await t.as(s.officer, 'POST', url, body);
      expect(bad.statusCode, bad.body).toBe(400);
      if (path) expect(bad.json().errors.map((e: { path: string }) => e.path)).toContain(path);
    });
  }

  it('rejects a rating level outside 1–5 and a reason-less bad rating', async () => {
    expect((await t.as(s.enterprise, 'POST', `/api/cases/${id}/actions/rate`, { level: 6 })).json().errors[0]).toMatchObject({ path: 'level' });
    expect((await t.as(s.enterprise, 'POST', `/api/cases/${id}/actions/rate`, { level: 1, reason: '' })).statusCode).toBe(400);
  });

  it('answers 409 for an action the state does not allow, 404 for a case outside the county', async () => {
    const res = await t.as(s.enterprise, 'POST', `/api/cases/${id}/actions/rate`, { level: 5 });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('case.invalid_transition');
    expect((await t.as(s.other_admin, 'POST', `/api/cases/${id}/actions/transfer`, { departmentId: t.fixture.departments.economy, reason: '转办' })).statusCode).toBe(404);
  });

  it('rejects the case with a reason, notifying the enterprise', async () => {
    const c = await act(t, s.officer, id, 'reject', { reason: '不属于本事项受理范围' });
    expect(c.status).toBe('rejected');
    expect(await inboxKinds(t, s.enterprise, id)).toEqual(['case.rejected']);
    expect(c.allowedActions).toEqual([]);
  });

  it('transfers and assigns within the lead department only', async () => {
    const c = await submitItemCase(t, s.enterprise, itemId);
    const wrong = await t.as(s.officer, 'POST', `/api/cases/${c.id}/actions/assign`, { userId: t.fixture.users.officer2!.id });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors[0]).toMatchObject({ path: 'userId' });
    expect((await act(t, s.officer, c.id, 'assign', { userId: t.fixture.users.officer!.id })).assigneeUserId).toBe(t.fixture.users.officer!.id);
    const self = await t.as(s.officer, 'POST', `/api/cases/${c.id}/actions/transfer`, { departmentId: t.fixture.departments.bureau, reason: '转办' });
    expect(self.json().errors[0]).toMatchObject({ path: 'departmentId', code: 'is_lead' });
    const moved = await act(t, s.officer, c.id, 'transfer', { departmentId: t.fixture.departments.economy, reason: '属经信局职责' });
    expect(moved).toMatchObject({ status: 'submitted', leadDepartmentId: t.fixture.departments.economy, assigneeUserId: null });
    expect(await inboxKinds(t, s.officer2, c.id)).toEqual(['case.transferred']);
    expect((await t.as(s.officer2, 'GET', `/api/cases/${c.id}`)).json().allowedActions).toContain('accept');
  });
});

describe('GET /api/cases', () => {
  it('lists the caller’s scope with filters and totals', async () => {
    const mine = (await t.as(s.enterprise, 'GET', '/api/cases?pageSize=200')).json();
    expect(mine.items.every((c: { enterpriseId: string }) => c.enterpriseId === t.fixture.enterprises.a)).toBe(true);
    const all = (await t.as(s.leader, 'GET', '/api/cases?pageSize=200')).json();
    expect(all.total).toBeGreaterThan(mine.total);
    const rated = (await t.as(s.admin, 'GET', '/api/cases?status=rated')).json();
    expect(rated.items.map((c: { status: string }) => c.status)).toEqual(['rated']);
    const byNumber = (await t.as(s.admin, 'GET', `/api/cases?keyword=${rated.items[0].number}`)).json();
    expect(byNumber.items[0].number).toBe(rated.items[0].number);
    const byEnterprise = (await t.as(s.admin, 'GET', `/api/cases?enterprise=${t.fixture.enterprises.b}`)).json();
    expect(byEnterprise.items.every((c: { enterpriseId: string }) => c.enterpriseId === t.fixture.enterprises.b)).toBe(true);
    const toAccept = (await t.as(s.officer2, 'GET', '/api/cases?queue=to_accept')).json();
    expect(toAccept.items.every((c: { status: string; leadDepartmentId: string }) => c.status === 'submitted' && c.leadDepartmentId === t.fixture.departments.economy)).toBe(true);
    const page = (await t.as(s.admin, 'GET', '/api/cases?page=2&pageSize=1')).json();
    expect(page).toMatchObject({ page: 2, pageSize: 1 });
    expect(page.items).toHaveLength(1);
    expect((await t.as(s.other_admin, 'GET', '/api/cases')).json().total).toBe(0);
  });

  it('is forbidden to experts and notaries', async () => {
    expect((await t.as(s.expert, 'GET', '/api/cases')).statusCode).toBe(403);
  });

  it('rejects an unknown status or a page size too large, naming the field', async () => {
    expect((await t.as(s.admin, 'GET', '/api/cases?status=lost')).json().errors[0]).toMatchObject({ path: 'status' });
    expect((await t.as(s.admin, 'GET', '/api/cases?pageSize=5000')).json().errors[0]).toMatchObject({ path: 'pageSize' });
    expect((await t.as(s.admin, 'GET', '/api/cases?from=2025-13-01')).statusCode).toBe(400);
  });
});

describe('GET /api/cases/export.xlsx', () => {
  it('exports the current filter as a spreadsheet and audits it', async () => {
    const res = await t.as(s.officer, 'GET', '/api/cases/export.xlsx?status=rated');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toMatch(/^attachment;/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(1).getCell(1).value).toBe('编号');
    expect(ws.rowCount).toBe(2);
    expect(ws.getRow(2).getCell(7).value).toBe('已评价');
    const audit = (await t.as(s.admin, 'GET', '/api/audit?action=case.exported')).json();
    expect(audit.total).toBe(1);
  });

  it('is forbidden to enterprises and the desk', async () => {
    expect((await t.as(s.enterprise, 'GET', '/api/cases/export.xlsx')).statusCode).toBe(403);
    expect((await t.as(s.desk, 'GET', '/api/cases/export.xlsx')).statusCode).toBe(403);
  });

  it('rejects an unknown filter, naming it', async () => {
    const res = await t.as(s.officer, 'GET', '/api/cases/export.xlsx?page=2');
    expect(res.statusCode).toBe(400);
  });
});

describe('GET /api/cases/queues and POST /api/cases/bulk-assign', () => {
  it('gives an officer every queue with counts', async () => {
    const res = await t.as(s.officer2, 'GET', '/api/cases/queues');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.queues.map((q: { key: string }) => q.key)).toEqual(caseQueues);
    const toAccept = body.queues.find((q: { key: string }) => q.key === 'to_accept');
    expect(toAccept.count).toBeGreaterThanOrEqual(1);
    expect(toAccept.items.length).toBe(Math.min(10, toAccept.count));
    expect(body.colleagues.map((u: { displayName: string }) => u.displayName)).toEqual(['officer2']);
  });

  it('is forbidden to non-handlers and rejects parameters', async () => {
    expect((await t.as(s.enterprise, 'GET', '/api/cases/queues')).statusCode).toBe(403);
    expect((await t.as(s.leader, 'GET', '/api/cases/queues')).statusCode).toBe(403);
    expect((await t.as(s.officer, 'GET', '/api/cases/queues?x=1')).statusCode).toBe(400);
  });

  it('assigns several cases of the department to a colleague, all or nothing', async () => {
    const [colleague] = await t.database.db
      .insert(schema.users)
      .values({ tenantId: t.fixture.tenantId, username: 'officer_b', displayName: '李科员', role: 'officer', departmentId: t.fixture.departments.bureau, passwordHash: 'x' })
      .returning();
    const a = await submitItemCase(t, s.enterprise, itemId);
    const b = await submitItemCase(t, s.enterprise, itemId);
    const res = await t.as(s.officer, 'POST', '/api/cases/bulk-assign', { caseIds: [a.id, b.id], userId: colleague!.id });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ assigned: 2 });
    const after = (await t.as(s.officer, 'GET', `/api/cases/${a.id}`)).json();
    expect(after.assigneeName).toBe('李科员');
    expect(after.events.at(-1).action).toBe('bulk_assign');
    // A case of another department makes the whole request 404, and nothing changes.
    const econCase = (await t.as(s.officer2, 'GET', `/api/cases?pageSize=1&department=${t.fixture.departments.economy}`)).json().items[0].id as string;
    const mixed = await t.as(s.officer, 'POST', '/api/cases/bulk-assign', { caseIds: [a.id, econCase], userId: t.fixture.users.officer!.id });
    expect(mixed.statusCode).toBe(404);
    expect((await t.as(s.officer, 'GET', `/api/cases/${a.id}`)).json().assigneeName).toBe('李科员');
    const outsider = await t.as(s.officer, 'POST', '/api/cases/bulk-assign', { caseIds: [a.id], userId: t.fixture.users.officer2!.id });
    expect(outsider.json().errors[0]).toMatchObject({ path: 'userId' });
  });

  it('is forbidden to non-officers and validates the body', async () => {
    for (const who of ['enterprise', 'desk', 'leader', 'admin'] as const) {
      expect((await t.as(s[who], 'POST', '/api/cases/bulk-assign', { caseIds: [MISSING], userId: MISSING })).statusCode, who).toBe(403);
    }
    const empty = await t.as(s.officer, 'POST', '/api/cases/bulk-assign', { caseIds: [], userId: MISSING });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors[0]).toMatchObject({ path: 'caseIds' });
  });
});

describe('GET /api/cases/supervision and /api/cases/stats/departments', () => {
  it('answer the bureau and the leader', async () => {
    for (const who of ['admin', 'leader'] as const) {
      expect((await t.as(s[who], 'GET', '/api/cases/supervision')).statusCode).toBe(200);
      const stats = await t.as(s[who], 'GET', '/api/cases/stats/departments?from=2025-09-01&to=2025-10-31');
      expect(stats.statusCode).toBe(200);
      expect(stats.json().items.map((d: { departmentId: string }) => d.departmentId)).toEqual([t.fixture.departments.economy, t.fixture.departments.bureau]);
    }
  });

  it('are forbidden to officers, enterprises and the desk', async () => {
    for (const who of ['officer', 'enterprise', 'desk'] as const) {
      expect((await t.as(s[who], 'GET', '/api/cases/supervision')).statusCode, who).toBe(403);
      expect((await t.as(s[who], 'GET', '/api/cases/stats/departments?from=2025-09-01&to=2025-10-31')).statusCode, who).toBe(403);
    }
  });

  it('reject a missing or reversed date range and a bad page', async () => {
    expect((await t.as(s.admin, 'GET', '/api/cases/stats/departments?from=2025-09-01')).json().errors[0]).toMatchObject({ path: 'to' });
    expect((await t.as(s.admin, 'GET', '/api/cases/stats/departments?from=2025-10-01&to=2025-09-01')).json().errors[0]).toMatchObject({ path: 'to' });
    expect((await t.as(s.admin, 'GET', '/api/cases/supervision?page=0')).json().errors[0]).toMatchObject({ path: 'page' });
  });
});

describe('GET /api/cases/:id', () => {
  it('answers 404 for a missing case and a case of another county, 400 for a bad id, 403 without case.read', async () => {
    expect((await t.as(s.admin, 'GET', `/api/cases/${MISSING}`)).statusCode).toBe(404);
    const any = (await t.as(s.admin, 'GET', '/api/cases?pageSize=1')).json().items[0].id as string;
    expect((await t.as(s.other_admin, 'GET', `/api/cases/${any}`)).statusCode).toBe(404);
    expect((await t.as(s.admin, 'GET', '/api/cases/nope')).json().errors[0]).toMatchObject({ path: 'id' });
    expect((await t.as(s.expert, 'GET', `/api/cases/${any}`)).statusCode).toBe(403);
    expect((await t.as(s.leader, 'GET', `/api/cases/${any}`)).json().allowedActions).toEqual([]);
  });
});

describe('GET /api/cases/queues counts (one statement) agree with the queue lists', () => {
  it('gives, for each queue of each officer, the total and the first 10 of GET /api/cases?queue=', async () => {
    const coHandled = await submitItemCase(t, s.enterprise, itemId, { description: '协办中的申请' });
    await act(t, s.officer, coHandled.id, 'accept', {});
    await act(t, s.officer, coHandled.id, 'start', {});
    await act(t, s.officer, coHandled.id, 'add_co_handler', { departmentId: t.fixture.departments.economy, note: '请协助核实' });
    const assigned = await submitItemCase(t, s.enterprise_b, itemId, { description: '已分派的申请' });
    await act(t, s.officer, assigned.id, 'assign', { userId: t.fixture.users.officer!.id });
    const returned = await submitItemCase(t, s.enterprise, itemId, { description: '待补正的申请' });
    await act(t, s.officer, returned.id, 'request_supplement', { note: '请补充财务报表' });
    clock.set('2025-10-20'); // some of them are now overdue
    try {
      for (const who of ['officer', 'officer2'] as const) {
        const body = (await t.as(s[who], 'GET', '/api/cases/queues')).json() as { queues: { key: string; count: number; items: { id: string }[] }[] };
        for (const q of body.queues) {
          const list = (await t.as(s[who], 'GET', `/api/cases?queue=${q.key}&pageSize=100`)).json();
          expect(q.count, `${who} ${q.key}`).toBe(list.total);
          expect(q.items.map((c) => c.id), `${who} ${q.key}`).toEqual(list.items.slice(0, 10).map((c: { id: string }) => c.id));
        }
        const count = (key: string) => body.queues.find((q) => q.key === key)!.count;
        if (who === 'officer') {
          expect(count('assigned_to_me')).toBeGreaterThanOrEqual(1);
          expect(count('returned')).toBeGreaterThanOrEqual(1);
          expect(count('overdue')).toBeGreaterThanOrEqual(1);
        } else {
          expect(count('co_handling')).toBeGreaterThanOrEqual(1);
        }
      }
    } finally {
      clock.set('2025-09-30');
    }
  });
});
