import { and, asc, count, desc, eq, gt, gte, lt, type SQL } from 'drizzle-orm';
import { lockWithinTransaction, type Db } from '../../platform/db.ts';
import { auditLog } from './audit.table.ts';
import { GENESIS_HASH, hashAuditContent, type AuditContent } from './audit-chain.ts';

export type AuditRow = typeof auditLog.$inferSelect;

/** Appends one row to the chain; must run inside the transaction of the change it records. */
export async function insertAuditRow(tx: Db, content: Omit<AuditContent, 'seq' | 'prevHash'>): Promise<AuditRow> {
  await lockWithinTransaction(tx, 'yunju.audit_log');
  const [last] = await tx.select({ seq: auditLog.seq, hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.seq)).limit(1);
  const full: AuditContent = { ...content, seq: (last?.seq ?? 0) + 1, prevHash: last?.hash ?? GENESIS_HASH };
  const hash = hashAuditContent(full);
  const [row] = await tx
    .insert(auditLog)
    .values({ ...full, at: new Date(full.at), hash })
    .returning();
  return row!;
}

export interface AuditFilter {
  tenantId: string;
  action?: string | undefined;
  actorName?: string | undefined;
  targetType?: string | undefined;
  fromInclusive?: Date | undefined;
  toExclusive?: Date | undefined;
}

function whereOf(f: AuditFilter): SQL | undefined {
  const conds: SQL[] = [eq(auditLog.tenantId, f.tenantId)];
  if (f.action) conds.push(eq(auditLog.action, f.action));
  if (f.actorName) conds.push(eq(auditLog.actorName, f.actorName));
  if (f.targetType) conds.push(eq(auditLog.targetType, f.targetType));
  if (f.fromInclusive) conds.push(gte(auditLog.at, f.fromInclusive));
  if (f.toExclusive) conds.push(lt(auditLog.at, f.toExclusive));
  return and(...conds);
}

export async function listAuditRows(db: Db, f: AuditFilter, page: { limit: number; offset: number }): Promise<{ rows: AuditRow[]; total: number }> {
  const where = whereOf(f);
  const [rows, totals] = await Promise.all([
    db.select().from(auditLog).where(where).orderBy(desc(auditLog.seq)).limit(page.limit).offset(page.offset),
    db.select({ n: count() }).from(auditLog).where(where),
  ]);
  return { rows, total: totals[0]?.n ?? 0 };
}

export async function countAuditRowsSince(db: Db, tenantId: string, since: Date): Promise<number> {
  const [r] = await db.select({ n: count() }).from(auditLog).where(and(eq(auditLog.tenantId, tenantId), gte(auditLog.at, since)));
  return r?.n ?? 0;
}

/** Reads the whole chain in sequence order, a batch at a time. */
export async function* readAuditChain(db: Db, batchSize = 2000): AsyncGenerator<AuditRow> {
  let after = 0;
  for (;;) {
    const rows = await db.select().from(auditLog).where(gt(auditLog.seq, after)).orderBy(asc(auditLog.seq)).limit(batchSize);
    if (rows.length === 0) return;
    yield* rows;
    after = rows[rows.length - 1]!.seq;
  }
}
