import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cosignatureSigner, formatCosignerVerifierKey } from './cosignature.ts';
import { signCheckpoint } from './checkpoint.ts';
import { encodeEntry, enterpriseIdentityHash, parseEntry, EntryError } from './entry.ts';
import { leafHash } from './hash.ts';
import { generateEd25519Keys, parseNote, parseSignerKey, signNote } from './note.ts';
import { formatTlogProof } from './tlog-proof.ts';
import { MemoryHashStore, inclusionProof, treeHead } from './tree.ts';
import { verifyMain, verifyReceipt, type VerifyIo } from './verify-cli.ts';

const ORIGIN = 'test.example/safebox/log';
const hex = () => randomBytes(32).toString('hex');

async function makeLog(n: number) {
  const keys = generateEd25519Keys(ORIGIN);
  const signer = parseSignerKey(keys.signerKey);
  const store = new MemoryHashStore();
  const items = Array.from({ length: n }, (_, i) => {
    const e = { sha256: hex(), salt: hex(), enterprise: enterpriseIdentityHash('91330000MA0000000X'), time: 1_790_000_000_000 + i };
    const bytes = encodeEntry(e);
    store.append(leafHash(bytes));
    return { e, bytes };
  });
  const root = await treeHead(store, n);
  const checkpoint = signCheckpoint({ origin: ORIGIN, size: n, rootHash: root, extensions: [] }, [signer]);
  const receipt = async (i: number, cp = checkpoint) => formatTlogProof({ extra: items[i]!.bytes, index: i, proof: await inclusionProof(store, i, n), checkpoint: cp });
  return { keys, items, checkpoint, receipt };
}

describe('safe-box entry', () => {
  it('round-trips canonically and rejects anything else', () => {
    const e = { sha256: hex(), salt: hex(), enterprise: hex(), time: 1234 };
    const b = encodeEntry(e);
    expect(parseEntry(b)).toEqual(e);
    const text = Buffer.from(b).toString();
    for (const bad of [text.replace('time 1234', 'time 01234'), text.toUpperCase(), text.replace('\n', '\r\n'), `${text}x`, text.slice(0, -1)]) {
      expect(() => parseEntry(Buffer.from(bad))).toThrow(EntryError);
    }
    expect(() => encodeEntry({ ...e, salt: 'AB'.repeat(32) })).toThrow(EntryError);
  });
});

describe('verifyReceipt / yunju-verify', () => {
  it('verifies a receipt; one changed byte of the file hash, the salt or the receipt fails', async () => {
    const log = await makeLog(13);
    for (const i of [0, 5, 12]) {
      const r = await log.receipt(i);
      const { e } = log.items[i]!;
      expect(verifyReceipt({ receipt: r, logKey: log.keys.verifierKey, sha256: e.sha256, salt: e.salt, enterpriseCreditCode: '91330000MA0000000X' }).index).toBe(i);
      expect(() => verifyReceipt({ receipt: r, logKey: log.keys.verifierKey, sha256: e.sha256, salt: e.salt, enterpriseCreditCode: '91330000MA0000000Y' })).toThrow(/enterprise/);
      const flip = (h: string) => (h[0] === 'a' ? 'b' : 'a') + h.slice(1);
      expect(() => verifyReceipt({ receipt: r, logKey: log.keys.verifierKey, sha256: flip(e.sha256), salt: e.salt })).toThrow();
      expect(() => verifyReceipt({ receipt: r, logKey: log.keys.verifierKey, sha256: e.sha256, salt: flip(e.salt) })).toThrow();
      for (let at = 0; i === 5 && at < r.length; at++) {
        const c = r.charCodeAt(at);
        const t = r.slice(0, at) + String.fromCharCode(c === 0x41 ? 0x42 : 0x41) + r.slice(at + 1);
        expect(() => verifyReceipt({ receipt: t, logKey: log.keys.verifierKey, sha256: e.sha256, salt: e.salt }), `byte ${at}`).toThrow();
      }
    }
    // Another log's key fails.
    const r1 = await log.receipt(1);
    expect(() => verifyReceipt({ receipt: r1, logKey: generateEd25519Keys(ORIGIN).verifierKey, sha256: log.items[1]!.e.sha256, salt: log.items[1]!.e.salt })).toThrow();
  }, 60_000);

  it('enforces a cosigner policy (notary): cosigned passes, uncosigned and wrongly cosigned fail', async () => {
    const log = await makeLog(6);
    const notarySeed = randomBytes(32);
    const cos = cosignatureSigner('test.example/notary/a', notarySeed, () => 1_790_000_000);
    const notaryVkey = formatCosignerVerifierKey('test.example/notary/a', cos.publicKey);
    const parsed = parseNote(log.checkpoint);
    const cosigned = signNote(parsed.text, [cos], parsed.signatures);
    const { e } = log.items[3]!;
    const policy = { logKey: log.keys.verifierKey, cosigners: [notaryVkey], require: 1, sha256: e.sha256, salt: e.salt };
    expect(verifyReceipt({ ...policy, receipt: await log.receipt(3, cosigned) }).cosignatures).toEqual([{ name: 'test.example/notary/a', timestamp: 1_790_000_000 }]);
    const plain = await log.receipt(3);
    expect(() => verifyReceipt({ ...policy, receipt: plain })).toThrow(/0 witness cosignatures, 1 required/);
    const other = cosignatureSigner('test.example/notary/a', randomBytes(32));
    const fake = await log.receipt(3, signNote(parsed.text, [other], parsed.signatures));
    expect(() => verifyReceipt({ ...policy, receipt: fake })).toThrow();
  });

  it('CLI: exit 0 / 1 / 2, hashing --file', async () => {
    const log = await makeLog(3);
    const file = randomBytes(1000);
    const sha256 = createHash('sha256').update(file).digest('hex');
    const keys = generateEd25519Keys(ORIGIN);
    const store = new MemoryHashStore();
    const salt = hex();
    const bytes = encodeEntry({ sha256, salt, enterprise: hex(), time: 1 });
    store.append(leafHash(bytes));
    const cp = signCheckpoint({ origin: ORIGIN, size: 1, rootHash: await treeHead(store, 1), extensions: [] }, [parseSignerKey(keys.signerKey)]);
    const receipt = formatTlogProof({ extra: bytes, index: 0, proof: [], checkpoint: cp });
    const files: Record<string, Uint8Array> = { 'r.tlog-proof': Buffer.from(receipt), 'secret.bin': file };
    const out: string[] = [];
    const err: string[] = [];
    const io: VerifyIo = {
      readFile: async (p) => files[p]!,
      sha256File: async (p) => createHash('sha256').update(files[p]!).digest('hex'),
      out: (l) => out.push(l),
      err: (l) => err.push(l),
    };
    expect(await verifyMain(['--key', keys.verifierKey, '--file', 'secret.bin', '--salt', salt, 'r.tlog-proof'], io)).toBe(0);
    expect(out.join('\n')).toContain('OK');
    files['secret.bin'] = Buffer.concat([file.subarray(0, 999), Buffer.from([file[999]! ^ 1])]);
    expect(await verifyMain(['--key', keys.verifierKey, '--file', 'secret.bin', '--salt', salt, 'r.tlog-proof'], io)).toBe(1);
    expect(await verifyMain(['--key', keys.verifierKey, '--salt', salt, 'r.tlog-proof'], io)).toBe(2);
    expect(await verifyMain(['--key', keys.verifierKey, '--sha256', 'zz', '--salt', salt, 'r.tlog-proof'], io)).toBe(2);
    expect(await verifyMain(['--key', log.keys.verifierKey, '--sha256', sha256, '--salt', salt, '--require', '1', 'r.tlog-proof'], io)).toBe(1);
  });
});
