/**
 * Times every SQL statement of one `POST /api/cases` (through HTTP, after a warm-up), on PGlite and
 * on PostgreSQL: which statements a submission runs, in what order, and how long each takes.
 * Usage: npx tsx bench/cases/profile-submit.ts [--runs 20] [--pg postgres://…]
 * Prints, per statement position, the median time over the runs and the SQL (first 110 chars), and
 * the p50 of GET /api/auth/me as the floor of any authenticated request. Statements run with
 * Promise.all are queued on PGlite (one connection): their times include the wait.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { buildApp } from '../../apps/server/src/app.ts';
import { loadConfig } from '../../apps/server/src/config/config.ts';
import { openDatabase, type Database } from '../../apps/server/src/platform/db.ts';
import { createServiceItem, seedFixture, TEST_PASSWORD } from '../../apps/server/test/factories.ts';
import { createScratchPostgres, option, pgUrlOption } from '../support.ts';

const opt = option;
const RUNS = Number(opt('runs', '20'));
const pgUrl = pgUrlOption();

/** The statements of the request being recorded (null: not recording). */
let trace: { sql: string; ms: number }[] | null = null;
const record = async <T>(text: unknown, run: () => Promise<T>): Promise<T> => {
  const s = performance.now();
  try {
    return await run();
  } finally {
    trace?.push({ sql: String(typeof text === 'object' && text && 'text' in text ? (text as { text: string }).text : text), ms: performance.now() - s });
  }
};

function instrumentPglite(client: PGlite): void {
  const query = client.query.bind(client);
  client.query = ((q: string, p?: unknown[], o?: object) => record(q, () => query(q, p, o))) as PGlite['query'];
  const transaction = client.transaction.bind(client);
  client.transaction = (<T>(fn: (tx: Parameters<Parameters<PGlite['transaction']>[0]>[0]) => Promise<T>) =>
    record('BEGIN … COMMIT (whole transaction)', () =>
      transaction((tx) => {
        const txQuery = tx.query.bind(tx);
        tx.query = ((q: string, p?: unknown[], o?: object) => record(q, () => txQuery(q, p, o))) as typeof tx.query;
        return fn(tx);
      }),
    )) as PGlite['transaction'];
}

function instrumentPg(): void {
  const query = pg.Client.prototype.query as (...a: unknown[]) => unknown;
  pg.Client.prototype.query = function (this: pg.Client, ...a: unknown[]) {
    const cb = a.at(-1);
    if (typeof cb === 'function' && trace) {
      // pg.Pool#query passes a callback: time until it is called.
      const s = performance.now();
      const t = trace;
      const text = a[0];
      a[a.length - 1] = (...r: unknown[]) => {
        t.push({ sql: String(typeof text === 'object' && text && 'text' in text ? (text as { text: string }).text : text), ms: performance.now() - s });
        return (cb as (...x: unknown[]) => unknown)(...r);
      };
    }
    const result = query.apply(this, a);
    if (result && typeof (result as Promise<unknown>).then === 'function') return record(a[0], () => result as Promise<unknown>);
    return result;
  } as typeof pg.Client.prototype.query;
}

async function open(kind: 'pglite' | 'postgres'): Promise<{ database: Database; cleanup: () => Promise<void> }> {
  if (kind === 'pglite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yunju-profile-'));
    const client = await PGlite.create({ dataDir: dir });
    instrumentPglite(client);
    const database = await openDatabase({ kind: 'pglite', client });
    return { database, cleanup: async () => (await client.close(), fs.rmSync(dir, { recursive: true, force: true })) };
  }
  instrumentPg();
  const scratch = await createScratchPostgres(pgUrl, 'yunju_profile');
  const database = await openDatabase({ kind: 'postgres', url: scratch.url });
  return {
    database,
    cleanup: async () => {
      await database.close();
      await scratch.drop();
    },
  };
}

async function profile(kind: 'pglite' | 'postgres') {
  const { database, cleanup } = await open(kind);
  try {
    await database.migrate();
    const fixture = await seedFixture(database.db);
    const itemId = await createServiceItem(database.db, fixture, { materials: [], promisedDays: 5 });
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', YUNJU_WEB_DIST: '/nonexistent', YUNJU_BLOBS_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'yunju-profile-blobs-')) });
    const app = await buildApp({ config, database, logger: false });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
    const res = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'enterprise', password: TEST_PASSWORD }) });
    const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    const csrf = ((await res.json()) as { csrfToken: string }).csrfToken;
    const submit = async () => {
      const r = await fetch(`${base}/api/cases`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrf },
        body: JSON.stringify({ kind: 'item', itemId, description: '性能测试', conditionsConfirmed: true }),
      });
      if (r.status !== 201 && r.status !== 200) throw new Error(`submit: ${r.status} ${await r.text()}`);
      await r.arrayBuffer();
    };
    for (let i = 0; i < 10; i++) await submit();
    const runs: { total: number; statements: { sql: string; ms: number }[] }[] = [];
    for (let i = 0; i < RUNS; i++) {
      trace = [];
      const s = performance.now();
      await submit();
      runs.push({ total: performance.now() - s, statements: trace });
      trace = null;
    }
    // The floor of any authenticated request on this app: session + user lookup, HTTP, JSON.
    const floor: number[] = [];
    for (let i = 0; i < RUNS + 5; i++) {
      const s = performance.now();
      const r = await fetch(`${base}/api/auth/me`, { headers: { cookie } });
      await r.arrayBuffer();
      if (i >= 5) floor.push(performance.now() - s);
    }
    await app.close();
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
    const first = runs[0]!.statements;
    console.log(`\n${kind}: ${first.length} statements per submission; request p50 ${median(runs.map((r) => r.total)).toFixed(1)} ms`);
    let sum = 0;
    first.forEach((st, i) => {
      const ms = median(runs.map((r) => r.statements[i]?.ms ?? 0));
      if (!st.sql.startsWith('BEGIN …')) sum += ms;
      console.log(`${String(i + 1).padStart(3)} ${ms.toFixed(2).padStart(7)} ms  ${st.sql.replace(/\s+/g, ' ').slice(0, 110)}`);
    });
    console.log(`    ${sum.toFixed(1).padStart(7)} ms  sum of statements (transaction wrapper excluded)`);
    console.log(`    ${median(floor).toFixed(1).padStart(7)} ms  GET /api/auth/me p50 (HTTP + session lookup: the floor of any request)`);
  } finally {
    await cleanup();
  }
}

await profile('pglite');
if (pgUrl) await profile('postgres');
