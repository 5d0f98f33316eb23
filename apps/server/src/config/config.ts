import path from 'node:path';
import { z } from 'zod';

const Env = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  YUNJU_DATA_DIR: z.string().default('./data'),
  YUNJU_BLOBS_DIR: z.string().optional(),
  YUNJU_ATTACHMENT_MAX_BYTES: z.coerce.number().int().min(1).max(1024 * 1024 * 1024).default(20 * 1024 * 1024),
  YUNJU_WEB_DIST: z.string().optional(),
  YUNJU_SEED_DEMO: z.enum(['auto', 'never']).default('auto'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TRUST_PROXY: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
});

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  /** node-postgres connection string; when absent the embedded PGlite database is used. */
  databaseUrl: string | undefined;
  /** Absolute path of the embedded database's data directory. */
  dataDir: string;
  /** Uploaded files by SHA-256 (`<dataDir>/blobs`, also with DATABASE_URL; YUNJU_BLOBS_DIR overrides). */
  blobsDir: string;
  /** Largest accepted upload (YUNJU_ATTACHMENT_MAX_BYTES, default 20 MB); larger answers 413. */
  attachmentMaxBytes: number;
  /** Absolute path of the built web app (apps/web/dist). */
  webDist: string;
  seedDemo: 'auto' | 'never';
  logLevel: string;
  trustProxy: boolean;
  session: { idleMinutes: number; absoluteHours: number; cookieName: string };
  login: { maxFailuresPerAccount: number; maxFailuresPerIp: number; lockMinutes: number };
  bodyLimitBytes: number;
}

const repoRoot = path.resolve(import.meta.dirname, '../../../..');

/** Reads the environment once; fails fast with a message naming each bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  // npm runs workspace scripts inside the workspace; INIT_CWD is where the user typed the command.
  const base = env.INIT_CWD ?? process.cwd();
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(base, e.YUNJU_DATA_DIR),
    blobsDir: e.YUNJU_BLOBS_DIR ? path.resolve(base, e.YUNJU_BLOBS_DIR) : path.join(path.resolve(base, e.YUNJU_DATA_DIR), 'blobs'),
    attachmentMaxBytes: e.YUNJU_ATTACHMENT_MAX_BYTES,
    webDist: e.YUNJU_WEB_DIST ? path.resolve(base, e.YUNJU_WEB_DIST) : path.join(repoRoot, 'apps/web/dist'),
    seedDemo: e.YUNJU_SEED_DEMO,
    logLevel: e.LOG_LEVEL,
    trustProxy: e.TRUST_PROXY,
    session: { idleMinutes: 30, absoluteHours: 12, cookieName: 'yunju_sid' },
    login: { maxFailuresPerAccount: 5, maxFailuresPerIp: 50, lockMinutes: 15 },
    bodyLimitBytes: 1024 * 1024,
  };
}
