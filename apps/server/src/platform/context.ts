import { hasPermission, type Permission, type Role } from '@yunju/contracts';
import { AppError } from './errors.ts';

/** The signed-in user behind a request, as services see it. */
export interface Actor {
  userId: string;
  username: string;
  displayName: string;
  role: Role;
  tenantId: string;
  departmentId: string | null;
  enterpriseId: string | null;
  expertId: string | null;
  /** Role `talent`: its own row in `talents`. */
  talentId: string | null;
  sessionTokenHash: string;
  /** Accounts created or reset by an administrator must change the password first. */
  mustChangePassword: boolean;
}

/** What a service needs to know about the request it serves; no HTTP types. */
export interface RequestContext {
  actor: Actor | null;
  requestId: string;
  ip: string;
  userAgent: string | null;
}

/** Deny by default: returns the actor when it holds the permission, else throws. */
export function authorize(ctx: RequestContext, permission: Permission): Actor {
  if (!ctx.actor) throw new AppError('auth.unauthenticated');
  if (!hasPermission(ctx.actor.role, permission)) throw new AppError('auth.forbidden');
  return ctx.actor;
}

export function requireActor(ctx: RequestContext): Actor {
  if (!ctx.actor) throw new AppError('auth.unauthenticated');
  return ctx.actor;
}
