import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import * as schema from './schema.ts';

/** The drizzle handle repositories use; a transaction handle has the same type. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export const migrationsFolder = path.resolve(import.meta.dirname, '../../migrations');

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Runs `SELECT 1`; throws when the database does not answer. */
  ping(): Promise<void>;
  /** Runs one SQL statement as an operator would by hand (`yunju sql`); returns its rows. */
  query(sqlText: string): Promise<Record<string, unknown>[]>;
  migrate(): Promise<void>;
  close(): Promise<void>;
}

export type DatabaseOptions =
  | { kind: 'postgres'; url: string }
  | { kind: 'pglite'; dataDir: string }
  | { kind: 'pglite'; client: PGlite };

/** Opens the embedded PGlite database (default) or a PostgreSQL server through node-postgres. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.kind === 'postgres') {
    // Generic plans made ranked queries 3x slower on PG15 (STACK-NOTES.md): custom plans per session.
    const pool = new pg.Pool({ connectionString: options.url, max: 10, options: '-c plan_cache_mode=force_custom_plan' });
    // An idle client dropped by the server (restart, failover) must not crash the process;
    // the pool replaces it on the next query.
    pool.on('error', (err) => console.error(`yunju: idle PostgreSQL connection lost: ${err.message}`));
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    return {
      db,
      kind: 'postgres',
      ping: async () => {
        await pool.query('SELECT 1');
      },
      query: async (sqlText) => (await pool.query(sqlText)).rows as Record<string, unknown>[],
      migrate: () => migratePg(drizzlePg(pool), { migrationsFolder }),
      close: once(() => pool.end()),
    };
  }
  let client: PGlite;
  if ('client' in options) {
    client = options.client;
  } else {
    fs.mkdirSync(options.dataDir, { recursive: true });
    client = await PGlite.create({ dataDir: options.dataDir });
  }
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    ping: async () => {
      await client.query('SELECT 1');
    },
    query: async (sqlText) => {
      const results = await client.exec(sqlText);
      return (results[results.length - 1]?.rows ?? []) as Record<string, unknown>[];
    },
    migrate: () => migratePglite(drizzlePglite(client), { migrationsFolder }),
    close: () => client.close(),
  };
}

/** Serialises the callers of one chain (e.g. the audit log) within the current transaction. */
export async function lockWithinTransaction(tx: Db, name: string): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${name}))`);
}

/** Closing twice is a no-op (shutdown paths and tests may both close). */
function once(fn: () => Promise<void>): () => Promise<void> {
  let done: Promise<void> | undefined;
  return () => (done ??= fn());
}
