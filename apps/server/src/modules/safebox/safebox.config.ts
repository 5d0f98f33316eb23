import path from 'node:path';
import { z } from 'zod';
import type { Config } from '../../config/config.ts';

const Env = z.object({
  /** The log's origin line, also the name of its signing key. */
  YUNJU_SAFEBOX_ORIGIN: z.string().regex(/^[^\s+]+$/, 'must be a key name: no spaces, no +').default('yunju.local/safebox/log'),
  /** The log's signer key file (C2SP signer key string). Production: a secret mounted read-only. */
  YUNJU_SAFEBOX_LOG_KEY_FILE: z.string().optional(),
  /** The public verification page, printed (and put in the QR code) on certificates. */
  YUNJU_SAFEBOX_VERIFY_URL: z.string().url().default('http://localhost:3000/safebox/verify'),
  YUNJU_SAFEBOX_CJK_FONT: z.string().default('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'),
  /** How often the sequencer integrates new deposits (ms, ≤ 1000). */
  YUNJU_SAFEBOX_INTEGRATE_MS: z.coerce.number().int().min(10).max(1000).default(200),
  /** Re-sign the checkpoint of an idle log this often (ms, ≤ 10 minutes). */
  YUNJU_SAFEBOX_RESIGN_MS: z.coerce.number().int().min(1000).max(600_000).default(300_000),
  /** Start the sequencer with the first deposit (default: yes, except under NODE_ENV=test where tests step it). */
  YUNJU_SAFEBOX_AUTO_SEQUENCE: z.enum(['true', 'false']).optional(),
  /** RFC 3161 time-stamping authority (POST application/timestamp-query); unset = no time stamps. */
  YUNJU_SAFEBOX_TSA_URL: z.string().url().optional(),
  /** Time-stamp at most one checkpoint per this many ms (default 10 minutes). */
  YUNJU_SAFEBOX_TSA_INTERVAL_MS: z.coerce.number().int().min(0).default(600_000),
});

export interface SafeboxConfig {
  origin: string;
  /** undefined: an ephemeral key (tests only). */
  logKeyFile: string | undefined;
  verifyUrl: string;
  cjkFont: string;
  integrateMs: number;
  resignMs: number;
  autoSequence: boolean;
  tsaUrl: string | undefined;
  tsaIntervalMs: number;
}

/** Safe-box settings from the environment (the key file defaults to <dataDir>/safebox/log-signer.key, mode 0600). */
export function loadSafeboxConfig(config: Config, env: NodeJS.ProcessEnv = process.env): SafeboxConfig {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    throw new Error(`Invalid safe-box configuration:\n${parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`);
  }
  const e = parsed.data;
  const base = env.INIT_CWD ?? process.cwd();
  const keyFile = e.YUNJU_SAFEBOX_LOG_KEY_FILE ? path.resolve(base, e.YUNJU_SAFEBOX_LOG_KEY_FILE) : config.env === 'test' ? undefined : path.join(config.dataDir, 'safebox', 'log-signer.key');
  return { origin: e.YUNJU_SAFEBOX_ORIGIN, logKeyFile: keyFile, verifyUrl: e.YUNJU_SAFEBOX_VERIFY_URL, cjkFont: e.YUNJU_SAFEBOX_CJK_FONT, integrateMs: e.YUNJU_SAFEBOX_INTEGRATE_MS, resignMs: e.YUNJU_SAFEBOX_RESIGN_MS, autoSequence: e.YUNJU_SAFEBOX_AUTO_SEQUENCE ? e.YUNJU_SAFEBOX_AUTO_SEQUENCE === 'true' : config.env !== 'test', tsaUrl: e.YUNJU_SAFEBOX_TSA_URL, tsaIntervalMs: e.YUNJU_SAFEBOX_TSA_INTERVAL_MS };
}
