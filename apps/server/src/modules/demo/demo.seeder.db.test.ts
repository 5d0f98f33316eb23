import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { loadConfig } from '../../config/config.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import { verifyAuditChain } from '../audit/index.ts';
import { IdentityService, setPasswordByAdministrator } from '../identity/index.ts';
import { isDatabaseEmpty, seedDemoCounty } from './index.ts';

let database: TestDatabase;
let counts: Record<string, number>;

beforeAll(async () => {
  database = await createTestDatabase();
  expect(await isDatabaseEmpty(database.db)).toBe(true);
  counts = await seedDemoCounty(database);
});
afterAll(async () => {
  await database?.drop();
});

describe('the demo county', () => {
  it('is seeded at the seed report’s scale', async () => {
    expect(counts).toMatchObject({ departments: 33, serviceItems: 105, resources: 385, enterprises: 1500, users: 9 });
    expect(await isDatabaseEmpty(database.db)).toBe(false);
  });

  it('lets every demo user sign in with the documented password and see its workbench', async () => {
    const app = await buildApp({ config: loadConfig({ NODE_ENV: 'test', YUNJU_WEB_DIST: '/nonexistent' }), database, logger: false });
    const figures: Record<string, number> = {};
    for (const username of ['admin', 'officer', 'officer2', 'desk', 'enterprise', 'expert', 'notary', 'leader', 'talent']) {
      const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: 'Yunju@2026' }, remoteAddress: `10.9.0.${username.length}` });
      expect(login.statusCode, username).toBe(200);
      const cookie = `yunju_sid=${login.cookies.find((c) => c.name === 'yunju_sid')!.value}`;
      const wb = await app.inject({ method: 'GET', url: '/api/workbench', headers: { cookie } });
      expect(wb.statusCode, username).toBe(200);
      if (username === 'admin') for (const s of wb.json().stats as { key: string; value: number }[]) figures[s.key] = s.value;
      if (username === 'enterprise') expect(wb.json().enterprise.qualifications).toContain('high_tech');
      if (username === 'officer2') expect(login.json().user.departmentName).not.toBe(undefined);
      // The demo talent has one contact request waiting for its answer.
      if (username === 'talent') expect(wb.json().stats).toContainEqual(expect.objectContaining({ key: 'myContactRequests', value: 1 }));
    }
    expect(figures).toMatchObject({ departments: 33, serviceItems: 105, resources: 385, enterprises: 1500 });
    // A demo year of matching (demo-matching.ts): about 200 problems solved, 200 talents matched, 30 IUR projects.
    expect(figures.matchProblemsSolved).toBeGreaterThan(150);
    expect(figures.matchTalentsMatched).toBeGreaterThan(150);
    expect(figures.matchIurProjects).toBeGreaterThan(15);
    await app.close();
  });

  it('lists the accounts that still use the demo password, which production refuses to start with', async () => {
    const identity = new IdentityService(database, loadConfig({ NODE_ENV: 'production' }));
    expect((await identity.listUsersWithDemoPassword()).sort()).toEqual(['admin', 'desk', 'enterprise', 'expert', 'leader', 'notary', 'officer', 'officer2', 'talent']);
    await setPasswordByAdministrator(database, 'leader', 'County#Leader2026');
    expect(await identity.listUsersWithDemoPassword()).not.toContain('leader');
    await expect(setPasswordByAdministrator(database, 'admin', 'weak')).rejects.toThrow(/too weak/);
  });

  it('keeps an intact audit chain, and names a row altered by hand', async () => {
    const intact = await verifyAuditChain(database.db);
    expect(intact.firstBreak).toBeNull();
    await database.rawQuery(`UPDATE audit_log SET action = 'demo.tampered' WHERE seq = 1`);
    const broken = await verifyAuditChain(database.db);
    expect(broken.firstBreak).toMatchObject({ seq: 1, reason: 'content_hash_mismatch' });
  });
});
