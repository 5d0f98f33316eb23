import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type Database } from '../src/platform/db.ts';

export interface TestDatabase extends Database {
  /** Runs raw SQL as an operator would by hand (e.g. to tamper with a row). */
  rawQuery(sqlText: string, params?: unknown[]): Promise<void>;
  drop(): Promise<void>;
}

/** A fresh, migrated database for one test file: PGlite by default, PostgreSQL when YUNJU_TEST_DB=pg. */
export async function createTestDatabase(): Promise<TestDatabase> {
  if (process.env.YUNJU_TEST_DB === 'pg') {
    const url = process.env.TEST_DATABASE_URL!;
    const name = `yunju_t_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${inject('templatePgDatabase')}`);
    const u = new URL(url);
    u.pathname = `/${name}`;
    const database = await openDatabase({ kind: 'postgres', url: u.toString() });
    const raw = new pg.Client({ connectionString: u.toString() });
    await raw.connect();
    return {
      ...database,
      rawQuery: async (q, params) => {
        await raw.query(q, params);
      },
      drop: async () => {
        await raw.end();
        await database.close();
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.end();
      },
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yunju-test-'));
  fs.cpSync(inject('templatePgliteDir'), dir, { recursive: true });
  const client = await PGlite.create({ dataDir: dir });
  const database = await openDatabase({ kind: 'pglite', client });
  return {
    ...database,
    rawQuery: async (q, params) => {
      await client.query(q, params);
    },
    drop: async () => {
      await database.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
