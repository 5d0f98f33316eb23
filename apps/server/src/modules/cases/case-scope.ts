import type { CaseAction, Permission } from '@yunju/contracts';
import type { Db } from '../../platform/db.ts';
import type { Actor } from '../../platform/context.ts';
import type { CaseParty } from './case-lifecycle.ts';
import { hasCoHandlingTask, type CaseRow, type CaseVisibility } from './cases.repository.ts';

/** Matches no row: for a user bound to no enterprise or department. */
const NOBODY = '00000000-0000-0000-0000-000000000000';

/**
 * Which cases a user sees (SECURITY.md: anything else answers 404):
 * enterprise — its enterprise's; officer — led by its department or co-handled by it;
 * desk — walk-in cases (the window's clerks share them); bureau admin and leader — the county.
 */
export function visibilityOf(actor: Actor): CaseVisibility {
  switch (actor.role) {
    case 'enterprise':
      return { kind: 'enterprise', enterpriseId: actor.enterpriseId ?? NOBODY };
    case 'officer':
      return { kind: 'department', departmentId: actor.departmentId ?? NOBODY };
    case 'desk':
      return { kind: 'channel', channel: 'desk' };
    case 'bureau_admin':
    case 'leader':
      return { kind: 'tenant' };
    case 'expert':
    case 'notary':
    case 'talent':
      return { kind: 'enterprise', enterpriseId: NOBODY };
  }
}

/** How the actor stands to a case; null when the case is outside its scope. */
export async function partyOf(db: Db, actor: Actor, c: CaseRow): Promise<CaseParty | null> {
  if (c.tenantId !== actor.tenantId) return null;
  switch (actor.role) {
    case 'bureau_admin':
      return 'bureau_admin';
    case 'leader':
      return 'leader';
    case 'enterprise':
      return actor.enterpriseId !== null && actor.enterpriseId === c.enterpriseId ? 'enterprise' : null;
    case 'desk':
      return c.channel === 'desk' ? 'desk' : null;
    case 'officer':
      if (!actor.departmentId) return null;
      if (actor.departmentId === c.leadDepartmentId) return 'lead_officer';
      return (await hasCoHandlingTask(db, c.id, actor.departmentId)) ? 'co_officer' : null;
    case 'expert':
    case 'notary':
    case 'talent':
      return null;
  }
}

/** The named permission an action needs (checked besides the state machine's party rules). */
export function permissionFor(action: CaseAction, actor: Actor): Permission {
  switch (action) {
    case 'rate':
      return 'case.rate';
    case 'reopen':
      return 'case.submit';
    case 'supplement':
      // A walk-in enterprise may bring the missing papers to the window.
      return actor.role === 'desk' ? 'case.register_walk_in' : 'case.submit';
    case 'accept':
    case 'reject':
    case 'start':
    case 'request_supplement':
    case 'transfer':
    case 'add_co_handler':
    case 'complete_task':
    case 'resolve':
    case 'close':
    case 'triage':
    case 'assign':
      return 'case.handle';
  }
}
