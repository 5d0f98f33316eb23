import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { loadConfig } from '../../config/config.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import { DEMO_TIER_COUNTS } from './generate-demo-county.ts';
import { seedDemoCounty } from './index.ts';

let database: TestDatabase;
let app: Awaited<ReturnType<typeof buildApp>>;
let cookie = '';

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoCounty(database);
  app = await buildApp({ config: loadConfig({ NODE_ENV: 'test', YUNJU_WEB_DIST: '/nonexistent' }), database, logger: false });
  const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'leader', password: 'Yunju@2026' }, remoteAddress: '10.9.9.9' });
  cookie = `yunju_sid=${login.cookies.find((c) => c.name === 'yunju_sid')!.value}`;
}, 600_000);
afterAll(async () => {
  await app?.close();
  await database?.drop();
});

const get = async (url: string) => (await app.inject({ method: 'GET', url, headers: { cookie } })).json();
const pct1 = (x: number) => Math.round(x * 1000) / 10;

describe('the demo county’s five coverages, computed from its records', () => {
  it('matches the seed report among above-scale industrial enterprises in 2025', async () => {
    const d = await get('/api/coverage/dashboard');
    expect(d.year).toBe(2025);
    expect(d.county.total).toBe(614);
    const r = d.county.rates;
    expect([pct1(r.rd_spending), pct1(r.patent), pct1(r.rd_institution), pct1(r.iur)]).toEqual([100, 100, 97.6, 62.9]);
    expect(d.trend.map((c: { key: string }) => c.key)).toEqual(['2021', '2022', '2023', '2024', '2025']);
  });
  it('has tier counts in the seed report’s proportions, counted from the qualification records', async () => {
    const s = await get('/api/cultivation/summary');
    const count = (k: string) => s.tiers.find((x: { kind: string }) => x.kind === k).count;
    expect(count('high_tech')).toBe(DEMO_TIER_COUNTS.high_tech);
    expect(count('tech_sme')).toBe(DEMO_TIER_COUNTS.tech_sme);
    expect(count('srdi_little_giant')).toBe(DEMO_TIER_COUNTS.srdi_little_giant);
    expect(s.cultivatedAcrossDepartments).toBe(3);
  });
  it('has an IUR fishbone whose bones add up to the enterprises with causes', async () => {
    const f = await get('/api/coverage/fishbone?flag=iur');
    expect(f.uncovered).toBe(614 - 386);
    expect(f.bones.reduce((a: number, b: { count: number }) => a + b.count, 0)).toBe(f.withCauses);
    expect(f.withCauses).toBeGreaterThan(150);
  });
});
