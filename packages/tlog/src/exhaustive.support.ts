/**
 * Test support for the exhaustive proof tests: an independent reference (recursive RFC 9162
 * definitions, its own hashing, no code shared with tree.ts / verify.ts) and mutation helpers.
 * Not exported from the package.
 */
import { hash } from 'node:crypto';

export const MAX_SIZE = 128;
export const FULL = process.env.TLOG_EXHAUSTIVE === 'full';
export const FULL_BITS_UP_TO = FULL ? MAX_SIZE : 8;
export const FLIPS_PER_HASH = 1;
export const TIMEOUT = FULL ? 3_600_000 : 60_000;
export const MODE = FULL ? 'all bits' : `all bits up to size ${FULL_BITS_UP_TO}, ${FLIPS_PER_HASH} rotating bit per hash above`;

// ---- independent reference --------------------------------------------------------------------
export function sha(...parts: Uint8Array[]): Uint8Array {
  return new Uint8Array(hash('sha256', Buffer.concat(parts), 'buffer'));
}
export const refLeaf = (i: number): Uint8Array => sha(Uint8Array.of(0), new TextEncoder().encode(`leaf ${i}`));
export const refNode = (l: Uint8Array, r: Uint8Array): Uint8Array => sha(Uint8Array.of(1), l, r);
export const leaves = Array.from({ length: MAX_SIZE }, (_, i) => refLeaf(i));
const memo = new Map<string, Uint8Array>();
function k2(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}
/** MTH(D[lo:hi]) by the recursive definition of RFC 9162 §2.1.1. */
export function mth(lo: number, hi: number): Uint8Array {
  if (hi - lo === 0) return sha();
  if (hi - lo === 1) return leaves[lo] as Uint8Array;
  const key = `${lo}:${hi}`;
  let h = memo.get(key);
  if (h === undefined) {
    const k = k2(hi - lo);
    h = refNode(mth(lo, lo + k), mth(lo + k, hi));
    memo.set(key, h);
  }
  return h;
}
/** PATH(m, D[lo:hi]) (§2.1.3.1). */
export function refPath(m: number, lo: number, hi: number): Uint8Array[] {
  if (hi - lo <= 1) return [];
  const k = k2(hi - lo);
  return m - lo < k ? [...refPath(m, lo, lo + k), mth(lo + k, hi)] : [...refPath(m, lo + k, hi), mth(lo, lo + k)];
}
/** SUBPROOF(m, D[lo:lo+n], b) (§2.1.4.1). */
export function refSubproof(m: number, lo: number, n: number, b: boolean): Uint8Array[] {
  if (m === n) return b ? [] : [mth(lo, lo + n)];
  const k = k2(n);
  return m <= k
    ? [...refSubproof(m, lo, k, b), mth(lo + k, lo + n)]
    : [...refSubproof(m - k, lo + k, n - k, false), mth(lo, lo + k)];
}
/** Recursive verifier mirroring PATH: consumes the proof from the end. */
export function refVerifyInclusion(leaf: Uint8Array, m: number, n: number, proof: Uint8Array[], root: Uint8Array): boolean {
  if (!(m >= 0 && m < n) || proof.some((p) => p.length !== 32) || leaf.length !== 32 || root.length !== 32) return false;
  const rest = [...proof];
  const walk = (lo: number, hi: number): Uint8Array | null => {
    if (hi - lo === 1) return leaf;
    const sib = rest.pop();
    if (sib === undefined) return null;
    const k = k2(hi - lo);
    if (m - lo < k) {
      const l = walk(lo, lo + k);
      return l && refNode(l, sib);
    }
    const r = walk(lo + k, hi);
    return r && refNode(sib, r);
  };
  const got = walk(0, n);
  return got !== null && rest.length === 0 && Buffer.compare(got, root) === 0;
}
/** Recursive verifier mirroring SUBPROOF: returns [old hash, new hash] of D[lo:lo+n]. */
export function refVerifyConsistency(m0: number, n0: number, proof: Uint8Array[], root1: Uint8Array, root2: Uint8Array): boolean {
  if (!(0 < m0 && m0 < n0) || proof.some((p) => p.length !== 32)) return false;
  const rest = [...proof];
  const walk = (m: number, n: number, b: boolean): [Uint8Array, Uint8Array] | null => {
    if (m === n) {
      if (b) return [root1, root1];
      const x = rest.pop();
      return x === undefined ? null : [x, x];
    }
    const k = k2(n);
    const sib = rest.pop();
    if (sib === undefined) return null;
    if (m <= k) {
      const r = walk(m, k, b);
      return r && [r[0], refNode(r[1], sib)];
    }
    const r = walk(m - k, n - k, false);
    return r && [refNode(sib, r[0]), refNode(sib, r[1])];
  };
  const got = walk(m0, n0, true);
  return got !== null && rest.length === 0 && Buffer.compare(got[0], root1) === 0 && Buffer.compare(got[1], root2) === 0;
}

// ---- mutation helpers -------------------------------------------------------------------------
export function flipped(h: Uint8Array, bit: number): Uint8Array {
  const c = Uint8Array.from(h);
  c[bit >> 3] = (c[bit >> 3] as number) ^ (1 << (bit & 7));
  return c;
}
/** Bit positions to flip in hash number `j` of case `seed`. */
export function bitsFor(size: number, seed: number, j: number): number[] {
  if (size <= FULL_BITS_UP_TO) return Array.from({ length: 256 }, (_, b) => b);
  return Array.from({ length: FLIPS_PER_HASH }, (_, t) => (seed * 131 + j * 37 + t * 97) % 256);
}
/**
 * Single-bit flips of a safe integer: all 53 bits in full mode; by default bits 0..9 (every value
 * near the tree) plus bits around the 32-bit boundary and the top (where a 32-bit bitwise operator
 * or a float rounding would go wrong).
 */
export const INT_BITS = FULL ? Array.from({ length: 53 }, (_, b) => b) : [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 16, 30, 31, 32, 33, 52];
export function intFlips(n: number): number[] {
  const out: number[] = [];
  for (const b of INT_BITS) {
    const bitSet = Math.floor(n / 2 ** b) % 2 === 1;
    const v = bitSet ? n - 2 ** b : n + 2 ** b;
    if (Number.isSafeInteger(v)) out.push(v);
  }
  return out;
}

