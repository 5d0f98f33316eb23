import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { openDatabase, type Db } from './db.ts';
import { backupDatabase, restoreDatabase } from './backup.ts';
import { verifyAuditChain } from '../modules/audit/index.ts';
import { seedFixture } from '../../test/factories.ts';
import { createTestDatabase } from '../../test/test-database.ts';

/** Rows of a raw query; both drivers answer `{ rows }`. */
async function rowsOf<T>(db: Db, query: ReturnType<typeof sql>): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

describe('yunju backup / restore', () => {
  it('round-trips the data and keeps the audit chain verifiable', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'yunju-backup-'));
    const file = path.join(tmp, 'yunju.backup');
    try {
      if (process.env.YUNJU_TEST_DB === 'pg') {
        const source = await createTestDatabase();
        await seedFixture(source.db);
        const url = new URL(process.env.TEST_DATABASE_URL!);
        const sourceUrl = new URL(url);
        const [current] = await rowsOf<{ d: string }>(source.db, sql`SELECT current_database() AS d`);
        sourceUrl.pathname = `/${current!.d}`;
        await backupDatabase({ kind: 'postgres', url: sourceUrl.toString() }, file);
        const targetName = `yunju_r_${randomBytes(5).toString('hex')}`;
        const admin = new pg.Client({ connectionString: url.toString() });
        await admin.connect();
        await admin.query(`CREATE DATABASE ${targetName}`);
        const targetUrl = new URL(url);
        targetUrl.pathname = `/${targetName}`;
        try {
          await restoreDatabase({ kind: 'postgres', url: targetUrl.toString() }, file);
          const restored = await openDatabase({ kind: 'postgres', url: targetUrl.toString() });
          const [users] = await rowsOf<{ n: number }>(restored.db, sql`SELECT count(*)::int AS n FROM users`);
          expect(users!.n).toBe(12);
          expect((await verifyAuditChain(restored.db)).firstBreak).toBeNull();
          await restored.close();
        } finally {
          await admin.query(`DROP DATABASE IF EXISTS ${targetName} WITH (FORCE)`);
          await admin.end();
          await source.drop();
        }
        return;
      }
      const sourceDir = path.join(tmp, 'source');
      const source = await openDatabase({ kind: 'pglite', dataDir: sourceDir });
      await source.migrate();
      await seedFixture(source.db);
      await source.close();
      await backupDatabase({ kind: 'pglite', dataDir: sourceDir }, file);
      expect(fs.statSync(file).size).toBeGreaterThan(1000);
      const targetDir = path.join(tmp, 'target');
      await restoreDatabase({ kind: 'pglite', dataDir: targetDir }, file);
      await expect(restoreDatabase({ kind: 'pglite', dataDir: targetDir }, file)).rejects.toThrow(/not empty/);
      const restored = await openDatabase({ kind: 'pglite', dataDir: targetDir });
      const rows = await rowsOf<{ username: string }>(restored.db, sql`SELECT username FROM users ORDER BY username`);
      expect(rows.map((r) => r.username)).toContain('leader');
      expect((await verifyAuditChain(restored.db)).firstBreak).toBeNull();
      await restored.close();
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});
