import { hasPermission, type EnterpriseListQuery, type EnterprisePage, type EnterpriseSummary, type QualificationKind } from '@yunju/contracts';
import type { Db } from '../../platform/db.ts';
import { authorize, type Actor, type RequestContext } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { findEnterpriseRow, listEnterpriseRows, listQualificationKinds } from './enterprises.repository.ts';

/** An enterprise user sees only its own enterprise; officers, desk, admins and leaders the county. */
function scopeOf(actor: Actor): string | undefined {
  if (hasPermission(actor.role, 'enterprise.read_all')) return undefined;
  // A user bound to no enterprise gets an id that matches nothing.
  return actor.enterpriseId ?? '00000000-0000-0000-0000-000000000000';
}

async function withQualifications(db: Db, rows: Omit<EnterpriseSummary, 'qualifications'>[]): Promise<EnterpriseSummary[]> {
  const kinds = await listQualificationKinds(db, rows.map((r) => r.id));
  return rows.map((r) => ({ ...r, qualifications: (kinds.get(r.id) ?? []) as QualificationKind[] }));
}

/** Lists the enterprises in the caller's scope. */
export async function listEnterprises(db: Db, ctx: RequestContext, q: EnterpriseListQuery): Promise<EnterprisePage> {
  const actor = authorize(ctx, 'enterprise.read');
  const { rows, total } = await listEnterpriseRows(
    db,
    { tenantId: actor.tenantId, onlyId: scopeOf(actor), keyword: q.keyword, townCode: q.town, aboveScale: q.aboveScale, qualification: q.qualification, industry: q.industry },
    { limit: q.pageSize, offset: (q.page - 1) * q.pageSize },
  );
  return { items: await withQualifications(db, rows), total, page: q.page, pageSize: q.pageSize };
}

/** One enterprise; outside the caller's scope it does not exist (404, no existence leak). */
export async function getEnterprise(db: Db, ctx: RequestContext, id: string): Promise<EnterpriseSummary> {
  const actor = authorize(ctx, 'enterprise.read');
  const only = scopeOf(actor);
  if (only !== undefined && only !== id) throw notFound();
  const row = await findEnterpriseRow(db, actor.tenantId, id);
  if (!row) throw notFound();
  const [full] = await withQualifications(db, [row]);
  return full!;
}
