import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';

const run = promisify(execFile);

export type BackupTarget = { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string };

/**
 * Writes a backup file: `pg_dump -Fc` for PostgreSQL, a gzipped tarball of the data directory for
 * the embedded database (which must not be open in a running server: one process owns it).
 */
export async function backupDatabase(target: BackupTarget, file: string): Promise<void> {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  if (target.kind === 'postgres') {
    await run('pg_dump', ['--format=custom', '--no-owner', `--file=${file}`, `--dbname=${target.url}`]);
    return;
  }
  if (!fs.existsSync(path.join(target.dataDir, 'PG_VERSION'))) throw new Error(`no embedded database in ${target.dataDir}`);
  const client = await PGlite.create({ dataDir: target.dataDir });
  try {
    const dump = await client.dumpDataDir('gzip');
    fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  } finally {
    await client.close();
  }
}

/** Restores a backup into an empty target (an empty or absent data directory, or an empty database). */
export async function restoreDatabase(target: BackupTarget, file: string): Promise<void> {
  if (!fs.existsSync(file)) throw new Error(`no backup file ${file}`);
  if (target.kind === 'postgres') {
    await run('pg_restore', ['--no-owner', '--exit-on-error', `--dbname=${target.url}`, file]);
    return;
  }
  if (fs.existsSync(target.dataDir) && fs.readdirSync(target.dataDir).length > 0) {
    throw new Error(`${target.dataDir} is not empty: restore into an empty data directory`);
  }
  fs.mkdirSync(target.dataDir, { recursive: true });
  const client = await PGlite.create({ dataDir: target.dataDir, loadDataDir: new Blob([fs.readFileSync(file)]) });
  await client.close();
}
