import { describe, expect, it } from 'vitest';
import { caseActions, roles, type Role } from '@yunju/contracts';
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
  { method: 'GET', url: '/api/calendar/years', path: '/api/calendar/years', allowed: 'all' },
  { method: 'GET', url: '/api/inbox', path: '/api/inbox', allowed: 'all' },
  { method: 'GET', url: '/api/inbox/unread-count', path: '/api/inbox/unread-count', allowed: 'all' },
  { method: 'GET', url: '/api/cases', path: '/api/cases', allowed: readers },
  { method: 'GET', url: '/api/cases/queues', path: '/api/cases/queues', allowed: ['officer', 'bureau_admin'] },
  { method: 'GET', url: '/api/cases/supervision', path: '/api/cases/supervision', allowed: ['bureau_admin', 'leader'] },
  { method: 'GET', url: '/api/cases/stats/departments?from=2025-01-01&to=2025-12-31', path: '/api/cases/stats/departments', allowed: ['bureau_admin', 'leader'] },
  { method: 'GET', url: '/api/cases/export.xlsx', path: '/api/cases/export.xlsx', allowed: ['officer', 'bureau_admin', 'leader'] },
  { method: 'GET', url: '/api/catalogue/search?q=test', path: '/api/catalogue/search', allowed: 'all' },
  { method: 'GET', url: '/api/catalogue/items', path: '/api/catalogue/items', allowed: 'all' },
  { method: 'GET', url: '/api/catalogue/items/export.xlsx', path: '/api/catalogue/items/export.xlsx', allowed: 'all' },
  { method: 'GET', url: '/api/catalogue/resources', path: '/api/catalogue/resources', allowed: 'all' },
  { method: 'GET', url: '/api/catalogue/resources/export.xlsx', path: '/api/catalogue/resources/export.xlsx', allowed: 'all' },
];
const publicRoutes = ['POST /api/auth/login', 'GET /api/health', 'GET /api/calendar/working-days/add'];

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
    const covered = new Set([
      ...matrix.map((r) => `${r.method} ${r.path}`),
      ...publicRoutes,
      'POST /api/auth/password',
      // Tested role by role in their own files (they need a body, a record or a multipart upload).
      'PUT /api/calendar/years/{year}',
      'POST /api/inbox/{id}/read',
      'POST /api/inbox/read-all',
      'POST /api/attachments',
      'GET /api/attachments/{id}',
      // Cases: every role per route in modules/cases/cases.routes.test.ts (bodies, a case, its materials).
      'POST /api/cases',
      'POST /api/cases/walk-in',
      'POST /api/cases/bulk-assign',
      'GET /api/cases/{id}',
      'GET /api/cases/{id}/materials/{materialId}',
      ...caseActions.map((a) => `POST /api/cases/{id}/actions/${a}`),
      // Catalogue: every role per route in modules/catalogue/catalogue.routes.test.ts (a record, a body or an upload).
      ...['items', 'resources'].flatMap((k) => [
        `GET /api/catalogue/${k}/{id}`,
        `POST /api/catalogue/${k}`,
        `PUT /api/catalogue/${k}/{id}`,
        `POST /api/catalogue/${k}/{id}/withdraw`,
        `POST /api/catalogue/${k}/{id}/restore`,
        `POST /api/catalogue/${k}/import`,
      ]),
      'GET /api/catalogue/items/{id}/versions',
      'GET /api/catalogue/items/{id}/versions/{version}',
      'GET /api/catalogue/imports/{id}/rejects.xlsx',
    ]);
    expect(documented.filter((r) => !covered.has(r))).toEqual([]);
  });
});
