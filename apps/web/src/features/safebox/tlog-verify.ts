/**
 * The browser's receipt verifier: a small, pure re-implementation (on @noble/hashes and
 * @noble/curves, no node:crypto, no DOM) of what a court or notary checks offline, written from
 * RFC 9162 (Merkle tree hashing and inclusion proofs), c2sp.org/signed-note (Ed25519 note
 * signatures and key IDs), c2sp.org/tlog-checkpoint, c2sp.org/tlog-cosignature (cosignature/v1)
 * and c2sp.org/tlog-proof. `verify-receipt.test.ts` cross-checks it against packages/tlog.
 *
 * Nothing here trusts the platform: the log's public key is fetched or pasted by the user, the
 * file hash is computed in the browser, and every step's outcome is reported.
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { sha256 } from '@noble/hashes/sha2.js';

export const HASH_SIZE = 32;
export const TLOG_PROOF_HEADER = 'c2sp.org/tlog-proof@v1';
export const SIG_TYPE_ED25519 = 0x01;
export const SIG_TYPE_COSIGNATURE_V1 = 0x04;

/** Why a step failed: a stable code (translated by the page) and an English detail for experts. */
export class VerifyError extends Error {
  override name = 'VerifyError';
  constructor(
    readonly code: FailureCode,
    detail: string,
  ) {
    super(detail);
  }
}

export type FailureCode =
  | 'receipt_malformed'
  | 'entry_missing'
  | 'entry_malformed'
  | 'commitment_mismatch'
  | 'inclusion_failed'
  | 'checkpoint_malformed'
  | 'log_key_malformed'
  | 'log_signature_missing'
  | 'log_signature_invalid'
  | 'origin_mismatch'
  | 'cosigner_key_malformed'
  | 'cosignature_invalid'
  | 'cosigner_missing';

// ——— bytes ———————————————————————————————————————————————————————————————————————————————

const encoder = new TextEncoder();
const strictDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export const utf8 = (s: string): Uint8Array => encoder.encode(s);

export function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= (a[i] as number) ^ (b[i] as number);
  return diff === 0;
}

export function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Strict lowercase or uppercase hex of an exact length in bytes (undefined otherwise). */
export function fromHex(hex: string, length?: number): Uint8Array | undefined {
  const s = hex.trim();
  if (!/^(?:[0-9a-fA-F]{2})*$/.test(s)) return undefined;
  const out = new Uint8Array(s.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(s.slice(2 * i, 2 * i + 2), 16);
  if (length !== undefined && out.length !== length) return undefined;
  return out;
}

const BASE64_RE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

export function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

/** Canonical RFC 4648 base64 with padding (zero pad bits), else undefined. */
export function fromBase64(s: string): Uint8Array | undefined {
  if (!BASE64_RE.test(s)) return undefined;
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return toBase64(out) === s ? out : undefined;
}

function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return strictDecoder.decode(bytes);
  } catch {
    return undefined;
  }
}

function parseDecimal(s: string): number | undefined {
  if (!/^(?:0|[1-9][0-9]*)$/.test(s)) return undefined;
  const n = Number(s);
  return Number.isSafeInteger(n) ? n : undefined;
}

// ——— RFC 9162 hashing and inclusion ————————————————————————————————————————————————————

/** SHA-256(0x00 ‖ entry). */
export function leafHash(entry: Uint8Array): Uint8Array {
  return sha256(concat(Uint8Array.of(0x00), entry));
}

/** SHA-256(0x01 ‖ left ‖ right). */
export function nodeHash(left: Uint8Array, right: Uint8Array): Uint8Array {
  return sha256(concat(Uint8Array.of(0x01), left, right));
}

/**
 * RFC 9162 §2.1.3.2: the root a proof leads to from leaf `index` in a tree of `size`, or a reason.
 * Arithmetic by division (sizes up to 2^53), never 32-bit bit operations.
 */
export function rootFromInclusionProof(leaf: Uint8Array, index: number, size: number, proof: readonly Uint8Array[]): Uint8Array | string {
  if (!Number.isSafeInteger(index) || !Number.isSafeInteger(size) || index < 0 || size < 0) return 'index and size must be safe non-negative integers';
  if (index >= size) return `leaf index ${index} is not below tree size ${size}`;
  if (leaf.length !== HASH_SIZE || proof.some((p) => p.length !== HASH_SIZE)) return 'hashes must be 32 bytes';
  const odd = (n: number) => n % 2 === 1;
  const half = (n: number) => Math.floor(n / 2);
  let fn = index;
  let sn = size - 1;
  let r = leaf;
  for (const p of proof) {
    if (sn === 0) return 'proof is too long';
    if (odd(fn) || fn === sn) {
      r = nodeHash(p, r);
      if (!odd(fn)) {
        do {
          fn = half(fn);
          sn = half(sn);
        } while (!odd(fn) && fn !== 0);
      }
    } else {
      r = nodeHash(r, p);
    }
    fn = half(fn);
    sn = half(sn);
  }
  if (sn !== 0) return 'proof is too short';
  return r;
}

// ——— signed notes (c2sp.org/signed-note) ——————————————————————————————————————————————

/** Key ID = SHA-256(name ‖ 0x0A ‖ type ‖ public key)[:4], big-endian. */
export function keyId(name: string, type: number, publicKey: Uint8Array): number {
  const h = sha256(concat(utf8(name), Uint8Array.of(0x0a, type), publicKey));
  return ((h[0] as number) * 2 ** 24) + (((h[1] as number) << 16) | ((h[2] as number) << 8) | (h[3] as number));
}

export const formatKeyId = (id: number): string => id.toString(16).padStart(8, '0');

const isKeyName = (name: string): boolean => name !== '' && !/[\p{White_Space}+]/u.test(name);

export interface VerifierKey {
  name: string;
  keyId: number;
  type: number;
  publicKey: Uint8Array;
  /** The key string as given. */
  text: string;
}

/** `name+<8 hex key ID>+base64(type ‖ public key)`; the key ID must match. Types 0x01 and 0x04 (Ed25519). */
export function parseVerifierKey(text: string): VerifierKey {
  const s = text.trim();
  const a = s.indexOf('+');
  const b = a < 0 ? -1 : s.indexOf('+', a + 1);
  if (a < 0 || b < 0) throw new VerifyError('log_key_malformed', 'a verifier key is name+keyid+base64');
  const name = s.slice(0, a);
  const hex = s.slice(a + 1, b);
  const raw = fromBase64(s.slice(b + 1));
  if (!isKeyName(name) || !/^[0-9a-f]{8}$/.test(hex) || raw === undefined || raw.length !== 33) {
    throw new VerifyError('log_key_malformed', 'malformed verifier key');
  }
  const type = raw[0] as number;
  if (type !== SIG_TYPE_ED25519 && type !== SIG_TYPE_COSIGNATURE_V1) throw new VerifyError('log_key_malformed', `unsupported key type 0x${type.toString(16)}`);
  const publicKey = raw.subarray(1);
  const id = keyId(name, type, publicKey);
  if (formatKeyId(id) !== hex) throw new VerifyError('log_key_malformed', 'the key ID does not match the key');
  return { name, keyId: id, type, publicKey, text: s };
}

export interface NoteSignature {
  name: string;
  keyId: number;
  /** Signature bytes after the 4-byte key ID. */
  signature: Uint8Array;
}

export interface ParsedNote {
  /** Note text up to and including the newline before the blank line. */
  text: string;
  textBytes: Uint8Array;
  signatures: NoteSignature[];
}

/** Splits a signed note into its text and signature lines (no signature checked). */
export function parseNote(note: string): ParsedNote {
  if ([...note].some((c) => c < ' ' && c !== '\n')) throw new VerifyError('checkpoint_malformed', 'control character in the note');
  const split = note.lastIndexOf('\n\n');
  if (split < 0) throw new VerifyError('checkpoint_malformed', 'no blank line before the signatures');
  const text = note.slice(0, split + 1);
  const sigText = note.slice(split + 2);
  if (sigText === '' || !sigText.endsWith('\n')) throw new VerifyError('checkpoint_malformed', 'no signature lines');
  const signatures = sigText
    .slice(0, -1)
    .split('\n')
    .map((line) => {
      const m = /^\u2014 (\S+) (\S+)$/u.exec(line);
      const raw = m ? fromBase64(m[2] as string) : undefined;
      if (!m || !isKeyName(m[1] as string) || raw === undefined || raw.length < 5) throw new VerifyError('checkpoint_malformed', 'bad signature line');
      const id = (raw[0] as number) * 2 ** 24 + (((raw[1] as number) << 16) | ((raw[2] as number) << 8) | (raw[3] as number));
      return { name: m[1] as string, keyId: id, signature: raw.subarray(4) };
    });
  return { text, textBytes: utf8(text), signatures };
}

const ed25519Verify = (signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array): boolean => {
  if (signature.length !== 64) return false;
  try {
    // Strict RFC 8032 verification, as Go's crypto/ed25519 and node:crypto do.
    return ed25519.verify(signature, message, publicKey, { zip215: false });
  } catch {
    return false;
  }
};

/** The message a cosignature/v1 covers: "cosignature/v1\ntime <t>\n" ‖ checkpoint note text. */
export function cosignedMessage(textBytes: Uint8Array, timestamp: number): Uint8Array {
  return concat(utf8(`cosignature/v1\ntime ${timestamp}\n`), textBytes);
}

/** The u64 big-endian timestamp heading a cosignature/v1 signature, if well-formed and safe. */
export function cosignatureTimestamp(signature: Uint8Array): number | undefined {
  if (signature.length !== 72) return undefined;
  let t = 0;
  for (let i = 0; i < 8; i++) t = t * 256 + (signature[i] as number);
  return Number.isSafeInteger(t) ? t : undefined;
}

/** Verifies one note signature against a known key (Ed25519 note or cosignature/v1). */
export function verifySignature(key: VerifierKey, textBytes: Uint8Array, sig: NoteSignature): { ok: boolean; timestamp?: number } {
  if (key.type === SIG_TYPE_ED25519) return { ok: ed25519Verify(sig.signature, textBytes, key.publicKey) };
  const timestamp = cosignatureTimestamp(sig.signature);
  if (timestamp === undefined) return { ok: false };
  return { ok: ed25519Verify(sig.signature.subarray(8), cosignedMessage(textBytes, timestamp), key.publicKey), timestamp };
}

// ——— checkpoints and receipts ——————————————————————————————————————————————————————————

export interface Checkpoint {
  origin: string;
  size: number;
  rootHash: Uint8Array;
  extensions: string[];
}

export function parseCheckpointText(text: string): Checkpoint {
  if (!text.endsWith('\n')) throw new VerifyError('checkpoint_malformed', 'checkpoint text must end with a newline');
  const lines = text.slice(0, -1).split('\n');
  if (lines.length < 3 || lines.some((l) => l === '')) throw new VerifyError('checkpoint_malformed', 'checkpoint needs origin, size and root lines');
  const [origin, sizeLine, rootLine, ...extensions] = lines as [string, string, string, ...string[]];
  const size = parseDecimal(sizeLine);
  const rootHash = fromBase64(rootLine);
  if (size === undefined) throw new VerifyError('checkpoint_malformed', 'malformed tree size');
  if (rootHash === undefined || rootHash.length !== HASH_SIZE) throw new VerifyError('checkpoint_malformed', 'malformed root hash');
  return { origin, size, rootHash, extensions };
}

export interface TlogProof {
  extra?: Uint8Array;
  index: number;
  proof: Uint8Array[];
  checkpoint: string;
}

/** Parses a c2sp.org/tlog-proof@v1 receipt. */
export function parseTlogProof(receipt: string): TlogProof {
  const s = receipt.replace(/\r\n/g, '\n');
  const sep = s.indexOf('\n\n');
  if (sep < 0) throw new VerifyError('receipt_malformed', 'missing empty line before the checkpoint');
  const lines = s.slice(0, sep).split('\n');
  const checkpoint = s.slice(sep + 2);
  let at = 0;
  if (lines[at++] !== TLOG_PROOF_HEADER) throw new VerifyError('receipt_malformed', `first line must be ${TLOG_PROOF_HEADER}`);
  let extra: Uint8Array | undefined;
  if (lines[at]?.startsWith('extra ')) {
    extra = fromBase64((lines[at++] as string).slice('extra '.length));
    if (extra === undefined || extra.length === 0) throw new VerifyError('receipt_malformed', 'malformed extra line');
  }
  const indexLine = lines[at++];
  const index = indexLine?.startsWith('index ') ? parseDecimal(indexLine.slice('index '.length)) : undefined;
  if (index === undefined) throw new VerifyError('receipt_malformed', 'malformed index line');
  const proof = lines.slice(at).map((l) => {
    const h = fromBase64(l);
    if (h === undefined || h.length !== HASH_SIZE) throw new VerifyError('receipt_malformed', 'malformed proof hash');
    return h;
  });
  return extra === undefined ? { index, proof, checkpoint } : { extra, index, proof, checkpoint };
}

// ——— the safe-box entry (packages/tlog/src/entry.ts, yunju.safebox/entry/v1) ——————————————

export const ENTRY_FORMAT_V1 = 'yunju.safebox/entry/v1';

export interface SafeboxEntry {
  sha256: string;
  salt: string;
  /** SHA-256 of the enterprise's identity (credit code), hex. */
  enterprise: string;
  /** Deposit time, milliseconds since the epoch. */
  time: number;
}

const ENTRY_RE = /^yunju\.safebox\/entry\/v1\nsha256 ([0-9a-f]{64})\nsalt ([0-9a-f]{64})\nenterprise ([0-9a-f]{64})\ntime (0|[1-9][0-9]{0,15})\n$/;

export function encodeEntry(e: SafeboxEntry): Uint8Array {
  return utf8(`${ENTRY_FORMAT_V1}\nsha256 ${e.sha256}\nsalt ${e.salt}\nenterprise ${e.enterprise}\ntime ${e.time}\n`);
}

/** Only the canonical v1 encoding is accepted. */
export function parseEntry(bytes: Uint8Array): SafeboxEntry {
  const text = decodeUtf8(bytes);
  const m = text === undefined ? null : ENTRY_RE.exec(text);
  const time = m ? Number(m[4]) : NaN;
  if (!m || !Number.isSafeInteger(time)) throw new VerifyError('entry_malformed', `not a ${ENTRY_FORMAT_V1} entry`);
  return { sha256: m[1] as string, salt: m[2] as string, enterprise: m[3] as string, time };
}

// ——— the whole check ———————————————————————————————————————————————————————————————————

export type CheckId = 'receipt' | 'commitment' | 'inclusion' | 'logSignature' | 'cosignatures';
export interface CheckResult {
  id: CheckId;
  ok: boolean;
  /** Set when the check failed. */
  code?: FailureCode;
  detail?: string;
}

export interface CosignatureResult {
  name: string;
  keyId: string;
  /** POSIX seconds of a cosignature/v1. */
  timestamp?: number;
  /** true: verified against a given key; false: by a key not given (not checked). */
  verified: boolean;
}

export interface ReceiptInput {
  receipt: string;
  /** The file's SHA-256 as computed by the verifier (hex). */
  sha256: string;
  /** The salt the enterprise kept (hex). */
  salt: string;
  /** The log's signed-note verifier key (name+id+base64). */
  logKey: string;
  /** Expected checkpoint origin; defaults to the log key's name. */
  origin?: string;
  /** Notary (cosigner) verifier keys, type 0x04 (cosignature/v1) or 0x01. */
  cosignerKeys?: readonly string[];
  /** How many distinct given cosigner keys must have cosigned (default 0). */
  requireCosigners?: number;
}

export interface ReceiptVerification {
  ok: boolean;
  checks: CheckResult[];
  /** First failure, if any. */
  failure?: { code: FailureCode; detail: string };
  index?: number;
  treeSize?: number;
  rootHash?: string;
  origin?: string;
  entry?: SafeboxEntry;
  leafHash?: string;
  cosignatures: CosignatureResult[];
}

/**
 * Verifies a receipt the way `npx yunju-verify` does, in the browser:
 *  1. the receipt parses (c2sp.org/tlog-proof@v1) and its extra line holds a v1 entry;
 *  2. the entry is rebuilt with the given file hash and salt (enterprise and time from the entry)
 *     and must equal the receipt's entry byte for byte;
 *  3. the leaf hash SHA-256(0x00 ‖ entry) is included in the checkpoint's tree (RFC 9162);
 *  4. the checkpoint is signed by the log key (every signature by a known key must verify) and has
 *     the expected origin;
 *  5. cosignatures by the given notary keys verify, and at least `requireCosigners` are present.
 * Never throws: every outcome is in the result.
 */
export function verifyReceipt(input: ReceiptInput): ReceiptVerification {
  const checks: CheckResult[] = [];
  const result: ReceiptVerification = { ok: false, checks, cosignatures: [] };
  const fail = (id: CheckId, e: unknown): ReceiptVerification => {
    const code: FailureCode = e instanceof VerifyError ? e.code : 'receipt_malformed';
    const detail = e instanceof Error ? e.message : String(e);
    checks.push({ id, ok: false, code, detail });
    result.failure = { code, detail };
    return result;
  };

  // 1. receipt
  let proof: TlogProof;
  let entry: SafeboxEntry;
  try {
    proof = parseTlogProof(input.receipt);
    if (proof.extra === undefined) throw new VerifyError('entry_missing', 'the receipt has no extra line (the log entry)');
    entry = parseEntry(proof.extra);
  } catch (e) {
    return fail('receipt', e);
  }
  checks.push({ id: 'receipt', ok: true });
  result.index = proof.index;
  result.entry = entry;

  // 2. the file hash and salt against the entry
  const sha = input.sha256.trim().toLowerCase();
  const salt = input.salt.trim().toLowerCase();
  const rebuilt = /^[0-9a-f]{64}$/.test(sha) && /^[0-9a-f]{64}$/.test(salt) ? encodeEntry({ ...entry, sha256: sha, salt }) : null;
  if (rebuilt === null || !equalBytes(rebuilt, proof.extra as Uint8Array)) {
    const which = entry.sha256 !== sha ? 'the file’s SHA-256 does not match the receipt’s entry' : 'the salt does not match the receipt’s entry';
    return fail('commitment', new VerifyError('commitment_mismatch', which));
  }
  checks.push({ id: 'commitment', ok: true });
  const leaf = leafHash(rebuilt);
  result.leafHash = toBase64(leaf);

  // 3. inclusion in the checkpoint's tree
  let note: ParsedNote;
  let checkpoint: Checkpoint;
  try {
    note = parseNote(proof.checkpoint);
    checkpoint = parseCheckpointText(note.text);
  } catch (e) {
    return fail('inclusion', e);
  }
  result.treeSize = checkpoint.size;
  result.rootHash = toBase64(checkpoint.rootHash);
  result.origin = checkpoint.origin;
  const root = rootFromInclusionProof(leaf, proof.index, checkpoint.size, proof.proof);
  if (typeof root === 'string' || !equalBytes(root, checkpoint.rootHash)) {
    return fail('inclusion', new VerifyError('inclusion_failed', typeof root === 'string' ? root : 'computed root does not match'));
  }
  checks.push({ id: 'inclusion', ok: true });

  // 4. the log's signature
  let logKey: VerifierKey;
  let cosignerKeys: VerifierKey[];
  try {
    logKey = parseVerifierKey(input.logKey);
    if (logKey.type !== SIG_TYPE_ED25519) throw new VerifyError('log_key_malformed', 'the log key must be an Ed25519 note key (type 0x01)');
  } catch (e) {
    return fail('logSignature', e);
  }
  try {
    cosignerKeys = (input.cosignerKeys ?? []).map((k) => k.trim()).filter((k) => k !== '').map((k) => {
      try {
        return parseVerifierKey(k);
      } catch {
        throw new VerifyError('cosigner_key_malformed', `malformed cosigner key ${k}`);
      }
    });
  } catch (e) {
    return fail('cosignatures', e);
  }
  const sameKey = (k: VerifierKey, s: NoteSignature) => k.name === s.name && k.keyId === s.keyId;
  const logSigs = note.signatures.filter((s) => sameKey(logKey, s));
  if (logSigs.length === 0) return fail('logSignature', new VerifyError('log_signature_missing', 'the checkpoint is not signed by the log key'));
  if (!logSigs.every((s) => verifySignature(logKey, note.textBytes, s).ok)) {
    return fail('logSignature', new VerifyError('log_signature_invalid', 'invalid log signature'));
  }
  const origin = input.origin ?? logKey.name;
  if (checkpoint.origin !== origin) return fail('logSignature', new VerifyError('origin_mismatch', `unexpected origin ${JSON.stringify(checkpoint.origin)}`));
  checks.push({ id: 'logSignature', ok: true });

  // 5. cosignatures (notaries)
  const seen = new Set<string>();
  for (const s of note.signatures) {
    if (sameKey(logKey, s)) continue;
    const id = `${s.name}+${formatKeyId(s.keyId)}`;
    const known = cosignerKeys.find((k) => sameKey(k, s));
    if (!known) {
      if (!seen.has(id)) result.cosignatures.push({ name: s.name, keyId: formatKeyId(s.keyId), ...timestampOf(s), verified: false });
      seen.add(id);
      continue;
    }
    const v = verifySignature(known, note.textBytes, s);
    if (!v.ok) return fail('cosignatures', new VerifyError('cosignature_invalid', `invalid cosignature by ${id}`));
    if (!seen.has(id)) result.cosignatures.push({ name: s.name, keyId: formatKeyId(s.keyId), ...(v.timestamp === undefined ? {} : { timestamp: v.timestamp }), verified: true });
    seen.add(id);
  }
  const verifiedCount = result.cosignatures.filter((c) => c.verified).length;
  const required = input.requireCosigners ?? 0;
  if (verifiedCount < required) {
    return fail('cosignatures', new VerifyError('cosigner_missing', `${verifiedCount} notary cosignatures, ${required} required`));
  }
  checks.push({ id: 'cosignatures', ok: true });
  result.ok = true;
  return result;
}

function timestampOf(s: NoteSignature): { timestamp?: number } {
  const t = cosignatureTimestamp(s.signature);
  return t === undefined ? {} : { timestamp: t };
}

// ——— the notarial statement (a signed note by the notary's key, bound to the entry) ————————

export interface StatementCheck {
  ok: boolean;
  /** The statement's `leaf` line (base64), to compare with the deposit's leaf hash. */
  leaf?: string;
  index?: number;
  detail?: string;
}

/**
 * Verifies a notarial statement (`yunju.safebox/notarial-statement/v1`, a signed note) against the
 * notary's key: the same Ed25519 public key as the notary's cosigner key (type 0x04), used as a
 * note key (type 0x01, its own key ID). Optionally the statement must name `leafHash` (base64).
 */
export function verifyStatement(statement: string, notaryKey: string, leafHash?: string): StatementCheck {
  try {
    const k = parseVerifierKey(notaryKey);
    const noteKey: VerifierKey = { ...k, type: SIG_TYPE_ED25519, keyId: keyId(k.name, SIG_TYPE_ED25519, k.publicKey) };
    const note = parseNote(statement);
    const lines = note.text.split('\n');
    if (lines[0] !== 'yunju.safebox/notarial-statement/v1') return { ok: false, detail: 'not a notarial statement' };
    const field = (name: string) => lines.find((l) => l.startsWith(`${name} `))?.slice(name.length + 1);
    const leaf = field('leaf');
    const index = parseDecimal(field('index') ?? '');
    const sigs = note.signatures.filter((s) => s.name === noteKey.name && s.keyId === noteKey.keyId);
    const base = { ...(leaf === undefined ? {} : { leaf }), ...(index === undefined ? {} : { index }) };
    if (sigs.length === 0) return { ...base, ok: false, detail: 'not signed by the notary key' };
    if (!sigs.every((s) => verifySignature(noteKey, note.textBytes, s).ok)) return { ...base, ok: false, detail: 'invalid signature' };
    if (leafHash !== undefined && leaf !== leafHash) return { ...base, ok: false, detail: 'the statement names another entry' };
    return { ...base, ok: true };
  } catch (e) {
    return { ok: false, detail: e instanceof Error ? e.message : String(e) };
  }
}
