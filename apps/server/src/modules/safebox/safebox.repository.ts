import { and, asc, count, desc, eq, gte, ilike, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db.ts';
import { pageWithTotal, type PageWindow } from '../../platform/paging.ts';
import { enterprises } from '../enterprises/enterprises.table.ts';
import { users } from '../identity/identity.table.ts';
import { safeboxDeposits, safeboxNotarisations, safeboxNotaryKeys, safeboxNotaryKeystores } from './safebox.table.ts';

export type DepositRow = typeof safeboxDeposits.$inferSelect;
export type NotarisationRow = typeof safeboxNotarisations.$inferSelect;
export type NotaryKeyRow = typeof safeboxNotaryKeys.$inferSelect;

export async function findEnterpriseIdentity(db: Db, tenantId: string, enterpriseId: string): Promise<{ id: string; name: string; creditCode: string } | undefined> {
  const [r] = await db.select({ id: enterprises.id, name: enterprises.name, creditCode: enterprises.creditCode }).from(enterprises).where(and(eq(enterprises.tenantId, tenantId), eq(enterprises.id, enterpriseId)));
  return r;
}

export interface DepositFilter {
  tenantId: string;
  enterpriseId: string;
  q?: string | undefined;
  category?: string | undefined;
  from?: Date | undefined;
  toExclusive?: Date | undefined;
  notarisation?: 'none' | 'requested' | 'countersigned' | 'rejected' | undefined;
}

function depositWhere(f: DepositFilter): SQL {
  const conds: (SQL | undefined)[] = [eq(safeboxDeposits.tenantId, f.tenantId), eq(safeboxDeposits.enterpriseId, f.enterpriseId)];
  if (f.q) {
    const like = `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conds.push(or(ilike(safeboxDeposits.title, like), ilike(safeboxDeposits.description, like), ilike(safeboxDeposits.fileName, like), eq(safeboxDeposits.sha256, f.q.toLowerCase())));
  }
  if (f.category) conds.push(eq(safeboxDeposits.category, f.category as 'other'));
  if (f.from) conds.push(gte(safeboxDeposits.depositedAt, f.from));
  if (f.toExclusive) conds.push(lt(safeboxDeposits.depositedAt, f.toExclusive));
  if (f.notarisation === 'none') conds.push(isNull(safeboxNotarisations.id));
  else if (f.notarisation) conds.push(eq(safeboxNotarisations.status, f.notarisation));
  return and(...conds) as SQL;
}

export interface DepositListRow extends DepositRow {
  notarisation: NotarisationRow['status'] | null;
}

export async function listDeposits(db: Db, f: DepositFilter, page: PageWindow): Promise<{ rows: DepositListRow[]; total: number }> {
  const where = depositWhere(f);
  const { rows, total } = await pageWithTotal(
    db
      .select({ d: safeboxDeposits, n: safeboxNotarisations.status })
      .from(safeboxDeposits)
      .leftJoin(safeboxNotarisations, eq(safeboxNotarisations.depositId, safeboxDeposits.id))
      .where(where)
      .orderBy(desc(safeboxDeposits.idx))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: count() }).from(safeboxDeposits).leftJoin(safeboxNotarisations, eq(safeboxNotarisations.depositId, safeboxDeposits.id)).where(where),
  );
  return { rows: rows.map((r) => ({ ...r.d, notarisation: r.n })), total };
}

/** How many deposits an enterprise has, and how many of them a notary countersigned. */
export async function countDepositsOf(db: Db, tenantId: string, enterpriseId: string): Promise<{ total: number; notarised: number }> {
  const [r] = await db
    .select({ total: count(), notarised: sql<number>`count(*) filter (where ${safeboxNotarisations.status} = 'countersigned')`.mapWith(Number) })
    .from(safeboxDeposits)
    .leftJoin(safeboxNotarisations, eq(safeboxNotarisations.depositId, safeboxDeposits.id))
    .where(and(eq(safeboxDeposits.tenantId, tenantId), eq(safeboxDeposits.enterpriseId, enterpriseId)));
  return { total: r?.total ?? 0, notarised: r?.notarised ?? 0 };
}

export async function findDeposit(db: Db, tenantId: string, id: string): Promise<DepositRow | undefined> {
  const [r] = await db.select().from(safeboxDeposits).where(and(eq(safeboxDeposits.tenantId, tenantId), eq(safeboxDeposits.id, id)));
  return r;
}

export async function findNotarisationByDeposit(db: Db, depositId: string): Promise<(NotarisationRow & { notaryName: string | null; notaryKey: string | null }) | undefined> {
  const [r] = await db
    .select({ n: safeboxNotarisations, notaryName: users.displayName, notaryKey: safeboxNotaryKeys.verifierKey })
    .from(safeboxNotarisations)
    .leftJoin(users, eq(users.id, safeboxNotarisations.decidedBy))
    .leftJoin(safeboxNotaryKeys, eq(safeboxNotaryKeys.id, safeboxNotarisations.notaryKeyId))
    .where(eq(safeboxNotarisations.depositId, depositId));
  return r ? { ...r.n, notaryName: r.notaryName, notaryKey: r.notaryKey } : undefined;
}

export interface NotarisationJoined {
  n: NotarisationRow;
  d: DepositRow;
  enterpriseName: string;
  creditCode: string;
  notaryName: string | null;
  notaryKey: string | null;
}

function notarisationQuery(db: Db) {
  return db
    .select({ n: safeboxNotarisations, d: safeboxDeposits, enterpriseName: enterprises.name, creditCode: enterprises.creditCode, notaryName: users.displayName, notaryKey: safeboxNotaryKeys.verifierKey })
    .from(safeboxNotarisations)
    .innerJoin(safeboxDeposits, eq(safeboxDeposits.id, safeboxNotarisations.depositId))
    .innerJoin(enterprises, eq(enterprises.id, safeboxNotarisations.enterpriseId))
    .leftJoin(users, eq(users.id, safeboxNotarisations.decidedBy))
    .leftJoin(safeboxNotaryKeys, eq(safeboxNotaryKeys.id, safeboxNotarisations.notaryKeyId));
}

export async function listNotarisations(db: Db, tenantId: string, status: NotarisationRow['status'] | undefined, page: PageWindow): Promise<{ rows: NotarisationJoined[]; total: number }> {
  const where = and(eq(safeboxNotarisations.tenantId, tenantId), status ? eq(safeboxNotarisations.status, status) : undefined);
  return pageWithTotal(
    notarisationQuery(db)
      .where(where)
      .orderBy(sql`case when ${safeboxNotarisations.status} = 'requested' then 0 else 1 end`, asc(safeboxNotarisations.requestedAt))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: count() }).from(safeboxNotarisations).where(where),
  );
}

export async function findNotarisation(db: Db, tenantId: string, id: string): Promise<NotarisationJoined | undefined> {
  const [r] = await notarisationQuery(db).where(and(eq(safeboxNotarisations.tenantId, tenantId), eq(safeboxNotarisations.id, id)));
  return r;
}

export async function insertNotarisation(tx: Db, row: typeof safeboxNotarisations.$inferInsert): Promise<NotarisationRow | undefined> {
  const [r] = await tx.insert(safeboxNotarisations).values(row).onConflictDoNothing().returning();
  return r;
}

/** Decides a request still in `requested` (compare-and-set); undefined when it was already decided. */
export async function decideNotarisation(tx: Db, id: string, set: Partial<typeof safeboxNotarisations.$inferInsert>): Promise<NotarisationRow | undefined> {
  const [r] = await tx
    .update(safeboxNotarisations)
    .set(set)
    .where(and(eq(safeboxNotarisations.id, id), eq(safeboxNotarisations.status, 'requested')))
    .returning();
  return r;
}

export async function findKeystore(db: Db, userId: string): Promise<typeof safeboxNotaryKeystores.$inferSelect | undefined> {
  const [r] = await db.select().from(safeboxNotaryKeystores).where(eq(safeboxNotaryKeystores.userId, userId));
  return r;
}

export async function insertKeystore(tx: Db, row: typeof safeboxNotaryKeystores.$inferInsert): Promise<boolean> {
  const r = await tx.insert(safeboxNotaryKeystores).values(row).onConflictDoNothing().returning({ userId: safeboxNotaryKeystores.userId });
  return r.length === 1;
}

export async function listNotaryKeys(db: Db, tenantId?: string): Promise<(NotaryKeyRow & { notaryName: string })[]> {
  const rows = await db
    .select({ k: safeboxNotaryKeys, notaryName: users.displayName })
    .from(safeboxNotaryKeys)
    .innerJoin(users, eq(users.id, safeboxNotaryKeys.notaryUserId))
    .where(tenantId ? eq(safeboxNotaryKeys.tenantId, tenantId) : undefined)
    .orderBy(asc(safeboxNotaryKeys.registeredAt));
  return rows.map((r) => ({ ...r.k, notaryName: r.notaryName }));
}

export async function findActiveNotaryKey(db: Db, userId: string): Promise<NotaryKeyRow | undefined> {
  const [r] = await db.select().from(safeboxNotaryKeys).where(and(eq(safeboxNotaryKeys.notaryUserId, userId), eq(safeboxNotaryKeys.status, 'active')));
  return r;
}

export async function findNotaryKey(db: Db, tenantId: string, id: string): Promise<(NotaryKeyRow & { notaryName: string }) | undefined> {
  const [r] = await db.select({ k: safeboxNotaryKeys, notaryName: users.displayName }).from(safeboxNotaryKeys).innerJoin(users, eq(users.id, safeboxNotaryKeys.notaryUserId)).where(and(eq(safeboxNotaryKeys.tenantId, tenantId), eq(safeboxNotaryKeys.id, id)));
  return r ? { ...r.k, notaryName: r.notaryName } : undefined;
}

export async function findNotaryUser(db: Db, tenantId: string, username: string): Promise<{ id: string; displayName: string; role: string } | undefined> {
  const [r] = await db.select({ id: users.id, displayName: users.displayName, role: users.role }).from(users).where(and(eq(users.tenantId, tenantId), eq(users.username, username)));
  return r;
}

/** Retires the notary's active key (if any) and registers the new one, in the caller's transaction. */
export async function registerNotaryKey(tx: Db, row: typeof safeboxNotaryKeys.$inferInsert, now: Date): Promise<NotaryKeyRow | undefined> {
  await tx.update(safeboxNotaryKeys).set({ status: 'retired', retiredAt: now }).where(and(eq(safeboxNotaryKeys.notaryUserId, row.notaryUserId), eq(safeboxNotaryKeys.status, 'active')));
  const [r] = await tx.insert(safeboxNotaryKeys).values(row).onConflictDoNothing().returning();
  return r;
}

export async function retireNotaryKey(tx: Db, id: string, now: Date): Promise<NotaryKeyRow | undefined> {
  const [r] = await tx.update(safeboxNotaryKeys).set({ status: 'retired', retiredAt: now }).where(and(eq(safeboxNotaryKeys.id, id), eq(safeboxNotaryKeys.status, 'active'))).returning();
  return r;
}

export async function inTransaction<T>(db: Db, fn: (tx: Db) => Promise<T>): Promise<T> {
  return db.transaction(fn);
}
