import { beforeAll, describe, expect, it } from 'vitest';
import type { CaseDetail, CaseQueues, DepartmentStats } from '@yunju/contracts';
import { useTestApp, type Session } from '../../../test/harness.ts';
import { createServiceItem, makeDepartmentHead } from '../../../test/factories.ts';
import { act, inboxKinds, submitItemCase, testClock, uploadFile } from '../../../test/case-helpers.ts';
import { runEscalation } from './index.ts';

// Deadlines on the official calendar: 2025-10-01 … 10-08 off (National Day + Mid-Autumn), Saturday 10-11 worked.
const clock = testClock('2025-09-30');
const t = useTestApp({}, { clock });

let itemId: string;
let s: Record<'enterprise' | 'officer' | 'officer2' | 'admin' | 'leader', Session>;
beforeAll(async () => {
  itemId = await createServiceItem(t.database.db, t.fixture, { promisedDays: 3 });
  await makeDepartmentHead(t.database.db, t.fixture.users.officer!.id);
  const names = ['enterprise', 'officer', 'officer2', 'admin', 'leader'] as const;
  s = Object.fromEntries(await Promise.all(names.map(async (n) => [n, await t.login(n)]))) as typeof s;
});

const get = async (session: Session, id: string) => (await t.as(session, 'GET', `/api/cases/${id}`)).json() as CaseDetail;
const queue = (q: CaseQueues, key: string) => q.queues.find((x) => x.key === key)!;

describe('deadlines in working days', () => {
  it('is due on 2025-10-11 for 3 promised days filed on 2025-09-30, and turns yellow one working day before', async () => {
    clock.set('2025-09-30');
    const c = await submitItemCase(t, s.enterprise, itemId);
    expect(c).toMatchObject({ submittedOn: '2025-09-30', dueOn: '2025-10-11', slaState: 'normal', workingDaysLeft: 3 });
    clock.set('2025-10-10');
    expect(await get(s.officer, c.id)).toMatchObject({ slaState: 'due_soon', workingDaysLeft: 1 });
    const dueSoon = queue((await t.as(s.officer, 'GET', '/api/cases/queues')).json(), 'due_soon');
    expect(dueSoon.items.map((x) => x.id)).toContain(c.id);
    expect((await t.as(s.officer, 'GET', '/api/cases?sla=due_soon')).json().items.map((x: { id: string }) => x.id)).toContain(c.id);
    // Resolve it to keep the later counts simple.
    await act(t, s.officer, c.id, 'accept');
    await act(t, s.officer, c.id, 'resolve', { note: '按期办结' });
  });

  it('pauses the clock while a supplement is requested and moves the due date by the paused working days', async () => {
    clock.set('2025-09-30');
    const c = await submitItemCase(t, s.enterprise, itemId);
    clock.set('2025-10-09');
    await act(t, s.officer, c.id, 'accept');
    const paused = await act(t, s.officer, c.id, 'request_supplement', { note: '营业执照副本不清晰，请重新上传', materials: ['营业执照副本'] });
    expect(paused).toMatchObject({ status: 'supplement_requested', pausedSince: '2025-10-09', slaState: 'paused', workingDaysLeft: 2 });
    expect((await get(s.enterprise, c.id)).allowedActions).toEqual(['supplement']);
    expect(queue((await t.as(s.officer, 'GET', '/api/cases/queues')).json(), 'returned').items.map((x) => x.id)).toContain(c.id);

    // Answered on Monday 13 October: 10, 11 (adjusted working Saturday) and 13 were paused.
    clock.set('2025-10-13');
    expect((await get(s.officer, c.id)).slaState).toBe('paused'); // not overdue while paused
    const attachmentId = await uploadFile(t, s.enterprise, '营业执照副本（清晰）.pdf');
    const back = await act(t, s.enterprise, c.id, 'supplement', { note: '已重新上传', materials: [{ name: '营业执照副本', attachmentId }] });
    expect(back).toMatchObject({ status: 'accepted', pausedSince: null, pausedWorkingDays: 3, dueOn: '2025-10-15', slaState: 'normal', workingDaysLeft: 2 });
    expect(back.materials).toHaveLength(2);
    expect(back.events.at(-1)).toMatchObject({ action: 'supplement', fromStatus: 'supplement_requested', toStatus: 'accepted', data: { pausedWorkingDays: 3, dueOn: '2025-10-15', previousDueOn: '2025-10-11' } });
    expect(await inboxKinds(t, s.enterprise, c.id)).toEqual(['case.accepted', 'case.supplement_requested']);
    expect(await inboxKinds(t, s.officer, c.id)).toEqual(['case.submitted', 'case.supplemented']);
    clock.set('2025-10-14');
    await act(t, s.officer, c.id, 'resolve', { note: '办结' });
  });
});

describe('escalation of overdue cases (督办)', () => {
  let overdue: CaseDetail;

  it('shows an overdue case in the lead department’s overdue queue', async () => {
    clock.set('2025-09-30');
    overdue = await submitItemCase(t, s.enterprise, itemId);
    await act(t, s.officer, overdue.id, 'accept');
    clock.set('2025-10-13', '09:00');
    expect(await get(s.officer, overdue.id)).toMatchObject({ slaState: 'overdue', workingDaysLeft: -1, escalatedAt: null });
    const q = queue((await t.as(s.officer, 'GET', '/api/cases/queues')).json(), 'overdue');
    expect(q.count).toBe(1);
    expect(q.items[0]!.id).toBe(overdue.id);
  });

  it('escalates it once: event, audit row, notices to the department head and the bureau admins', async () => {
    expect(await runEscalation(t.database.db, clock.now())).toBe(1);
    expect(await runEscalation(t.database.db, clock.now())).toBe(0); // idempotent
    const c = await get(s.officer, overdue.id);
    expect(c.escalatedAt).toBe(new Date('2025-10-13T09:00:00+08:00').toISOString());
    expect(c.events.at(-1)).toMatchObject({ action: 'escalate', actorId: null, actorName: '系统', fromStatus: 'accepted', toStatus: 'accepted' });
    expect(await inboxKinds(t, s.officer, overdue.id)).toContain('case.escalated');
    expect(await inboxKinds(t, s.admin, overdue.id)).toEqual(['case.escalated']);
    expect(await inboxKinds(t, s.officer2, overdue.id)).toEqual([]);
    expect(await inboxKinds(t, s.enterprise, overdue.id)).not.toContain('case.escalated');
    const audit = (await t.as(s.admin, 'GET', '/api/audit?action=case.escalate')).json();
    expect(audit.items).toMatchObject([{ targetId: overdue.id, actorName: 'system' }]);
  });

  it('lists it under supervision for the bureau and the leader', async () => {
    for (const who of [s.admin, s.leader]) {
      const page = (await t.as(who, 'GET', '/api/cases/supervision')).json();
      expect(page.items.map((x: { id: string }) => x.id)).toEqual([overdue.id]);
      expect(page.total).toBe(1);
    }
    const other = (await t.as(s.admin, 'GET', `/api/cases/supervision?department=${t.fixture.departments.economy}`)).json();
    expect(other.total).toBe(0);
  });

  it('counts it in the department statistics', async () => {
    const stats = (await t.as(s.leader, 'GET', '/api/cases/stats/departments?from=2025-09-01&to=2025-10-31')).json() as DepartmentStats;
    const bureau = stats.items.find((d) => d.departmentId === t.fixture.departments.bureau)!;
    // Filed: 3 cases; resolved: the first (10-10, due 10-11) and the supplemented one (10-14, due 10-15), both on time.
    expect(bureau).toMatchObject({ submitted: 3, resolved: 2, resolvedOnTime: 2, onTimeRate: 1, backlog: 1, overdue: 1 });
    // Working days to resolution: 09-30 → 10-10 is 2 (10-09, 10-10); 09-30 → 10-14 is 5, minus 3 paused = 2.
    expect(bureau.averageHandlingWorkingDays).toBe(2);
    const economy = stats.items.find((d) => d.departmentId === t.fixture.departments.economy)!;
    expect(economy).toMatchObject({ submitted: 0, resolved: 0, onTimeRate: null, averageRating: null, backlog: 0 });
  });

  it('keeps it under supervision until it is resolved', async () => {
    await act(t, s.officer, overdue.id, 'resolve', { note: '超期办结' });
    expect((await t.as(s.admin, 'GET', '/api/cases/supervision')).json().total).toBe(0);
    const stats = (await t.as(s.admin, 'GET', '/api/cases/stats/departments?from=2025-09-01&to=2025-10-31')).json() as DepartmentStats;
    expect(stats.items.find((d) => d.departmentId === t.fixture.departments.bureau)).toMatchObject({ resolved: 3, resolvedOnTime: 2, backlog: 0, overdue: 0 });
  });
});

describe('after resolution: reopen, rating, follow-up, closing', () => {
  it('lets the enterprise reopen within 15 days of resolution and refuses after', async () => {
    clock.set('2025-10-09');
    const c = await submitItemCase(t, s.enterprise, itemId);
    await act(t, s.officer, c.id, 'accept');
    await act(t, s.officer, c.id, 'resolve', { note: '办结' });
    clock.set('2025-10-24'); // 15 days after
    const reopened = await act(t, s.enterprise, c.id, 'reopen', { reason: '结果与申请不符' });
    expect(reopened).toMatchObject({ status: 'in_progress', reopenCount: 1, resolvedAt: null });
    expect(await inboxKinds(t, s.officer, c.id)).toContain('case.reopened');
    await act(t, s.officer, c.id, 'resolve', { note: '已按申请重新办理' });
    clock.set('2025-11-09'); // 16 days after the second resolution
    expect((await get(s.enterprise, c.id)).allowedActions).toEqual(['rate']);
    const late = await t.as(s.enterprise, 'POST', `/api/cases/${c.id}/actions/reopen`, { reason: '仍有异议' });
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe('case.reopen_window_closed');
  });

  it('lets the bureau close an unrated case only 15 days after resolution', async () => {
    clock.set('2025-11-03');
    const c = await submitItemCase(t, s.enterprise, itemId);
    await act(t, s.officer, c.id, 'accept');
    await act(t, s.officer, c.id, 'resolve', { note: '办结' });
    clock.set('2025-11-18');
    const early = await t.as(s.admin, 'POST', `/api/cases/${c.id}/actions/close`, {});
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('case.close_not_due');
    clock.set('2025-11-19');
    expect((await act(t, s.admin, c.id, 'close', { note: '逾期未评价，自动归档' })).status).toBe('closed');
    expect(await inboxKinds(t, s.enterprise, c.id)).toContain('case.closed');
  });

  it('opens a follow-up task for the lead department on a bad rating, which must be done before closing', async () => {
    clock.set('2025-11-03');
    const c = await submitItemCase(t, s.enterprise, itemId);
    await act(t, s.officer, c.id, 'accept');
    await act(t, s.officer, c.id, 'resolve', { note: '办结' });
    const rated = await act(t, s.enterprise, c.id, 'rate', { level: 1, reason: '多次往返仍未说明原因', comment: '不满意' });
    expect(rated.rating).toMatchObject({ level: 1, reason: '多次往返仍未说明原因' });
    const followUp = rated.tasks.find((x) => x.kind === 'follow_up')!;
    expect(followUp).toMatchObject({ departmentId: t.fixture.departments.bureau, status: 'open' });
    expect(await inboxKinds(t, s.officer, c.id)).toContain('case.bad_rating');
    const officerView = await get(s.officer, c.id);
    expect(officerView.allowedActions).toEqual(['complete_task']);
    const refused = await t.as(s.officer, 'POST', `/api/cases/${c.id}/actions/close`, {});
    expect(refused.json().code).toBe('case.open_tasks');
    await act(t, s.officer, c.id, 'complete_task', { taskId: followUp.id, resultNote: '已电话回访并说明' });
    expect((await act(t, s.officer, c.id, 'close', {})).status).toBe('closed');
    const stats = (await t.as(s.admin, 'GET', '/api/cases/stats/departments?from=2025-11-01&to=2025-11-30')).json() as DepartmentStats;
    expect(stats.items.find((d) => d.departmentId === t.fixture.departments.bureau)).toMatchObject({ averageRating: 1, ratings: 1 });
  });
});
