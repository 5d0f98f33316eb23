import { hasPermission, type EnterpriseMatching } from '@yunju/contracts';
import type { Db } from '../../platform/db.ts';
import type { RequestContext } from '../../platform/context.ts';
import { accessTo } from './demand-scope.ts';
import { listAgreementsOfEngagements, listDemandSummaryRows, listEngagementRows } from './matching.repository.ts';

const LIMIT = 50;
const CONFIDENTIAL_TITLE = '保密难题';

/**
 * An enterprise's demands and the engagements on them (with their IUR agreements), for its
 * enterprise file (一企一档). Reading only. `null` when the caller may not see them: it needs
 * `match.read` and either `enterprise.read_all` (officers, bureau admin, leader) or to be that
 * enterprise. A confidential demand's title is shown only to callers who may read the demand.
 * Newest first, at most 50 of each; the totals count all.
 */
export async function enterpriseMatchingRecords(db: Db, ctx: RequestContext, enterpriseId: string): Promise<EnterpriseMatching | null> {
  const actor = ctx.actor;
  if (!actor || !hasPermission(actor.role, 'match.read')) return null;
  if (!hasPermission(actor.role, 'enterprise.read_all') && actor.enterpriseId !== enterpriseId) return null;
  const visibility = { kind: 'enterprise' as const, enterpriseId };
  const [demands, engagements] = await Promise.all([
    listDemandSummaryRows(db, { tenantId: actor.tenantId, visibility }, { page: 1, pageSize: LIMIT }),
    listEngagementRows(db, { tenantId: actor.tenantId, visibility }, { page: 1, pageSize: LIMIT }),
  ]);
  const agreements = await listAgreementsOfEngagements(
    db,
    engagements.rows.map((r) => r.e.id),
  );
  const seen = new Map<string, boolean>();
  const canSee = async (d: (typeof demands.rows)[number]['d']): Promise<boolean> => {
    if (!d.confidential) return true;
    if (!seen.has(d.id)) seen.set(d.id, (await accessTo(db, actor, d)) !== null);
    return seen.get(d.id)!;
  };
  const demandItems: EnterpriseMatching['demands'] = [];
  for (const { d } of demands.rows) {
    demandItems.push({ id: d.id, number: d.number, kind: d.kind, title: (await canSee(d)) ? d.title : CONFIDENTIAL_TITLE, status: d.status, confidential: d.confidential, postedAt: d.postedAt.toISOString() });
  }
  const engagementItems: EnterpriseMatching['engagements'] = [];
  for (const { e, d } of engagements.rows) {
    const a = agreements.get(e.id);
    engagementItems.push({
      id: e.id,
      demandId: d.id,
      demandNumber: d.number,
      demandTitle: (await canSee(d)) ? d.title : CONFIDENTIAL_TITLE,
      candidateName: e.candidateName,
      status: e.status,
      updatedAt: e.updatedAt.toISOString(),
      project: a ? { title: a.title, amountYuan: a.amountYuan, signedOn: a.signedOn } : null,
    });
  }
  return { demands: demandItems, demandTotal: demands.total, engagements: engagementItems, engagementTotal: engagements.total };
}
