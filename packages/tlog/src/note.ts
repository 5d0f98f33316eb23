/**
 * C2SP signed notes (https://c2sp.org/signed-note) with Ed25519 (signature type 0x01), and the key
 * string encodings used by golang.org/x/mod/sumdb/note:
 *   verifier key  <name>+<key ID as 8 lowercase hex digits>+base64(type || public key)
 *   signer key    PRIVATE+KEY+<name>+<key ID>+base64(0x01 || 32-byte Ed25519 seed)
 * Key ID = first 4 bytes (big-endian uint32) of SHA-256(name || 0x0A || type || public key).
 */
import { createPrivateKey, createPublicKey, generateKeyPairSync, hash, sign, verify, type KeyObject } from 'node:crypto';
import { concatBytes, decodeBase64, decodeUtf8, encodeBase64, utf8Bytes } from './encoding.ts';

export const SIG_TYPE_ED25519 = 0x01;
export const SIG_TYPE_COSIGNATURE_V1 = 0x04;

/** Upper bound on signature lines per note (the spec requires accepting at least 16). */
export const MAX_SIGNATURES = 100;

export class NoteError extends Error {
  override name = 'NoteError';
}

export interface NoteSigner {
  readonly name: string;
  readonly keyId: number;
  /** Signature bytes (without the key ID) over the note text. */
  sign(text: Uint8Array): Uint8Array;
}

export interface NoteVerifier {
  readonly name: string;
  readonly keyId: number;
  verify(text: Uint8Array, signature: Uint8Array): boolean;
}

export interface NoteSignature {
  name: string;
  keyId: number;
  /** Signature bytes after the 4-byte key ID. */
  signature: Uint8Array;
  /** The base64 field of the signature line, verbatim. */
  base64: string;
}

export interface ParsedNote {
  /** The note text, including its final newline. */
  text: string;
  textBytes: Uint8Array;
  signatures: NoteSignature[];
}

export interface OpenedNote {
  text: string;
  textBytes: Uint8Array;
  /** Signatures by known keys, all verified (duplicates of the same key removed). */
  verified: NoteSignature[];
  /** Signatures by unknown keys (ignored, identical lines removed). */
  unverified: NoteSignature[];
}

const SIG_PREFIX = utf8Bytes('\u2014 ');

/** Key names: non-empty, no Unicode white space, no '+'. */
export function isValidKeyName(name: string): boolean {
  return name !== '' && !/[\p{White_Space}+]/u.test(name) && decodeUtf8(utf8Bytes(name)) === name;
}

/** Key ID = SHA-256(name || "\n" || type || public key)[:4] as a big-endian uint32. */
export function keyId(name: string, typeAndKey: Uint8Array): number {
  const h = hash('sha256', concatBytes(utf8Bytes(name), Uint8Array.of(0x0a), typeAndKey), 'buffer');
  return h.readUInt32BE(0);
}

export function formatKeyId(id: number): string {
  return id.toString(16).padStart(8, '0');
}

const PKCS8_ED25519 = Buffer.from('302e020100300506032b657004220420', 'hex');
const SPKI_ED25519 = Buffer.from('302a300506032b6570032100', 'hex');

export function ed25519PrivateKey(seed: Uint8Array): KeyObject {
  if (seed.length !== 32) throw new RangeError('Ed25519 seed must be 32 bytes');
  return createPrivateKey({ key: Buffer.concat([PKCS8_ED25519, seed]), format: 'der', type: 'pkcs8' });
}

export function ed25519PublicKey(publicKey: Uint8Array): KeyObject {
  if (publicKey.length !== 32) throw new RangeError('Ed25519 public key must be 32 bytes');
  return createPublicKey({ key: Buffer.concat([SPKI_ED25519, publicKey]), format: 'der', type: 'spki' });
}

export function ed25519PublicKeyFromSeed(seed: Uint8Array): Uint8Array {
  const der = createPublicKey(ed25519PrivateKey(seed)).export({ format: 'der', type: 'spki' });
  return new Uint8Array(der.subarray(SPKI_ED25519.length));
}

export function ed25519Sign(seedKey: KeyObject, message: Uint8Array): Uint8Array {
  return new Uint8Array(sign(null, message, seedKey));
}

export function ed25519Verify(publicKey: KeyObject, message: Uint8Array, signature: Uint8Array): boolean {
  return signature.length === 64 && verify(null, message, publicKey, signature);
}

function checkName(name: string): void {
  if (!isValidKeyName(name)) throw new NoteError(`invalid key name ${JSON.stringify(name)}`);
}

/** Ed25519 note signer (type 0x01) from a 32-byte seed. */
export function ed25519Signer(name: string, seed: Uint8Array): NoteSigner & { publicKey: Uint8Array } {
  checkName(name);
  const key = ed25519PrivateKey(seed);
  const publicKey = ed25519PublicKeyFromSeed(seed);
  return {
    name,
    keyId: keyId(name, concatBytes(Uint8Array.of(SIG_TYPE_ED25519), publicKey)),
    publicKey,
    sign: (text) => ed25519Sign(key, text),
  };
}

/** Ed25519 note verifier (type 0x01) for a 32-byte public key. */
export function ed25519Verifier(name: string, publicKey: Uint8Array): NoteVerifier {
  checkName(name);
  const key = ed25519PublicKey(publicKey);
  return {
    name,
    keyId: keyId(name, concatBytes(Uint8Array.of(SIG_TYPE_ED25519), publicKey)),
    verify: (text, sig) => ed25519Verify(key, text, sig),
  };
}

export function formatVerifierKey(name: string, type: number, publicKey: Uint8Array): string {
  checkName(name);
  const typeAndKey = concatBytes(Uint8Array.of(type), publicKey);
  return `${name}+${formatKeyId(keyId(name, typeAndKey))}+${encodeBase64(typeAndKey)}`;
}

export function formatSignerKey(name: string, seed: Uint8Array): string {
  const s = ed25519Signer(name, seed);
  return `PRIVATE+KEY+${name}+${formatKeyId(s.keyId)}+${encodeBase64(concatBytes(Uint8Array.of(SIG_TYPE_ED25519), seed))}`;
}

/** A fresh Ed25519 key pair as signer and verifier key strings. */
export function generateEd25519Keys(name: string): { signerKey: string; verifierKey: string } {
  const { privateKey } = generateKeyPairSync('ed25519');
  const der = privateKey.export({ format: 'der', type: 'pkcs8' });
  const seed = new Uint8Array(der.subarray(PKCS8_ED25519.length));
  return { signerKey: formatSignerKey(name, seed), verifierKey: formatVerifierKey(name, SIG_TYPE_ED25519, ed25519PublicKeyFromSeed(seed)) };
}

/** Splits at the first parts−1 '+' signs; the last field (base64) may itself contain '+'. */
function splitKey(s: string, parts: number): string[] | undefined {
  const out: string[] = [];
  let rest = s;
  for (let i = 0; i < parts - 1; i++) {
    const at = rest.indexOf('+');
    if (at < 0) return undefined;
    out.push(rest.slice(0, at));
    rest = rest.slice(at + 1);
  }
  out.push(rest);
  return out;
}

/** Parses `name+hash+base64(type||key)`; the hash must match. Returns the raw fields. */
export function parseVerifierKeyFields(s: string): { name: string; keyId: number; type: number; publicKey: Uint8Array } {
  const p = splitKey(s, 3);
  const [name, hex, b64] = p ?? [];
  if (name === undefined || hex === undefined || b64 === undefined) throw new NoteError('malformed verifier key');
  checkName(name);
  const raw = decodeBase64(b64);
  if (!/^[0-9a-f]{8}$/.test(hex) || raw === undefined || raw.length < 2) throw new NoteError('malformed verifier key');
  const id = keyId(name, raw);
  if (id !== Number.parseInt(hex, 16)) throw new NoteError('verifier key ID does not match the key');
  return { name, keyId: id, type: raw[0] as number, publicKey: raw.subarray(1) };
}

/** Parses a verifier key of type 0x01 (Ed25519). For 0x04 cosigner keys see cosignature.ts. */
export function parseVerifierKey(s: string): NoteVerifier {
  const f = parseVerifierKeyFields(s);
  if (f.type !== SIG_TYPE_ED25519) throw new NoteError(`unsupported signature type 0x${f.type.toString(16).padStart(2, '0')}`);
  if (f.publicKey.length !== 32) throw new NoteError('malformed verifier key');
  return ed25519Verifier(f.name, f.publicKey);
}

/** Parses `PRIVATE+KEY+name+hash+base64(0x01||seed)`; the hash must match the derived public key. */
export function parseSignerKey(s: string): NoteSigner & { publicKey: Uint8Array } {
  const p = splitKey(s, 5);
  const [k1, k2, name, hex, b64] = p ?? [];
  if (k1 !== 'PRIVATE' || k2 !== 'KEY' || name === undefined || hex === undefined || b64 === undefined) {
    throw new NoteError('malformed signer key');
  }
  checkName(name);
  const raw = decodeBase64(b64);
  if (!/^[0-9a-f]{8}$/.test(hex) || raw === undefined || raw.length !== 33 || raw[0] !== SIG_TYPE_ED25519) {
    throw new NoteError('malformed signer key');
  }
  const signer = ed25519Signer(name, raw.subarray(1));
  if (signer.keyId !== Number.parseInt(hex, 16)) throw new NoteError('signer key ID does not match the key');
  return signer;
}

function indexOf(hay: Uint8Array, needle: Uint8Array, from: number): number {
  return Buffer.from(hay.buffer, hay.byteOffset, hay.byteLength).indexOf(needle, from);
}

/** Syntax check and split of a signed note; signatures are not verified. Throws NoteError. */
export function parseNote(msg: string | Uint8Array): ParsedNote {
  const bytes = typeof msg === 'string' ? utf8Bytes(msg) : msg;
  if (decodeUtf8(bytes) === undefined) throw new NoteError('malformed note: invalid UTF-8');
  for (const b of bytes) if (b < 0x20 && b !== 0x0a) throw new NoteError('malformed note: control character');
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const split = buf.lastIndexOf('\n\n');
  if (split < 0) throw new NoteError('malformed note: no blank line before the signatures');
  const textBytes = bytes.subarray(0, split + 1);
  const sigs = bytes.subarray(split + 2);
  if (sigs.length === 0 || sigs[sigs.length - 1] !== 0x0a) throw new NoteError('malformed note: no signature lines');
  const signatures: NoteSignature[] = [];
  let at = 0;
  while (at < sigs.length) {
    const nl = indexOf(sigs, Uint8Array.of(0x0a), at);
    const line = sigs.subarray(at, nl);
    at = nl + 1;
    if (signatures.length >= MAX_SIGNATURES) throw new NoteError('malformed note: too many signatures');
    if (indexOf(line, SIG_PREFIX, 0) !== 0) throw new NoteError('malformed note: signature line must start with "— "');
    const rest = decodeUtf8(line.subarray(SIG_PREFIX.length)) ?? '';
    const sp = rest.indexOf(' ');
    const name = sp < 0 ? rest : rest.slice(0, sp);
    const b64 = sp < 0 ? '' : rest.slice(sp + 1);
    const raw = decodeBase64(b64);
    if (!isValidKeyName(name) || raw === undefined || raw.length < 5) throw new NoteError('malformed note: bad signature line');
    signatures.push({ name, keyId: Buffer.from(raw.buffer, raw.byteOffset, 4).readUInt32BE(0), signature: raw.subarray(4), base64: b64 });
  }
  return { text: decodeUtf8(textBytes) ?? '', textBytes, signatures };
}

/**
 * Opens a signed note: every signature whose (name, key ID) matches a known verifier must verify
 * (one bad signature from a known key rejects the whole note); signatures from unknown keys are
 * ignored, even when they share the name or the ID (not both) with a known key; at least one known
 * signature is required. Throws NoteError.
 */
export function openNote(msg: string | Uint8Array, verifiers: readonly NoteVerifier[]): OpenedNote {
  const parsed = parseNote(msg);
  const verified: NoteSignature[] = [];
  const unverified: NoteSignature[] = [];
  const seen = new Set<string>();
  for (const sig of parsed.signatures) {
    const known = verifiers.filter((v) => v.name === sig.name && v.keyId === sig.keyId);
    const id = `${sig.name}+${formatKeyId(sig.keyId)}`;
    if (known.length > 1) throw new NoteError(`ambiguous key ${id}`);
    const v = known[0];
    if (v === undefined) {
      const line = `${sig.name} ${sig.base64}`;
      if (!seen.has(line)) unverified.push(sig);
      seen.add(line);
      continue;
    }
    if (!v.verify(parsed.textBytes, sig.signature)) throw new NoteError(`invalid signature for key ${id}`);
    if (!seen.has(id)) verified.push(sig);
    seen.add(id);
  }
  if (verified.length === 0) throw new NoteError('note has no verifiable signatures');
  return { text: parsed.text, textBytes: parsed.textBytes, verified, unverified };
}

/** Checks the text can be the text of a note: non-empty, newline-terminated, no control characters. */
export function checkNoteText(text: string): Uint8Array {
  const bytes = utf8Bytes(text);
  if (bytes.length === 0 || bytes[bytes.length - 1] !== 0x0a) throw new NoteError('malformed note: text must end with a newline');
  if (decodeUtf8(bytes) !== text) throw new NoteError('malformed note: text is not valid Unicode');
  for (const b of bytes) if (b < 0x20 && b !== 0x0a) throw new NoteError('malformed note: control character');
  return bytes;
}

export function formatSignatureLine(name: string, id: number, signature: Uint8Array): string {
  const raw = new Uint8Array(4 + signature.length);
  Buffer.from(raw.buffer).writeUInt32BE(id >>> 0, 0);
  raw.set(signature, 4);
  return `\u2014 ${name} ${encodeBase64(raw)}\n`;
}

/**
 * Signs `text` with each signer and returns the signed note. `existing` signatures (e.g. from a
 * note being cosigned) are kept, except those by the same (name, key ID) as a new signer.
 */
export function signNote(text: string, signers: readonly NoteSigner[], existing: readonly NoteSignature[] = []): string {
  const bytes = checkNoteText(text);
  if (signers.length === 0 && existing.length === 0) throw new NoteError('a note needs at least one signature');
  const lines: string[] = [];
  for (const s of existing) {
    if (signers.some((x) => x.name === s.name && x.keyId === s.keyId)) continue;
    if (!isValidKeyName(s.name)) throw new NoteError('malformed note: bad signature name');
    lines.push(formatSignatureLine(s.name, s.keyId, s.signature));
  }
  for (const s of signers) {
    checkName(s.name);
    lines.push(formatSignatureLine(s.name, s.keyId, s.sign(bytes)));
  }
  return `${text}\n${lines.join('')}`;
}
