/**
 * Exhaustive proof tests (this file: consistency) for every tree size up to MAX_SIZE, against an
 * independent reference
 * (recursive RFC 9162 definitions, its own hashing, no shared code with tree.ts/verify.ts):
 *  - every generated inclusion / consistency proof equals the reference proof and verifies
 *    against the reference root;
 *  - every proof element, the leaf hash and both roots are mutated by single-bit flips and every
 *    flip must be rejected;
 *  - index and size1 bit flips must be rejected; a flipped tree size (size2) may legitimately
 *    verify, because a proof does not authenticate the tree size (the signed checkpoint does), when
 *    the path has the same shape: every such acceptance must also be accepted by the reference
 *    verifier (and, in full mode, every verdict must equal the reference's);
 *  - truncated, extended and reordered proofs are rejected.
 *
 * Bit coverage: with TLOG_EXHAUSTIVE=full every one of the 256 bits of every hash is flipped
 * (minutes). By default every bit is flipped for sizes ≤ FULL_BITS_UP_TO and, above that, FLIPS_PER_HASH
 * bits per hash at positions rotating with the proof, so each bit position is still hit many times
 * at every path depth (a few seconds).
 */
import { describe, expect, it } from 'vitest';
import { MemoryHashStore, consistencyProof } from './tree.ts';
import { consistencyError } from './verify.ts';
import { FULL, MAX_SIZE, MODE, TIMEOUT, bitsFor, flipped, intFlips, leaves, mth, refSubproof, refVerifyConsistency } from './exhaustive.support.ts';

describe(`exhaustive consistency proofs for every pair of sizes 0 ≤ m ≤ n ≤ ${MAX_SIZE} (${MODE})`, () => {
  const store = new MemoryHashStore();
  for (const l of leaves) store.append(l);

  it('consistency: all proofs (including from 0 and equal sizes), all flips', async () => {
    const t0 = performance.now();
    let proofs = 0;
    let flips = 0;
    for (let n = 0; n <= MAX_SIZE; n++) {
      const root2 = mth(0, n);
      for (let m = 0; m <= n; m++) {
        const root1 = mth(0, m);
        const proof = await consistencyProof(store, m, n);
        const ref = m === 0 || m === n ? [] : refSubproof(m, 0, n, true);
        if (proof.length !== ref.length || proof.some((p, j) => Buffer.compare(p, ref[j] as Uint8Array) !== 0)) {
          expect.fail(`consistency proof ${m}→${n} differs from the reference`);
        }
        if (consistencyError(m, n, proof, root1, root2) !== null) expect.fail(`consistency ${m}→${n} rejected`);
        proofs++;
        const seed = n * 1000 + m;
        const reject = (what: string, s1: number, s2: number, p: Uint8Array[], r1: Uint8Array, r2: Uint8Array): void => {
          flips++;
          if (consistencyError(s1, s2, p, r1, r2) === null) expect.fail(`consistency ${m}→${n}: ${what} accepted`);
        };
        proof.forEach((p, j) => {
          for (const b of bitsFor(n, seed, j)) {
            const mutated = [...proof];
            mutated[j] = flipped(p, b);
            reject(`proof[${j}] bit ${b}`, m, n, mutated, root1, root2);
          }
        });
        // root2 is unconstrained only for 0 → n (n > 0): the empty tree is a prefix of every tree.
        if (!(m === 0 && n > 0)) for (const b of bitsFor(n, seed, 100)) reject(`root2 bit ${b}`, m, n, proof, root1, flipped(root2, b));
        for (const b of bitsFor(n, seed, 101)) reject(`root1 bit ${b}`, m, n, proof, flipped(root1, b), root2);
        if (proof.length > 0) {
          reject('truncated', m, n, proof.slice(0, -1), root1, root2);
          reject('first dropped', m, n, proof.slice(1), root1, root2);
          if (proof.length > 1) reject('reversed', m, n, [...proof].reverse(), root1, root2);
        }
        reject('extended', m, n, [...proof, root2], root1, root2);
        reject('prefixed', m, n, [root1, ...proof], root1, root2);
        if (m !== n) reject('swapped roots', m, n, proof, root2, root1);
        if (m > 0 && m < n) {
          for (const m2 of intFlips(m)) {
            flips++;
            if (consistencyError(m2, n, proof, root1, root2) === null) expect.fail(`consistency ${m}→${n}: size1 ${m2} accepted`);
          }
          for (const n2 of intFlips(n)) {
            flips++;
            const ours = consistencyError(m, n2, proof, root1, root2) === null;
            if ((ours || FULL) && ours !== refVerifyConsistency(m, n2, proof, root1, root2)) expect.fail(`consistency ${m}→${n}: size2 ${n2} verdict differs from reference`);
          }
        }
      }
    }
    const ms = performance.now() - t0;
    console.info(`consistency: ${proofs} proofs, ${flips} mutations rejected or cross-checked, ${ms.toFixed(0)} ms`);
    expect(proofs).toBe(((MAX_SIZE + 1) * (MAX_SIZE + 2)) / 2);
  }, TIMEOUT);
});
