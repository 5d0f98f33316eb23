/**
 * Crash test of the safe-box log (`npm run test:crash`, not part of `npm test`).
 *
 * Each run: start the server, drive a deposit load with concurrent HTTP clients, kill -9 the
 * server at a random moment (0.2–2.5 s into the load), restart it, then check that
 *  1. every acknowledged deposit (201 with id and index) is stored with that index;
 *  2. the log integrates them: a checkpoint covers the largest acknowledged index, and a receipt
 *     of a sampled acknowledged deposit verifies offline;
 *  3. every checkpoint observed during the run (and the first one of the run) is consistent with
 *     the latest (RFC 9162 consistency proof from the public API, verified offline).
 * Every 10 runs and at the end, `yunju log audit` re-derives the tree from every tile and checks
 * every stored checkpoint.
 *
 * usage: npm run test:crash --  [--runs 100] [--clients 32] [--db postgres://…/yunju_crash | --pglite]
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { decodeBase64, openCheckpoint, parseVerifierKey, verifyConsistency, verifyReceipt, type Checkpoint } from '@yunju/tlog';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '100' },
    clients: { type: 'string', default: '32' },
    db: { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/yunju_crash' },
    pglite: { type: 'boolean', default: false },
    port: { type: 'string', default: String(40000 + Math.floor(Math.random() * 10000)) },
    keep: { type: 'boolean', default: false },
  },
});
const runs = Number(values.runs);
const clients = Number(values.clients);
const port = Number(values.port);
const root = path.resolve(import.meta.dirname, '../..');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yunju-crash-'));
const usePg = !values.pglite;
const env: NodeJS.ProcessEnv = {
  ...process.env,
  PORT: String(port),
  HOST: '127.0.0.1',
  YUNJU_DATA_DIR: dataDir,
  YUNJU_WEB_DIST: '/nonexistent',
  LOG_LEVEL: 'warn',
  NODE_ENV: 'development',
  ...(usePg ? { DATABASE_URL: values.db } : {}),
};
if (!usePg) delete env.DATABASE_URL;

const agent = new http.Agent({ keepAlive: true, maxSockets: clients + 8 });
function request(method: string, p: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const data = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
    const req = http.request({ host: '127.0.0.1', port, method, path: p, agent, headers: { ...headers, ...(data ? { 'content-type': 'application/json', 'content-length': String(data.length) } : {}) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString() }));
      res.on('error', reject);
    });
    req.on('error', reject);
    if (data) req.write(data);
    req.end();
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function startServer(): Promise<ChildProcess> {
  const child = spawn(process.execPath, [path.join(root, 'apps/server/bin/yunju.js'), 'serve'], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  child.stderr?.on('data', (d: Buffer) => (err = (err + d.toString()).slice(-4000)));
  const until = Date.now() + 180_000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`server exited ${child.exitCode}: ${err}`);
    try {
      if ((await request('GET', '/api/health')).status === 200) return child;
    } catch {
      /* not yet */
    }
    await sleep(100);
  }
  throw new Error(`server did not start: ${err}`);
}

async function kill9(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGKILL');
  await exited;
}

async function login(): Promise<Record<string, string>> {
  const r = await request('POST', '/api/auth/login', { username: 'enterprise', password: 'Yunju@2026' });
  if (r.status !== 200) throw new Error(`login ${r.status} ${r.body}`);
  const cookie = (r.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]).join('; ');
  return { cookie, 'x-csrf-token': (JSON.parse(r.body) as { csrfToken: string }).csrfToken };
}

interface Ack {
  id: string;
  index: number;
  sha256: string;
  salt: string;
}

function parseCp(note: string, key: string): Checkpoint {
  const v = parseVerifierKey(key);
  return openCheckpoint(note, { origin: v.name, logVerifiers: [v] }).checkpoint;
}

function audit(): { ok: boolean; out: string } {
  const r = spawnSync(process.execPath, [path.join(root, 'apps/server/bin/yunju.js'), 'log', 'audit'], { env, encoding: 'utf8' });
  return { ok: r.status === 0, out: `${r.stdout}${r.stderr}`.trim().split('\n').filter((l) => !l.includes('Deprecation') && !l.includes('trace-warnings')).join(' | ') };
}

async function main(): Promise<void> {
  if (usePg) {
    const u = new URL(values.db);
    const name = u.pathname.slice(1);
    u.pathname = '/postgres';
    const admin = new pg.Client({ connectionString: u.toString() });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
  }
  const dbClient = usePg ? new pg.Client({ connectionString: values.db }) : undefined;
  console.log(`crash test: ${runs} runs, ${clients} clients, ${usePg ? values.db : 'PGlite'} (data ${dataDir})`);
  let server = await startServer(); // first start migrates and seeds the demo county
  const key = (await request('GET', '/api/safebox/log/key')).body.trim();
  await dbClient?.connect();
  const allAcks: Ack[] = [];
  const summary = { runs: 0, acknowledged: 0, lost: 0, wrongIndex: 0, inconsistent: 0, receiptsVerified: 0, audits: 0, auditFailures: 0, killedAfterMs: [] as number[] };
  for (let run = 1; run <= runs; run++) {
    const auth = await login();
    const firstCp = parseCp((await request('GET', '/api/safebox/log/checkpoint')).body, key);
    const seen: Checkpoint[] = [firstCp];
    const acks: Ack[] = [];
    let stop = false;
    const worker = async () => {
      while (!stop) {
        const sha256 = randomBytes(32).toString('hex');
        const salt = randomBytes(32).toString('hex');
        try {
          const r = await request('POST', '/api/safebox/deposits', { sha256, salt, title: `crash ${run}` }, auth);
          if (r.status === 201) {
            const { id, index } = JSON.parse(r.body) as { id: string; index: number };
            acks.push({ id, index, sha256, salt });
          }
        } catch {
          return; // the server is gone
        }
      }
    };
    const poll = async () => {
      while (!stop) {
        try {
          const r = await request('GET', '/api/safebox/log/checkpoint');
          if (r.status === 200) seen.push(parseCp(r.body, key));
        } catch {
          return;
        }
        await sleep(50);
      }
    };
    const killAfter = 200 + Math.floor(Math.random() * 2300);
    const load = [...Array.from({ length: clients }, worker), poll()];
    await sleep(killAfter);
    await kill9(server);
    stop = true;
    await Promise.all(load);
    summary.killedAfterMs.push(killAfter);

    server = await startServer();
    // 1. every acknowledged deposit is stored with its index.
    if (dbClient && acks.length > 0) {
      const rows = (await dbClient.query<{ id: string; idx: string }>('SELECT id, idx FROM safebox_deposits WHERE id = ANY($1::uuid[])', [acks.map((a) => a.id)])).rows;
      const byId = new Map(rows.map((r) => [r.id, Number(r.idx)]));
      for (const a of acks) {
        const idx = byId.get(a.id);
        if (idx === undefined) summary.lost++;
        else if (idx !== a.index) summary.wrongIndex++;
      }
    } else if (acks.length > 0) {
      const a2 = await login();
      for (const a of acks) {
        const r = await request('GET', `/api/safebox/deposits/${a.id}`, undefined, a2);
        if (r.status !== 200) summary.lost++;
        else if ((JSON.parse(r.body) as { index: number }).index !== a.index) summary.wrongIndex++;
      }
    }
    // 2. integrated after restart; a sampled receipt verifies offline.
    const maxIndex = acks.reduce((m, a) => Math.max(m, a.index), -1);
    let latest = parseCp((await request('GET', '/api/safebox/log/checkpoint')).body, key);
    const until = Date.now() + 15_000;
    while (latest.size <= maxIndex && Date.now() < until) {
      await sleep(100);
      latest = parseCp((await request('GET', '/api/safebox/log/checkpoint')).body, key);
    }
    if (latest.size <= maxIndex) summary.lost++;
    if (acks.length > 0) {
      const a = acks[Math.floor(Math.random() * acks.length)] as Ack;
      const r = await request('GET', `/api/safebox/deposits/${a.id}/receipt`, undefined, await login());
      try {
        verifyReceipt({ receipt: r.body, logKey: key, sha256: a.sha256, salt: a.salt });
        summary.receiptsVerified++;
      } catch (e) {
        console.log(`  run ${run}: receipt of ${a.index} does not verify: ${String(e)}`);
        summary.lost++;
      }
    }
    // 3. every observed checkpoint is consistent with the latest.
    for (const cp of seen) {
      if (cp.size > latest.size) {
        summary.inconsistent++;
        continue;
      }
      const proof = (JSON.parse((await request('GET', `/api/safebox/log/proof/consistency?from=${cp.size}&to=${latest.size}`)).body) as { proof: string[] }).proof.map((p) => decodeBase64(p) as Uint8Array);
      if (!verifyConsistency(cp.size, latest.size, proof, cp.rootHash, latest.rootHash)) summary.inconsistent++;
    }
    summary.runs++;
    summary.acknowledged += acks.length;
    allAcks.push(...acks);
    console.log(`run ${run}: killed after ${killAfter} ms, ${acks.length} acknowledged, log size ${latest.size}, ${seen.length} checkpoints checked; totals lost=${summary.lost} wrongIndex=${summary.wrongIndex} inconsistent=${summary.inconsistent}`);
    if (run % 10 === 0 || run === runs) {
      if (usePg || run === runs) {
        if (!usePg) await kill9(server);
        const a = audit();
        summary.audits++;
        if (!a.ok) summary.auditFailures++;
        console.log(`  yunju log audit: ${a.ok ? 'OK' : 'FAILED'} — ${a.out}`);
        if (!usePg && run !== runs) server = await startServer();
      }
    }
  }
  await kill9(server);
  await dbClient?.end();
  agent.destroy();
  const ok = summary.lost === 0 && summary.wrongIndex === 0 && summary.inconsistent === 0 && summary.auditFailures === 0;
  const { killedAfterMs, ...rest } = summary;
  console.log(JSON.stringify({ ok, ...rest, killedAfterMs: { min: Math.min(...killedAfterMs), max: Math.max(...killedAfterMs) } }));
  if (!values.keep) fs.rmSync(dataDir, { recursive: true, force: true });
  process.exitCode = ok ? 0 : 1;
}

await main();
