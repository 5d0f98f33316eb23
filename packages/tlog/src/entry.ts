/**
 * The safe-box log entry (leaf) format, version 1 — documented in README.md ("The safe-box entry").
 *
 *   yunju.safebox/entry/v1\n
 *   sha256 <64 lowercase hex: SHA-256 of the file>\n
 *   salt <64 lowercase hex: the enterprise's random 256-bit salt>\n
 *   enterprise <64 lowercase hex: enterpriseIdentityHash(credit code)>\n
 *   time <deposit time, decimal milliseconds since 1970-01-01T00:00:00Z>\n
 *
 * The leaf hash is RFC 9162's SHA-256(0x00 ‖ entry bytes). Entries are never published in the
 * clear (no public entry bundles): only leaf hashes are, and the salt makes a guessed file
 * unconfirmable from them.
 */
import { hash } from 'node:crypto';
import { utf8Bytes } from './encoding.ts';
import { leafHash } from './hash.ts';

export const ENTRY_FORMAT_V1 = 'yunju.safebox/entry/v1';

export interface SafeboxEntry {
  /** SHA-256 of the deposited file, 64 lowercase hex digits. */
  sha256: string;
  /** 256-bit salt, 64 lowercase hex digits. */
  salt: string;
  /** enterpriseIdentityHash(...) of the depositing enterprise, 64 lowercase hex digits. */
  enterprise: string;
  /** Deposit time, milliseconds since the Unix epoch. */
  time: number;
}

export class EntryError extends Error {
  override name = 'EntryError';
}

const HEX256 = /^[0-9a-f]{64}$/;

/** SHA-256("yunju.safebox/enterprise/v1\n" ‖ unified social credit code ‖ "\n"), hex. */
export function enterpriseIdentityHash(creditCode: string): string {
  return hash('sha256', `yunju.safebox/enterprise/v1\n${creditCode}\n`, 'hex');
}

export function encodeEntry(e: SafeboxEntry): Uint8Array {
  for (const [k, v] of [['sha256', e.sha256], ['salt', e.salt], ['enterprise', e.enterprise]] as const) {
    if (!HEX256.test(v)) throw new EntryError(`${k} must be 64 lowercase hex digits`);
  }
  if (!Number.isSafeInteger(e.time) || e.time < 0) throw new EntryError('time must be a non-negative safe integer');
  return utf8Bytes(`${ENTRY_FORMAT_V1}\nsha256 ${e.sha256}\nsalt ${e.salt}\nenterprise ${e.enterprise}\ntime ${e.time}\n`);
}

/** Parses entry bytes; only the canonical encoding is accepted (re-encoding gives the same bytes). */
export function parseEntry(bytes: Uint8Array): SafeboxEntry {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const m = /^yunju\.safebox\/entry\/v1\nsha256 ([0-9a-f]{64})\nsalt ([0-9a-f]{64})\nenterprise ([0-9a-f]{64})\ntime (0|[1-9][0-9]{0,15})\n$/.exec(text);
  if (m === null) throw new EntryError(`not a ${ENTRY_FORMAT_V1} entry`);
  const time = Number(m[4]);
  if (!Number.isSafeInteger(time)) throw new EntryError('time out of range');
  return { sha256: m[1] as string, salt: m[2] as string, enterprise: m[3] as string, time };
}

export function entryLeafHash(e: SafeboxEntry): Uint8Array {
  return leafHash(encodeEntry(e));
}
