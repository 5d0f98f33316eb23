/**
 * The browser verifier (tlog-verify.ts, noble) cross-checked against packages/tlog (node:crypto):
 * receipts built and signed by packages/tlog verify here exactly when they verify there, for every
 * index of every tree size up to 40, and every single-character change of a receipt gets the same
 * verdict from both.
 */
import {
  MemoryHashStore,
  cosignatureSigner,
  ed25519Signer,
  encodeEntry as tlogEncodeEntry,
  formatCheckpoint,
  formatCosignerVerifierKey,
  formatTlogProof,
  formatVerifierKey,
  inclusionProof,
  leafHash as tlogLeafHash,
  nodeHash as tlogNodeHash,
  signNote,
  SIG_TYPE_ED25519 as TLOG_ED25519,
  treeHead,
  verifyReceipt as tlogVerifyReceipt,
  type SafeboxEntry,
} from '@yunju/tlog';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashBlob } from './hash-blob.ts';
import { encodeEntry, leafHash, nodeHash, parseVerifierKey, rootFromInclusionProof, toBase64, verifyReceipt, verifyStatement, type ReceiptInput } from './tlog-verify.ts';

const ORIGIN = 'yunju.test/safebox/log';
const seed = (n: number) => new Uint8Array(32).fill(n);
const logSigner = ed25519Signer(ORIGIN, seed(1));
const logKey = formatVerifierKey(ORIGIN, TLOG_ED25519, logSigner.publicKey);
const notary = cosignatureSigner('notary.yunju.test', seed(2), () => 1_790_000_000);
const notaryKey = formatCosignerVerifierKey('notary.yunju.test', notary.publicKey);
const otherNotary = cosignatureSigner('notary2.yunju.test', seed(3), () => 1_790_000_100);
const otherNotaryKey = formatCosignerVerifierKey('notary2.yunju.test', otherNotary.publicKey);

const hex = (n: number, tag: string) => createHash('sha256').update(`${tag}${n}`).digest('hex');
const entryOf = (i: number): SafeboxEntry => ({ sha256: hex(i, 'file'), salt: hex(i, 'salt'), enterprise: hex(i % 3, 'ent'), time: 1_764_000_000_000 + i });

async function logOf(size: number) {
  const store = new MemoryHashStore();
  const entries = Array.from({ length: size }, (_, i) => entryOf(i));
  for (const e of entries) store.append(tlogLeafHash(tlogEncodeEntry(e)));
  const root = await treeHead(store, size);
  const text = formatCheckpoint({ origin: ORIGIN, size, rootHash: root, extensions: [] });
  return { store, entries, text };
}

async function receiptFor(size: number, index: number, cosigners: Parameters<typeof signNote>[1] = []) {
  const { store, entries, text } = await logOf(size);
  const checkpoint = signNote(text, [logSigner, ...cosigners]);
  const proof = await inclusionProof(store, index, size);
  const entry = entries[index] as SafeboxEntry;
  return { receipt: formatTlogProof({ extra: tlogEncodeEntry(entry), index, proof, checkpoint }), entry };
}

/** Both verifiers' verdicts on the same input. */
function both(input: ReceiptInput): { ours: boolean; theirs: boolean; reason?: string } {
  const ours = verifyReceipt(input);
  let theirs = true;
  try {
    tlogVerifyReceipt({
      receipt: input.receipt,
      logKey: input.logKey,
      sha256: input.sha256,
      salt: input.salt,
      cosigners: input.cosignerKeys ?? [],
      require: input.requireCosigners ?? 0,
    });
  } catch {
    theirs = false;
  }
  return { ours: ours.ok, theirs, ...(ours.failure ? { reason: ours.failure.detail } : {}) };
}

// Generous timeouts: the machine is shared (no timing is asserted).
describe('browser receipt verifier', () => {
  it('hashes like RFC 9162 and encodes entries like packages/tlog', () => {
    const e = entryOf(7);
    expect(encodeEntry(e)).toEqual(tlogEncodeEntry(e));
    expect(leafHash(encodeEntry(e))).toEqual(tlogLeafHash(tlogEncodeEntry(e)));
    const a = tlogLeafHash(new Uint8Array([1]));
    const b = tlogLeafHash(new Uint8Array([2]));
    expect(nodeHash(a, b)).toEqual(tlogNodeHash(a, b));
  });

  it('parses verifier keys with the key ID of packages/tlog (and refuses a wrong ID)', () => {
    const k = parseVerifierKey(logKey);
    expect(k.name).toBe(ORIGIN);
    expect(k.keyId).toBe(logSigner.keyId);
    expect(parseVerifierKey(notaryKey).keyId).toBe(notary.keyId);
    const [name, id, b64] = logKey.split('+') as [string, string, string];
    const wrongId = (Number.parseInt(id, 16) ^ 1).toString(16).padStart(8, '0');
    expect(() => parseVerifierKey(`${name}+${wrongId}+${b64}`)).toThrow();
  });

  it('recomputes the root of every inclusion proof of every tree size up to 40', { timeout: 120_000 }, async () => {
    for (let size = 1; size <= 40; size++) {
      const { store, entries } = await logOf(size);
      const root = await treeHead(store, size);
      for (let i = 0; i < size; i++) {
        const proof = await inclusionProof(store, i, size);
        const leaf = leafHash(encodeEntry(entries[i] as SafeboxEntry));
        expect(rootFromInclusionProof(leaf, i, size, proof), `${i}/${size}`).toEqual(root);
        // a wrong index or size gives another root or a reason
        if (size > 1) expect(rootFromInclusionProof(leaf, (i + 1) % size, size, proof)).not.toEqual(root);
      }
    }
  });

  it('accepts what packages/tlog accepts: every index of sizes 1..24, with and without a notary', { timeout: 120_000 }, async () => {
    for (let size = 1; size <= 24; size++) {
      for (let index = 0; index < size; index++) {
        const { receipt, entry } = await receiptFor(size, index, index % 2 === 0 ? [notary] : []);
        const input = { receipt, sha256: entry.sha256, salt: entry.salt, logKey, cosignerKeys: [notaryKey], requireCosigners: index % 2 === 0 ? 1 : 0 };
        expect(both(input), `${index}/${size}`).toEqual({ ours: true, theirs: true });
        const result = verifyReceipt(input);
        expect(result.index).toBe(index);
        expect(result.treeSize).toBe(size);
        expect(result.entry?.time).toBe(entry.time);
      }
    }
  });

  it('reports the notary cosignature with its time, and fails a notary policy without it', async () => {
    const signed = await receiptFor(9, 4, [notary]);
    const ok = verifyReceipt({ receipt: signed.receipt, sha256: signed.entry.sha256, salt: signed.entry.salt, logKey, cosignerKeys: [notaryKey], requireCosigners: 1 });
    expect(ok.ok).toBe(true);
    expect(ok.cosignatures).toEqual([{ name: 'notary.yunju.test', keyId: notaryKey.split('+')[1], timestamp: 1_790_000_000, verified: true }]);
    // without the notary's key the cosignature is shown, not counted
    const unknown = verifyReceipt({ receipt: signed.receipt, sha256: signed.entry.sha256, salt: signed.entry.salt, logKey });
    expect(unknown.ok).toBe(true);
    expect(unknown.cosignatures[0]?.verified).toBe(false);

    const plain = await receiptFor(9, 4);
    const input = { receipt: plain.receipt, sha256: plain.entry.sha256, salt: plain.entry.salt, logKey, cosignerKeys: [notaryKey], requireCosigners: 1 };
    expect(both(input)).toMatchObject({ ours: false, theirs: false });
    expect(verifyReceipt(input).failure?.code).toBe('cosigner_missing');
    // another notary's cosignature does not satisfy a policy naming this notary
    const other = await receiptFor(9, 4, [otherNotary]);
    expect(both({ ...input, receipt: other.receipt })).toMatchObject({ ours: false, theirs: false });
    // with both keys given and both cosigned, two are counted
    const two = await receiptFor(9, 4, [notary, otherNotary]);
    expect(both({ ...input, receipt: two.receipt, cosignerKeys: [notaryKey, otherNotaryKey], requireCosigners: 2 })).toEqual({ ours: true, theirs: true });
  });

  it('fails on one changed character of the file hash or the salt', { timeout: 120_000 }, async () => {
    const { receipt, entry } = await receiptFor(13, 6, [notary]);
    const base = { receipt, sha256: entry.sha256, salt: entry.salt, logKey, cosignerKeys: [notaryKey], requireCosigners: 1 };
    const flip = (s: string, at: number) => s.slice(0, at) + (s[at] === '0' ? '1' : '0') + s.slice(at + 1);
    for (let at = 0; at < 64; at++) {
      expect(both({ ...base, sha256: flip(entry.sha256, at) })).toMatchObject({ ours: false, theirs: false });
      expect(both({ ...base, salt: flip(entry.salt, at) })).toMatchObject({ ours: false, theirs: false });
    }
    expect(verifyReceipt({ ...base, sha256: flip(entry.sha256, 0) }).failure?.code).toBe('commitment_mismatch');
    // upper-case hex is the same hash
    expect(verifyReceipt({ ...base, sha256: entry.sha256.toUpperCase() }).ok).toBe(true);
  });

  it('agrees with packages/tlog on every single-character change of a notarised receipt', { timeout: 120_000 }, async () => {
    const { receipt, entry } = await receiptFor(21, 13, [notary]);
    let rejected = 0;
    for (let at = 0; at < receipt.length; at++) {
      const code = receipt.charCodeAt(at);
      const mutated = receipt.slice(0, at) + String.fromCharCode(code ^ 1) + receipt.slice(at + 1);
      for (const policy of [{ cosignerKeys: [notaryKey], requireCosigners: 1 }, {}]) {
        const v = both({ receipt: mutated, sha256: entry.sha256, salt: entry.salt, logKey, ...policy });
        expect(v.ours, `char ${at} (${JSON.stringify(receipt[at])}) ${JSON.stringify(policy)}: ${v.reason}`).toBe(v.theirs);
        if (!v.ours) rejected++;
      }
    }
    // with the notary required, every change is caught (nothing in a receipt is unauthenticated then)
    expect(rejected).toBeGreaterThan(receipt.length);
  });

  it('fails with a wrong log key or origin', async () => {
    const { receipt, entry } = await receiptFor(5, 2);
    const other = ed25519Signer(ORIGIN, seed(9));
    const base = { receipt, sha256: entry.sha256, salt: entry.salt };
    expect(verifyReceipt({ ...base, logKey: formatVerifierKey(ORIGIN, TLOG_ED25519, other.publicKey) }).failure?.code).toBe('log_signature_missing');
    expect(verifyReceipt({ ...base, logKey, origin: 'elsewhere' }).failure?.code).toBe('origin_mismatch');
    expect(verifyReceipt({ ...base, logKey: 'nonsense' }).failure?.code).toBe('log_key_malformed');
    expect(verifyReceipt({ ...base, logKey, receipt: 'c2sp.org/tlog-proof@v1\nindex 0\n' }).failure?.code).toBe('receipt_malformed');
  });
});

describe('notarial statement', () => {
  it('verifies the notary’s signed statement with the note key derived from the cosigner key', () => {
    const leaf = toBase64(leafHash(encodeEntry(entryOf(3))));
    const text = `yunju.safebox/notarial-statement/v1\nlog ${ORIGIN}\nindex 3\nleaf ${leaf}\ncheckpoint 9 AAAA\nnotary 公证员\n`;
    const statement = signNote(text, [ed25519Signer('notary.yunju.test', seed(2))]);
    expect(verifyStatement(statement, notaryKey, leaf)).toEqual({ ok: true, leaf, index: 3 });
    expect(verifyStatement(statement, notaryKey, toBase64(leafHash(encodeEntry(entryOf(4))))).ok).toBe(false);
    expect(verifyStatement(statement, otherNotaryKey).ok).toBe(false);
    expect(verifyStatement(statement.replace('index 3', 'index 4'), notaryKey).ok).toBe(false);
    // a statement signed by the log key is not the notary's
    expect(verifyStatement(signNote(text, [logSigner]), notaryKey).ok).toBe(false);
  });
});

describe('hashBlob (the worker’s incremental SHA-256)', () => {
  it('gives node:crypto’s digest across slice boundaries and reports progress', async () => {
    const bytes = new Uint8Array(1_000_003);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 31 + 7) & 0xff;
    const progress: number[] = [];
    const digest = await hashBlob(new Blob([bytes]), (p) => progress.push(p.done), { sliceBytes: 65_536 });
    expect(digest).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(progress.at(-1)).toBe(bytes.length);
    expect(progress).toHaveLength(Math.ceil(bytes.length / 65_536));
    expect(await hashBlob(new Blob([]))).toBe(createHash('sha256').digest('hex'));
  });
});
