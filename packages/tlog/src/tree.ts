/**
 * Merkle tree heads and proof generation (RFC 9162 §2.1.1, §2.1.3.1, §2.1.4.1) over a storage
 * interface. Storage holds the hashes of *complete* subtrees only: node (level L, index K) is
 * MTH(D[K·2^L : (K+1)·2^L]); level 0 holds the leaf hashes. Any other subtree hash the RFC needs is
 * folded from complete subtrees, so a store never has to know about tree sizes.
 */
import { isIndex } from './encoding.ts';
import { EMPTY_ROOT, isHash, nodeHash } from './hash.ts';

/** A complete subtree: 2^level leaves starting at leaf index·2^level. */
export interface NodeId {
  level: number;
  index: number;
}

/** Read side of the log's hash storage (a database table, tiles, memory…). */
export interface HashSource {
  /**
   * Returns the stored hash of every requested complete subtree, in request order. Only nodes of a
   * tree the caller knows to exist are requested. One call per proof, so a database can batch.
   */
  readNodes(ids: readonly NodeId[]): Promise<readonly Uint8Array[]> | readonly Uint8Array[];
}

/** A leaf range [start, end) of the tree, as used by the RFC's recursive definitions. */
export interface Range {
  start: number;
  end: number;
}

/** Largest power of two strictly smaller than n (n ≥ 2). */
export function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/**
 * Decomposes [start, end) into complete subtrees, largest first. For every range that occurs in
 * the RFC recursion (start is a multiple of the largest power of two ≤ end − start) the MTH of the
 * range is the right fold nodeHash(n0, nodeHash(n1, … nk)).
 */
export function rangeNodes(start: number, end: number): NodeId[] {
  const out: NodeId[] = [];
  let at = start;
  while (at < end) {
    let size = 1;
    let level = 0;
    while (at % (size * 2) === 0 && at + size * 2 <= end) {
      size *= 2;
      level++;
    }
    out.push({ level, index: at / size });
    at += size;
  }
  return out;
}

function foldRight(hashes: readonly Uint8Array[]): Uint8Array {
  let i = hashes.length - 1;
  let h = hashes[i];
  if (h === undefined) return EMPTY_ROOT;
  while (--i >= 0) h = nodeHash(hashes[i] as Uint8Array, h);
  return h;
}

/** RFC 9162 §2.1.3.1 PATH(m, D[0:n]) as ranges, leaf sibling first. */
export function inclusionRanges(index: number, size: number): Range[] {
  const out: Range[] = [];
  let start = 0;
  let end = size;
  while (end - start > 1) {
    const k = splitPoint(end - start);
    if (index - start < k) {
      out.push({ start: start + k, end });
      end = start + k;
    } else {
      out.push({ start, end: start + k });
      start += k;
    }
  }
  return out.reverse();
}

/** RFC 9162 §2.1.4.1 PROOF(m, D[0:n]) = SUBPROOF(m, D[0:n], true) as ranges. 0 < m < n. */
export function consistencyRanges(size1: number, size2: number): Range[] {
  const out: Range[] = [];
  let start = 0;
  let m = size1;
  let n = size2;
  let whole = true; // the b flag: the old tree is exactly the current left-edge subtree
  while (m !== n) {
    const k = splitPoint(n);
    if (m <= k) {
      out.push({ start: start + k, end: start + n });
      n = k;
    } else {
      out.push({ start, end: start + k });
      start += k;
      m -= k;
      n -= k;
      whole = false;
    }
  }
  if (!whole) out.push({ start, end: start + n });
  return out.reverse();
}

async function hashRanges(source: HashSource, ranges: readonly Range[]): Promise<Uint8Array[]> {
  const perRange = ranges.map((r) => rangeNodes(r.start, r.end));
  const ids = perRange.flat();
  const hashes = await source.readNodes(ids);
  if (hashes.length !== ids.length) throw new Error('HashSource returned the wrong number of hashes');
  for (const h of hashes) if (!isHash(h)) throw new Error('HashSource returned a hash that is not 32 bytes');
  let at = 0;
  return perRange.map((nodes) => {
    const slice = hashes.slice(at, at + nodes.length);
    at += nodes.length;
    return foldRight(slice);
  });
}

function checkSize(name: string, n: number): void {
  if (!isIndex(n)) throw new RangeError(`${name} must be a safe non-negative integer`);
}

/** MTH(D[0:size]) from stored complete subtrees. */
export async function treeHead(source: HashSource, size: number): Promise<Uint8Array> {
  checkSize('size', size);
  if (size === 0) return EMPTY_ROOT;
  const [root] = await hashRanges(source, [{ start: 0, end: size }]);
  return root as Uint8Array;
}

/** Inclusion proof of leaf `index` in the tree of `size` leaves (RFC 9162 §2.1.3.1). */
export async function inclusionProof(source: HashSource, index: number, size: number): Promise<Uint8Array[]> {
  checkSize('index', index);
  checkSize('size', size);
  if (index >= size) throw new RangeError(`leaf index ${index} is not below tree size ${size}`);
  return hashRanges(source, inclusionRanges(index, size));
}

/**
 * Consistency proof from `size1` to `size2` (RFC 9162 §2.1.4.1). Equal sizes and size1 = 0 give the
 * empty proof (see README.md: the empty tree is consistent with every tree).
 */
export async function consistencyProof(source: HashSource, size1: number, size2: number): Promise<Uint8Array[]> {
  checkSize('size1', size1);
  checkSize('size2', size2);
  if (size1 > size2) throw new RangeError(`size1 ${size1} is greater than size2 ${size2}`);
  if (size1 === 0 || size1 === size2) return [];
  return hashRanges(source, consistencyRanges(size1, size2));
}

/** MTH of an in-memory list of leaf hashes (RFC 9162 §2.1.1), iterative, O(n) hashes. */
export function rootFromLeafHashes(leaves: readonly Uint8Array[]): Uint8Array {
  if (leaves.length === 0) return EMPTY_ROOT;
  // Pairwise levels; an odd node at the end of a level is carried up unchanged, which yields the
  // RFC's left-heavy split (largest power of two on the left).
  let level: Uint8Array[] = [...leaves];
  while (level.length > 1) {
    const next: Uint8Array[] = [];
    for (let i = 0; i + 1 < level.length; i += 2) next.push(nodeHash(level[i] as Uint8Array, level[i + 1] as Uint8Array));
    if (level.length % 2 === 1) next.push(level[level.length - 1] as Uint8Array);
    level = next;
  }
  return level[0] as Uint8Array;
}

/**
 * In-memory append-only hash store: the reference {@link HashSource}, and the model for a database
 * table keyed by (level, index). `append` returns the nodes that became complete, i.e. the rows a
 * persistent store would insert.
 */
export class MemoryHashStore implements HashSource {
  private readonly levels: Uint8Array[][] = [];

  get size(): number {
    return this.levels[0]?.length ?? 0;
  }

  append(leaf: Uint8Array): { index: number; stored: { id: NodeId; hash: Uint8Array }[] } {
    if (!isHash(leaf)) throw new RangeError('leaf hash must be 32 bytes');
    const index = this.size;
    const stored: { id: NodeId; hash: Uint8Array }[] = [];
    let h = leaf;
    let level = 0;
    let i = index;
    for (;;) {
      const row = (this.levels[level] ??= []);
      row.push(h);
      stored.push({ id: { level, index: i }, hash: h });
      if (i % 2 === 0) break;
      h = nodeHash(row[i - 1] as Uint8Array, h);
      level++;
      i = (i - 1) / 2;
    }
    return { index, stored };
  }

  readNodes(ids: readonly NodeId[]): Uint8Array[] {
    return ids.map(({ level, index }) => {
      const h = this.levels[level]?.[index];
      if (h === undefined) throw new RangeError(`node ${level}/${index} is not stored`);
      return h;
    });
  }
}
