/**
 * Five coverages at county scale: 100k enterprises × 5 years of statistics on PostgreSQL.
 * Measures, through HTTP as the leader: the coverage dashboard (county, trend, by town, by
 * industry), the IUR fishbone and the uncovered list; the full recomputation of the coverage
 * flags; and the Excel import of 1,000 enterprises' statistics (first and idempotent re-import).
 * Baselines in the same run: `GET /api/auth/me` (the floor of any authenticated request) and a
 * bare `count(*)` over the same 500k statistics rows.
 * Usage: npx tsx bench/coverage/run.ts [--enterprises 100000] [--years 5] [--runs 30] [--pg postgres://…]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import ExcelJS from 'exceljs';
import { computeUsccCheckChar, statsImportHeaders, USCC_CHARSET } from '@yunju/contracts';
import { buildApp } from '../../apps/server/src/app.ts';
import { loadConfig } from '../../apps/server/src/config/config.ts';
import { openDatabase } from '../../apps/server/src/platform/db.ts';
import { refreshCoverage } from '../../apps/server/src/modules/enterprises/index.ts';
import { seedFixture, TEST_PASSWORD } from '../../apps/server/test/factories.ts';
import { createScratchPostgres, option, pct, pgUrlOption, round2 } from '../support.ts';

const opt = option;
const N = Number(opt('enterprises', '100000'));
const YEARS = Number(opt('years', '5'));
const RUNS = Number(opt('runs', '30'));
const pgUrl = pgUrlOption();
if (!pgUrl) throw new Error('PostgreSQL URL needed: --pg or BENCH_DATABASE_URL / TEST_DATABASE_URL');

const r2 = round2;
const FIRST_YEAR = 2025 - YEARS + 1;
const CLASSES = ['C3451', 'C3452', 'C3484', 'C1713', 'C1752', 'C2929', 'C3311', 'C3360', 'C3441', 'C3511', 'C3562', 'C3670', 'C3812', 'C3831', 'C3899', 'C3971', 'C3985', 'C4011', 'C2661', 'C2710'];

/** A valid credit code per index: the index in base 31 over the USCC character set. */
function codeOf(i: number): string {
  let body = '';
  for (let n = i, k = 0; k < 7; k++, n = Math.floor(n / 31)) body = USCC_CHARSET.charAt(n % 31) + body;
  const first17 = `91330699MB${body}`;
  return first17 + computeUsccCheckChar(first17);
}

async function main() {
  const scratch = await createScratchPostgres(pgUrl, 'yunju_bench_cov');
  const database = await openDatabase({ kind: 'postgres', url: scratch.url });
  const client = new pg.Client({ connectionString: scratch.url });
  const out: Record<string, unknown> = { enterprises: N, years: YEARS, runs: RUNS };
  try {
    await database.migrate();
    await client.connect();
    const fixture = await seedFixture(database.db);
    const tenantId = fixture.tenantId;

    // ── load: 20 towns, 20 manufacturing classes, N enterprises, N × YEARS statistics ──
    let t0 = performance.now();
    const towns = (await client.query(`insert into towns (tenant_id, code, name, kind) select $1, 'B' || lpad(g::text, 2, '0'), '测试镇' || g, 'town' from generate_series(1, 20) g returning id`, [tenantId])).rows.map((r: { id: string }) => r.id);
    await client.query(`insert into industries (code, name) select unnest($1::text[]), '测试行业' on conflict do nothing`, [CLASSES]);
    const codes = Array.from({ length: N }, (_, i) => codeOf(i));
    await client.query(
      `insert into enterprises (tenant_id, credit_code, name, town_id, industry_code, size, is_above_scale, address, rd_institution_level, rd_institution_name, rd_institution_since)
       select $1, c, '测试企业' || n, ($2::uuid[])[1 + n % 20], ($3::text[])[1 + n % ${CLASSES.length}], 'small', true, '测试地址',
              case when n % 40 = 0 then 'none' else 'county' end, case when n % 40 = 0 then null else '研发中心' end, ${FIRST_YEAR} + n % ${YEARS}
       from unnest($4::text[]) with ordinality as u(c, n)`,
      [tenantId, towns, CLASSES, codes],
    );
    await client.query(
      `insert into enterprise_yearly_stats (tenant_id, enterprise_id, year, revenue_fen, rd_spending_fen, employees, high_tech_revenue_fen, rd_staff, tech_staff, invention_applied, utility_granted, valid_invention_patents)
       select e.tenant_id, e.id, y, ((1500 + random() * 60000)::bigint) * 1000000, case when random() < 0.05 then 0 else ((20 + random() * 800)::bigint) * 1000000 end,
              (50 + random() * 800)::int, ((random() * 20000)::bigint) * 1000000, (random() * 60)::int, (random() * 80)::int,
              case when random() < 0.3 then 0 else (random() * 4)::int end, case when random() < 0.2 then 0 else (random() * 6)::int end, (random() * 5)::int
       from enterprises e cross join generate_series(${FIRST_YEAR}, 2025) y where e.tenant_id = $1`,
      [tenantId],
    );
    await client.query(
      `insert into enterprise_cooperations (tenant_id, enterprise_id, partner, partner_kind, project, start_year, end_year)
       select tenant_id, id, '测试大学', 'university', '合作项目', ${FIRST_YEAR} + (abs(hashtext(id::text)) % ${YEARS}), 2026 from enterprises where tenant_id = $1 and random() < 0.65`,
      [tenantId],
    );
    await client.query(
      `insert into enterprise_qualifications (tenant_id, enterprise_id, kind, level, certificate_no, issued_on, expires_on)
       select tenant_id, id, 'high_tech', 'national', 'GR' || id, make_date(${FIRST_YEAR} + (abs(hashtext(id::text)) % ${YEARS}), 11, 1), make_date(${FIRST_YEAR} + (abs(hashtext(id::text)) % ${YEARS}) + 3, 10, 31)
       from enterprises where tenant_id = $1 and random() < 0.4`,
      [tenantId],
    );
    out.loadSeconds = r2((performance.now() - t0) / 1000);

    t0 = performance.now();
    await database.db.transaction((tx) => refreshCoverage(tx, tenantId, null));
    out.refreshAllSeconds = r2((performance.now() - t0) / 1000);
    // causes for half the IUR-uncovered enterprises of 2025, across the six default categories
    await client.query(
      `insert into coverage_causes (tenant_id, enterprise_id, flag, year, category, cause_code)
       select tenant_id, enterprise_id, 'iur', 2025, (array['talent','funding','awareness','technology','policy','service'])[1 + abs(hashtext(enterprise_id::text)) % 6], (array['talent','funding','awareness','technology','policy','service'])[1 + abs(hashtext(enterprise_id::text)) % 6]
       from enterprise_coverage where tenant_id = $1 and year = 2025 and not iur and random() < 0.5`,
      [tenantId],
    );
    await client.query('analyze');
    const counts = (await client.query(`select (select count(*) from enterprise_yearly_stats)::int as stats, (select count(*) from enterprise_coverage)::int as coverage_rows, (select count(*) from coverage_causes)::int as causes`)).rows[0];
    Object.assign(out, counts);

    // ── HTTP ──
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', YUNJU_WEB_DIST: '/nonexistent', YUNJU_BLOBS_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'yunju-bench-blobs-')) });
    const app = await buildApp({ config, database, logger: false });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
    const login = async (username: string) => {
      const res = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: TEST_PASSWORD }) });
      return { cookie: res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; '), csrf: ((await res.json()) as { csrfToken: string }).csrfToken };
    };
    const leader = await login('leader');
    const time = async (label: string, urlPath: string) => {
      const xs: number[] = [];
      for (let i = 0; i < RUNS + 3; i++) {
        const s = performance.now();
        const res = await fetch(base + urlPath, { headers: { cookie: leader.cookie } });
        if (!res.ok) throw new Error(`${urlPath}: ${res.status} ${await res.text()}`);
        await res.arrayBuffer();
        if (i >= 3) xs.push(performance.now() - s);
      }
      out[label] = { p50Ms: r2(pct(xs, 50)), p99Ms: r2(pct(xs, 99)), maxMs: r2(Math.max(...xs)) };
    };
    await time('baseline: GET /api/auth/me', '/api/auth/me');
    const xs: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const s = performance.now();
      await client.query(`select count(*) from enterprise_yearly_stats where tenant_id = $1`, [tenantId]);
      xs.push(performance.now() - s);
    }
    out['baseline: SQL count(*) over the statistics rows'] = { p50Ms: r2(pct(xs, 50)), p99Ms: r2(pct(xs, 99)) };
    await time('GET /api/coverage/dashboard (latest year)', '/api/coverage/dashboard');
    await time('GET /api/coverage/dashboard?year=2023&industry=C34', '/api/coverage/dashboard?year=2023&industry=C34');
    await time('GET /api/coverage/fishbone?flag=iur', '/api/coverage/fishbone?flag=iur');
    await time('GET /api/coverage/uncovered?flag=iur&page=20', '/api/coverage/uncovered?flag=iur&page=20');
    await time('GET /api/coverage/fishbone/enterprises?flag=iur&cause=talent', '/api/coverage/fishbone/enterprises?flag=iur&cause=talent');

    // ── import of 1,000 enterprises' statistics for 2026 (first, then the same file again) ──
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('年度统计');
    ws.addRow([...statsImportHeaders]);
    for (let i = 0; i < 1000; i++) ws.addRow([codes[i * 97]!, 2026, 3000 + i, 90 + (i % 50), 1000, 0, 200, 20, 25, 1, 0, 2, 1, 3]);
    const file = Buffer.from(await wb.xlsx.writeBuffer());
    const officer = await login('officer');
    const upload = async () => {
      const form = new FormData();
      form.append('file', new Blob([file]), 'stats.xlsx');
      const s = performance.now();
      const res = await fetch(`${base}/api/enterprises/stats/import`, { method: 'POST', headers: { cookie: officer.cookie, 'x-csrf-token': officer.csrf }, body: form });
      const body = (await res.json()) as { committed: boolean; created: number; unchanged: number };
      return { ms: r2(performance.now() - s), status: res.status, committed: body.committed, created: body.created, unchanged: body.unchanged };
    };
    out['import 1,000 rows (first)'] = await upload();
    out['import 1,000 rows (again, idempotent)'] = await upload();
    await app.close();
  } finally {
    await client.end().catch(() => undefined);
    await database.close();
    await scratch.drop();
  }
  const pgVersion = (await (async () => {
    const c = new pg.Client({ connectionString: pgUrl });
    await c.connect();
    const v = (await c.query('show server_version')).rows[0].server_version as string;
    await c.end();
    return v;
  })());
  console.log(JSON.stringify({ machine: { cpus: os.cpus().length, memGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version, postgres: pgVersion, load: os.loadavg().map(r2) }, ...out }, null, 2));
}

await main();
