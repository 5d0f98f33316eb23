import { and, count, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db.ts';
import { notifications } from './notifications.table.ts';

export type NotificationRow = typeof notifications.$inferSelect;
export type NewNotificationRow = typeof notifications.$inferInsert;

export async function insertNotifications(db: Db, rows: NewNotificationRow[]): Promise<number> {
  if (rows.length === 0) return 0;
  const inserted = await db.insert(notifications).values(rows).returning({ id: notifications.id });
  return inserted.length;
}

const inboxOf = (tenantId: string, userId: string) => and(eq(notifications.tenantId, tenantId), eq(notifications.recipientUserId, userId));

export async function listInboxRows(db: Db, tenantId: string, userId: string, onlyUnread: boolean, page: { limit: number; offset: number }) {
  const where = and(inboxOf(tenantId, userId), onlyUnread ? isNull(notifications.readAt) : undefined);
  const [rows, totals] = await Promise.all([
    db.select().from(notifications).where(where).orderBy(desc(notifications.createdAt), desc(notifications.id)).limit(page.limit).offset(page.offset),
    db.select({ n: count() }).from(notifications).where(where),
  ]);
  return { rows, total: totals[0]?.n ?? 0 };
}

export async function countUnread(db: Db, tenantId: string, userId: string): Promise<number> {
  const [r] = await db.select({ n: count() }).from(notifications).where(and(inboxOf(tenantId, userId), isNull(notifications.readAt)));
  return r?.n ?? 0;
}

/** Marks one of the user's own notices read (keeps the first read time); false when it is not theirs. */
export async function markRead(db: Db, tenantId: string, userId: string, id: string, at: Date): Promise<boolean> {
  const [row] = await db
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, ${at.toISOString()}::timestamptz)` })
    .where(and(inboxOf(tenantId, userId), eq(notifications.id, id)))
    .returning({ id: notifications.id });
  return row !== undefined;
}

export async function markAllRead(db: Db, tenantId: string, userId: string, at: Date): Promise<number> {
  const rows = await db
    .update(notifications)
    .set({ readAt: at })
    .where(and(inboxOf(tenantId, userId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return rows.length;
}

/**
 * Claims up to `limit` notices not yet handed to the outbound adapters, oldest first: raises
 * their attempt count and leases them until `leaseUntil`, in one statement, so concurrent
 * dispatchers (several API processes) never claim the same row.
 */
export async function claimOutbound(db: Db, now: Date, leaseUntil: Date, maxAttempts: number, limit: number): Promise<NotificationRow[]> {
  const nowTs = sql`${now.toISOString()}::timestamptz`;
  return db
    .update(notifications)
    .set({ outboundAttempts: sql`${notifications.outboundAttempts} + 1`, outboundLeaseUntil: leaseUntil })
    .where(
      sql`${notifications.id} in (
        select ${notifications.id} from ${notifications}
        where ${notifications.outboundSentAt} is null
          and ${notifications.outboundAttempts} < ${maxAttempts}
          and (${notifications.outboundLeaseUntil} is null or ${notifications.outboundLeaseUntil} < ${nowTs})
        order by ${notifications.createdAt}
        limit ${limit}
        for update skip locked)`,
    )
    .returning();
}

export async function markOutboundSent(db: Db, id: string, at: Date): Promise<void> {
  await db.update(notifications).set({ outboundSentAt: at, outboundLeaseUntil: null }).where(eq(notifications.id, id));
}

/** A failed hand-over: the lease is dropped so the next run retries it (until the attempts run out). */
export async function releaseOutbound(db: Db, id: string): Promise<void> {
  await db.update(notifications).set({ outboundLeaseUntil: null }).where(eq(notifications.id, id));
}
