import type { AuditEntry, AuditPage, AuditQuery } from '@yunju/contracts';
import type { Db } from '../../platform/db.ts';
import { authorize, type RequestContext } from '../../platform/context.ts';
import { findChainBreak, type AuditContent, type ChainBreak } from './audit-chain.ts';
import { insertAuditRow, listAuditRows, readAuditChain, type AuditRow } from './audit.repository.ts';

export interface AuditEvent {
  action: string;
  targetType?: string | null;
  targetId?: string | null;
  /** A summary of the change: usually `{ before, after }` with only the fields that matter. */
  summary?: Record<string, unknown>;
  /** For events without a signed-in actor (e.g. a failed sign-in, the demo seeding). */
  tenantId?: string | null;
  actorName?: string | null;
}

/** Records an audit row in the caller's transaction (a state change and its audit row commit together). */
export async function recordAudit(tx: Db, ctx: RequestContext | null, event: AuditEvent): Promise<void> {
  const actor = ctx?.actor ?? null;
  await insertAuditRow(tx, {
    tenantId: actor?.tenantId ?? event.tenantId ?? null,
    at: new Date().toISOString(),
    actorId: actor?.userId ?? null,
    actorName: actor?.username ?? event.actorName ?? null,
    actorRole: actor?.role ?? null,
    action: event.action,
    targetType: event.targetType ?? null,
    targetId: event.targetId ?? null,
    summary: event.summary ?? {},
    requestId: ctx?.requestId ?? null,
  });
}

function toEntry(r: AuditRow): AuditEntry {
  return {
    seq: r.seq,
    at: r.at.toISOString(),
    tenantId: r.tenantId,
    actorId: r.actorId,
    actorName: r.actorName,
    actorRole: r.actorRole,
    action: r.action,
    targetType: r.targetType,
    targetId: r.targetId,
    summary: r.summary,
    requestId: r.requestId,
    hash: r.hash,
  };
}

/** Lists the tenant's audit rows, newest first (bureau admin and leader). */
export async function listAudit(db: Db, ctx: RequestContext, q: AuditQuery): Promise<AuditPage> {
  const actor = authorize(ctx, 'audit.read');
  // Dates are calendar days in Asia/Shanghai (UTC+8, no daylight saving).
  const dayStart = (d: string) => new Date(`${d}T00:00:00+08:00`);
  const to = q.to ? new Date(dayStart(q.to).getTime() + 86_400_000) : undefined;
  const { rows, total } = await listAuditRows(
    db,
    { tenantId: actor.tenantId, action: q.action, actorName: q.actor, targetType: q.targetType, fromInclusive: q.from ? dayStart(q.from) : undefined, toExclusive: to },
    { limit: q.pageSize, offset: (q.page - 1) * q.pageSize },
  );
  return { items: rows.map(toEntry), total, page: q.page, pageSize: q.pageSize };
}

/** Walks the whole chain; returns the number of rows checked and the first break, if any. */
export async function verifyAuditChain(db: Db): Promise<{ rows: number; firstBreak: ChainBreak | null; breakRow: AuditEntry | null }> {
  let n = 0;
  let prev: { seq: number; hash: string } | undefined;
  for await (const row of readAuditChain(db)) {
    n++;
    const content: AuditContent & { hash: string } = { ...toEntry(row), prevHash: row.prevHash };
    const brk = findChainBreak([content], prev);
    if (brk) return { rows: n, firstBreak: brk, breakRow: toEntry(row) };
    prev = { seq: row.seq, hash: row.hash };
  }
  return { rows: n, firstBreak: null, breakRow: null };
}
