import type { Config } from '../config/config.ts';
import { openDatabase, type Database } from './db.ts';

/** PostgreSQL when DATABASE_URL is set, else the embedded PGlite in YUNJU_DATA_DIR. */
export function openConfiguredDatabase(config: Config): Promise<Database> {
  return config.databaseUrl ? openDatabase({ kind: 'postgres', url: config.databaseUrl }) : openDatabase({ kind: 'pglite', dataDir: config.dataDir });
}

export function describeDatabase(config: Config): string {
  return config.databaseUrl ? `PostgreSQL ${config.databaseUrl.replace(/\/\/[^@]*@/, '//***@')}` : `embedded PGlite in ${config.dataDir}`;
}
