#!/usr/bin/env node
// Measures `yunju serve` start-up: first start on an empty embedded database (migrate + seed the
// demo county) against the baseline of a second start on the same, already seeded data directory.
// Usage: node bench/startup/measure.mjs [runs=3]
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const runs = Number(process.argv[2] ?? 3);

const freePort = () =>
  new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

async function startOnce(dataDir) {
  const port = await freePort();
  const t0 = performance.now();
  const env = { ...process.env };
  delete env.DATABASE_URL; // always the embedded database
  const child = spawn(process.execPath, [path.join(root, 'apps/server/bin/yunju.js'), 'serve'], {
    cwd: root,
    env: { ...env, PORT: String(port), HOST: '127.0.0.1', YUNJU_DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null) throw new Error(out);
    await new Promise((r) => setTimeout(r, 100));
  }
  const ms = performance.now() - t0;
  const seeded = /demo county seeded in ([\d.]+) s/.exec(out);
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  return { healthyMs: Math.round(ms), seedMs: seeded ? Math.round(Number(seeded[1]) * 1000) : null, rssNote: undefined };
}

const results = [];
for (let i = 0; i < runs; i++) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yunju-bench-'));
  const first = await startOnce(dir);
  const second = await startOnce(dir);
  fs.rmSync(dir, { recursive: true, force: true });
  results.push({ firstStart: first, secondStart: second });
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(
  JSON.stringify(
    {
      machine: `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
      runs,
      firstStartHealthyMsMedian: median(results.map((r) => r.firstStart.healthyMs)),
      seedMsMedian: median(results.map((r) => r.firstStart.seedMs)),
      baselineSecondStartHealthyMsMedian: median(results.map((r) => r.secondStart.healthyMs)),
      results,
    },
    null,
    2,
  ),
);
