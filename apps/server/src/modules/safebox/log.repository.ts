/**
 * The safe-box transparency log in the database: index counter, tiles, checkpoints, head.
 * See docs/adr/0007-safebox-log.md. Every function that writes runs in one transaction.
 */
import { and, asc, desc, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import { TileHashSource, TILE_WIDTH, HASH_SIZE, nodeHash, signCheckpoint, treeHead, type NoteSigner, type TileId } from '@yunju/tlog';
import type { Db } from '../../platform/db.ts';
import { auditLog } from '../audit/audit.table.ts';
import { GENESIS_HASH, hashAuditContent, type AuditContent } from '../audit/audit-chain.ts';
import { safeboxCheckpointTimestamps, safeboxCheckpoints, safeboxDeposits, safeboxLogCounter, safeboxLogHead, safeboxTiles } from './safebox.table.ts';

const LOG_ID = 1;
const SEQUENCER_LOCK = 'yunju.safebox.sequencer';

export type NewDepositRow = Omit<typeof safeboxDeposits.$inferInsert, 'idx'> & { id: string };
export interface AuditStamp {
  tenantId: string;
  actorId: string;
  actorName: string;
  actorRole: string;
  requestId: string | null;
}

/** Creates the counter row once (idempotent). */
export async function ensureLogRows(db: Db): Promise<void> {
  await db.insert(safeboxLogCounter).values({ id: LOG_ID, nextIndex: 0 }).onConflictDoNothing();
}

/**
 * Group commit: inserts the deposits with consecutive leaf indices and one audit row each, in ONE
 * transaction. Returns the first index. The counter row lock orders concurrent callers (also across
 * processes), so committed indices always form a contiguous prefix.
 */
export async function insertDepositBatch(db: Db, rows: readonly NewDepositRow[], audits: readonly AuditStamp[]): Promise<number> {
  return db.transaction(async (tx) => {
    const [c] = await tx
      .update(safeboxLogCounter)
      .set({ nextIndex: sql`${safeboxLogCounter.nextIndex} + ${rows.length}` })
      .where(eq(safeboxLogCounter.id, LOG_ID))
      .returning({ next: safeboxLogCounter.nextIndex });
    if (!c) throw new Error('safe-box log counter row is missing (ensureLogRows)');
    const first = Number(c.next) - rows.length;
    // One statement, one parameter: the rows as JSON (far cheaper to build and plan than 15 parameters a row).
    const json = JSON.stringify(
      rows.map((r, i) => ({
        id: r.id,
        tenant_id: r.tenantId,
        enterprise_id: r.enterpriseId,
        idx: first + i,
        entry: (r.entry as Buffer).toString('hex'),
        leaf_hash: (r.leafHash as Buffer).toString('hex'),
        sha256: r.sha256,
        salt: r.salt,
        title: r.title,
        category: r.category ?? null,
        description: r.description ?? null,
        file_name: r.fileName ?? null,
        file_size: r.fileSize ?? null,
        deposited_at: (r.depositedAt as Date).toISOString(),
        created_by: r.createdBy,
      })),
    );
    await tx.execute(sql`
      INSERT INTO safebox_deposits (id, tenant_id, enterprise_id, idx, entry, leaf_hash, sha256, salt, title, category, description, file_name, file_size, deposited_at, created_by)
      SELECT id, tenant_id, enterprise_id, idx, decode(entry, 'hex'), decode(leaf_hash, 'hex'), sha256, salt, title, category, description, file_name, file_size, deposited_at, created_by
      FROM jsonb_to_recordset(${json}::jsonb) AS x(id uuid, tenant_id uuid, enterprise_id uuid, idx bigint, entry text, leaf_hash text, sha256 text, salt text, title text, category text, description text, file_name text, file_size bigint, deposited_at timestamptz, created_by uuid)`);
    await insertAuditRows(
      tx,
      rows.map((r, i) => {
        const a = audits[i] as AuditStamp;
        return {
          tenantId: a.tenantId,
          at: (r.depositedAt as Date).toISOString(),
          actorId: a.actorId,
          actorName: a.actorName,
          actorRole: a.actorRole,
          action: 'safebox.deposit',
          targetType: 'safebox_deposit',
          targetId: r.id,
          summary: { index: first + i },
          requestId: a.requestId,
        };
      }),
    );
    return first;
  });
}

/** The audit chain's insertAuditRow, for many rows at once (same lock, same hashing, one INSERT). */
async function insertAuditRows(tx: Db, contents: Omit<AuditContent, 'seq' | 'prevHash'>[]): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext('yunju.audit_log'))`);
  const [last] = await tx.select({ seq: auditLog.seq, hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.seq)).limit(1);
  let seq = last?.seq ?? 0;
  let prevHash = last?.hash ?? GENESIS_HASH;
  const values = contents.map((c) => {
    const full: AuditContent = { ...c, seq: ++seq, prevHash };
    const hash = hashAuditContent(full);
    prevHash = hash;
    return {
      seq: full.seq,
      tenant_id: full.tenantId,
      at: full.at,
      actor_id: full.actorId,
      actor_name: full.actorName,
      actor_role: full.actorRole,
      action: full.action,
      target_type: full.targetType,
      target_id: full.targetId,
      summary: full.summary,
      request_id: full.requestId,
      prev_hash: full.prevHash,
      hash,
    };
  });
  await tx.execute(sql`
    INSERT INTO audit_log (seq, tenant_id, at, actor_id, actor_name, actor_role, action, target_type, target_id, summary, request_id, prev_hash, hash)
    SELECT seq, tenant_id, at, actor_id, actor_name, actor_role, action, target_type, target_id, summary, request_id, prev_hash, hash
    FROM jsonb_to_recordset(${JSON.stringify(values)}::jsonb) AS x(seq bigint, tenant_id uuid, at timestamptz, actor_id uuid, actor_name text, actor_role text, action text, target_type text, target_id text, summary jsonb, request_id text, prev_hash text, hash text)`);
}

export interface LogHead {
  size: number;
  rootHash: Buffer;
  checkpointId: number;
  note: string;
  signedAt: Date;
  logKey: string;
}

export async function readHead(db: Db): Promise<LogHead | undefined> {
  const [r] = await db
    .select({ size: safeboxLogHead.size, rootHash: safeboxLogHead.rootHash, checkpointId: safeboxLogHead.checkpointId, logKey: safeboxLogHead.logKey, note: safeboxCheckpoints.note, signedAt: safeboxCheckpoints.signedAt })
    .from(safeboxLogHead)
    .innerJoin(safeboxCheckpoints, eq(safeboxCheckpoints.id, safeboxLogHead.checkpointId))
    .where(eq(safeboxLogHead.id, LOG_ID));
  return r;
}

/** Reads a tile's first `width` hashes, or undefined if the log has not stored that many yet. */
export async function readTile(db: Db, level: number, index: number, width: number): Promise<Buffer | undefined> {
  const [r] = await db.select({ hashes: safeboxTiles.hashes }).from(safeboxTiles).where(and(eq(safeboxTiles.level, level), eq(safeboxTiles.idx, index)));
  if (!r || r.hashes.length < width * HASH_SIZE) return undefined;
  return r.hashes.subarray(0, width * HASH_SIZE);
}

/** A HashSource over the stored tiles for the tree of `size` leaves. */
export function tileSource(db: Db, size: number): TileHashSource {
  return new TileHashSource(size, async (t: TileId) => {
    if (t.level === 'entries') throw new Error('entry bundles are not hash tiles');
    const b = await readTile(db, t.level, t.index, t.width);
    if (!b) throw new Error(`tile ${t.level}/${t.index} is missing`);
    return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
  });
}

export async function readCheckpoints(db: Db, afterId: number, limit: number): Promise<{ id: number; size: number; rootHash: Buffer; note: string; signedAt: Date }[]> {
  return db.select().from(safeboxCheckpoints).where(gte(safeboxCheckpoints.id, afterId + 1)).orderBy(asc(safeboxCheckpoints.id)).limit(limit);
}

export async function readCheckpointWithSize(db: Db, size: number): Promise<{ note: string } | undefined> {
  const [r] = await db.select({ note: safeboxCheckpoints.note }).from(safeboxCheckpoints).where(eq(safeboxCheckpoints.size, size)).orderBy(desc(safeboxCheckpoints.id)).limit(1);
  return r;
}

/** All tiles of a level in index order (for `yunju log audit`). */
export async function readTilesOfLevel(db: Db, level: number, fromIndex: number, limit: number): Promise<{ idx: number; hashes: Buffer }[]> {
  return db.select({ idx: safeboxTiles.idx, hashes: safeboxTiles.hashes }).from(safeboxTiles).where(and(eq(safeboxTiles.level, level), gte(safeboxTiles.idx, fromIndex))).orderBy(asc(safeboxTiles.idx)).limit(limit);
}

/** Leaf hashes of the deposits with indices [from, to] (for `yunju log audit`). */
export async function readLeafHashes(db: Db, from: number, to: number): Promise<{ idx: number; leafHash: Buffer; entry: Buffer }[]> {
  return db.select({ idx: safeboxDeposits.idx, leafHash: safeboxDeposits.leafHash, entry: safeboxDeposits.entry }).from(safeboxDeposits).where(and(gte(safeboxDeposits.idx, from), lte(safeboxDeposits.idx, to))).orderBy(asc(safeboxDeposits.idx));
}

export async function countDepositsInLog(db: Db): Promise<number> {
  const [r] = await db.select({ n: sql<number>`count(*)::int` }).from(safeboxDeposits);
  return r?.n ?? 0;
}

export type IntegrateResult =
  | { kind: 'busy' } // another sequencer holds the lock
  | { kind: 'idle'; size: number }
  | { kind: 'signed'; size: number; added: number; checkpoint: string; checkpointId: number };

/** Hashes at tile level L (height 8·L) of a tree of `size` leaves. */
function hashesAtLevel(level: number, size: number): number {
  return Math.floor(size / TILE_WIDTH ** level);
}

/** The root of one full tile's hashes (the hash one level up). */
export function foldTile(hashes: Uint8Array): Buffer {
  let row: Uint8Array[] = [];
  for (let i = 0; i < hashes.length; i += HASH_SIZE) row.push(hashes.subarray(i, i + HASH_SIZE));
  while (row.length > 1) {
    const next: Uint8Array[] = [];
    for (let i = 0; i < row.length; i += 2) next.push(nodeHash(row[i] as Uint8Array, row[i + 1] as Uint8Array));
    row = next;
  }
  return Buffer.from(row[0] as Uint8Array);
}

/**
 * One sequencing step, in ONE transaction: takes the sequencer lock (skips if another process holds
 * it), appends the contiguous run of committed deposits after the head to the tiles, signs the new
 * checkpoint, stores it and advances the head with a compare-and-set on the size. When nothing is
 * new, re-signs only if the head is older than `resignMs`.
 */
export async function integrate(db: Db, opts: { origin: string; signer: NoteSigner; verifierKey: string; now: Date; resignMs: number; maxBatch: number }): Promise<IntegrateResult> {
  return db.transaction(async (tx) => {
    const res = (await tx.execute(sql`SELECT pg_try_advisory_xact_lock(hashtext(${SEQUENCER_LOCK})) AS ok`)) as unknown as { rows: { ok: boolean }[] };
    const [lock] = res.rows;
    if (!lock?.ok) return { kind: 'busy' } as const;
    const head = await readHead(tx);
    if (head && head.logKey !== opts.verifierKey) throw new Error(`safe-box log: this process's signing key differs from the log's key ${head.logKey}; refusing to sign`);
    const oldSize = head?.size ?? 0;
    const fresh = await tx
      .select({ idx: safeboxDeposits.idx, leafHash: safeboxDeposits.leafHash })
      .from(safeboxDeposits)
      .where(gte(safeboxDeposits.idx, oldSize))
      .orderBy(asc(safeboxDeposits.idx))
      .limit(opts.maxBatch);
    let added = 0;
    while (added < fresh.length && fresh[added]!.idx === oldSize + added) added++;
    if (added === 0 && head && opts.now.getTime() - head.signedAt.getTime() < opts.resignMs) return { kind: 'idle', size: oldSize } as const;
    const newSize = oldSize + added;

    // The last (partial) tile of every level at the old size: everything an append touches.
    const tiles = new Map<string, Buffer>();
    const key = (level: number, index: number) => `${level}/${index}`;
    const wanted: { level: number; index: number }[] = [];
    for (let level = 0; hashesAtLevel(level, oldSize) > 0; level++) {
      const n = hashesAtLevel(level, oldSize);
      if (n % TILE_WIDTH !== 0) wanted.push({ level, index: Math.floor(n / TILE_WIDTH) });
    }
    if (wanted.length > 0) {
      const rows = await tx
        .select()
        .from(safeboxTiles)
        .where(sql`(${safeboxTiles.level}, ${safeboxTiles.idx}) IN (${sql.join(wanted.map((w) => sql`(${w.level}, ${w.index})`), sql`, `)})`);
      for (const r of rows) tiles.set(key(r.level, r.idx), r.hashes.subarray(0, (hashesAtLevel(r.level, oldSize) % TILE_WIDTH) * HASH_SIZE));
      for (const w of wanted) if (!tiles.has(key(w.level, w.index))) throw new Error(`safe-box log: tile ${w.level}/${w.index} is missing`);
    }
    // Append level by level: a tile that becomes full contributes its root to the level above.
    const changed = new Set<string>();
    let incoming: Buffer[] = fresh.slice(0, added).map((f) => f.leafHash);
    for (let level = 0; incoming.length > 0; level++) {
      let n = hashesAtLevel(level, oldSize);
      const up: Buffer[] = [];
      let at = 0;
      while (at < incoming.length) {
        const index = Math.floor(n / TILE_WIDTH);
        const k = key(level, index);
        const current = tiles.get(k) ?? Buffer.alloc(0);
        const room = TILE_WIDTH - current.length / HASH_SIZE;
        const take = incoming.slice(at, at + room);
        const next = Buffer.concat([current, ...take]);
        tiles.set(k, next);
        changed.add(k);
        at += take.length;
        n += take.length;
        if (next.length === TILE_WIDTH * HASH_SIZE) up.push(foldTile(next));
      }
      incoming = up;
    }
    const source = new TileHashSource(newSize, async (t: TileId) => {
      const b = tiles.get(key(t.level as number, t.index)) ?? (await readTile(tx, t.level as number, t.index, t.width));
      if (!b || b.length < t.width * HASH_SIZE) throw new Error(`safe-box log: tile ${String(t.level)}/${t.index} is missing`);
      return b.subarray(0, t.width * HASH_SIZE);
    });
    const rootHash = Buffer.from(await treeHead(source, newSize));
    if (changed.size > 0) {
      await tx
        .insert(safeboxTiles)
        .values([...changed].map((k) => {
          const [level, idx] = k.split('/').map(Number) as [number, number];
          return { level, idx, hashes: tiles.get(k) as Buffer };
        }))
        .onConflictDoUpdate({ target: [safeboxTiles.level, safeboxTiles.idx], set: { hashes: sql`excluded.hashes` } });
    }
    const note = signCheckpoint({ origin: opts.origin, size: newSize, rootHash, extensions: [] }, [opts.signer]);
    const [cp] = await tx.insert(safeboxCheckpoints).values({ size: newSize, rootHash, note, signedAt: opts.now }).returning({ id: safeboxCheckpoints.id });
    const checkpointId = cp!.id;
    // Compare-and-set on the tree size: never two heads from one old size.
    const moved = head
      ? await tx
          .update(safeboxLogHead)
          .set({ size: newSize, rootHash, checkpointId, updatedAt: opts.now })
          .where(and(eq(safeboxLogHead.id, LOG_ID), eq(safeboxLogHead.size, oldSize)))
          .returning({ id: safeboxLogHead.id })
      : await tx.insert(safeboxLogHead).values({ id: LOG_ID, size: newSize, rootHash, checkpointId, logKey: opts.verifierKey, updatedAt: opts.now }).onConflictDoNothing().returning({ id: safeboxLogHead.id });
    if (moved.length !== 1) throw new Error('safe-box log: the head moved under the sequencer (compare-and-set failed); rolled back');
    return { kind: 'signed', size: newSize, added, checkpoint: note, checkpointId } as const;
  });
}

export async function depositIndexExists(db: Db, indices: number[]): Promise<Set<number>> {
  if (indices.length === 0) return new Set();
  const rows = await db.select({ idx: safeboxDeposits.idx }).from(safeboxDeposits).where(inArray(safeboxDeposits.idx, indices));
  return new Set(rows.map((r) => r.idx));
}

export async function insertCheckpointTimestamp(db: Db, row: typeof safeboxCheckpointTimestamps.$inferInsert): Promise<void> {
  await db.insert(safeboxCheckpointTimestamps).values(row).onConflictDoNothing();
}

/** The most recent time-stamped checkpoint with its RFC 3161 token. */
export async function latestCheckpointTimestamp(db: Db): Promise<{ checkpointId: number; note: string; size: number; tsaUrl: string; token: Buffer; stampedAt: Date } | undefined> {
  const [r] = await db
    .select({ checkpointId: safeboxCheckpointTimestamps.checkpointId, note: safeboxCheckpoints.note, size: safeboxCheckpoints.size, tsaUrl: safeboxCheckpointTimestamps.tsaUrl, token: safeboxCheckpointTimestamps.token, stampedAt: safeboxCheckpointTimestamps.stampedAt })
    .from(safeboxCheckpointTimestamps)
    .innerJoin(safeboxCheckpoints, eq(safeboxCheckpoints.id, safeboxCheckpointTimestamps.checkpointId))
    .orderBy(desc(safeboxCheckpointTimestamps.checkpointId))
    .limit(1);
  return r;
}
