import { describe, expect, it } from 'vitest';
import { signCheckpoint } from './checkpoint.ts';
import { cosignatureSigner, formatCosignerVerifierKey } from './cosignature.ts';
import { encodeBase64, utf8Bytes } from './encoding.ts';
import { leafHash } from './hash.ts';
import { main, type CliIo } from './cli.ts';
import { SIG_TYPE_ED25519, formatVerifierKey, ed25519Signer, parseNote, parseSignerKey, parseVerifierKey, signNote } from './note.ts';
import { formatTlogProof } from './tlog-proof.ts';
import { MemoryHashStore, inclusionProof, treeHead } from './tree.ts';

function fakeIo(files: Record<string, string>): CliIo & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return {
    lines,
    errors,
    readFile: (p) => {
      const f = files[p];
      return f === undefined ? Promise.reject(new Error(`ENOENT ${p}`)) : Promise.resolve(utf8Bytes(f));
    },
    out: (l) => lines.push(l),
    err: (l) => errors.push(l),
  };
}

describe('yunju-tlog CLI', () => {
  it('verifies a receipt offline, with a witness quorum', async () => {
    const origin = 'yunju.example/safe-box/log';
    const log = ed25519Signer(origin, new Uint8Array(32).fill(5));
    const w = cosignatureSigner('witness.example/w', new Uint8Array(32).fill(6), () => 1_750_000_000);
    const store = new MemoryHashStore();
    const entries = Array.from({ length: 6 }, (_, i) => `deposit ${i}\n`);
    for (const e of entries) store.append(leafHash(utf8Bytes(e)));
    const signed = parseNote(signCheckpoint({ origin, size: 6, rootHash: await treeHead(store, 6), extensions: [] }, [log]));
    const checkpoint = signNote(signed.text, [w], signed.signatures);
    const proof = formatTlogProof({ index: 4, proof: await inclusionProof(store, 4, 6), checkpoint });
    const logKey = formatVerifierKey(origin, SIG_TYPE_ED25519, log.publicKey);
    const wKey = formatCosignerVerifierKey(w.name, w.publicKey);
    const io = fakeIo({ 'r.tlog-proof': proof, 'e4.txt': entries[4] ?? '', 'e3.txt': entries[3] ?? '' });
    const args = ['verify-proof', '--origin', origin, '--log-key', logKey, '--witness-key', wKey, '--quorum', '1'];
    expect(await main([...args, '--entry', 'e4.txt', 'r.tlog-proof'], io)).toBe(0);
    expect(io.lines[0]).toMatch(/^OK: entry 4 is included in yunju.example\/safe-box\/log at size 6/);
    expect(io.lines[1]).toContain('cosigned by witness.example/w at 2025-06-15');
    expect(await main([...args, '--entry', 'e3.txt', 'r.tlog-proof'], io)).toBe(1);
    expect(await main([...args, '--leaf-hash', encodeBase64(leafHash(utf8Bytes(entries[4] ?? ''))), 'r.tlog-proof'], io)).toBe(0);
    expect(await main([...args.slice(0, -1), '2', '--entry', 'e4.txt', 'r.tlog-proof'], io)).toBe(1);
    expect(await main(['verify-proof', '--origin', origin, 'r.tlog-proof'], io)).toBe(2);
  });

  it('leaf-hash and keygen', async () => {
    const io = fakeIo({ a: 'a' });
    expect(await main(['leaf-hash', 'a'], io)).toBe(0);
    expect(io.lines[0]).toBe('Aippeebat6pa5MPl5F9+l3ESp+Y1k4INvsHsc4ok+Tw='); // CCTV leaf "a"
    expect(await main(['keygen', 'example.com/k'], io)).toBe(0);
    const [skey, vkey] = io.lines.slice(1);
    expect(parseSignerKey(skey ?? '').keyId).toBe(parseVerifierKey(vkey ?? '').keyId);
    expect(await main(['keygen', 'example.com/w', '--cosigner'], io)).toBe(0);
    expect(io.lines[4]?.split('+')[2]?.startsWith('B')).toBe(true);
    expect(await main(['nope'], io)).toBe(2);
  });
});
