import { describe, expect, it } from 'vitest';
import { caseActions, engagementActions, roles, type Role } from '@yunju/contracts';
import { useTestApp, type Session } from '../../../test/harness.ts';

const t = useTestApp();

const readers: Role[] = ['enterprise', 'officer', 'bureau_admin', 'desk', 'leader'];
const matchReaders: Role[] = ['enterprise', 'expert', 'officer', 'bureau_admin', 'leader'];

/**
 * Role × route: who may call what. A new /api route fails the last test until it is added here,
 * so that no route goes without an authorisation test.
 */
const matrix: { method: 'GET' | 'POST'; url: string; path: string; allowed: readonly Role[] | 'all' }[] = [
  { method: 'GET', url: '/api/auth/me', path: '/api/auth/me', allowed: 'all' },
  { method: 'GET', url: '/api/workbench', path: '/api/workbench', allowed: 'all' },
  { method: 'GET', url: '/api/org/departments', path: '/api/org/departments', allowed: 'all' },
  { method: 'GET', url: '/api/org/towns', path: '/api/org/towns', allowed: 'all' },
  { method: 'GET', url: '/api/org/officers', path: '/api/org/officers', allowed: ['officer', 'bureau_admin'] },
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
  { method: 'GET', url: '/api/safebox/deposits', path: '/api/safebox/deposits', allowed: ['enterprise'] },
  { method: 'GET', url: '/api/safebox/deposits/export', path: '/api/safebox/deposits/export', allowed: ['enterprise'] },
  { method: 'GET', url: '/api/safebox/notarisations', path: '/api/safebox/notarisations', allowed: ['notary'] },
  { method: 'GET', url: '/api/safebox/notary/keystore', path: '/api/safebox/notary/keystore', allowed: ['notary'] },
  { method: 'GET', url: '/api/safebox/notary-keys', path: '/api/safebox/notary-keys', allowed: ['bureau_admin'] },
  // Matching (issue 4): read lists for match.read; outcomes for brokers, bureau admin, leader; import template for brokers.
  ...['experts', 'teams', 'talents', 'outputs', 'demands'].map((k) => ({ method: 'GET' as const, url: `/api/matching/${k}`, path: `/api/matching/${k}`, allowed: matchReaders })),
  // A talent sees (and answers) the engagements where it is the candidate, nothing else of matching.
  { method: 'GET', url: '/api/matching/engagements', path: '/api/matching/engagements', allowed: [...matchReaders, 'talent'] },
  { method: 'GET', url: '/api/matching/outcomes', path: '/api/matching/outcomes', allowed: ['officer', 'bureau_admin', 'leader'] },
  { method: 'GET', url: '/api/matching/outcomes/records?metric=problems_solved', path: '/api/matching/outcomes/records', allowed: ['officer', 'bureau_admin', 'leader'] },
  { method: 'GET', url: '/api/matching/imports/experts/template.xlsx', path: '/api/matching/imports/{kind}/template.xlsx', allowed: ['officer', 'bureau_admin'] },
  // Enterprises, cultivation, five coverages (issue 5): reads; writes are tested role by role in their own files.
  ...[
    ['/api/enterprises/export.xlsx', '/api/enterprises/export.xlsx'],
    ['/api/enterprises/{a}/file', '/api/enterprises/{id}/file'],
    ['/api/enterprises/{a}/tiers', '/api/enterprises/{id}/tiers'],
    ['/api/enterprises/corrections', '/api/enterprises/corrections'],
    ['/api/industries', '/api/industries'],
    ['/api/cultivation/ladder', '/api/cultivation/ladder'],
    ['/api/cultivation/expiring', '/api/cultivation/expiring'],
    ['/api/coverage/enterprises/{a}', '/api/coverage/enterprises/{id}'],
  ].map(([url, path]) => ({ method: 'GET' as const, url: url!, path: path!, allowed: readers })),
  ...[
    ['/api/enterprises/stats/template.xlsx', '/api/enterprises/stats/template.xlsx'],
    ['/api/enterprises/stats/export.xlsx?year=2025', '/api/enterprises/stats/export.xlsx'],
  ].map(([url, path]) => ({ method: 'GET' as const, url: url!, path: path!, allowed: ['officer', 'bureau_admin'] as Role[] })),
  ...[
    ['/api/cultivation/pipelines?kind=high_tech', '/api/cultivation/pipelines'],
    ['/api/cultivation/plans', '/api/cultivation/plans'],
    ['/api/cultivation/summary', '/api/cultivation/summary'],
    ['/api/coverage/dashboard', '/api/coverage/dashboard'],
    ['/api/coverage/uncovered?flag=iur', '/api/coverage/uncovered'],
    ['/api/coverage/uncovered/export.xlsx?flag=iur', '/api/coverage/uncovered/export.xlsx'],
    ['/api/coverage/causes/taxonomy', '/api/coverage/causes/taxonomy'],
    ['/api/coverage/fishbone?flag=iur', '/api/coverage/fishbone'],
    ['/api/coverage/fishbone/enterprises?flag=iur&cause=talent', '/api/coverage/fishbone/enterprises'],
    ['/api/coverage/targets?year=2025', '/api/coverage/targets'],
    ['/api/coverage/tasks?year=2025', '/api/coverage/tasks'],
    ['/api/coverage/assessment?year=2025', '/api/coverage/assessment'],
    ['/api/coverage/assessment/report.xlsx?year=2025', '/api/coverage/assessment/report.xlsx'],
    ['/api/coverage/assessment/report.pdf?year=2025', '/api/coverage/assessment/report.pdf'],
  ].map(([url, path]) => ({ method: 'GET' as const, url: url!, path: path!, allowed: ['officer', 'bureau_admin', 'leader'] as Role[] })),
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
      // Enterprises, cultivation, coverage (issue 5): every role per route in modules/enterprises/*.routes.test.ts,
      // modules/cultivation/cultivation.routes.test.ts and modules/coverage/coverage.routes.test.ts (bodies, records, uploads).
      'POST /api/enterprises',
      'PUT /api/enterprises/{id}',
      'PUT /api/enterprises/{id}/stats/{year}',
      'POST /api/enterprises/{id}/qualifications',
      'PUT /api/enterprises/{id}/qualifications/{qid}',
      'DELETE /api/enterprises/{id}/qualifications/{qid}',
      'POST /api/enterprises/{id}/cooperations',
      'DELETE /api/enterprises/{id}/cooperations/{cid}',
      'PUT /api/enterprises/{id}/contacts',
      'POST /api/enterprises/{id}/corrections',
      'POST /api/enterprises/corrections/{cid}/decide',
      'POST /api/enterprises/stats/import',
      'PUT /api/cultivation/ladder',
      'POST /api/cultivation/plans',
      'GET /api/cultivation/plans/{id}',
      'POST /api/cultivation/plans/{id}/tasks/{taskId}/complete',
      'PUT /api/coverage/causes/taxonomy',
      'POST /api/coverage/causes',
      'POST /api/coverage/targets',
      'POST /api/coverage/tasks',
      'PUT /api/coverage/tasks/{id}',
      'PUT /api/coverage/assessment/weights',
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
      // Safe box: every role per route in modules/safebox/safebox.routes.test.ts (a body or a deposit); the log API is public.
      'POST /api/safebox/deposits',
      'POST /api/safebox/deposits/batch',
      'GET /api/safebox/deposits/{id}',
      'GET /api/safebox/deposits/{id}/receipt',
      'GET /api/safebox/deposits/{id}/certificate',
      'POST /api/safebox/deposits/{id}/notarisation',
      'GET /api/safebox/notarisations/{id}',
      'POST /api/safebox/notarisations/{id}/countersign',
      'POST /api/safebox/notarisations/{id}/reject',
      'POST /api/safebox/notary/keystore',
      'POST /api/safebox/notary-keys',
      'POST /api/safebox/notary-keys/{id}/retire',
      'GET /api/safebox/log/key',
      'GET /api/safebox/log/info',
      'GET /api/safebox/log/checkpoint',
      'GET /api/safebox/log/tile/{*}',
      'GET /api/safebox/log/proof/inclusion',
      'GET /api/safebox/log/proof/consistency',
      'GET /api/safebox/log/timestamp',
      'POST /api/safebox/verify',
      // Matching: every role per route in modules/matching/matching.routes.test.ts (a record, a body, an expert profile or an upload).
      'GET /api/matching/experts/{id}',
      'POST /api/matching/experts',
      'PUT /api/matching/experts/{id}',
      'GET /api/matching/profile',
      'PUT /api/matching/profile',
      'GET /api/matching/talent-profile',
      'PUT /api/matching/talent-profile',
      ...['teams', 'talents', 'outputs'].flatMap((k) => [`GET /api/matching/${k}/{id}`, `POST /api/matching/${k}`, `PUT /api/matching/${k}/{id}`]),
      'POST /api/matching/imports/{kind}',
      'POST /api/matching/demands',
      'GET /api/matching/demands/fitting-me',
      'GET /api/matching/demands/{id}',
      'POST /api/matching/demands/{id}/invitations',
      'POST /api/matching/demands/{id}/close',
      'GET /api/matching/demands/{id}/recommendations',
      'POST /api/matching/demands/{id}/adjustments',
      'POST /api/matching/demands/{id}/push',
      'POST /api/matching/demands/{id}/feedback',
      'GET /api/matching/engagements/{id}',
      'GET /api/matching/engagements/{id}/contract',
      ...engagementActions.map((a) => `POST /api/matching/engagements/{id}/actions/${a}`),
    ]);
    expect(documented.filter((r) => !covered.has(r))).toEqual([]);
  });
});
