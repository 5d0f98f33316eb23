import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { passwordStrengthProblems, rolePermissions, type ChangePasswordInput, type CurrentUser, type LoginInput, type SessionInfo } from '@yunju/contracts';
import type { Config } from '../../config/config.ts';
import type { Database, Db } from '../../platform/db.ts';
import { AppError } from '../../platform/errors.ts';
import { authorize, requireActor, type Actor, type RequestContext } from '../../platform/context.ts';
import { recordAudit } from '../audit/index.ts';
import { burnVerifyTime, hashPassword, verifyPassword } from './passwords.ts';
import * as repo from './identity.repository.ts';

export const DEMO_PASSWORD = 'Yunju@2026';
const PASSWORD_HISTORY_DEPTH = 5;
/** A session's last-seen time is written at most this often, not on every request. */
const TOUCH_INTERVAL_MS = 60_000;

export interface IssuedSession {
  token: string;
  info: SessionInfo;
  maxAgeSeconds: number;
}

export const sha256Hex = (s: string): string => createHash('sha256').update(s).digest('hex');
const randomToken = (): string => randomBytes(32).toString('base64url');

export class IdentityService {
  constructor(
    private readonly database: Database,
    private readonly config: Config,
  ) {}

  private get db(): Db {
    return this.database.db;
  }

  /** Signs a user in; answers unknown users and wrong passwords alike, and throttles failures. */
  async login(ctx: RequestContext, input: LoginInput): Promise<IssuedSession> {
    const username = input.username.toLowerCase();
    const accountKey = `account:${username}`;
    const ipKey = `ip:${ctx.ip}`;
    const now = new Date();
    const locks = await repo.findThrottles(this.db, [accountKey, ipKey]);
    const lockedUntil = Math.max(0, ...locks.map((l) => l.lockedUntil?.getTime() ?? 0));
    if (lockedUntil > now.getTime()) {
      throw new AppError('auth.too_many_attempts', { retryAfterSeconds: Math.ceil((lockedUntil - now.getTime()) / 1000) });
    }

    const user = await repo.findUserByUsername(this.db, username);
    const ok = user && user.isActive ? await verifyPassword(user.passwordHash, input.password) : (await burnVerifyTime(input.password), false);
    if (!user || !ok) {
      const { maxFailuresPerAccount, maxFailuresPerIp, lockMinutes } = this.config.login;
      const windowMs = lockMinutes * 60_000;
      await this.db.transaction(async (tx) => {
        await repo.recordThrottleFailure(tx, accountKey, now, windowMs, maxFailuresPerAccount, windowMs);
        await repo.recordThrottleFailure(tx, ipKey, now, windowMs, maxFailuresPerIp, windowMs);
        await recordAudit(tx, ctx, {
          action: 'auth.login_failed',
          targetType: 'user',
          targetId: user?.id ?? null,
          tenantId: user?.tenantId ?? null,
          actorName: username,
          summary: { username, ip: ctx.ip },
        });
      });
      throw new AppError('auth.invalid_credentials');
    }

    return this.db.transaction(async (tx) => {
      await repo.clearThrottle(tx, accountKey);
      const issued = await this.issueSession(tx, user, ctx, now);
      await recordAudit(tx, { ...ctx, actor: issued.actor }, { action: 'auth.login', targetType: 'user', targetId: user.id, summary: { ip: ctx.ip } });
      return issued.session;
    });
  }

  private async issueSession(tx: Db, user: repo.UserRow, ctx: RequestContext, now: Date): Promise<{ session: IssuedSession; actor: Actor }> {
    const token = randomToken();
    const csrfToken = randomToken();
    const maxAgeSeconds = this.config.session.absoluteHours * 3600;
    const tokenHash = sha256Hex(token);
    await repo.insertSession(tx, {
      tokenHash,
      tenantId: user.tenantId,
      userId: user.id,
      csrfToken,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + maxAgeSeconds * 1000),
      ip: ctx.ip,
      userAgent: ctx.userAgent?.slice(0, 300) ?? null,
    });
    const profile = await this.currentUser(tx, user.id);
    return { session: { token, info: { user: profile, csrfToken }, maxAgeSeconds }, actor: toActor(user, tokenHash) };
  }

  /** Resolves a session cookie to the actor and its CSRF token, or null when absent or expired. */
  async authenticate(token: string | undefined): Promise<{ actor: Actor; csrfToken: string } | null> {
    if (!token || token.length > 100) return null;
    const tokenHash = sha256Hex(token);
    const now = new Date();
    const idleSince = new Date(now.getTime() - this.config.session.idleMinutes * 60_000);
    const found = await repo.findLiveSessionWithUser(this.db, tokenHash, now, idleSince);
    if (!found) return null;
    const { session, user } = found;
    if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) await repo.touchSession(this.db, tokenHash, now);
    return { actor: toActor(user, tokenHash), csrfToken: session.csrfToken };
  }

  /** Timing-safe comparison of the header token with the session's. */
  static isCsrfTokenValid(expected: string, given: string | undefined): boolean {
    if (!given) return false;
    const a = Buffer.from(expected);
    const b = Buffer.from(given);
    return a.length === b.length && timingSafeEqual(a, b);
  }

  async me(ctx: RequestContext, csrfToken: string): Promise<SessionInfo> {
    const actor = requireActor(ctx);
    return { user: await this.currentUser(this.db, actor.userId), csrfToken };
  }

  async logout(ctx: RequestContext): Promise<void> {
    const actor = requireActor(ctx);
    await this.db.transaction(async (tx) => {
      await repo.revokeSession(tx, actor.sessionTokenHash, new Date());
      await recordAudit(tx, ctx, { action: 'auth.logout', targetType: 'user', targetId: actor.userId });
    });
  }

  /** Changes the password, revokes every session of the user and issues a fresh one. */
  async changePassword(ctx: RequestContext, input: ChangePasswordInput): Promise<IssuedSession> {
    const actor = authorize(ctx, 'account.change_password');
    const user = await repo.findUserById(this.db, actor.userId);
    if (!user) throw new AppError('auth.unauthenticated');
    if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
      throw new AppError('auth.wrong_current_password', {
        fieldErrors: [{ path: 'currentPassword', code: 'wrong_current_password', message: '当前密码不正确', messageEn: 'The current password is incorrect' }],
      });
    }
    const previous = [user.passwordHash, ...(await repo.listRecentPasswordHashes(this.db, user.id, PASSWORD_HISTORY_DEPTH - 1))];
    for (const h of previous) {
      if (await verifyPassword(h, input.newPassword)) {
        throw new AppError('auth.password_reused', {
          fieldErrors: [{ path: 'newPassword', code: 'password_reused', message: '新密码不能与最近 5 次使用过的密码相同', messageEn: 'Must differ from the last 5 passwords' }],
        });
      }
    }
    const newHash = await hashPassword(input.newPassword);
    const now = new Date();
    return this.db.transaction(async (tx) => {
      await repo.insertPasswordHistory(tx, user, user.passwordHash);
      await repo.updatePassword(tx, user.id, newHash, now);
      const revoked = await repo.revokeAllSessionsOfUser(tx, user.id, now);
      const issued = await this.issueSession(tx, { ...user, passwordHash: newHash, mustChangePassword: false }, ctx, now);
      await recordAudit(tx, ctx, { action: 'auth.password_changed', targetType: 'user', targetId: user.id, summary: { sessionsRevoked: revoked } });
      return issued.session;
    });
  }

  /** The usernames whose password is still the published demo password (production refuses to start). */
  async listUsersWithDemoPassword(): Promise<string[]> {
    const found: string[] = [];
    for (const u of await repo.listDemoUsers(this.db)) {
      if (await verifyPassword(u.passwordHash, DEMO_PASSWORD)) found.push(u.username);
    }
    return found;
  }

  private async currentUser(db: Db, userId: string): Promise<CurrentUser> {
    const row = await repo.findUserProfile(db, userId);
    if (!row) throw new AppError('auth.unauthenticated');
    const u = row.user;
    return {
      id: u.id,
      username: u.username,
      displayName: u.displayName,
      role: u.role,
      tenantId: u.tenantId,
      tenantName: row.tenantName,
      departmentId: u.departmentId,
      departmentName: row.departmentName,
      enterpriseId: u.enterpriseId,
      enterpriseName: row.enterpriseName,
      mustChangePassword: u.mustChangePassword,
      permissions: [...rolePermissions[u.role]],
    };
  }
}

function toActor(u: repo.UserRow, sessionTokenHash: string): Actor {
  return {
    userId: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    tenantId: u.tenantId,
    departmentId: u.departmentId,
    enterpriseId: u.enterpriseId,
    expertId: u.expertId,
    talentId: u.talentId,
    sessionTokenHash,
    mustChangePassword: u.mustChangePassword,
  };
}

/** The operator's way (CLI) to set a password, e.g. to replace a demo password before production. */
export async function setPasswordByAdministrator(database: Database, username: string, password: string): Promise<void> {
  const problems = passwordStrengthProblems(password);
  if (problems.length) throw new Error(`the password is too weak (${problems.join(', ')}): at least 8 characters mixing three of upper case, lower case, digits and symbols`);
  const user = await repo.findUserByUsername(database.db, username.toLowerCase());
  if (!user) throw new Error(`no user ${username}`);
  const newHash = await hashPassword(password);
  const now = new Date();
  await database.db.transaction(async (tx) => {
    await repo.insertPasswordHistory(tx, user, user.passwordHash);
    await repo.updatePassword(tx, user.id, newHash, now);
    const revoked = await repo.revokeAllSessionsOfUser(tx, user.id, now);
    await recordAudit(tx, null, { action: 'auth.password_set', targetType: 'user', targetId: user.id, tenantId: user.tenantId, actorName: 'cli', summary: { sessionsRevoked: revoked } });
  });
}
