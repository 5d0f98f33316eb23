/**
 * `yunju log audit`: re-derives the tree from the stored data and checks every checkpoint.
 *  1. every level-0 tile hash equals SHA-256(0x00 ‖ entry) of the deposit with that index;
 *  2. every hash of a tile at level L+1 equals the root of the full tile below it;
 *  3. the root derived from the tiles equals the head's root;
 *  4. every stored checkpoint verifies with the log key, its root equals the root derived from the
 *     tiles at its size, and an RFC 9162 consistency proof from its size to the head verifies.
 */
import { HASH_SIZE, TILE_WIDTH, bytesEqual, consistencyProof, leafHash, openCheckpoint, parseVerifierKey, treeHead, verifyConsistency } from '@yunju/tlog';
import type { Db } from '../../platform/db.ts';
import { foldTile, readCheckpoints, readHead, readLeafHashes, readTilesOfLevel, tileSource } from './log.repository.ts';

export interface LogAuditResult {
  ok: boolean;
  size: number;
  tiles: number;
  checkpoints: number;
  problems: string[];
}

export async function auditLog(db: Db, origin: string, progress: (line: string) => void = () => undefined): Promise<LogAuditResult> {
  const problems: string[] = [];
  const head = await readHead(db);
  if (!head) return { ok: true, size: 0, tiles: 0, checkpoints: 0, problems };
  const size = head.size;
  let tiles = 0;
  // 1–2: walk every level's tiles in order.
  for (let level = 0; Math.floor(size / TILE_WIDTH ** level) > 0; level++) {
    const hashes = Math.floor(size / TILE_WIDTH ** level);
    let from = 0;
    for (;;) {
      const rows = await readTilesOfLevel(db, level, from, 200);
      if (rows.length === 0) break;
      for (const t of rows) {
        if (t.idx * TILE_WIDTH >= hashes) continue; // beyond the head: written by a rolled-back step? never; kept for safety
        tiles++;
        const width = Math.min(TILE_WIDTH, hashes - t.idx * TILE_WIDTH);
        if (t.hashes.length < width * HASH_SIZE) {
          problems.push(`tile ${level}/${t.idx} holds ${t.hashes.length / HASH_SIZE} hashes, the tree needs ${width}`);
          continue;
        }
        if (level === 0) {
          const leaves = await readLeafHashes(db, t.idx * TILE_WIDTH, t.idx * TILE_WIDTH + width - 1);
          if (leaves.length !== width) problems.push(`tile 0/${t.idx}: ${leaves.length} deposits for ${width} leaves`);
          for (const l of leaves) {
            const at = (l.idx - t.idx * TILE_WIDTH) * HASH_SIZE;
            const h = leafHash(l.entry);
            if (!bytesEqual(h, l.leafHash) || !bytesEqual(h, t.hashes.subarray(at, at + HASH_SIZE))) problems.push(`leaf ${l.idx}: tile hash differs from SHA-256(0x00 ‖ entry)`);
          }
        } else {
          const below = await readTilesOfLevel(db, level - 1, t.idx * TILE_WIDTH, width);
          for (let i = 0; i < width; i++) {
            const b = below[i];
            if (!b || b.idx !== t.idx * TILE_WIDTH + i || b.hashes.length !== TILE_WIDTH * HASH_SIZE) {
              problems.push(`tile ${level - 1}/${t.idx * TILE_WIDTH + i} is missing or not full`);
              continue;
            }
            if (!bytesEqual(foldTile(b.hashes), t.hashes.subarray(i * HASH_SIZE, (i + 1) * HASH_SIZE))) problems.push(`tile ${level}/${t.idx} hash ${i} is not the root of tile ${level - 1}/${b.idx}`);
          }
        }
      }
      from = (rows[rows.length - 1] as { idx: number }).idx + 1;
    }
    progress(`level ${level}: tiles checked`);
  }
  // 3: the root.
  const source = tileSource(db, size);
  const root = await treeHead(source, size);
  if (!bytesEqual(root, head.rootHash)) problems.push(`root derived from the tiles differs from the head's root at size ${size}`);
  // 4: every checkpoint.
  const verifier = parseVerifierKey(head.logKey);
  let checkpoints = 0;
  let after = 0;
  for (;;) {
    const rows = await readCheckpoints(db, after, 500);
    if (rows.length === 0) break;
    for (const c of rows) {
      checkpoints++;
      after = c.id;
      try {
        const opened = openCheckpoint(c.note, { origin, logVerifiers: [verifier] });
        const cp = opened.checkpoint;
        if (cp.size > size) {
          problems.push(`checkpoint #${c.id} has size ${cp.size} beyond the head ${size}`);
          continue;
        }
        const derived = await treeHead(tileSource(db, cp.size), cp.size);
        if (!bytesEqual(derived, cp.rootHash)) problems.push(`checkpoint #${c.id} (size ${cp.size}): root differs from the tiles`);
        const proof = await consistencyProof(source, cp.size, size);
        if (!verifyConsistency(cp.size, size, proof, cp.rootHash, head.rootHash)) problems.push(`checkpoint #${c.id} (size ${cp.size}) is not consistent with the head (size ${size})`);
      } catch (e) {
        problems.push(`checkpoint #${c.id}: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
  }
  progress(`${checkpoints} checkpoints checked`);
  return { ok: problems.length === 0, size, tiles, checkpoints, problems };
}
