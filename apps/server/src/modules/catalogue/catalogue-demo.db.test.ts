import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CatalogueSearchHit, CatalogueSearchPage } from '@yunju/contracts';
import { buildApp } from '../../app.ts';
import { loadConfig } from '../../config/config.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import { DEMO_PASSWORD } from '../identity/index.ts';
import { seedDemoCounty } from '../demo/index.ts';

// The search MUST-holds and the Excel round trip, on the demo county's catalogue (105 items, 385 resources).
let database: TestDatabase;
let app: FastifyInstance;
let cookie: string;
let adminCookie: string;
let adminCsrf: string;

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoCounty(database);
  app = await buildApp({ config: loadConfig({ NODE_ENV: 'test', YUNJU_WEB_DIST: '/nonexistent' }), database, logger: false });
  const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'enterprise', password: DEMO_PASSWORD }, remoteAddress: '10.8.0.1' });
  cookie = `yunju_sid=${login.cookies.find((c) => c.name === 'yunju_sid')!.value}`;
  const adminLogin = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'admin', password: DEMO_PASSWORD }, remoteAddress: '10.8.0.2' });
  adminCookie = `yunju_sid=${adminLogin.cookies.find((c) => c.name === 'yunju_sid')!.value}`;
  adminCsrf = adminLogin.json().csrfToken;
});
afterAll(async () => {
  await app?.close();
  await database?.drop();
});

async function search(q: string, extra = ''): Promise<CatalogueSearchPage> {
  const res = await app.inject({ method: 'GET', url: `/api/catalogue/search?q=${encodeURIComponent(q)}${extra}`, headers: { cookie } });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

const HIGH_TECH_ITEMS = ['高新技术企业认定申报辅导', '高新技术企业认定奖励兑现', '高新技术企业所得税优惠享受辅导'];
const names = (p: CatalogueSearchPage) => p.items.map((h) => h.name);
const top = (p: CatalogueSearchPage, n: number) => names(p).slice(0, n);

describe('catalogue search on the demo county', () => {
  it('finds the high-tech-enterprise items for 高新技术企业, with those named so ranked first', async () => {
    const page = await search('高新技术企业', '&type=item');
    expect(top(page, 3).sort()).toEqual([...HIGH_TECH_ITEMS].sort());
    const first = page.items[0]!;
    const name = first.highlights.find((h) => h.field === 'name')!;
    expect(name.text.slice(name.ranges[0]![0], name.ranges[0]![1])).toBe('高新技术企业');
    expect(first.matchedTerms).toContain('高新技术企业');
  });

  it('expands the abbreviation 高企 to 高新技术企业', async () => {
    const page = await search('高企', '&type=item');
    expect(top(page, 3).sort()).toEqual([...HIGH_TECH_ITEMS].sort());
    expect(page.expandedTerms).toContain('高新技术企业');
    expect(page.items[0]!.matchedTerms).toContain('高新技术企业');
  });

  it('finds them by pinyin initials (gxjs), marking the matched characters', async () => {
    const page = await search('gxjs', '&type=item');
    for (const n of HIGH_TECH_ITEMS) expect(names(page)).toContain(n);
    const hit = page.items.find((h) => h.name === '高新技术企业认定申报辅导')!;
    const name = hit.highlights.find((h) => h.field === 'name')!;
    expect(name.text.slice(name.ranges[0]![0], name.ranges[0]![1])).toBe('高新技术');
  });

  it('understands traditional characters and full-width letters', async () => {
    expect(top(await search('高新技術企業', '&type=item'), 3).sort()).toEqual([...HIGH_TECH_ITEMS].sort());
    expect(names(await search('ＧＸＪＳ', '&type=item'))).toContain('高新技术企业认定申报辅导');
  });

  it('expands other policy abbreviations: 科小, 加计扣除, 小巨人', async () => {
    expect(top(await search('科小'), 3)).toContain('科技型中小企业评价入库');
    expect(top(await search('加计扣除'), 3)).toContain('企业研发费用加计扣除政策辅导');
    expect(top(await search('专精特新小巨人'), 3)).toContain('专精特新“小巨人”企业推荐');
  });

  it('searches resources too, filtered by kind, with highlights as ranges on the stored text', async () => {
    const page = await search('三坐标测量仪', '&type=resource&kind=instrument');
    expect(page.total).toBeGreaterThan(0);
    for (const h of page.items) expect(h).toMatchObject({ type: 'resource', kind: 'instrument' });
    const hit: CatalogueSearchHit = page.items[0]!;
    const name = hit.highlights.find((h) => h.field === 'name')!;
    expect(name.text.slice(name.ranges[0]![0], name.ranges[0]![1])).toBe('三坐标测量仪');
  });

  it('ranks a name match above matches in conditions or descriptions', async () => {
    const page = await search('知识产权质押融资', '&type=item');
    expect(page.items[0]!.name).toBe('知识产权质押融资');
    expect(page.items[0]!.score).toBeGreaterThan(page.items[1]?.score ?? 0);
  });

  it('falls back to any word when no entry has every word', async () => {
    const page = await search('高企 火星探测');
    expect(names(page)).toContain('高新技术企业认定申报辅导');
  });

  it('answers a query on the whole catalogue in tens of milliseconds (rough measurement for ADR 0005)', async () => {
    const queries = ['高企', '科技型中小企业', 'gxjs', '轴承 检测', '知识产权', '研发费用加计扣除', '孵化器', '揭榜挂帅'];
    const started = performance.now();
    for (let round = 0; round < 3; round++) for (const q of queries) await search(q);
    const perQuery = (performance.now() - started) / (queries.length * 3);
    console.info(`catalogue search: ${perQuery.toFixed(1)} ms per query (${database.kind})`);
    expect(perQuery).toBeLessThan(500);
  });
});

describe('the demo catalogue as loaded', () => {
  it('has version 1 of every item, written by the loader', async () => {
    const items = (await app.inject({ method: 'GET', url: '/api/catalogue/items?pageSize=200', headers: { cookie } })).json();
    expect(items.total).toBe(105);
    const first = items.items[0];
    const versions = (await app.inject({ method: 'GET', url: `/api/catalogue/items/${first.id}/versions`, headers: { cookie } })).json();
    expect(versions).toMatchObject({ currentVersion: 1, versions: [{ version: 1, changedBy: null, changeNote: '初始导入' }] });
  });

  it('round-trips through Excel: exporting and importing all 105 items and 385 resources changes nothing', async () => {
    for (const [kind, rows] of [['items', 105], ['resources', 385]] as const) {
      const exported = await app.inject({ method: 'GET', url: `/api/catalogue/${kind}/export.xlsx?status=all`, headers: { cookie: adminCookie } });
      expect(exported.statusCode).toBe(200);
      const boundary = 'yunjuDemoRoundTrip';
      const payload = Buffer.concat([
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${kind}.xlsx"\r\n\r\n`),
        exported.rawPayload,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
      const res = await app.inject({ method: 'POST', url: `/api/catalogue/${kind}/import`, payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, cookie: adminCookie, 'x-csrf-token': adminCsrf } });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ committed: true, totalRows: rows, created: 0, updated: 0, unchanged: rows, rejected: [] });
    }
  });
});
