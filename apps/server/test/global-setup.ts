import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../src/platform/db.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    templatePgliteDir: string;
    templatePgDatabase: string;
  }
}

/**
 * Migrates one template database per run; each test file then gets its own copy
 * (a copied PGlite data directory, or CREATE DATABASE … TEMPLATE on PostgreSQL).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Global setup runs in the main process, where the project's `env` is not applied.
  if (project.config.env?.YUNJU_TEST_DB === 'pg') {
    const url = process.env.TEST_DATABASE_URL;
    if (!url) throw new Error('TEST_DATABASE_URL is not set');
    const name = `yunju_tpl_${process.pid}_${Date.now()}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const u = new URL(url);
    u.pathname = `/${name}`;
    const database = await openDatabase({ kind: 'postgres', url: u.toString() });
    await database.migrate();
    await database.close();
    project.provide('templatePgDatabase', name);
    return async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yunju-tpl-'));
  const client = await PGlite.create({ dataDir: dir });
  const database = await openDatabase({ kind: 'pglite', client });
  await database.migrate();
  await database.close();
  project.provide('templatePgliteDir', dir);
  return async () => fs.rmSync(dir, { recursive: true, force: true });
}
