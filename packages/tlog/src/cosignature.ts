/**
 * Timestamped Ed25519 witness cosignatures, cosignature/v1 (https://c2sp.org/tlog-cosignature),
 * signature type 0x04. The note signature is timestamp (u64 big-endian, POSIX seconds) || Ed25519
 * signature (64 bytes) over
 *   "cosignature/v1\n" || "time " || decimal timestamp || "\n" || checkpoint note text.
 * (ML-DSA-44 subtree cosignatures, type 0x06, are not implemented.)
 */
import { concatBytes, encodeBase64, utf8Bytes } from './encoding.ts';
import {
  NoteError,
  SIG_TYPE_COSIGNATURE_V1,
  ed25519PrivateKey,
  ed25519PublicKey,
  ed25519PublicKeyFromSeed,
  ed25519Sign,
  ed25519Verify,
  formatKeyId,
  isValidKeyName,
  keyId,
  parseVerifierKeyFields,
  type NoteSigner,
  type NoteVerifier,
} from './note.ts';

const MAX_TIMESTAMP = 2n ** 63n - 1n;

/** The message a cosigner signs for `text` (the checkpoint note text, final newline included). */
export function cosignedMessage(text: Uint8Array, timestamp: number): Uint8Array {
  if (!Number.isSafeInteger(timestamp) || timestamp < 0) throw new RangeError('timestamp must be a non-negative safe integer');
  return concatBytes(utf8Bytes(`cosignature/v1\ntime ${timestamp}\n`), text);
}

/** The timestamp of a cosignature (signature bytes after the key ID), or undefined if malformed. */
export function cosignatureTimestamp(signature: Uint8Array): number | undefined {
  if (signature.length !== 8 + 64) return undefined;
  const t = Buffer.from(signature.buffer, signature.byteOffset, 8).readBigUInt64BE(0);
  if (t > MAX_TIMESTAMP || t > BigInt(Number.MAX_SAFE_INTEGER)) return undefined;
  return Number(t);
}

export interface CosignatureSigner extends NoteSigner {
  readonly publicKey: Uint8Array;
}

/** A cosigner; `now` gives POSIX seconds (injectable for tests). */
export function cosignatureSigner(name: string, seed: Uint8Array, now: () => number = () => Math.floor(Date.now() / 1000)): CosignatureSigner {
  if (!isValidKeyName(name)) throw new NoteError(`invalid key name ${JSON.stringify(name)}`);
  const key = ed25519PrivateKey(seed);
  const publicKey = ed25519PublicKeyFromSeed(seed);
  return {
    name,
    publicKey,
    keyId: keyId(name, concatBytes(Uint8Array.of(SIG_TYPE_COSIGNATURE_V1), publicKey)),
    sign(text) {
      const t = now();
      const ts = Buffer.alloc(8);
      ts.writeBigUInt64BE(BigInt(t));
      return concatBytes(ts, ed25519Sign(key, cosignedMessage(text, t)));
    },
  };
}

export interface CosignatureVerifier extends NoteVerifier {
  readonly cosignature: true;
}

export function cosignatureVerifier(name: string, publicKey: Uint8Array): CosignatureVerifier {
  if (!isValidKeyName(name)) throw new NoteError(`invalid key name ${JSON.stringify(name)}`);
  const key = ed25519PublicKey(publicKey);
  return {
    name,
    cosignature: true,
    keyId: keyId(name, concatBytes(Uint8Array.of(SIG_TYPE_COSIGNATURE_V1), publicKey)),
    verify(text, signature) {
      const t = cosignatureTimestamp(signature);
      return t !== undefined && ed25519Verify(key, cosignedMessage(text, t), signature.subarray(8));
    },
  };
}

/** `name+hash+base64(0x04||pubkey)` — a vkey for a cosigner. */
export function formatCosignerVerifierKey(name: string, publicKey: Uint8Array): string {
  const typeAndKey = concatBytes(Uint8Array.of(SIG_TYPE_COSIGNATURE_V1), publicKey);
  return `${name}+${formatKeyId(keyId(name, typeAndKey))}+${encodeBase64(typeAndKey)}`;
}

export function parseCosignerVerifierKey(s: string): CosignatureVerifier {
  const f = parseVerifierKeyFields(s);
  if (f.type !== SIG_TYPE_COSIGNATURE_V1 || f.publicKey.length !== 32) throw new NoteError('not a cosignature/v1 verifier key');
  return cosignatureVerifier(f.name, f.publicKey);
}
