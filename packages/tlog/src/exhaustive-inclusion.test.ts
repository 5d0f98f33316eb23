/**
 * Exhaustive proof tests (this file: tree heads and inclusion) for every tree size up to MAX_SIZE, against an
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
import { MemoryHashStore, inclusionProof, treeHead } from './tree.ts';
import { inclusionError } from './verify.ts';
import { FULL, MAX_SIZE, MODE, TIMEOUT, bitsFor, flipped, intFlips, leaves, mth, refPath, refVerifyInclusion } from './exhaustive.support.ts';

describe(`exhaustive inclusion proofs for every tree size 1..${MAX_SIZE} (${MODE})`, () => {
  const store = new MemoryHashStore();
  for (const l of leaves) store.append(l);

  it('tree heads match the reference for every size 0..MAX', async () => {
    for (let n = 0; n <= MAX_SIZE; n++) expect(await treeHead(store, n)).toEqual(mth(0, n));
  });

  it('inclusion: all proofs, all flips', async () => {
    const t0 = performance.now();
    let proofs = 0;
    let flips = 0;
    let sizeFlipsAccepted = 0;
    for (let n = 1; n <= MAX_SIZE; n++) {
      const root = mth(0, n);
      for (let i = 0; i < n; i++) {
        const leaf = leaves[i] as Uint8Array;
        const proof = await inclusionProof(store, i, n);
        const ref = refPath(i, 0, n);
        if (proof.length !== ref.length || proof.some((p, j) => Buffer.compare(p, ref[j] as Uint8Array) !== 0)) {
          expect.fail(`inclusion proof ${i}/${n} differs from the reference`);
        }
        if (inclusionError(leaf, i, n, proof, root) !== null) expect.fail(`inclusion ${i}/${n} rejected`);
        proofs++;
        const seed = n * 1000 + i;
        const reject = (what: string, l: Uint8Array, idx: number, size: number, p: Uint8Array[], r: Uint8Array): void => {
          flips++;
          if (inclusionError(l, idx, size, p, r) === null) expect.fail(`inclusion ${i}/${n}: ${what} accepted`);
        };
        proof.forEach((p, j) => {
          for (const b of bitsFor(n, seed, j)) {
            const mutated = [...proof];
            mutated[j] = flipped(p, b);
            reject(`proof[${j}] bit ${b}`, leaf, i, n, mutated, root);
          }
        });
        for (const b of bitsFor(n, seed, 100)) reject(`root bit ${b}`, leaf, i, n, proof, flipped(root, b));
        for (const b of bitsFor(n, seed, 101)) reject(`leaf bit ${b}`, flipped(leaf, b), i, n, proof, root);
        if (proof.length > 0) {
          reject('truncated', leaf, i, n, proof.slice(0, -1), root);
          reject('first dropped', leaf, i, n, proof.slice(1), root);
          if (proof.length > 1) reject('reversed', leaf, i, n, [...proof].reverse(), root);
        }
        reject('extended', leaf, i, n, [...proof, root], root);
        reject('prefixed', leaf, i, n, [leaf, ...proof], root);
        // All leaves differ, so no other index may verify.
        for (const i2 of intFlips(i)) reject(`index ${i2}`, leaf, i2, n, proof, root);
        for (const n2 of intFlips(n)) {
          flips++;
          const ours = inclusionError(leaf, i, n2, proof, root) === null;
          if ((ours || FULL) && ours !== refVerifyInclusion(leaf, i, n2, proof, root)) expect.fail(`inclusion ${i}/${n}: size ${n2} verdict differs from reference`);
          if (ours) sizeFlipsAccepted++;
        }
      }
    }
    const ms = performance.now() - t0;
    console.info(`inclusion: ${proofs} proofs, ${flips} mutations rejected or cross-checked (${sizeFlipsAccepted} flipped sizes with the same path shape verify, as the reference does), ${ms.toFixed(0)} ms`);
    expect(proofs).toBe((MAX_SIZE * (MAX_SIZE + 1)) / 2);
  }, TIMEOUT);

});
