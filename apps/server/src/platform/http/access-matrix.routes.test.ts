import { describe, expect, it } from 'vitest';
import { roles, type Role } from '@yunju/contracts';
import { useTestApp, type Session } from '../../../test/harness.ts';

const t = useTestApp();

const readers: Role[] = ['enterprise', 'officer', 'bureau_admin', 'desk', 'leader'];

/**
 * Role × route: who may call what. A new /api route fails the last test until it is added here,
 * so that no route goes without an authorisation test.
 */
const matrix: { method: 'GET' | 'POST'; url: string; path: string; allowed: readonly Role[] | 'all' }[] = [
  { method: 'GET', url: '/api/auth/me', path: '/api/auth/me', allowed: 'all' },
  { method: 'GET', url: '/api/workbench', path: '/api/workbench', allowed: 'all' },
  { method: 'GET', url: '/api/org/departments', path: '/api/org/departments', allowed: 'all' },
  { method: 'GET', url: '/api/org/towns', path: '/api/org/towns', allowed: 'all' },
  { method: 'GET', url: '/api/enterprises', path: '/api/enterprises', allowed: readers },
  { method: 'GET', url: '/api/enterprises/{a}', path: '/api/enterprises/{id}', allowed: readers },
  { method: 'GET', url: '/api/audit', path: '/api/audit', allowed: ['bureau_admin', 'leader'] },
  { method: 'POST', url: '/api/auth/logout', path: '/api/auth/logout', allowed: 'all' },
];
const publicRoutes = ['POST /api/auth/login', 'GET /api/health'];

const userOf = (role: Role) => (role === 'bureau_admin' ? 'admin' : role);

describe('role × route access', () => {
  for (const route of matrix) {
    it(`${route.method} ${route.path}`, async () => {
      const url = route.url.replace('{a}', t.fixture.enterprises.a);
      expect((await t.as(null, route.method, url)).statusCode, 'anonymous').toBe(401);
      for (const role of roles) {
        const session: Session = await t.login(userOf(role));
        const res = await t.as(session, route.method, url);
        const allowed = route.allowed === 'all' || route.allowed.includes(role);
        expect(res.statusCode, `${role} ${res.body}`).toBe(allowed ? (route.method === 'POST' ? 204 : 200) : 403);
      }
    });
  }

  it('covers every route of the OpenAPI document', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as { paths: Record<string, Record<string, unknown>> };
    const documented = Object.entries(doc.paths).flatMap(([p, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${p}`));
    // Password change is covered by its own forbidden and invalid-input tests (it needs a body).
    const covered = new Set([...matrix.map((r) => `${r.method} ${r.path}`), ...publicRoutes, 'POST /api/auth/password']);
    expect(documented.filter((r) => !covered.has(r))).toEqual([]);
  });
});
