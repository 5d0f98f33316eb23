import type { Role } from '@yunju/contracts';
import { and, desc, eq, gt, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db.ts';
import { departments, tenants } from '../org/org.table.ts';
import { enterprises } from '../enterprises/enterprises.table.ts';
import { loginThrottle, passwordHistory, sessions, users } from './identity.table.ts';

export type UserRow = typeof users.$inferSelect;
export type SessionRow = typeof sessions.$inferSelect;
export type ThrottleRow = typeof loginThrottle.$inferSelect;

export async function findUserByUsername(db: Db, username: string): Promise<UserRow | undefined> {
  const [u] = await db.select().from(users).where(eq(users.username, username)).limit(1);
  return u;
}

export async function findUserById(db: Db, id: string): Promise<UserRow | undefined> {
  const [u] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return u;
}

/** The user with the names of its tenant, department and enterprise, for `/api/auth/me`. */
export async function findUserProfile(db: Db, id: string) {
  const [row] = await db
    .select({
      user: users,
      tenantName: tenants.name,
      departmentName: departments.name,
      enterpriseName: enterprises.name,
    })
    .from(users)
    .innerJoin(tenants, eq(tenants.id, users.tenantId))
    .leftJoin(departments, eq(departments.id, users.departmentId))
    .leftJoin(enterprises, eq(enterprises.id, users.enterpriseId))
    .where(eq(users.id, id))
    .limit(1);
  return row;
}

export async function listDemoUsers(db: Db): Promise<UserRow[]> {
  return db.select().from(users).where(eq(users.isDemo, true));
}

export async function insertUser(db: Db, values: typeof users.$inferInsert): Promise<UserRow> {
  const [u] = await db.insert(users).values(values).returning();
  return u!;
}

export async function updatePassword(db: Db, userId: string, passwordHash: string, at: Date): Promise<void> {
  await db.update(users).set({ passwordHash, passwordChangedAt: at, mustChangePassword: false }).where(eq(users.id, userId));
}

export async function insertPasswordHistory(db: Db, user: { id: string; tenantId: string }, passwordHash: string): Promise<void> {
  await db.insert(passwordHistory).values({ tenantId: user.tenantId, userId: user.id, passwordHash });
}

export async function listRecentPasswordHashes(db: Db, userId: string, limit: number): Promise<string[]> {
  const rows = await db
    .select({ h: passwordHistory.passwordHash })
    .from(passwordHistory)
    .where(eq(passwordHistory.userId, userId))
    .orderBy(desc(passwordHistory.createdAt))
    .limit(limit);
  return rows.map((r) => r.h);
}

export async function insertSession(db: Db, values: typeof sessions.$inferInsert): Promise<void> {
  await db.insert(sessions).values(values);
}

type LiveSession = { session: SessionRow; user: UserRow };

/** One statement for many tokens: live sessions (not revoked, not expired, seen since `idleSince`) and their active users. */
async function selectLiveSessions(db: Db, tokenHashes: readonly string[], now: Date, idleSince: Date): Promise<LiveSession[]> {
  return db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(tokenHashes.length === 1 ? eq(sessions.tokenHash, tokenHashes[0] as string) : inArray(sessions.tokenHash, [...tokenHashes]), isNull(sessions.revokedAt), gt(sessions.expiresAt, now), gt(sessions.lastSeenAt, idleSince), eq(users.isActive, true)));
}

interface PendingLookup {
  tokenHash: string;
  now: Date;
  idleSince: Date;
  resolve: (row: LiveSession | undefined) => void;
  reject: (e: unknown) => void;
}

/**
 * Every authenticated request looks its session up. Lookups arriving in the same turn of the event
 * loop are coalesced into one statement (`token_hash IN (…)`): under load, one round trip and one
 * query plan serve many requests. The batch uses its latest `now` and `idleSince`, so it is never
 * more lenient than each request alone (at most a few milliseconds stricter).
 */
class SessionLookupBatcher {
  private pending: PendingLookup[] = [];
  private scheduled = false;
  constructor(private readonly db: Db) {}

  lookup(tokenHash: string, now: Date, idleSince: Date): Promise<LiveSession | undefined> {
    return new Promise((resolve, reject) => {
      this.pending.push({ tokenHash, now, idleSince, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => void this.flush());
      }
    });
  }

  private async flush(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    this.scheduled = false;
    let now = batch[0]!.now;
    let idleSince = batch[0]!.idleSince;
    for (const p of batch) {
      if (p.now > now) now = p.now;
      if (p.idleSince > idleSince) idleSince = p.idleSince;
    }
    try {
      const rows = await selectLiveSessions(this.db, [...new Set(batch.map((p) => p.tokenHash))], now, idleSince);
      const byHash = new Map(rows.map((r) => [r.session.tokenHash, r]));
      for (const p of batch) p.resolve(byHash.get(p.tokenHash));
    } catch (e) {
      for (const p of batch) p.reject(e);
    }
  }
}

const batchers = new WeakMap<Db, SessionLookupBatcher>();

/**
 * A live session (not revoked, not past its absolute expiry, seen within the idle window) and its
 * active user, in one statement shared with the other requests of the same event-loop turn.
 */
export function findLiveSessionWithUser(db: Db, tokenHash: string, now: Date, idleSince: Date): Promise<LiveSession | undefined> {
  let batcher = batchers.get(db);
  if (!batcher) {
    batcher = new SessionLookupBatcher(db);
    batchers.set(db, batcher);
  }
  return batcher.lookup(tokenHash, now, idleSince);
}

export async function touchSession(db: Db, tokenHash: string, now: Date): Promise<void> {
  await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.tokenHash, tokenHash));
}

export async function revokeSession(db: Db, tokenHash: string, now: Date): Promise<void> {
  await db.update(sessions).set({ revokedAt: now }).where(and(eq(sessions.tokenHash, tokenHash), isNull(sessions.revokedAt)));
}

export async function revokeAllSessionsOfUser(db: Db, userId: string, now: Date): Promise<number> {
  const rows = await db
    .update(sessions)
    .set({ revokedAt: now })
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)))
    .returning({ t: sessions.tokenHash });
  return rows.length;
}

export async function findThrottles(db: Db, keys: string[]): Promise<ThrottleRow[]> {
  return db.select().from(loginThrottle).where(inArray(loginThrottle.key, keys));
}

/**
 * Counts one failure for the key within a window; locks the key once `maxFailures` is reached.
 * One statement, so concurrent failures are all counted.
 */
export async function recordThrottleFailure(db: Db, key: string, now: Date, windowMs: number, maxFailures: number, lockMs: number): Promise<void> {
  // Parameters as ISO text with explicit casts: both drivers then bind them the same way.
  const windowStart = sql`${new Date(now.getTime() - windowMs).toISOString()}::timestamptz`;
  const nowTs = sql`${now.toISOString()}::timestamptz`;
  const lockUntilDate = new Date(now.getTime() + lockMs);
  const lockUntil = sql`${lockUntilDate.toISOString()}::timestamptz`;
  await db
    .insert(loginThrottle)
    .values({ key, failures: 1, windowStartedAt: now, lockedUntil: maxFailures <= 1 ? lockUntilDate : null })
    .onConflictDoUpdate({
      target: loginThrottle.key,
      set: {
        failures: sql`CASE WHEN ${loginThrottle.windowStartedAt} < ${windowStart} THEN 1 ELSE ${loginThrottle.failures} + 1 END`,
        windowStartedAt: sql`CASE WHEN ${loginThrottle.windowStartedAt} < ${windowStart} THEN ${nowTs} ELSE ${loginThrottle.windowStartedAt} END`,
        lockedUntil: sql`CASE WHEN (CASE WHEN ${loginThrottle.windowStartedAt} < ${windowStart} THEN 1 ELSE ${loginThrottle.failures} + 1 END) >= ${maxFailures} THEN ${lockUntil} ELSE ${loginThrottle.lockedUntil} END`,
      },
    });
}

export async function clearThrottle(db: Db, key: string): Promise<void> {
  await db.delete(loginThrottle).where(eq(loginThrottle.key, key));
}

export async function countUsers(db: Db, tenantId: string): Promise<number> {
  const [r] = await db.select({ n: sql<number>`count(*)::int` }).from(users).where(eq(users.tenantId, tenantId));
  return r?.n ?? 0;
}

/** Who a notice goes to; every list is optional and the union of all of them is taken. */
export interface Recipients {
  userIds?: string[];
  /** Every active officer (role `officer`) of these departments. */
  departmentIds?: string[];
  /** The active users marked `is_department_head` in these departments. */
  departmentHeadIds?: string[];
  /** Every active user bound to these enterprises. */
  enterpriseIds?: string[];
  /** Every active user of the tenant holding one of these roles, e.g. ['bureau_admin']. */
  roles?: Role[];
}

/** The ids of the tenant's active users the recipients describe, deduplicated (other tenants' users never match). */
export async function listUserIdsForRecipients(db: Db, tenantId: string, r: Recipients): Promise<string[]> {
  const any: SQL[] = [];
  if (r.userIds?.length) any.push(inArray(users.id, r.userIds));
  if (r.departmentIds?.length) any.push(and(inArray(users.departmentId, r.departmentIds), eq(users.role, 'officer'))!);
  if (r.departmentHeadIds?.length) any.push(and(inArray(users.departmentId, r.departmentHeadIds), eq(users.isDepartmentHead, true))!);
  if (r.enterpriseIds?.length) any.push(inArray(users.enterpriseId, r.enterpriseIds));
  if (r.roles?.length) any.push(inArray(users.role, r.roles));
  if (any.length === 0) return [];
  const rows = await db
    .selectDistinct({ id: users.id })
    .from(users)
    .where(and(eq(users.tenantId, tenantId), eq(users.isActive, true), or(...any)))
    .orderBy(users.id);
  return rows.map((row) => row.id);
}
