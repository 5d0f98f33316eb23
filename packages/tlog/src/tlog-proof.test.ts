import { describe, expect, it } from 'vitest';
import { signCheckpoint } from './checkpoint.ts';
import { cosignatureSigner, cosignatureVerifier } from './cosignature.ts';
import { leafHash } from './hash.ts';
import { NoteError, SIG_TYPE_ED25519, ed25519Signer, formatVerifierKey, parseNote, parseVerifierKey, signNote } from './note.ts';
import { MemoryHashStore, inclusionProof, treeHead } from './tree.ts';
import { TLOG_PROOF_HEADER, formatTlogProof, parseTlogProof, verifyTlogProof } from './tlog-proof.ts';
import { ProofError } from './verify.ts';

const origin = 'yunju.example/safe-box/log';
const log = ed25519Signer(origin, new Uint8Array(32).fill(3));
const logV = parseVerifierKey(formatVerifierKey(origin, SIG_TYPE_ED25519, log.publicKey));
const w = cosignatureSigner('witness.example/w', new Uint8Array(32).fill(4), () => 1_700_000_000);
const wV = cosignatureVerifier(w.name, w.publicKey);

async function fixture(): Promise<{ text: string; leaves: Uint8Array[] }> {
  const store = new MemoryHashStore();
  const leaves = Array.from({ length: 11 }, (_, i) => leafHash(Buffer.from(`deposit ${i}`)));
  for (const l of leaves) store.append(l);
  const signed = signCheckpoint({ origin, size: 11, rootHash: await treeHead(store, 11), extensions: [] }, [log]);
  const note = parseNote(signed);
  const checkpoint = signNote(note.text, [w], note.signatures);
  const text = formatTlogProof({ extra: Buffer.from('ctx'), index: 6, proof: await inclusionProof(store, 6, 11), checkpoint });
  return { text, leaves };
}

describe('tlog-proof', () => {
  it('formats, parses and verifies an offline proof with a witness quorum', async () => {
    const { text, leaves } = await fixture();
    expect(text.startsWith(`${TLOG_PROOF_HEADER}\nextra Y3R4\nindex 6\n`)).toBe(true);
    const policy = { origin, logVerifiers: [logV], witnessVerifiers: [wV], witnessQuorum: 1 };
    const ok = verifyTlogProof(text, leaves[6] as Uint8Array, policy);
    expect(ok.proof.index).toBe(6);
    expect(Buffer.from(ok.proof.extra ?? []).toString()).toBe('ctx');
    expect(ok.checkpoint.cosignatures).toEqual([{ name: w.name, keyId: w.keyId, timestamp: 1_700_000_000 }]);
    expect(() => verifyTlogProof(text, leaves[5] as Uint8Array, policy)).toThrow(ProofError);
    expect(() => verifyTlogProof(text.replace('index 6', 'index 7'), leaves[6] as Uint8Array, policy)).toThrow(ProofError);
    expect(() => verifyTlogProof(text, leaves[6] as Uint8Array, { ...policy, logVerifiers: [] })).toThrow(NoteError);
  });

  it('parses without extra and rejects malformed proofs', async () => {
    const { text } = await fixture();
    const noExtra = text.replace('extra Y3R4\n', '');
    expect(parseTlogProof(noExtra).extra).toBeUndefined();
    const bad = [
      text.replace(TLOG_PROOF_HEADER, 'c2sp.org/tlog-proof@v2'),
      text.replace('index 6', 'index 06'),
      text.replace('index 6', 'idx 6'),
      text.replace('extra Y3R4', 'extra Y3R'),
      text.replace('\n\n', '\nnot base64\n\n'),
      text.replace(/\n\n[\s\S]*$/, ''),
    ];
    for (const b of bad) expect(() => parseTlogProof(b), b.slice(0, 80)).toThrow(ProofError);
  });
});
