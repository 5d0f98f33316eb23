/**
 * The three shared RFC 6962/9162 vector sets (see /work/shared/vectors/README.md). The directory
 * lives next to the repository (…/shared/vectors); the suite is skipped only when it is absent.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeBase64, utf8Bytes } from './encoding.ts';
import { leafHash } from './hash.ts';
import { MemoryHashStore, consistencyProof, inclusionProof, rootFromLeafHashes, treeHead } from './tree.ts';
import { consistencyError, inclusionError } from './verify.ts';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
const candidates = [
  process.env.TLOG_VECTORS_DIR,
  path.resolve(repoRoot, '../shared/vectors'),
  path.resolve(repoRoot, '../../shared/vectors'),
].filter((d): d is string => d !== undefined && d !== '');
const vectorsDir = candidates.find((d) => existsSync(d));
const skipReason = `SKIPPED: shared vectors directory not found (looked in ${candidates.join(', ')})`;

function b64(s: string): Uint8Array {
  const d = decodeBase64(s);
  if (d === undefined) throw new Error(`bad base64 in vector: ${s}`);
  return d;
}
function b64List(list: readonly string[] | null): Uint8Array[] {
  return (list ?? []).map(b64);
}
function readJson<T>(...parts: string[]): T {
  return JSON.parse(readFileSync(path.join(vectorsDir ?? '', ...parts), 'utf8')) as T;
}
function jsonFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) out.push(...jsonFiles(p));
    else if (name.endsWith('.json')) out.push(p);
  }
  return out;
}

/**
 * Vectors whose expectation we deliberately do not follow, each with the reason (README.md).
 * Key: path relative to the vectors directory.
 */
const DEVIATIONS: Record<string, { ours: boolean; why: string }> = {
  'transparency-dev-merkle/testdata/consistency/additional/sizes-are-equal-one-and-proof-is-empty.json': {
    ours: false,
    why: 'roots are 12-byte placeholders ("don\'t care 2"); we reject any hash that is not 32 bytes (wantErr=false upstream)',
  },
};

describe.skipIf(vectorsDir === undefined)(vectorsDir === undefined ? skipReason : `shared vectors in ${vectorsDir}`, () => {
  describe('transparency-dev/merkle testdata', () => {
    interface Inclusion { leafIdx: number; treeSize: number; root: string; leafHash: string; proof: string[] | null; desc: string; wantErr: boolean }
    interface Consistency { size1: number; size2: number; root1: string; root2: string; proof: string[] | null; desc: string; wantErr: boolean }
    const base = (): string => path.join(vectorsDir ?? '', 'transparency-dev-merkle/testdata');

    it('inclusion: every file gives the expected verdict', () => {
      const files = jsonFiles(path.join(base(), 'inclusion'));
      expect(files.length).toBe(98);
      let accepted = 0;
      for (const f of files) {
        const v = JSON.parse(readFileSync(f, 'utf8')) as Inclusion;
        const rel = path.relative(vectorsDir ?? '', f);
        const err = inclusionError(b64(v.leafHash), v.leafIdx, v.treeSize, b64List(v.proof), b64(v.root));
        const want = DEVIATIONS[rel]?.ours ?? !v.wantErr;
        expect({ rel, ok: err === null, err }).toMatchObject({ rel, ok: want });
        if (err === null) accepted++;
      }
      expect(accepted).toBe(6);
    });

    it('consistency: every file gives the expected verdict (both size-0 rules)', () => {
      const files = jsonFiles(path.join(base(), 'consistency'));
      expect(files.length).toBe(98);
      let deviations = 0;
      for (const f of files) {
        const v = JSON.parse(readFileSync(f, 'utf8')) as Consistency;
        const rel = path.relative(vectorsDir ?? '', f);
        const dev = DEVIATIONS[rel];
        if (dev !== undefined) deviations++;
        const want = dev?.ours ?? !v.wantErr;
        for (const fromEmpty of ['accept', 'reject'] as const) {
          const err = consistencyError(v.size1, v.size2, b64List(v.proof), b64(v.root1), b64(v.root2), { fromEmpty });
          expect({ rel, fromEmpty, ok: err === null, err }).toMatchObject({ rel, fromEmpty, ok: want });
        }
      }
      expect(deviations).toBe(1);
    });

    it('the 8 test leaves rebuild the documented root, and our proofs equal the happy paths', async () => {
      const inputs = ['', '00', '10', '2021', '3031', '40414243', '5051525354555657', '606162636465666768696a6b6c6d6e6f'];
      const store = new MemoryHashStore();
      for (const hex of inputs) store.append(leafHash(Buffer.from(hex, 'hex')));
      expect(Buffer.from(await treeHead(store, 8)).toString('hex')).toBe('5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328');
      for (const d of ['1', '2', '3', '4']) {
        const inc = JSON.parse(readFileSync(path.join(base(), 'inclusion', d, 'happy-path.json'), 'utf8')) as Inclusion;
        expect(await inclusionProof(store, inc.leafIdx, inc.treeSize)).toEqual(b64List(inc.proof));
        const con = JSON.parse(readFileSync(path.join(base(), 'consistency', d, 'happy-path.json'), 'utf8')) as Consistency;
        expect(await consistencyProof(store, con.size1, con.size2)).toEqual(b64List(con.proof));
        expect(await treeHead(store, con.size1)).toEqual(b64(con.root1));
      }
    });
  });

  describe('C2SP CCTV merkle (rgdd fork)', () => {
    interface Inclusion { leaf_hash: string; leaf_index: number; tree_size: number; root_hash: string; inclusion_path: string[] }
    interface Consistency { old_size: number; new_size: number; old_root: string; new_root: string; consistency_path: string[] }
    const dir = 'c2sp-cctv-merkle-rgdd';

    it('merkle_tree.json: 16 leaf hashes and 16 roots', async () => {
      const rows = readJson<{ leaf_data: string; leaf_hash: string; root_hash: string }[]>(dir, 'merkle_tree.json');
      expect(rows.length).toBe(16);
      const store = new MemoryHashStore();
      const leaves: Uint8Array[] = [];
      for (const row of rows) {
        const h = leafHash(utf8Bytes(row.leaf_data));
        expect(h).toEqual(b64(row.leaf_hash));
        leaves.push(h);
        store.append(h);
        expect(rootFromLeafHashes(leaves)).toEqual(b64(row.root_hash));
        expect(await treeHead(store, leaves.length)).toEqual(b64(row.root_hash));
      }
    });

    it('inclusion valid (4) and invalid (4)', () => {
      const check = (file: string, want: boolean): number => {
        const cases = readJson<Inclusion[]>(dir, file);
        for (const v of cases) {
          const err = inclusionError(b64(v.leaf_hash), v.leaf_index, v.tree_size, b64List(v.inclusion_path), b64(v.root_hash));
          expect({ v, ok: err === null, err }).toMatchObject({ ok: want });
        }
        return cases.length;
      };
      expect(check('inclusion-valid.json', true)).toBe(4);
      expect(check('inclusion-invalid.json', false)).toBe(4);
    });

    it('consistency valid (4) and invalid (16), default rule (empty tree is consistent with any tree)', () => {
      const check = (file: string, want: boolean): number => {
        const cases = readJson<Consistency[]>(dir, file);
        for (const v of cases) {
          const err = consistencyError(v.old_size, v.new_size, b64List(v.consistency_path), b64(v.old_root), b64(v.new_root));
          expect({ v, ok: err === null, err }).toMatchObject({ ok: want });
        }
        return cases.length;
      };
      expect(check('consistency-valid.json', true)).toBe(4);
      expect(check('consistency-invalid.json', false)).toBe(16);
    });

    it('with fromEmpty: "reject" exactly the 0→1 valid case flips', () => {
      const cases = readJson<Consistency[]>(dir, 'consistency-valid.json');
      const verdicts = cases.map((v) =>
        consistencyError(v.old_size, v.new_size, b64List(v.consistency_path), b64(v.old_root), b64(v.new_root), { fromEmpty: 'reject' }) === null,
      );
      expect(verdicts).toEqual([true, false, true, true]);
    });
  });

  describe('golang.org/x/mod sumdb/tlog argon2020 (real CT log)', () => {
    const dir = 'golang-mod-sumdb-tlog-argon2020';
    interface Sth { tree_size: number; sha256_root_hash: string }

    it('leaf 10000 is included in the tree of 961984013 and 3654490 → 961984013 is consistent', () => {
      const sth = readJson<Sth>(dir, 'sth.json');
      const entries = readJson<{ entries: { leaf_input: string }[] }>(dir, 'entries.json');
      const proof = readJson<{ leaf_index: number; audit_path: string[] }>(dir, 'proof.json');
      const cons = readJson<{ consistency: string[] }>(dir, 'consistency.json');
      expect(sth.tree_size).toBe(961984013);
      const entry = entries.entries[0];
      expect(entry).toBeDefined();
      const leaf = leafHash(b64(entry?.leaf_input ?? ''));
      const root = b64(sth.sha256_root_hash);
      expect(proof.leaf_index).toBe(10000);
      expect(proof.audit_path.length).toBe(30);
      expect(inclusionError(leaf, 10000, sth.tree_size, b64List(proof.audit_path), root)).toBeNull();
      expect(inclusionError(leaf, 10001, sth.tree_size, b64List(proof.audit_path), root)).not.toBeNull();
      // An inclusion proof does not authenticate the tree size (the signed checkpoint does): 961984012
      // has the same path shape for leaf 10000, so the same proof verifies; 10001 leaves does not.
      expect(inclusionError(leaf, 10000, sth.tree_size - 1, b64List(proof.audit_path), root)).toBeNull();
      expect(inclusionError(leaf, 10000, 10001, b64List(proof.audit_path), root)).not.toBeNull();
      const oldRoot = b64('AuIZ5V6sDUj1vn3Y1K85oOaQ7y+FJJKtyRTl1edIKBQ=');
      expect(cons.consistency.length).toBe(30);
      expect(consistencyError(3654490, sth.tree_size, b64List(cons.consistency), oldRoot, root)).toBeNull();
      expect(consistencyError(3654491, sth.tree_size, b64List(cons.consistency), oldRoot, root)).not.toBeNull();
      expect(consistencyError(3654490, sth.tree_size, b64List(cons.consistency), root, oldRoot)).not.toBeNull();
    });
  });
});
