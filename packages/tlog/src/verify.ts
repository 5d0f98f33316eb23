/**
 * RFC 9162 proof verification (§2.1.3.2 inclusion, §2.1.4.2 consistency).
 *
 * Sizes and indices are JavaScript numbers and must be safe non-negative integers (< 2^53): the
 * arithmetic below uses division, never 32-bit bitwise operators. Every hash (leaf, roots, proof
 * elements) must be exactly 32 bytes. Functions named `*Error` return a reason string, or null when
 * the proof verifies; `verify*` return a boolean; `assert*` throw a {@link ProofError}.
 */
import { bytesEqual, isIndex } from './encoding.ts';
import { EMPTY_ROOT, isHash, nodeHash } from './hash.ts';

export class ProofError extends Error {
  override name = 'ProofError';
}

const odd = (n: number): boolean => n % 2 === 1;
const half = (n: number): number => Math.floor(n / 2);

/** Number of hashes in the inclusion proof of leaf `index` (< size) in a tree of `size` leaves. */
export function inclusionProofLength(index: number, size: number): number {
  // inner = bit length of (index XOR size-1): levels below the point where the path leaves the right
  // edge; border = set bits of index above that: left siblings on the right edge.
  let a = index;
  let b = size - 1;
  let level = 0;
  let inner = 0;
  while (a > 0 || b > 0) {
    level++;
    if (a % 2 !== b % 2) inner = level;
    a = half(a);
    b = half(b);
  }
  let x = Math.floor(index / 2 ** inner);
  let border = 0;
  while (x > 0) {
    border += x % 2;
    x = half(x);
  }
  return inner + border;
}

/** Number of hashes in the consistency proof from `size1` to `size2` (0 < size1 < size2): SUBPROOF's length. */
export function consistencyProofLength(size1: number, size2: number): number {
  let m = size1;
  let n = size2;
  let whole = true;
  let count = 0;
  while (m !== n) {
    let k = 1;
    while (k * 2 < n) k *= 2;
    count++;
    if (m <= k) {
      n = k;
    } else {
      m -= k;
      n -= k;
      whole = false;
    }
  }
  return whole ? count : count + 1;
}

/**
 * Recomputes the root from an inclusion proof (RFC 9162 §2.1.3.2, steps 1–5).
 * Returns the root, or a reason string when the proof is structurally invalid.
 */
export function rootFromInclusionProof(
  leaf: Uint8Array,
  index: number,
  size: number,
  proof: readonly Uint8Array[],
): Uint8Array | string {
  if (!isIndex(index) || !isIndex(size)) return 'index and size must be safe non-negative integers';
  if (index >= size) return `leaf index ${index} is not below tree size ${size}`;
  if (!isHash(leaf)) return 'leaf hash is not 32 bytes';
  for (const p of proof) if (!isHash(p)) return 'proof hash is not 32 bytes';
  if (proof.length !== inclusionProofLength(index, size)) return 'proof has the wrong length';
  let fn = index;
  let sn = size - 1;
  let r = leaf;
  for (const p of proof) {
    if (sn === 0) return 'proof is too long';
    if (odd(fn) || fn === sn) {
      r = nodeHash(p, r);
      if (!odd(fn)) {
        do {
          fn = half(fn);
          sn = half(sn);
        } while (!odd(fn) && fn !== 0);
      }
    } else {
      r = nodeHash(r, p);
    }
    fn = half(fn);
    sn = half(sn);
  }
  if (sn !== 0) return 'proof is too short';
  return r;
}

export function inclusionError(
  leaf: Uint8Array,
  index: number,
  size: number,
  proof: readonly Uint8Array[],
  root: Uint8Array,
): string | null {
  if (!isHash(root)) return 'root hash is not 32 bytes';
  const r = rootFromInclusionProof(leaf, index, size, proof);
  if (typeof r === 'string') return r;
  return bytesEqual(r, root) ? null : 'computed root does not match';
}

/** True iff `proof` proves that `leaf` is leaf number `index` of the tree of `size` leaves with `root`. */
export function verifyInclusion(
  leaf: Uint8Array,
  index: number,
  size: number,
  proof: readonly Uint8Array[],
  root: Uint8Array,
): boolean {
  return inclusionError(leaf, index, size, proof, root) === null;
}

export function assertInclusion(
  leaf: Uint8Array,
  index: number,
  size: number,
  proof: readonly Uint8Array[],
  root: Uint8Array,
): void {
  const e = inclusionError(leaf, index, size, proof, root);
  if (e !== null) throw new ProofError(`inclusion proof: ${e}`);
}

export interface ConsistencyOptions {
  /**
   * Consistency from the empty tree (size1 = 0 < size2). 'accept' (default, C2SP/witness rule):
   * consistent with any tree, the proof must be empty and root1 must be SHA-256(""). 'reject'
   * (transparency-dev/merkle library rule): always an error. See README.md.
   */
  fromEmpty?: 'accept' | 'reject';
}

function isPowerOfTwo(n: number): boolean {
  if (n < 1) return false;
  while (n % 2 === 0) n /= 2;
  return n === 1;
}

export function consistencyError(
  size1: number,
  size2: number,
  proof: readonly Uint8Array[],
  root1: Uint8Array,
  root2: Uint8Array,
  options: ConsistencyOptions = {},
): string | null {
  if (!isIndex(size1) || !isIndex(size2)) return 'sizes must be safe non-negative integers';
  if (!isHash(root1) || !isHash(root2)) return 'root hash is not 32 bytes';
  for (const p of proof) if (!isHash(p)) return 'proof hash is not 32 bytes';
  if (size1 > size2) return `size1 ${size1} is greater than size2 ${size2}`;
  if (size1 === 0) {
    // The empty tree: its root is fixed, and it is a prefix of every tree.
    if (!bytesEqual(root1, EMPTY_ROOT)) return 'root of the empty tree must be SHA-256("")';
    if (proof.length !== 0) return 'proof from the empty tree must be empty';
    if (size2 === 0) return bytesEqual(root2, EMPTY_ROOT) ? null : 'root of the empty tree must be SHA-256("")';
    return (options.fromEmpty ?? 'accept') === 'accept' ? null : 'consistency proof from the empty tree is refused';
  }
  if (size1 === size2) {
    if (proof.length !== 0) return 'sizes are equal but the proof is not empty';
    return bytesEqual(root1, root2) ? null : 'sizes are equal but the roots differ';
  }
  if (proof.length === 0) return 'proof is empty';
  if (proof.length !== consistencyProofLength(size1, size2)) return 'proof has the wrong length';

  // RFC 9162 §2.1.4.2.
  const path = isPowerOfTwo(size1) ? [root1, ...proof] : [...proof];
  let fn = size1 - 1;
  let sn = size2 - 1;
  while (odd(fn)) {
    fn = half(fn);
    sn = half(sn);
  }
  const first = path[0];
  if (first === undefined) return 'proof is empty';
  let fr = first;
  let sr = first;
  for (let i = 1; i < path.length; i++) {
    const c = path[i] as Uint8Array;
    if (sn === 0) return 'proof is too long';
    if (odd(fn) || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      if (!odd(fn)) {
        do {
          fn = half(fn);
          sn = half(sn);
        } while (!odd(fn) && fn !== 0);
      }
    } else {
      sr = nodeHash(sr, c);
    }
    fn = half(fn);
    sn = half(sn);
  }
  if (sn !== 0) return 'proof is too short';
  if (!bytesEqual(fr, root1)) return 'computed old root does not match';
  if (!bytesEqual(sr, root2)) return 'computed new root does not match';
  return null;
}

/** True iff `proof` proves the tree (size1, root1) is a prefix of the tree (size2, root2). */
export function verifyConsistency(
  size1: number,
  size2: number,
  proof: readonly Uint8Array[],
  root1: Uint8Array,
  root2: Uint8Array,
  options: ConsistencyOptions = {},
): boolean {
  return consistencyError(size1, size2, proof, root1, root2, options) === null;
}

export function assertConsistency(
  size1: number,
  size2: number,
  proof: readonly Uint8Array[],
  root1: Uint8Array,
  root2: Uint8Array,
  options: ConsistencyOptions = {},
): void {
  const e = consistencyError(size1, size2, proof, root1, root2, options);
  if (e !== null) throw new ProofError(`consistency proof: ${e}`);
}
