/** The public, read-only log API (no login): key, checkpoint, tiles, proofs, receipt verification. */
import type { ConsistencyProofView, InclusionProofView, LogInfo, VerifyResult } from '@yunju/contracts';
import { consistencyProof, encodeBase64, inclusionProof, parseTilePath, tileWidth, verifyReceipt } from '@yunju/tlog';
import type { Db } from '../../platform/db.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { latestCheckpointTimestamp, readHead, readLeafHashes, readTile, tileSource, type LogHead } from './log.repository.ts';
import type { SafeboxLog } from './safebox-log.ts';
import { listNotaryKeys } from './safebox.repository.ts';

/** The latest head; on a brand-new log, signs the first (empty) checkpoint. */
export async function currentHead(log: SafeboxLog, db: Db): Promise<LogHead> {
  let head = await readHead(db);
  if (!head) {
    await log.integrateNow();
    head = await readHead(db);
  }
  if (!head) throw new AppError('safebox.log_unavailable');
  return head;
}

export async function logInfo(log: SafeboxLog, db: Db): Promise<LogInfo> {
  const [head, keys] = await Promise.all([currentHead(log, db), listNotaryKeys(db)]);
  return { origin: log.config.origin, logKey: log.signer.verifierKey, notaryKeys: keys.map((k) => ({ verifierKey: k.verifierKey, notaryName: k.notaryName, status: k.status })), size: head.size };
}

/** A hash tile `tile/<L>/<N>[.p/<W>]` of the current tree (entry bundles are not published). */
export async function readPublicTile(log: SafeboxLog, db: Db, path: string): Promise<{ bytes: Buffer; full: boolean }> {
  const t = parseTilePath(path);
  if (!t || t.level === 'entries') throw notFound();
  const head = await currentHead(log, db);
  if (tileWidth(t.level, t.index, head.size) < t.width) throw notFound();
  const bytes = await readTile(db, t.level, t.index, t.width);
  if (!bytes) throw notFound();
  return { bytes, full: t.width === 256 };
}

export async function publicInclusionProof(log: SafeboxLog, db: Db, index: number, size: number): Promise<InclusionProofView> {
  const head = await currentHead(log, db);
  if (size > head.size || index >= size) throw notFound();
  const [leaf] = await readLeafHashes(db, index, index);
  if (!leaf) throw notFound();
  const proof = await inclusionProof(tileSource(db, size), index, size);
  return { index, size, leafHash: encodeBase64(leaf.leafHash), proof: proof.map(encodeBase64) };
}

export async function publicConsistencyProof(log: SafeboxLog, db: Db, from: number, to: number): Promise<ConsistencyProofView> {
  const head = await currentHead(log, db);
  if (to > head.size || from > to) throw notFound();
  const proof = await consistencyProof(tileSource(db, to), from, to);
  return { from, to, proof: proof.map(encodeBase64) };
}

/** The same checks as `yunju-verify`, against the log key and (optionally) every registered notary key. */
export async function verifyForPublic(log: SafeboxLog, db: Db, input: { receipt: string; sha256: string; salt: string; requireNotary?: boolean | undefined }): Promise<VerifyResult> {
  const keys = await listNotaryKeys(db);
  try {
    const v = verifyReceipt({
      receipt: input.receipt,
      logKey: log.signer.verifierKey,
      origin: log.config.origin,
      cosigners: keys.map((k) => k.verifierKey),
      require: input.requireNotary === true ? 1 : 0,
      sha256: input.sha256,
      salt: input.salt,
    });
    return {
      ok: true,
      reason: null,
      index: v.index,
      treeSize: v.treeSize,
      depositedAt: new Date(v.depositTime).toISOString(),
      notaries: v.cosignatures.map((c) => ({ name: c.name, cosignedAt: c.timestamp === undefined ? null : new Date(c.timestamp * 1000).toISOString() })),
    };
  } catch (e) {
    return { ok: false, reason: e instanceof Error ? e.message : String(e), index: null, treeSize: null, depositedAt: null, notaries: [] };
  }
}

/** The latest checkpoint with an RFC 3161 time-stamp token (404 when none: no TSA configured yet). */
export async function latestTimestamp(db: Db): Promise<{ checkpoint: string; size: number; tsaUrl: string; token: string; stampedAt: string }> {
  const r = await latestCheckpointTimestamp(db);
  if (!r) throw notFound();
  return { checkpoint: r.note, size: r.size, tsaUrl: r.tsaUrl, token: encodeBase64(r.token), stampedAt: r.stampedAt.toISOString() };
}
