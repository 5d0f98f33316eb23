/**
 * Checkpoints (https://c2sp.org/tlog-checkpoint): the note text
 *   <origin>\n<tree size, decimal, no leading zeroes>\n<base64 root hash>\n[<extension line>\n]…
 * signed by the log (Ed25519 note signature) and optionally cosigned by witnesses.
 */
import { cosignatureTimestamp } from './cosignature.ts';
import { decodeBase64, encodeBase64, parseDecimal } from './encoding.ts';
import { HASH_SIZE } from './hash.ts';
import { NoteError, openNote, signNote, type NoteSigner, type NoteVerifier, type OpenedNote } from './note.ts';

export interface Checkpoint {
  origin: string;
  size: number;
  rootHash: Uint8Array;
  extensions: string[];
}

export class CheckpointError extends Error {
  override name = 'CheckpointError';
}

export function formatCheckpoint(c: Checkpoint): string {
  if (c.origin === '' || c.origin.includes('\n')) throw new CheckpointError('origin must be a non-empty line');
  if (!Number.isSafeInteger(c.size) || c.size < 0) throw new CheckpointError('size must be a safe non-negative integer');
  if (c.rootHash.length !== HASH_SIZE) throw new CheckpointError('root hash must be 32 bytes');
  for (const e of c.extensions) if (e === '' || e.includes('\n')) throw new CheckpointError('extension lines must be non-empty lines');
  return [c.origin, String(c.size), encodeBase64(c.rootHash), ...c.extensions].map((l) => `${l}\n`).join('');
}

/** Parses checkpoint note text (as returned by openNote). Sizes above 2^53−1 are refused. */
export function parseCheckpoint(text: string): Checkpoint {
  if (!text.endsWith('\n')) throw new CheckpointError('checkpoint text must end with a newline');
  const lines = text.slice(0, -1).split('\n');
  if (lines.length < 3) throw new CheckpointError('checkpoint needs origin, size and root hash lines');
  if (lines.some((l) => l === '')) throw new CheckpointError('checkpoint lines must be non-empty');
  const [origin, sizeLine, rootLine, ...extensions] = lines as [string, string, string, ...string[]];
  const size = parseDecimal(sizeLine);
  if (size === undefined) throw new CheckpointError('malformed tree size');
  const rootHash = decodeBase64(rootLine);
  if (rootHash === undefined || rootHash.length !== HASH_SIZE) throw new CheckpointError('malformed root hash');
  return { origin, size, rootHash, extensions };
}

export function signCheckpoint(c: Checkpoint, signers: readonly NoteSigner[]): string {
  return signNote(formatCheckpoint(c), signers);
}

export interface CheckpointPolicy {
  /** Expected origin line. */
  origin: string;
  /** The log's keys: at least one must have signed. */
  logVerifiers: readonly NoteVerifier[];
  /** Witness (cosigner) keys, and how many of them must have cosigned (default 0). */
  witnessVerifiers?: readonly NoteVerifier[];
  witnessQuorum?: number;
}

export interface OpenedCheckpoint {
  checkpoint: Checkpoint;
  note: OpenedNote;
  /** Verified witness cosignatures, with their timestamps when they are cosignature/v1. */
  cosignatures: { name: string; keyId: number; timestamp?: number }[];
}

/** Verifies a signed checkpoint against a policy. Throws NoteError / CheckpointError. */
export function openCheckpoint(msg: string | Uint8Array, policy: CheckpointPolicy): OpenedCheckpoint {
  const witnesses = policy.witnessVerifiers ?? [];
  const note = openNote(msg, [...policy.logVerifiers, ...witnesses]);
  const isLog = (s: { name: string; keyId: number }): boolean => policy.logVerifiers.some((v) => v.name === s.name && v.keyId === s.keyId);
  if (!note.verified.some(isLog)) throw new NoteError('checkpoint is not signed by the log');
  const checkpoint = parseCheckpoint(note.text);
  if (checkpoint.origin !== policy.origin) throw new CheckpointError(`unexpected origin ${JSON.stringify(checkpoint.origin)}`);
  const cosignatures = note.verified
    .filter((s) => !isLog(s) && witnesses.some((v) => v.name === s.name && v.keyId === s.keyId))
    .map((s) => {
      const timestamp = cosignatureTimestamp(s.signature);
      return timestamp === undefined ? { name: s.name, keyId: s.keyId } : { name: s.name, keyId: s.keyId, timestamp };
    });
  const quorum = policy.witnessQuorum ?? 0;
  if (cosignatures.length < quorum) throw new CheckpointError(`${cosignatures.length} witness cosignatures, ${quorum} required`);
  return { checkpoint, note, cosignatures };
}
