/** Deposits (存证): creation (group-committed into the log), listing, receipts. */
import { randomUUID } from 'node:crypto';
import type { DepositCreated, DepositDetail, DepositListQuery, DepositPage, DepositSummary, DepositExportQuery } from '@yunju/contracts';
import type { DepositInput } from '@yunju/contracts';
import { encodeBase64, encodeEntry, enterpriseIdentityHash, formatTlogProof, inclusionProof, leafHash } from '@yunju/tlog';
import type { z } from 'zod';
import type { Db } from '../../platform/db.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { authorize, type Actor, type RequestContext } from '../../platform/context.ts';
import { readHead, tileSource } from './log.repository.ts';
import type { SafeboxLog } from './safebox-log.ts';
import { findDeposit, findEnterpriseIdentity, findNotarisationByDeposit, listDeposits, type DepositFilter, type DepositRow } from './safebox.repository.ts';

type ParsedDeposit = z.output<typeof DepositInput>;

/** Enterprise identity hashes by enterprise id (credit codes do not change). */
const identityCache = new Map<string, { hash: string; name: string; creditCode: string }>();

async function enterpriseOf(db: Db, actor: Actor): Promise<{ id: string; hash: string; name: string; creditCode: string }> {
  if (!actor.enterpriseId) throw new AppError('auth.forbidden');
  const key = `${actor.tenantId}/${actor.enterpriseId}`;
  let c = identityCache.get(key);
  if (!c) {
    const e = await findEnterpriseIdentity(db, actor.tenantId, actor.enterpriseId);
    if (!e) throw new AppError('auth.forbidden');
    c = { hash: enterpriseIdentityHash(e.creditCode), name: e.name, creditCode: e.creditCode };
    if (identityCache.size > 10_000) identityCache.clear();
    identityCache.set(key, c);
  }
  return { id: actor.enterpriseId, ...c };
}

/**
 * Deposits one or more files (their SHA-256 and salt): answers once every entry is durably
 * committed with its leaf index (group commit, see SafeboxLog.append).
 */
export async function createDeposits(log: SafeboxLog, db: Db, ctx: RequestContext, inputs: readonly ParsedDeposit[], now: Date): Promise<DepositCreated[]> {
  const actor = authorize(ctx, 'safebox.deposit');
  const ent = await enterpriseOf(db, actor);
  const time = now.getTime();
  const items = inputs.map((input) => {
    const entry = Buffer.from(encodeEntry({ sha256: input.sha256, salt: input.salt, enterprise: ent.hash, time }));
    const id = randomUUID();
    return {
      row: {
        id,
        tenantId: actor.tenantId,
        enterpriseId: ent.id,
        entry,
        leafHash: Buffer.from(leafHash(entry)),
        sha256: input.sha256,
        salt: input.salt,
        title: input.title,
        category: input.category ?? null,
        description: input.description ?? null,
        fileName: input.fileName ?? null,
        fileSize: input.fileSize ?? null,
        depositedAt: now,
        createdBy: actor.userId,
      },
      audit: { tenantId: actor.tenantId, actorId: actor.userId, actorName: actor.username, actorRole: actor.role, requestId: ctx.requestId },
    };
  });
  let indices: number[];
  try {
    indices = await log.append(items);
  } catch (e) {
    throw new AppError('safebox.log_unavailable', { detail: e instanceof Error ? e.message : String(e) });
  }
  return items.map((it, i) => ({ id: it.row.id, index: indices[i] as number }));
}

const dayStart = (d: string) => new Date(`${d}T00:00:00+08:00`);

function filterOf(actor: Actor, enterpriseId: string, q: DepositExportQuery): DepositFilter {
  return {
    tenantId: actor.tenantId,
    enterpriseId,
    q: q.q,
    category: q.category,
    from: q.from ? dayStart(q.from) : undefined,
    toExclusive: q.to ? new Date(dayStart(q.to).getTime() + 86_400_000) : undefined,
    notarisation: q.notarisation,
  };
}

function summaryOf(d: DepositRow & { notarisation?: DepositSummary['notarisation'] }, treeSize: number): DepositSummary {
  return {
    id: d.id,
    index: d.idx,
    title: d.title,
    category: d.category,
    fileName: d.fileName,
    fileSize: d.fileSize,
    sha256: d.sha256,
    depositedAt: d.depositedAt.toISOString(),
    sequenced: d.idx < treeSize,
    notarisation: d.notarisation ?? null,
  };
}

export async function listMyDeposits(db: Db, ctx: RequestContext, q: DepositListQuery): Promise<DepositPage> {
  const actor = authorize(ctx, 'safebox.read_own');
  if (!actor.enterpriseId) throw new AppError('auth.forbidden');
  const [{ rows, total }, head] = await Promise.all([listDeposits(db, filterOf(actor, actor.enterpriseId, q), { limit: q.pageSize, offset: (q.page - 1) * q.pageSize }), readHead(db)]);
  return { items: rows.map((r) => summaryOf(r, head?.size ?? 0)), total, page: q.page, pageSize: q.pageSize };
}

export async function listMyDepositsForExport(db: Db, ctx: RequestContext, q: DepositExportQuery): Promise<{ items: DepositSummary[]; total: number }> {
  const actor = authorize(ctx, 'safebox.read_own');
  if (!actor.enterpriseId) throw new AppError('auth.forbidden');
  const [{ rows, total }, head] = await Promise.all([listDeposits(db, filterOf(actor, actor.enterpriseId, q), { limit: 10_000, offset: 0 }), readHead(db)]);
  return { items: rows.map((r) => summaryOf(r, head?.size ?? 0)), total };
}

/** The enterprise's own deposit; another enterprise's (or a missing one) is 404. */
async function ownDeposit(db: Db, ctx: RequestContext, id: string): Promise<{ actor: Actor; deposit: DepositRow }> {
  const actor = authorize(ctx, 'safebox.read_own');
  const deposit = await findDeposit(db, actor.tenantId, id);
  if (!deposit || deposit.enterpriseId !== actor.enterpriseId) throw notFound();
  return { actor, deposit };
}

export async function getMyDeposit(db: Db, ctx: RequestContext, id: string, origin: string, verifyUrl: string): Promise<DepositDetail> {
  const { deposit } = await ownDeposit(db, ctx, id);
  const [head, n] = await Promise.all([readHead(db), findNotarisationByDeposit(db, deposit.id)]);
  return {
    ...summaryOf({ ...deposit, notarisation: n?.status ?? null }, head?.size ?? 0),
    salt: deposit.salt,
    description: deposit.description,
    entry: encodeBase64(deposit.entry),
    leafHash: encodeBase64(deposit.leafHash),
    origin,
    verifyUrl,
    notarisationDetail: n
      ? { id: n.id, status: n.status, requestedAt: n.requestedAt.toISOString(), decidedAt: n.decidedAt?.toISOString() ?? null, notaryName: n.notaryName, notaryKey: n.notaryKey, reason: n.reason }
      : null,
  };
}

/**
 * The tlog-proof receipt of a deposit: the entry (extra line), its inclusion proof and the
 * checkpoint — the notary-cosigned checkpoint once notarised, else the latest.
 */
export async function receiptOf(db: Db, deposit: DepositRow): Promise<string> {
  const n = await findNotarisationByDeposit(db, deposit.id);
  let size: number;
  let checkpoint: string;
  if (n?.status === 'countersigned' && n.cosignedCheckpoint && n.cosignedSize) {
    size = n.cosignedSize;
    checkpoint = n.cosignedCheckpoint;
  } else {
    const head = await readHead(db);
    if (!head || head.size <= deposit.idx) throw new AppError('safebox.not_yet_sequenced');
    size = head.size;
    checkpoint = head.note;
  }
  const proof = await inclusionProof(tileSource(db, size), deposit.idx, size);
  return formatTlogProof({ extra: deposit.entry, index: deposit.idx, proof, checkpoint });
}

export async function getMyReceipt(db: Db, ctx: RequestContext, id: string): Promise<{ receipt: string; deposit: DepositRow }> {
  const { deposit } = await ownDeposit(db, ctx, id);
  return { receipt: await receiptOf(db, deposit), deposit };
}

export async function getMyDepositForCertificate(db: Db, ctx: RequestContext, id: string): Promise<{ receipt: string; deposit: DepositRow; enterprise: { name: string; creditCode: string }; notarisation: Awaited<ReturnType<typeof findNotarisationByDeposit>> }> {
  const { actor, deposit } = await ownDeposit(db, ctx, id);
  const receipt = await receiptOf(db, deposit);
  const ent = await enterpriseOf(db, actor);
  return { receipt, deposit, enterprise: { name: ent.name, creditCode: ent.creditCode }, notarisation: await findNotarisationByDeposit(db, deposit.id) };
}
