/**
 * Transparency log proofs (https://c2sp.org/tlog-proof), "spicy signatures":
 *   c2sp.org/tlog-proof@v1
 *   [extra <base64>]
 *   index <N>
 *   <base64 inclusion proof hash>…      (leaf sibling first)
 *   <empty line>
 *   <signed checkpoint, verbatim>
 */
import { openCheckpoint, type CheckpointPolicy, type OpenedCheckpoint } from './checkpoint.ts';
import { decodeBase64, encodeBase64, parseDecimal } from './encoding.ts';
import { HASH_SIZE } from './hash.ts';
import { ProofError, inclusionError } from './verify.ts';

export const TLOG_PROOF_HEADER = 'c2sp.org/tlog-proof@v1';

export interface TlogProof {
  /** Opaque, unauthenticated application data. */
  extra?: Uint8Array;
  index: number;
  proof: Uint8Array[];
  /** The signed checkpoint note, verbatim. */
  checkpoint: string;
}

export function formatTlogProof(p: TlogProof): string {
  const lines = [TLOG_PROOF_HEADER];
  if (p.extra !== undefined) lines.push(`extra ${encodeBase64(p.extra)}`);
  lines.push(`index ${p.index}`, ...p.proof.map(encodeBase64));
  return `${lines.join('\n')}\n\n${p.checkpoint}`;
}

export function parseTlogProof(s: string): TlogProof {
  const sep = s.indexOf('\n\n');
  if (sep < 0) throw new ProofError('tlog-proof: missing empty line before the checkpoint');
  const lines = s.slice(0, sep).split('\n');
  const checkpoint = s.slice(sep + 2);
  let at = 0;
  if (lines[at++] !== TLOG_PROOF_HEADER) throw new ProofError(`tlog-proof: first line must be ${TLOG_PROOF_HEADER}`);
  let extra: Uint8Array | undefined;
  if (lines[at]?.startsWith('extra ')) {
    extra = decodeBase64((lines[at++] as string).slice('extra '.length));
    if (extra === undefined || extra.length === 0) throw new ProofError('tlog-proof: malformed extra line');
  }
  const indexLine = lines[at++];
  const index = indexLine?.startsWith('index ') ? parseDecimal(indexLine.slice('index '.length)) : undefined;
  if (index === undefined) throw new ProofError('tlog-proof: malformed index line');
  const proof = lines.slice(at).map((l) => {
    const h = decodeBase64(l);
    if (h === undefined || h.length !== HASH_SIZE) throw new ProofError('tlog-proof: malformed proof hash');
    return h;
  });
  return extra === undefined ? { index, proof, checkpoint } : { extra, index, proof, checkpoint };
}

/**
 * Verifies a tlog-proof for a leaf hash: the checkpoint against the policy (log signature, origin,
 * witness quorum) and the inclusion proof against the checkpoint's root. Throws on failure.
 */
export function verifyTlogProof(s: string, leaf: Uint8Array, policy: CheckpointPolicy): { proof: TlogProof; checkpoint: OpenedCheckpoint } {
  const proof = parseTlogProof(s);
  const checkpoint = openCheckpoint(proof.checkpoint, policy);
  const { size, rootHash } = checkpoint.checkpoint;
  const err = inclusionError(leaf, proof.index, size, proof.proof, rootHash);
  if (err !== null) throw new ProofError(`tlog-proof: ${err}`);
  return { proof, checkpoint };
}
