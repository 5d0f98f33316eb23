/**
 * Safe-box log bench: durable deposits/s with concurrent HTTP clients (a separate load process,
 * bench/tlog/load.mjs) against a baseline of the same number of single-row durable INSERTs through
 * the same driver with the same concurrency; submit-to-checkpoint p50/p99; receipt size; offline
 * verification time per receipt. On PGlite and on PostgreSQL.
 * Usage: npx tsx bench/tlog/run.ts [--clients 64] [--seconds 10] [--pg postgres://…] [--only pglite|postgres]
 */
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { randomBytes, randomUUID, verify as edVerify } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { parseNote, parseVerifierKeyFields, verifyReceipt } from '@yunju/tlog';
import { buildApp } from '../../apps/server/src/app.ts';
import { loadConfig } from '../../apps/server/src/config/config.ts';
import type { Database } from '../../apps/server/src/platform/db.ts';
import { seedFixture, TEST_PASSWORD } from '../../apps/server/test/factories.ts';
import { safeboxLogFor } from '../../apps/server/src/modules/safebox/safebox-log.ts';
import { machineLine, option, pgUrlOption, round2, withBenchDatabase } from '../support.ts';

const opt = option;
const CLIENTS = Number(opt('clients', '64'));
const SECONDS = Number(opt('seconds', '10'));
const ONLY = opt('only', '');
/** Files per request in the second load phase (POST /api/safebox/deposits/batch). */
const BATCH = Number(opt('batch', '20'));
const pgUrl = pgUrlOption('postgres://postgres@127.0.0.1:5432/test');
const round = round2;

const withDatabase = <T>(kind: 'pglite' | 'postgres', fn: (db: Database, dataDir: string) => Promise<T>): Promise<T> => withBenchDatabase(kind, pgUrl, 'yunju-bench-tlog-', fn);

function runLoad(base: string, batch: number): Promise<{ acknowledged: number; depositsPerSecond: number; errors: number; requestMs: { p50: number; p99: number }; submitToCheckpointMs: { p50: number; p99: number; measured: number } }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(import.meta.dirname, 'load.mjs'), '--url', base, '--clients', String(CLIENTS), '--seconds', String(SECONDS), '--password', TEST_PASSWORD, '--batch', String(batch)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').at(-1)!)) : reject(new Error(`load exited ${code}: ${out}`))));
  });
}

/** Baseline: n single-row INSERT statements, each its own durable (autocommit) transaction, `concurrency` at a time, same driver. */
async function baselineInserts(database: Database, n: number, concurrency: number): Promise<{ n: number; perSecond: number }> {
  await database.db.execute(sql`CREATE TABLE IF NOT EXISTS bench_baseline (id uuid PRIMARY KEY, payload bytea NOT NULL, at timestamptz NOT NULL DEFAULT now())`);
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < n) {
        next++;
        await database.db.execute(sql`INSERT INTO bench_baseline (id, payload) VALUES (${randomUUID()}, ${randomBytes(180)})`);
      }
    }),
  );
  const ms = performance.now() - t0;
  return { n, perSecond: Math.round((n / ms) * 1000) };
}

async function benchOne(kind: 'pglite' | 'postgres') {
  return withDatabase(kind, async (database, dataDir) => {
    await seedFixture(database.db);
    process.env.YUNJU_SAFEBOX_AUTO_SEQUENCE = 'true';
    const config = loadConfig({ NODE_ENV: 'development', LOG_LEVEL: 'silent', YUNJU_WEB_DIST: '/nonexistent', YUNJU_DATA_DIR: dataDir });
    const app = await buildApp({ config, database, logger: false });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
    safeboxLogFor(database, config).ensureSequencer();
    const load = await runLoad(base, 1);
    const batched = await runLoad(base, BATCH);
    // Receipts: size and offline verification time.
    const login = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'enterprise', password: TEST_PASSWORD }) });
    const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    const list = (await (await fetch(`${base}/api/safebox/deposits?pageSize=200`, { headers: { cookie } })).json()) as { items: { id: string; sha256: string }[] };
    const key = (await (await fetch(`${base}/api/safebox/log/key`)).text()).trim();
    const receipts: { receipt: string; sha256: string; salt: string }[] = [];
    for (const d of list.items.slice(0, 100)) {
      const detail = (await (await fetch(`${base}/api/safebox/deposits/${d.id}`, { headers: { cookie } })).json()) as { salt: string };
      const r = await fetch(`${base}/api/safebox/deposits/${d.id}/receipt`, { headers: { cookie } });
      if (r.status === 200) receipts.push({ receipt: await r.text(), sha256: d.sha256, salt: detail.salt });
    }
    await app.close();
    const sizes = receipts.map((r) => Buffer.byteLength(r.receipt));
    const checkpointBytes = receipts.map((r) => Buffer.byteLength(r.receipt.slice(r.receipt.indexOf('\n\n') + 2)));
    const reps = 20;
    let t0 = performance.now();
    for (let i = 0; i < reps; i++) for (const r of receipts) verifyReceipt({ receipt: r.receipt, logKey: key, sha256: r.sha256, salt: r.salt });
    const verifyUs = ((performance.now() - t0) * 1000) / (reps * receipts.length);
    // Verification baseline: the bare Ed25519 check of the same checkpoints' signatures.
    const vk = parseVerifierKeyFields(key);
    const pub = { key: Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), vk.publicKey]), format: 'der' as const, type: 'spki' as const };
    const notes = receipts.map((r) => parseNote(r.receipt.slice(r.receipt.indexOf('\n\n') + 2)));
    t0 = performance.now();
    for (let i = 0; i < reps; i++) for (const n of notes) edVerify(null, n.textBytes, pub, n.signatures[0]!.signature);
    const edUs = ((performance.now() - t0) * 1000) / (reps * notes.length);
    const baseline = await baselineInserts(database, load.acknowledged, Math.min(CLIENTS, kind === 'postgres' ? 10 : CLIENTS));
    const treeSize = Number((await database.query('SELECT size FROM safebox_log_head'))[0]?.size ?? 0);
    return {
      kind,
      clients: CLIENTS,
      seconds: SECONDS,
      deposits: { acknowledged: load.acknowledged, perSecond: load.depositsPerSecond, errors: load.errors, requestP50Ms: load.requestMs.p50, requestP99Ms: load.requestMs.p99 },
      batchRequests: { filesPerRequest: BATCH, acknowledged: batched.acknowledged, perSecond: batched.depositsPerSecond, errors: batched.errors, requestP50Ms: batched.requestMs.p50, submitToCheckpointP50Ms: batched.submitToCheckpointMs.p50, submitToCheckpointP99Ms: batched.submitToCheckpointMs.p99 },
      baselineSingleRowInserts: baseline,
      submitToCheckpointMs: load.submitToCheckpointMs,
      receiptBytes: { treeSize, mean: Math.round(sizes.reduce((a, b) => a + b, 0) / Math.max(1, sizes.length)), max: Math.max(...sizes), signedCheckpointAloneMean: Math.round(checkpointBytes.reduce((a, b) => a + b, 0) / Math.max(1, checkpointBytes.length)) },
      offlineVerifyUsPerReceipt: { receipt: round(verifyUs), baselineEd25519CheckpointSignatureOnly: round(edUs), receipts: receipts.length },
    };
  });
}

const loadavg = os.loadavg().map((x) => x.toFixed(1)).join(' ');
console.log(JSON.stringify({ machine: machineLine(), loadavgAtStart: loadavg }));
for (const kind of ['pglite', 'postgres'] as const) {
  if (ONLY && ONLY !== kind) continue;
  console.log(JSON.stringify(await benchOne(kind)));
}
console.log(JSON.stringify({ loadavgAtEnd: os.loadavg().map((x) => x.toFixed(1)).join(' ') }));
