import { describe, expect, it } from 'vitest';
import { cookieOf, nextAddress, useTestApp } from '../../../test/harness.ts';
import { TEST_PASSWORD } from '../../../test/factories.ts';

const t = useTestApp();

const login = (username: string, password: string, remoteAddress = nextAddress()) =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, remoteAddress });

/** The parts of a problem that must not differ between an unknown user and a wrong password. */
const comparable = (body: Record<string, unknown>) => ({ ...body, requestId: undefined });

describe('POST /api/auth/login', () => {
  it('signs in and sets an HttpOnly SameSite=Lax session cookie', async () => {
    const res = await login('officer', TEST_PASSWORD);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.user).toMatchObject({ username: 'officer', role: 'officer', tenantName: '测试县', departmentName: '测试县科学技术局' });
    expect(body.user.permissions).toContain('enterprise.read_all');
    expect(body.csrfToken).toMatch(/^[\w-]{40,}$/);
    const cookie = res.cookies.find((c) => c.name === 'yunju_sid')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    expect(cookie.path).toBe('/');
  });

  it('answers an unknown user exactly as a wrong password', async () => {
    const wrong = await login('officer', 'Wrong@2026');
    const unknown = await login('nobody-here', 'Wrong@2026');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.headers['content-type']).toContain('application/problem+json');
    expect(comparable(wrong.json())).toEqual(comparable(unknown.json()));
    expect(wrong.json()).toMatchObject({ code: 'auth.invalid_credentials', message: '用户名或密码错误' });
  });

  it('names the missing field on invalid input', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'officer' } });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'request.invalid', errors: [{ path: 'password', code: 'required', message: '此项为必填项' }] });
  });

  it('locks an account after 5 failures: 10 wrong passwords in a minute end in 429 with Retry-After', async () => {
    const statuses: number[] = [];
    let last;
    for (let i = 0; i < 10; i++) {
      last = await login('desk', `Wrong@${i}xyz`);
      statuses.push(last.statusCode);
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5)).toEqual([429, 429, 429, 429, 429]);
    expect(Number(last!.headers['retry-after'])).toBeGreaterThan(14 * 60);
    expect(last!.json()).toMatchObject({ code: 'auth.too_many_attempts' });
    // Locked means locked: even the right password is refused until the lock ends.
    expect((await login('desk', TEST_PASSWORD)).statusCode).toBe(429);
  });

  it('locks unknown usernames the same way, so a lock does not reveal that an account exists', async () => {
    for (let i = 0; i < 5; i++) await login('ghost-user', 'Wrong@2026');
    const res = await login('ghost-user', 'Wrong@2026');
    expect(res.statusCode).toBe(429);
  });

  it('throttles one address that fails across many accounts', async () => {
    const ip = '192.0.2.77';
    let res;
    for (let i = 0; i < t.config.login.maxFailuresPerIp; i++) res = await login(`spray-${i}`, 'Wrong@2026', ip);
    expect(res!.statusCode).toBe(401);
    res = await login('admin', TEST_PASSWORD, ip);
    expect(res.statusCode).toBe(429);
  });

  it('records failed and successful sign-ins in the audit log', async () => {
    await login('notary', 'Wrong@2026');
    await login('notary', TEST_PASSWORD);
    const admin = await t.login('admin');
    const failed = (await t.as(admin, 'GET', '/api/audit?action=auth.login_failed&actor=notary')).json();
    const ok = (await t.as(admin, 'GET', '/api/audit?action=auth.login&actor=notary')).json();
    expect(failed.total).toBeGreaterThanOrEqual(1);
    expect(ok.total).toBeGreaterThanOrEqual(1);
  });
});

describe('GET /api/auth/me', () => {
  it('returns the user and a CSRF token for a session', async () => {
    const s = await t.login('leader');
    const res = await t.as(s, 'GET', '/api/auth/me');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ user: { username: 'leader', role: 'leader' }, csrfToken: s.csrfToken });
  });

  it('answers 401 problem+json without a session', async () => {
    const res = await t.as(null, 'GET', '/api/auth/me');
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ code: 'auth.unauthenticated', status: 401 });
  });

  it('answers 401 for a forged cookie', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: 'yunju_sid=forged-token' } });
    expect(res.statusCode).toBe(401);
  });

  it('resolves concurrent requests of many sessions each to its own user (lookups are coalesced), revoked ones to 401', async () => {
    const names = ['admin', 'officer', 'officer2', 'leader', 'enterprise', 'enterprise_b'];
    const sessions = await Promise.all(names.map((n) => t.login(n)));
    const revoked = await t.login('notary');
    expect((await t.as(revoked, 'POST', '/api/auth/logout')).statusCode).toBe(204);
    const all = [...sessions, ...sessions, revoked];
    const answers = await Promise.all([
      ...all.map((s) => t.as(s, 'GET', '/api/auth/me')),
      t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: 'yunju_sid=forged-token' } }),
    ]);
    const usernames = answers.map((r) => (r.statusCode === 200 ? (r.json() as { user: { username: string } }).user.username : r.statusCode));
    expect(usernames).toEqual([...names, ...names, 401, 401]);
  });

  it('expires a session idle for more than 30 minutes', async () => {
    const s = await t.login('expert');
    await t.database.rawQuery(`UPDATE sessions SET last_seen_at = now() - interval '31 minutes' WHERE user_id = $1`, [t.fixture.users.expert!.id]);
    expect((await t.as(s, 'GET', '/api/auth/me')).statusCode).toBe(401);
  });

  it('ends the sessions of a deactivated account', async () => {
    const s = await t.login('notary');
    expect((await t.as(s, 'GET', '/api/auth/me')).statusCode).toBe(200);
    await t.database.rawQuery(`UPDATE users SET is_active = false WHERE username = 'notary'`);
    expect((await t.as(s, 'GET', '/api/auth/me')).statusCode).toBe(401);
    await t.database.rawQuery(`UPDATE users SET is_active = true WHERE username = 'notary'`);
  });

  it('expires a session past its 12-hour absolute limit even when active', async () => {
    const s = await t.login('expert');
    await t.database.rawQuery(`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [t.fixture.users.expert!.id]);
    expect((await t.as(s, 'GET', '/api/auth/me')).statusCode).toBe(401);
  });
});

describe('POST /api/auth/logout', () => {
  it('revokes the session', async () => {
    const s = await t.login('officer2');
    const res = await t.as(s, 'POST', '/api/auth/logout');
    expect(res.statusCode).toBe(204);
    expect((await t.as(s, 'GET', '/api/auth/me')).statusCode).toBe(401);
  });

  it('refuses a write without the CSRF token (403)', async () => {
    const s = await t.login('officer2');
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: s.cookie } });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ code: 'auth.csrf_failed' });
    expect((await t.as(s, 'GET', '/api/auth/me')).statusCode).toBe(200);
  });

  it('refuses a write with another session’s CSRF token', async () => {
    const a = await t.login('officer2');
    const b = await t.login('officer');
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: a.cookie, 'x-csrf-token': b.csrfToken } });
    expect(res.statusCode).toBe(403);
  });

  it('answers 401 without a session', async () => {
    expect((await t.as(null, 'POST', '/api/auth/logout')).statusCode).toBe(401);
  });
});

describe('POST /api/auth/password', () => {
  it('changes the password, revokes the other sessions and issues a new one', async () => {
    const first = await t.login('enterprise_b');
    const second = await t.login('enterprise_b');
    const res = await t.as(second, 'POST', '/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'New@Pass2026' });
    expect(res.statusCode).toBe(200);
    const fresh = { cookie: cookieOf(res), csrfToken: res.json().csrfToken as string };
    expect((await t.as(first, 'GET', '/api/auth/me')).statusCode).toBe(401);
    expect((await t.as(second, 'GET', '/api/auth/me')).statusCode).toBe(401);
    expect((await t.as(fresh, 'GET', '/api/auth/me')).statusCode).toBe(200);
    expect((await login('enterprise_b', TEST_PASSWORD)).statusCode).toBe(401);
    expect((await login('enterprise_b', 'New@Pass2026')).statusCode).toBe(200);

    // The last 5 passwords may not come back.
    const back = await t.as(fresh, 'POST', '/api/auth/password', { currentPassword: 'New@Pass2026', newPassword: TEST_PASSWORD });
    expect(back.statusCode).toBe(400);
    expect(back.json()).toMatchObject({ code: 'auth.password_reused', errors: [{ path: 'newPassword' }] });
  });

  it('rejects a weak new password, naming the field', async () => {
    const s = await t.login('officer');
    const res = await t.as(s, 'POST', '/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'short' });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toMatchObject({ path: 'newPassword' });
  });

  it('rejects a wrong current password', async () => {
    const s = await t.login('officer');
    const res = await t.as(s, 'POST', '/api/auth/password', { currentPassword: 'Nope@2026x', newPassword: 'Another@2026' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'auth.wrong_current_password', errors: [{ path: 'currentPassword' }] });
  });

  it('is forbidden without the CSRF token and unauthenticated without a session', async () => {
    const s = await t.login('officer');
    const noCsrf = await t.app.inject({ method: 'POST', url: '/api/auth/password', headers: { cookie: s.cookie }, payload: { currentPassword: TEST_PASSWORD, newPassword: 'Another@2026' } });
    expect(noCsrf.statusCode).toBe(403);
    expect((await t.as(null, 'POST', '/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'Another@2026' })).statusCode).toBe(401);
    expect((await login('officer', TEST_PASSWORD)).statusCode).toBe(200);
  });
});

describe('accounts that must change their password', () => {
  it('may only read who they are, sign out or change the password until they do', async () => {
    await t.database.rawQuery(`UPDATE users SET must_change_password = true WHERE username = 'desk'`);
    await t.database.rawQuery(`DELETE FROM login_throttle`);
    const s = await t.login('desk');
    expect((await t.as(s, 'GET', '/api/auth/me')).json().user.mustChangePassword).toBe(true);
    const blocked = await t.as(s, 'GET', '/api/workbench');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json()).toMatchObject({ code: 'auth.password_change_required' });
    const changed = await t.as(s, 'POST', '/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'Desk#Changed2026' });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().user.mustChangePassword).toBe(false);
    const fresh = { cookie: cookieOf(changed), csrfToken: changed.json().csrfToken as string };
    expect((await t.as(fresh, 'GET', '/api/workbench')).statusCode).toBe(200);
  });
});
