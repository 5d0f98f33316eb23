#!/usr/bin/env node
// `npm test`: type-check, lint, unit + API tests (PGlite, and PostgreSQL when TEST_DATABASE_URL
// is set), then the browser journeys (skipped, with the reason, when Chromium is absent).
// Ends with one line "test: N passed, N failed, N skipped".
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];

function run(title, cmd, args, env = {}) {
  const t0 = Date.now();
  console.log(`\n▶ ${title}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = r.status === 0;
  console.log(`${ok ? '✓' : '✗'} ${title} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  if (!ok) failures.push(title);
  return ok;
}

function vitest(title, args) {
  const out = path.join(os.tmpdir(), `yunju-vitest-${process.pid}-${title.replace(/\W+/g, '-')}.json`);
  run(title, 'npx', ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`]);
  if (fs.existsSync(out)) {
    const report = JSON.parse(fs.readFileSync(out, 'utf8'));
    totals.passed += report.numPassedTests;
    totals.failed += report.numFailedTests;
    totals.skipped += report.numPendingTests + report.numTodoTests;
    fs.rmSync(out);
  }
}

const projects = ['.', 'packages/contracts', 'packages/match', 'packages/tlog', 'apps/server', 'apps/web'];
for (const p of projects) run(`type-check ${p}`, 'npx', ['tsc', '-p', p]);
run('lint', 'npx', ['eslint', '--max-warnings', '0', '.']);

const dbProjects = ['--project', 'unit', '--project', 'api-pglite'];
if (process.env.TEST_DATABASE_URL) dbProjects.push('--project', 'api-pg');
else console.log('\nℹ TEST_DATABASE_URL is not set: the API tests run on PGlite only (CI runs them on PostgreSQL too).');
vitest('unit and API tests', dbProjects);

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (fs.existsSync(chromium)) {
  if (run('build web', 'npm', ['run', 'build', '-w', '@yunju/web'])) vitest('browser journeys', ['--config', 'e2e/vitest.config.ts']);
} else {
  console.log(`\n⚠ browser journeys SKIPPED: ${chromium} not found (apt-get install -y chromium fonts-noto-cjk)`);
}

if (failures.length) console.log(`\nfailed steps: ${failures.join('; ')}`);
console.log(`\ntest: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failures.length ? 1 : 0);
