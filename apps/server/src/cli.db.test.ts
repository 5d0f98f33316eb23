import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const bin = path.resolve(import.meta.dirname, '../bin/yunju.js');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yunju-cli-'));
const { DATABASE_URL: _ignored, ...env } = process.env;
const yunju = (...args: string[]) => yunjuWith({}, ...args);
const yunjuWith = (extra: Record<string, string>, ...args: string[]) =>
  spawnSync(process.execPath, [bin, ...args], { env: { ...env, YUNJU_DATA_DIR: dataDir, ...extra }, encoding: 'utf8', timeout: 150_000 });

afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

// The CLI on the embedded database (PostgreSQL runs the same code through the service tests).
describe.skipIf(process.env.YUNJU_TEST_DB === 'pg')('yunju CLI', { timeout: 180_000 }, () => {
  it('seeds, verifies the audit chain, and names the row altered by hand in SQL', () => {
    const seed = yunju('seed');
    expect(seed.status, seed.stderr).toBe(0);
    expect(seed.stdout).toContain('enterprises: 1500');

    const intact = yunju('audit', 'verify');
    expect(intact.status).toBe(0);
    expect(intact.stdout).toMatch(/audit chain intact: \d+ rows verified/);

    expect(yunju('sql', `UPDATE audit_log SET summary = '{"forged":true}'::jsonb WHERE seq = 1`).status).toBe(0);
    const broken = yunju('audit', 'verify');
    expect(broken.status).toBe(1);
    expect(broken.stdout).toContain('audit chain BROKEN at row seq=1: content_hash_mismatch');
    expect(broken.stdout).toContain('action=demo.seeded');
  });

  it('refuses to serve in production while a demo password is in place', () => {
    const res = yunjuWith({ NODE_ENV: 'production', PORT: '0' }, 'serve');
    expect(res.status).toBe(1);
    expect(res.stderr).toContain('refusing to start in production');
    expect(res.stderr).toContain('admin');
  });

  it('refuses a second demo seeding and an unknown command', () => {
    expect(yunju('seed').status).toBe(1);
    const unknown = yunju('frobnicate');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('unknown command');
  });
});
