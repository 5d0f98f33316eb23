import { hasPermission, type EnterpriseDeposits } from '@yunju/contracts';
import type { Db } from '../../platform/db.ts';
import type { RequestContext } from '../../platform/context.ts';
import { countDepositsOf, listDeposits } from './safebox.repository.ts';

const LATEST = 5;

/**
 * An enterprise's deposits for its enterprise file (一企一档). Reading only.
 * - The enterprise itself (`safebox.read_own`): counts and its newest five (title, log index,
 *   time, notarisation).
 * - Officers, bureau admin, desk, leader (`enterprise.read_all`): counts only. A deposit's title
 *   is the enterprise's own description of a trade secret; the bureau has no business reading it,
 *   so `latest` is `null` for them.
 * - Anyone else: `null` (the file omits the section).
 */
export async function enterpriseDepositsOverview(db: Db, ctx: RequestContext, enterpriseId: string): Promise<EnterpriseDeposits | null> {
  const actor = ctx.actor;
  if (!actor) return null;
  const own = actor.enterpriseId === enterpriseId && hasPermission(actor.role, 'safebox.read_own');
  if (!own && !hasPermission(actor.role, 'enterprise.read_all')) return null;
  const counts = await countDepositsOf(db, actor.tenantId, enterpriseId);
  if (!own) return { ...counts, latest: null };
  const { rows } = await listDeposits(db, { tenantId: actor.tenantId, enterpriseId }, { limit: LATEST, offset: 0 });
  return {
    ...counts,
    latest: rows.map((d) => ({ id: d.id, index: d.idx, title: d.title, depositedAt: d.depositedAt.toISOString(), notarisation: d.notarisation })),
  };
}
