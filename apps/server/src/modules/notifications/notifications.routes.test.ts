import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/harness.ts';
import { listUserIdsForRecipients } from '../identity/index.ts';
import { dispatchPending, notify, outboundText, type Notice, type NotificationDispatcher, type OutboundChannel } from './index.ts';

const t = useTestApp();

const notice = (n: number, extra: Partial<Notice> = {}): Notice => ({
  kind: 'case.submitted',
  titleZh: `新申请待受理（${n}）`,
  titleEn: `New application to accept (${n})`,
  bodyZh: `测试恒锐轴承有限公司提交了第 ${n} 件申请，请及时受理。`,
  bodyEn: `Application ${n} was submitted; please accept it.`,
  link: `/cases/00000000-0000-4000-8000-00000000000${n % 10}`,
  ...extra,
});

const idOf = (username: string) => t.fixture.users[username]!.id;
const sorted = (ids: string[]) => [...ids].sort();

beforeAll(async () => {
  await t.database.rawQuery(`UPDATE users SET is_department_head = true WHERE username = 'officer'`);
});

describe('listUserIdsForRecipients', () => {
  const resolve = (r: Parameters<typeof listUserIdsForRecipients>[2]) => listUserIdsForRecipients(t.database.db, t.fixture.tenantId, r);

  it('resolves a department to its officers only, and heads to the flagged users', async () => {
    expect(await resolve({ departmentIds: [t.fixture.departments.bureau] })).toEqual([idOf('officer')]);
    expect(await resolve({ departmentIds: [t.fixture.departments.economy] })).toEqual([idOf('officer2')]);
    expect(await resolve({ departmentHeadIds: [t.fixture.departments.bureau] })).toEqual([idOf('officer')]);
    expect(await resolve({ departmentHeadIds: [t.fixture.departments.economy] })).toEqual([]);
  });

  it('resolves enterprises to their users and roles to the tenant’s holders only', async () => {
    expect(await resolve({ enterpriseIds: [t.fixture.enterprises.a] })).toEqual([idOf('enterprise')]);
    expect(await resolve({ roles: ['bureau_admin'] })).toEqual([idOf('admin')]);
    expect(sorted(await resolve({ roles: ['desk', 'leader'] }))).toEqual(sorted([idOf('desk'), idOf('leader')]));
  });

  it('takes the union, deduplicated, and never another county’s user', async () => {
    const ids = await resolve({ userIds: [idOf('officer'), idOf('other_admin')], departmentIds: [t.fixture.departments.bureau], departmentHeadIds: [t.fixture.departments.bureau], roles: ['bureau_admin'] });
    expect(sorted(ids)).toEqual(sorted([idOf('officer'), idOf('admin')]));
    expect(await resolve({})).toEqual([]);
    expect(await resolve({ userIds: [], roles: [] })).toEqual([]);
  });

  it('leaves out inactive users', async () => {
    await t.database.rawQuery(`UPDATE users SET is_active = false WHERE username = 'enterprise_b'`);
    expect(await resolve({ enterpriseIds: [t.fixture.enterprises.b] })).toEqual([]);
    await t.database.rawQuery(`UPDATE users SET is_active = true WHERE username = 'enterprise_b'`);
  });
});

describe('notify', () => {
  it('writes one notice per recipient in the caller’s transaction', async () => {
    const n = await t.database.db.transaction((tx) => notify(tx, t.fixture.tenantId, { departmentIds: [t.fixture.departments.economy], roles: ['desk'] }, notice(1, { caseId: null })));
    expect(n).toBe(2);
  });

  it('writes nothing when the caller’s transaction rolls back', async () => {
    const s = await t.login('enterprise_b');
    await expect(
      t.database.db.transaction(async (tx) => {
        await notify(tx, t.fixture.tenantId, { enterpriseIds: [t.fixture.enterprises.b] }, notice(2));
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect((await t.as(s, 'GET', '/api/inbox/unread-count')).json()).toEqual({ count: 0 });
  });

  it('returns 0 when nobody matches, and refuses a link that is not a web route', async () => {
    expect(await notify(t.database.db, t.fixture.tenantId, { departmentHeadIds: [t.fixture.departments.economy] }, notice(3))).toBe(0);
    await expect(notify(t.database.db, t.fixture.tenantId, { roles: ['desk'] }, notice(4, { link: 'https://example.org/x' }))).rejects.toThrow(/web route/);
  });
});

describe('inbox routes', () => {
  it('lists the caller’s own notices newest first, with totals and the unread count', async () => {
    for (let i = 1; i <= 3; i++) await notify(t.database.db, t.fixture.tenantId, { userIds: [idOf('enterprise')] }, notice(i, { caseId: '00000000-0000-4000-8000-000000000001' }));
    const s = await t.login('enterprise');
    const res = await t.as(s, 'GET', '/api/inbox');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ total: 3, unread: 3, page: 1, pageSize: 20 });
    expect(body.items.map((x: { titleZh: string }) => x.titleZh)).toEqual(['新申请待受理（3）', '新申请待受理（2）', '新申请待受理（1）']);
    expect(body.items[0]).toMatchObject({ kind: 'case.submitted', titleEn: 'New application to accept (3)', link: '/cases/00000000-0000-4000-8000-000000000003', caseId: '00000000-0000-4000-8000-000000000001', readAt: null });
    const page2 = (await t.as(s, 'GET', '/api/inbox?page=2&pageSize=2')).json();
    expect(page2.items).toHaveLength(1);
    expect(page2).toMatchObject({ total: 3, unread: 3 });
    // Nobody else sees them.
    expect((await t.as(await t.login('enterprise_b'), 'GET', '/api/inbox')).json().total).toBe(0);
  });

  it('marks one notice read (idempotently), filters unread, and counts', async () => {
    const s = await t.login('enterprise');
    const [first] = (await t.as(s, 'GET', '/api/inbox')).json().items;
    const read = await t.as(s, 'POST', `/api/inbox/${first.id}/read`);
    expect(read.statusCode).toBe(204);
    expect((await t.as(s, 'POST', `/api/inbox/${first.id}/read`)).statusCode).toBe(204);
    expect((await t.as(s, 'GET', '/api/inbox/unread-count')).json()).toEqual({ count: 2 });
    const unread = (await t.as(s, 'GET', '/api/inbox?unread=true')).json();
    expect(unread).toMatchObject({ total: 2, unread: 2 });
    expect(unread.items.map((x: { id: string }) => x.id)).not.toContain(first.id);
    const all = (await t.as(s, 'GET', '/api/inbox?unread=false')).json();
    expect(all.total).toBe(3);
    expect(all.items.find((x: { id: string }) => x.id === first.id).readAt).not.toBeNull();
  });

  it('answers 404 for someone else’s notice or an unknown one, and leaves it unread', async () => {
    const owner = await t.login('enterprise');
    const [notice] = (await t.as(owner, 'GET', '/api/inbox?unread=true')).json().items;
    const other = await t.login('officer');
    const res = await t.as(other, 'POST', `/api/inbox/${notice.id}/read`);
    expect(res.statusCode).toBe(404);
    expect((await t.as(other, 'POST', '/api/inbox/7d0e7a4e-2f59-4b55-9d8c-3f1f0a3a1111/read')).statusCode).toBe(404);
    expect((await t.as(owner, 'GET', '/api/inbox/unread-count')).json()).toEqual({ count: 2 });
  });

  it('marks all read without writing an audit row', async () => {
    const admin = await t.login('admin');
    const auditBefore = (await t.as(admin, 'GET', '/api/audit?pageSize=1')).json().total;
    const s = await t.login('enterprise');
    expect((await t.as(s, 'POST', '/api/inbox/read-all')).json()).toEqual({ updated: 2 });
    expect((await t.as(s, 'POST', '/api/inbox/read-all')).json()).toEqual({ updated: 0 });
    expect((await t.as(s, 'GET', '/api/inbox/unread-count')).json()).toEqual({ count: 0 });
    // Sign-ins are audited; marking read is not.
    const auditAfter = (await t.as(admin, 'GET', '/api/audit?pageSize=1')).json().total;
    expect(auditAfter - auditBefore).toBe(1);
    expect((await t.as(admin, 'GET', '/api/audit?pageSize=1')).json().items[0].action).toBe('auth.login');
  });

  it('rejects invalid input, naming the field', async () => {
    const s = await t.login('officer');
    const badId = await t.as(s, 'POST', '/api/inbox/not-a-uuid/read');
    expect(badId.statusCode).toBe(400);
    expect(badId.json().errors[0]).toMatchObject({ path: 'id' });
    const badPage = await t.as(s, 'GET', '/api/inbox?pageSize=500');
    expect(badPage.json().errors[0]).toMatchObject({ path: 'pageSize' });
    expect((await t.as(s, 'GET', '/api/inbox?unread=yes')).json().errors[0]).toMatchObject({ path: 'unread' });
    expect((await t.as(s, 'GET', '/api/inbox/unread-count?x=1')).statusCode).toBe(400);
  });

  it('requires a session, and the CSRF token on writes', async () => {
    expect((await t.as(null, 'GET', '/api/inbox')).statusCode).toBe(401);
    expect((await t.as(null, 'POST', '/api/inbox/read-all')).statusCode).toBe(401);
    const s = await t.login('desk');
    const res = await t.as({ ...s, csrfToken: 'nope' }, 'POST', '/api/inbox/read-all');
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('auth.csrf_failed');
    const [n] = (await t.as(s, 'GET', '/api/inbox')).json().items;
    expect((await t.as({ ...s, csrfToken: 'nope' }, 'POST', `/api/inbox/${n.id}/read`)).statusCode).toBe(403);
  });

  it('is open to every role, including the read-only leader', async () => {
    await notify(t.database.db, t.fixture.tenantId, { roles: ['leader', 'expert', 'notary'] }, notice(7));
    for (const user of ['leader', 'expert', 'notary']) {
      const s = await t.login(user);
      expect((await t.as(s, 'GET', '/api/inbox/unread-count')).json(), user).toEqual({ count: 1 });
      expect((await t.as(s, 'POST', '/api/inbox/read-all')).json(), user).toEqual({ updated: 1 });
    }
  });
});

describe('dispatchPending', () => {
  class Collecting implements NotificationDispatcher {
    sent: { channel: OutboundChannel; to: string; text: string }[] = [];
    async send(channel: OutboundChannel, to: string, text: string) {
      this.sent.push({ channel, to, text });
    }
  }

  it('hands every committed notice to each channel once, in Chinese', async () => {
    const first = new Collecting();
    const handed = await dispatchPending(t.database.db, first);
    expect(handed).toBeGreaterThan(0);
    expect(first.sent).toHaveLength(handed * 2);
    expect(first.sent[0]!.to).toMatch(/^user:[0-9a-f-]{36}$/);
    expect(first.sent.map((m) => m.text)).toContain(outboundText({ titleZh: '新申请待受理（1）', bodyZh: '测试恒锐轴承有限公司提交了第 1 件申请，请及时受理。' }));
    const again = new Collecting();
    expect(await dispatchPending(t.database.db, again)).toBe(0);
    expect(again.sent).toEqual([]);
  });

  it('retries a failed hand-over on the next run, and gives up after the allowed attempts', async () => {
    await notify(t.database.db, t.fixture.tenantId, { userIds: [idOf('officer2')] }, notice(8));
    const failing: NotificationDispatcher = { send: async () => Promise.reject(new Error('gateway down')) };
    const quiet = console.error;
    console.error = () => {};
    try {
      expect(await dispatchPending(t.database.db, failing, { maxAttempts: 2 })).toBe(0);
      expect(await dispatchPending(t.database.db, failing, { maxAttempts: 2 })).toBe(0);
    } finally {
      console.error = quiet;
    }
    const late = new Collecting();
    expect(await dispatchPending(t.database.db, late, { maxAttempts: 2 })).toBe(0);
    // With a higher limit it is tried again and goes out.
    expect(await dispatchPending(t.database.db, late, { maxAttempts: 3, channels: ['sms'] })).toBe(1);
    expect(late.sent).toEqual([{ channel: 'sms', to: `user:${idOf('officer2')}`, text: outboundText({ titleZh: '新申请待受理（8）', bodyZh: '测试恒锐轴承有限公司提交了第 8 件申请，请及时受理。' }) }]);
  });

  it('does not hand over a notice another dispatcher holds, until its lease ends', async () => {
    await notify(t.database.db, t.fixture.tenantId, { userIds: [idOf('officer2')] }, notice(9));
    let release!: () => void;
    let started!: () => void;
    const sending = new Promise<void>((r) => (started = r));
    const held: NotificationDispatcher = {
      send: async () => {
        started();
        await new Promise<void>((r) => (release = r));
      },
    };
    const first = dispatchPending(t.database.db, held, { channels: ['sms'] });
    await sending;
    const second = new Collecting();
    expect(await dispatchPending(t.database.db, second)).toBe(0);
    // Were the first dispatcher dead, the notice is free again once the lease has run out.
    const later = () => new Date(Date.now() + 120_000);
    const third = new Collecting();
    expect(await dispatchPending(t.database.db, third, { now: later, channels: ['sms'] })).toBe(1);
    release();
    expect(await first).toBe(1);
  });
});
