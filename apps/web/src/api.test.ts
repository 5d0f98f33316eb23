import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, ApiError, parseRetryAfter, setCsrfToken, setUnauthenticatedHandler, toApiError, withQuery } from './api.ts';

const problem = (status: number, body: Record<string, unknown>, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify({ type: 'about:blank', title: 'x', status, requestId: 'req-1', ...body }), {
    status,
    headers: { 'content-type': 'application/problem+json', ...headers },
  });

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
  setUnauthenticatedHandler(null);
});

describe('toApiError', () => {
  it('reads code, both messages, field errors and the request id from problem+json', async () => {
    const error = await toApiError(
      problem(400, {
        code: 'request.invalid',
        message: '提交的内容有误',
        messageEn: 'Invalid',
        errors: [{ path: 'newPassword', code: 'too_small', message: '太短', messageEn: 'Too short' }],
      }),
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error.code).toBe('request.invalid');
    expect(error.messageFor('zh-CN')).toBe('提交的内容有误');
    expect(error.messageFor('en')).toBe('Invalid');
    expect(error.fieldErrors).toEqual([{ path: 'newPassword', code: 'too_small', message: '太短', messageEn: 'Too short' }]);
    expect(error.requestId).toBe('req-1');
  });

  it('takes the wait of a 429 from the body, else from Retry-After', async () => {
    const fromBody = await toApiError(problem(429, { code: 'auth.too_many_attempts', retryAfterSeconds: 900 }, { 'retry-after': '5' }));
    expect(fromBody.retryAfterSeconds).toBe(900);
    const fromHeader = await toApiError(problem(429, { code: 'auth.too_many_attempts' }, { 'retry-after': '120' }));
    expect(fromHeader.retryAfterSeconds).toBe(120);
  });

  it('still yields an error for a body that is not problem+json', async () => {
    const error = await toApiError(new Response('<html>Bad gateway</html>', { status: 502, headers: { 'content-type': 'text/html' } }));
    expect(error.status).toBe(502);
    expect(error.code).toBe('http.502');
    expect(error.messageFor('zh-CN')).toBeNull();
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('30')).toBe(30);
    expect(parseRetryAfter(new Date(Date.UTC(2026, 0, 1, 0, 1)).toUTCString(), Date.UTC(2026, 0, 1))).toBe(60);
    expect(parseRetryAfter(null)).toBeNull();
    expect(parseRetryAfter('soon')).toBeNull();
  });
});

describe('withQuery', () => {
  it('drops empty values', () => {
    expect(withQuery('/api/audit', { page: 2, actor: '', action: undefined, town: null })).toBe('/api/audit?page=2');
  });
});

describe('api', () => {
  it('sends the CSRF token on writes but not on login, and same-origin credentials always', async () => {
    const fetch = vi.fn(async () => new Response(null, { status: 204 }));
    vi.stubGlobal('fetch', fetch);
    setCsrfToken('tok');
    await api.post('/api/auth/logout');
    await api.post('/api/auth/login', { username: 'a', password: 'b' });
    await api.get('/api/workbench');
    const calls = fetch.mock.calls as unknown as [string, RequestInit][];
    const headers = calls.map(([, init]) => init.headers as Record<string, string>);
    expect(headers[0]?.['x-csrf-token']).toBe('tok');
    expect(headers[1]?.['x-csrf-token']).toBeUndefined();
    expect(headers[2]?.['x-csrf-token']).toBeUndefined();
    expect(calls.every(([, init]) => init.credentials === 'same-origin')).toBe(true);
  });

  it('reports a lost session on 401, except from login and me', async () => {
    const lost = vi.fn();
    setUnauthenticatedHandler(lost);
    vi.stubGlobal('fetch', vi.fn(async () => problem(401, { code: 'auth.unauthenticated' })));
    await expect(api.get('/api/auth/me')).rejects.toMatchObject({ status: 401 });
    await expect(api.post('/api/auth/login', {})).rejects.toMatchObject({ status: 401 });
    expect(lost).not.toHaveBeenCalled();
    await expect(api.get('/api/workbench')).rejects.toMatchObject({ code: 'auth.unauthenticated' });
    expect(lost).toHaveBeenCalledOnce();
  });

  it('turns a network failure into network.error', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    await expect(api.get('/api/workbench')).rejects.toMatchObject({ status: 0, code: 'network.error' });
  });
});
