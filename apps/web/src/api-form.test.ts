import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, setCsrfToken } from './api.ts';

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

describe('api.postForm', () => {
  it('sends the form as is, with the CSRF header and no JSON content type', async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify({ created: 1 }), { status: 200, headers: { 'content-type': 'application/json' } }));
    vi.stubGlobal('fetch', fetchMock);
    setCsrfToken('tok');
    const form = new FormData();
    form.set('mode', 'good_rows');
    await expect(api.postForm('/api/catalogue/items/import', form)).resolves.toEqual({ created: 1 });
    const [, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(init.body).toBe(form);
    expect(init.headers).toEqual({ accept: 'application/json', 'x-csrf-token': 'tok' });
  });
});
