#!/usr/bin/env node
// Deposit load generator: C concurrent HTTP clients (keep-alive), each a signed-in enterprise
// session, POST /api/safebox/deposits for D seconds. Prints acknowledged deposits/s, request latency,
// and submit-to-checkpoint latency (a poller reads /api/safebox/log/checkpoint every 20 ms).
// usage: node bench/tlog/load.mjs --url http://127.0.0.1:3000 [--clients 64] [--seconds 10] [--acks FILE] [--user enterprise]
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://127.0.0.1:3000' },
    clients: { type: 'string', default: '64' },
    seconds: { type: 'string', default: '10' },
    acks: { type: 'string' },
    user: { type: 'string', default: 'enterprise' },
    password: { type: 'string', default: 'Yunju@2026' },
    quiet: { type: 'boolean', default: false },
    batch: { type: 'string', default: '1' },
  },
});
const base = new URL(values.url);
const clients = Number(values.clients);
const seconds = Number(values.seconds);
// --batch N > 1: each request is POST /api/safebox/deposits/batch with N files.
const batch = Number(values.batch);
const agent = new http.Agent({ keepAlive: true, maxSockets: clients + 4 });

function request(method, path, body, headers = {}) {
  return new Promise((resolve, reject) => {
    const data = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
    const req = http.request(
      { host: base.hostname, port: base.port, method, path, agent, headers: { ...headers, ...(data ? { 'content-type': 'application/json', 'content-length': data.length } : {}) } },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks).toString() }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    if (data) req.write(data);
    req.end();
  });
}

const login = await request('POST', '/api/auth/login', { username: values.user, password: values.password });
if (login.status !== 200) throw new Error(`login: ${login.status} ${login.body}`);
const cookie = login.headers['set-cookie'].map((c) => c.split(';')[0]).join('; ');
const auth = { cookie, 'x-csrf-token': JSON.parse(login.body).csrfToken };

const acks = []; // [index, sha256, salt, id, submittedAtMs, ackedAtMs]
const reqLatency = [];
let errors = 0;
let stop = false;
const ackStream = values.acks ? fs.createWriteStream(values.acks, { flags: 'a' }) : undefined;

async function client() {
  while (!stop) {
    const items = Array.from({ length: batch }, () => ({ sha256: randomBytes(32).toString('hex'), salt: randomBytes(32).toString('hex'), title: 'bench' }));
    const t0 = performance.now();
    try {
      const r = batch === 1 ? await request('POST', '/api/safebox/deposits', items[0], auth) : await request('POST', '/api/safebox/deposits/batch', { items }, auth);
      const t1 = performance.now();
      if (r.status === 201) {
        const body = JSON.parse(r.body);
        const created = batch === 1 ? [body] : body.items;
        created.forEach(({ id, index }, i) => {
          acks.push([index, items[i].sha256, items[i].salt, id, t0, t1]);
          // Written only after the 201: every line is an acknowledged deposit.
          ackStream?.write(`${index} ${id} ${items[i].sha256} ${items[i].salt}\n`);
        });
        reqLatency.push(t1 - t0);
      } else errors++;
    } catch {
      errors++;
      if (stop) break;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

// Checkpoint poller: first time each size is seen.
const seen = []; // [size, atMs]
let polling = true;
async function poller() {
  let last = -1;
  while (polling) {
    try {
      const r = await request('GET', '/api/safebox/log/checkpoint');
      if (r.status === 200) {
        const size = Number(r.body.split('\n')[1]);
        if (size > last) {
          seen.push([size, performance.now()]);
          last = size;
        }
      }
    } catch {
      /* server gone (crash test) */
    }
    await new Promise((r) => setTimeout(r, 20));
  }
}

const pct = (xs, p) => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};

const started = performance.now();
const pollDone = poller();
const workers = Array.from({ length: clients }, client);
await new Promise((r) => setTimeout(r, seconds * 1000));
stop = true;
await Promise.all(workers);
const elapsed = (performance.now() - started) / 1000;
// Wait until the last acknowledged index is in a checkpoint (or 5 s).
const maxIndex = acks.reduce((m, a) => Math.max(m, a[0]), -1);
const waitUntil = performance.now() + 5000;
while (performance.now() < waitUntil && (seen.at(-1)?.[0] ?? 0) <= maxIndex) await new Promise((r) => setTimeout(r, 20));
polling = false;
await pollDone;
ackStream?.end();

const toCheckpoint = [];
for (const a of acks) {
  const s = seen.find(([size]) => size > a[0]);
  if (s) toCheckpoint.push(s[1] - a[4]);
}
const result = {
  clients,
  batch,
  seconds: Number(elapsed.toFixed(2)),
  acknowledged: acks.length,
  errors,
  depositsPerSecond: Math.round(acks.length / elapsed),
  requestMs: { p50: Number(pct(reqLatency, 50)?.toFixed(1)), p99: Number(pct(reqLatency, 99)?.toFixed(1)) },
  submitToCheckpointMs: { p50: Number(pct(toCheckpoint, 50)?.toFixed(0)), p99: Number(pct(toCheckpoint, 99)?.toFixed(0)), measured: toCheckpoint.length },
};
if (!values.quiet) console.log(JSON.stringify(result));
agent.destroy();
