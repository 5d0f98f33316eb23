import { hasPermission } from '@yunju/contracts';
import type { Db } from '../../platform/db.ts';
import type { Actor } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { findDemandRow, isInvited, type DemandRow } from './matching.repository.ts';

/** How the caller stands to a demand. `null`: out of scope (answers 404). */
export type DemandAccess = 'owner' | 'broker' | 'observer' | 'invited' | 'public';

export const isBroker = (a: Actor): boolean => hasPermission(a.role, 'match.broker');

/**
 * Confidentiality: a confidential demand is seen only by its enterprise, brokers, the leader
 * (reads everything) and experts invited by the enterprise or a broker; everyone else gets 404.
 */
export async function accessTo(db: Db, actor: Actor, d: DemandRow): Promise<DemandAccess | null> {
  if (isBroker(actor)) return 'broker';
  if (actor.role === 'leader') return 'observer';
  if (actor.role === 'enterprise') return actor.enterpriseId === d.enterpriseId ? 'owner' : d.confidential ? null : 'public';
  if (actor.role === 'expert') {
    const invited = actor.expertId ? await isInvited(db, d.id, actor.expertId) : false;
    return invited ? 'invited' : d.confidential ? null : 'public';
  }
  // A talent sees the title of a talent need it is a candidate for (it has no route to demands themselves).
  if (actor.role === 'talent') return d.confidential ? null : 'public';
  return null;
}

export async function loadDemandInScope(db: Db, actor: Actor, id: string, forUpdate = false): Promise<{ d: DemandRow; access: DemandAccess }> {
  const d = await findDemandRow(db, actor.tenantId, id, forUpdate);
  const access = d ? await accessTo(db, actor, d) : null;
  if (!d || !access) throw notFound();
  return { d, access };
}

