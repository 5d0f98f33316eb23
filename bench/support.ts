/**
 * Set-up shared by the benches: command-line options, percentiles, the machine line, and a scratch
 * database (PGlite in a temporary directory, or a fresh PostgreSQL database dropped afterwards).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '../apps/server/src/platform/db.ts';

/** `--name value` from the command line, else `dflt`. */
export function option(name: string, dflt: string, args: string[] = process.argv.slice(2)): string {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1]! : dflt;
}

/** The PostgreSQL server URL: `--pg`, else BENCH_DATABASE_URL or TEST_DATABASE_URL, else `dflt`. */
export function pgUrlOption(dflt = ''): string {
  return option('pg', process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? dflt);
}

/** The p-th percentile (nearest rank) of xs. */
export const pct = (xs: number[], p: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;

/** x rounded to 2 decimals. */
export const round2 = (x: number): number => Math.round(x * 100) / 100;

/** Cores × CPU model, memory and Node version, for the results. */
export function machineLine(): string {
  return `${os.cpus().length} × ${os.cpus()[0]?.model}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
}

/** A freshly created PostgreSQL database on the server at `serverUrl`; `drop()` removes it. */
export async function createScratchPostgres(serverUrl: string, prefix = 'yunju_bench'): Promise<{ name: string; url: string; drop: () => Promise<void> }> {
  const name = `${prefix}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    drop: async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

/**
 * Runs `fn` on a migrated scratch database of `kind`, given also a temporary directory (PGlite keeps
 * its data under it); everything is removed afterwards.
 */
export async function withBenchDatabase<T>(kind: 'pglite' | 'postgres', pgUrl: string, tmpPrefix: string, fn: (database: Database, dataDir: string) => Promise<T>): Promise<T> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), tmpPrefix));
  try {
    if (kind === 'pglite') {
      const database = await openDatabase({ kind: 'pglite', dataDir: path.join(dataDir, 'db') });
      try {
        await database.migrate();
        return await fn(database, dataDir);
      } finally {
        await database.close();
      }
    }
    const scratch = await createScratchPostgres(pgUrl);
    const database = await openDatabase({ kind: 'postgres', url: scratch.url });
    try {
      await database.migrate();
      return await fn(database, dataDir);
    } finally {
      await database.close();
      await scratch.drop();
    }
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
