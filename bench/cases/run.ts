/**
 * Case submission through the HTTP API against a bare INSERT of the same row through the same
 * driver, on PGlite and on PostgreSQL; then queue query latency with 100k cases.
 * Usage: npx tsx bench/cases/run.ts [--submits 300] [--cases 100000] [--pg postgres://…]
 * (PostgreSQL: --pg, else BENCH_DATABASE_URL or TEST_DATABASE_URL; skipped when none is set.)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { buildApp } from '../../apps/server/src/app.ts';
import { loadConfig } from '../../apps/server/src/config/config.ts';
import type { Database } from '../../apps/server/src/platform/db.ts';
import * as t from '../../apps/server/src/platform/schema.ts';
import { createServiceItem, seedFixture, TEST_PASSWORD, type Fixture } from '../../apps/server/test/factories.ts';
import { machineLine, option, pct, pgUrlOption, round2, withBenchDatabase } from '../support.ts';

const opt = option;
const SUBMITS = Number(opt('submits', '300'));
const QUEUE_CASES = Number(opt('cases', '100000'));
const pgUrl = pgUrlOption();

const round = round2;
function summary(latencies: number[], totalMs: number) {
  return { n: latencies.length, perSecond: round((latencies.length / totalMs) * 1000), p50Ms: round(pct(latencies, 50)), p99Ms: round(pct(latencies, 99)) };
}

const withDatabase = <T>(kind: 'pglite' | 'postgres', fn: (db: Database) => Promise<T>): Promise<T> => withBenchDatabase(kind, pgUrl, 'yunju-bench-cases-', (database) => fn(database));

async function login(base: string, username: string) {
  const res = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: TEST_PASSWORD }) });
  if (!res.ok) throw new Error(`login ${username}: ${res.status}`);
  const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  return { cookie, csrf: ((await res.json()) as { csrfToken: string }).csrfToken };
}

async function benchOne(kind: 'pglite' | 'postgres') {
  return withDatabase(kind, async (database) => {
    const fixture: Fixture = await seedFixture(database.db);
    // An item without required materials, so that a submission is one request.
    const itemId = await createServiceItem(database.db, fixture, { materials: [], promisedDays: 5 });
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', YUNJU_WEB_DIST: '/nonexistent', YUNJU_BLOBS_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'yunju-bench-blobs-')) });
    const app = await buildApp({ config, database, logger: false });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address() as { port: number };
    const base = `http://127.0.0.1:${address.port}`;
    const enterprise = await login(base, 'enterprise');
    const submit = () =>
      fetch(`${base}/api/cases`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: enterprise.cookie, 'x-csrf-token': enterprise.csrf },
        body: JSON.stringify({ kind: 'item', itemId, description: '性能测试', conditionsConfirmed: true }),
      }).then(async (r) => {
        if (r.status !== 201 && r.status !== 200) throw new Error(`submit: ${r.status} ${await r.text()}`);
      });

    for (let i = 0; i < 20; i++) await submit(); // warm-up
    const apiLat: number[] = [];
    let t0 = performance.now();
    for (let i = 0; i < SUBMITS; i++) {
      const s = performance.now();
      await submit();
      apiLat.push(performance.now() - s);
    }
    const api = summary(apiLat, performance.now() - t0);

    // Baseline: the same case row, one INSERT through the same driver, no HTTP, no rules, no audit.
    const [template] = await database.db.select().from(t.cases).limit(1);
    const baseLat: number[] = [];
    t0 = performance.now();
    for (let i = 0; i < SUBMITS; i++) {
      const s = performance.now();
      await database.db.insert(t.cases).values({ ...template!, id: randomUUID(), number: `BENCH-${i}` });
      baseLat.push(performance.now() - s);
    }
    const baseline = summary(baseLat, performance.now() - t0);

    // Queue queries with QUEUE_CASES cases in the table (bulk-loaded with INSERT … SELECT).
    const have = Number((await database.query('SELECT count(*)::int AS n FROM cases'))[0]!.n);
    const statuses = ['submitted', 'accepted', 'in_progress', 'supplement_requested', 'resolved', 'rated', 'closed', 'closed', 'closed', 'closed'];
    const tBulk = performance.now();
    await database.db.execute(sql`
      INSERT INTO cases (tenant_id, number, kind, enterprise_id, item_id, item_version, title, description, channel, status,
        lead_department_id, submitted_by, submitted_on, submitted_at, promised_days, due_on, conditions_confirmed)
      SELECT ${fixture.tenantId}, 'BULK-' || g, 'item', CASE WHEN g % 2 = 0 THEN ${fixture.enterprises.a}::uuid ELSE ${fixture.enterprises.b}::uuid END,
        ${itemId}::uuid, 1, '批量办件 ' || g, '', 'online', (${sql.raw(`ARRAY[${statuses.map((s) => `'${s}'`).join(',')}]`)})[1 + g % 10],
        CASE WHEN g % 3 = 0 THEN ${fixture.departments.economy}::uuid ELSE ${fixture.departments.bureau}::uuid END,
        ${fixture.users.enterprise!.id}::uuid, DATE '2026-01-01' + (g % 330), TIMESTAMPTZ '2026-01-01' + (g % 330) * INTERVAL '1 day', 5,
        DATE '2026-01-08' + (g % 330), true
      FROM generate_series(1, ${Math.max(0, QUEUE_CASES - have)}) AS g`);
    await database.db.execute(sql`ANALYZE cases`);
    const bulkMs = performance.now() - tBulk;
    const officer = await login(base, 'officer');
    const get = async (url: string) => {
      const s = performance.now();
      const r = await fetch(`${base}${url}`, { headers: { cookie: officer.cookie } });
      if (!r.ok) throw new Error(`${url}: ${r.status} ${await r.text()}`);
      await r.arrayBuffer();
      return performance.now() - s;
    };
    const queries: Record<string, ReturnType<typeof summary>> = {};
    for (const url of ['/api/cases/queues', '/api/cases?queue=to_accept&pageSize=20', '/api/cases?queue=overdue&pageSize=20', '/api/cases?status=in_progress&page=50&pageSize=20']) {
      for (let i = 0; i < 3; i++) await get(url);
      const lat: number[] = [];
      const s = performance.now();
      for (let i = 0; i < 30; i++) lat.push(await get(url));
      queries[url] = summary(lat, performance.now() - s);
    }
    await app.close();
    return {
      database: kind,
      submit: { api, baselineInsert: baseline, latencyRatioP50: round(api.p50Ms / baseline.p50Ms), throughputRatio: round(baseline.perSecond / api.perSecond) },
      queues: { cases: QUEUE_CASES, bulkLoadSeconds: round(bulkMs / 1000), queries },
    };
  });
}

const results = [await benchOne('pglite')];
if (pgUrl) results.push(await benchOne('postgres'));
else console.error('PostgreSQL skipped: pass --pg URL or set BENCH_DATABASE_URL / TEST_DATABASE_URL');
console.log(JSON.stringify({ machine: machineLine(), submits: SUBMITS, results }, null, 2));
for (const r of results) {
  console.log(`${r.database}: submit p50 ${r.submit.api.p50Ms} ms vs bare INSERT ${r.submit.baselineInsert.p50Ms} ms → ratio ${r.submit.latencyRatioP50}× (throughput ${r.submit.api.perSecond}/s vs ${r.submit.baselineInsert.perSecond}/s)`);
}
