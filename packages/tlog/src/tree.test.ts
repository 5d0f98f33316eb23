import { describe, expect, it } from 'vitest';
import { EMPTY_ROOT, leafHash, nodeHash } from './hash.ts';
import { MemoryHashStore, consistencyProof, inclusionProof, rangeNodes, rootFromLeafHashes, treeHead, type HashSource } from './tree.ts';
import { assertConsistency, assertInclusion, consistencyError, inclusionError, ProofError } from './verify.ts';

describe('hashing', () => {
  it('uses RFC 9162 domain separation', () => {
    expect(Buffer.from(EMPTY_ROOT).toString('hex')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(Buffer.from(leafHash(new Uint8Array(0))).toString('hex')).toBe('6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d');
    const l = leafHash(Uint8Array.of(0));
    const r = leafHash(Uint8Array.of(0x10));
    expect(nodeHash(l, r)).not.toEqual(leafHash(Uint8Array.of(...l, ...r)));
    expect(() => nodeHash(l, new Uint8Array(31))).toThrow(RangeError);
  });
});

describe('MemoryHashStore and generation', () => {
  it('reports the complete nodes created by each append (what a database would insert)', () => {
    const s = new MemoryHashStore();
    const sizes = [0, 1, 2, 3].map((i) => s.append(leafHash(Uint8Array.of(i))).stored.map((x) => `${x.id.level}/${x.id.index}`));
    expect(sizes).toEqual([['0/0'], ['0/1', '1/0'], ['0/2'], ['0/3', '1/1', '2/0']]);
    expect(s.size).toBe(4);
    expect(() => s.readNodes([{ level: 2, index: 1 }])).toThrow(RangeError);
  });

  it('decomposes ranges into complete subtrees', () => {
    expect(rangeNodes(0, 13)).toEqual([{ level: 3, index: 0 }, { level: 2, index: 2 }, { level: 0, index: 12 }]);
    expect(rangeNodes(8, 16)).toEqual([{ level: 3, index: 1 }]);
  });

  it('argument checks', async () => {
    const s = new MemoryHashStore();
    for (let i = 0; i < 5; i++) s.append(leafHash(Uint8Array.of(i)));
    await expect(inclusionProof(s, 5, 5)).rejects.toThrow(RangeError);
    await expect(inclusionProof(s, -1, 5)).rejects.toThrow(RangeError);
    await expect(consistencyProof(s, 3, 2)).rejects.toThrow(RangeError);
    await expect(treeHead(s, 1.5)).rejects.toThrow(RangeError);
    expect(await consistencyProof(s, 0, 5)).toEqual([]);
    expect(await consistencyProof(s, 5, 5)).toEqual([]);
    expect(await treeHead(s, 0)).toEqual(EMPTY_ROOT);
    expect(rootFromLeafHashes([])).toEqual(EMPTY_ROOT);
  });

  it('works with an asynchronous, batching source and checks what it returns', async () => {
    const mem = new MemoryHashStore();
    for (let i = 0; i < 100; i++) mem.append(leafHash(Uint8Array.of(i)));
    const calls: number[] = [];
    const asyncSource: HashSource = {
      readNodes: async (ids) => {
        calls.push(ids.length);
        await Promise.resolve();
        return mem.readNodes(ids);
      },
    };
    expect(await inclusionProof(asyncSource, 37, 100)).toEqual(await inclusionProof(mem, 37, 100));
    expect(calls).toHaveLength(1);
    const short: HashSource = { readNodes: () => [] };
    await expect(treeHead(short, 3)).rejects.toThrow('wrong number');
    const badLength: HashSource = { readNodes: (ids) => ids.map(() => new Uint8Array(31)) };
    await expect(treeHead(badLength, 3)).rejects.toThrow('32 bytes');
  });
});

describe('verification API', () => {
  it('asserts throw ProofError with a reason', async () => {
    const s = new MemoryHashStore();
    for (let i = 0; i < 7; i++) s.append(leafHash(Uint8Array.of(i)));
    const root = await treeHead(s, 7);
    const proof = await inclusionProof(s, 3, 7);
    expect(() => assertInclusion(leafHash(Uint8Array.of(3)), 3, 7, proof, root)).not.toThrow();
    expect(() => assertInclusion(leafHash(Uint8Array.of(4)), 3, 7, proof, root)).toThrow(ProofError);
    expect(inclusionError(leafHash(Uint8Array.of(3)), 3, 7, proof.slice(1), root)).toBe('proof has the wrong length');
    expect(inclusionError(leafHash(Uint8Array.of(3)), 3, 2 ** 53, proof, root)).toMatch(/safe/);
    const old = await treeHead(s, 4);
    const cp = await consistencyProof(s, 4, 7);
    expect(() => assertConsistency(4, 7, cp, old, root)).not.toThrow();
    expect(() => assertConsistency(4, 7, cp, root, old)).toThrow(ProofError);
  });

  it('applies the documented size-0 rule', () => {
    const r = leafHash(Uint8Array.of(1));
    expect(consistencyError(0, 5, [], EMPTY_ROOT, r)).toBeNull();
    expect(consistencyError(0, 5, [], EMPTY_ROOT, r, { fromEmpty: 'reject' })).not.toBeNull();
    expect(consistencyError(0, 5, [], r, r)).not.toBeNull();
    expect(consistencyError(0, 5, [r], EMPTY_ROOT, r)).not.toBeNull();
    expect(consistencyError(0, 0, [], EMPTY_ROOT, EMPTY_ROOT)).toBeNull();
    expect(consistencyError(0, 0, [], EMPTY_ROOT, EMPTY_ROOT, { fromEmpty: 'reject' })).toBeNull();
    expect(consistencyError(0, 0, [], r, r)).not.toBeNull();
    expect(consistencyError(0, 5, [], EMPTY_ROOT, new Uint8Array(12))).not.toBeNull();
  });
});
