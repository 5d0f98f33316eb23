import type { Department, Town } from '@yunju/contracts';
import type { Db } from '../../platform/db.ts';
import { authorize, type RequestContext } from '../../platform/context.ts';
import { listDepartmentRows, listTownRows } from './org.repository.ts';

/** The departments of the caller's county. */
export async function listDepartments(db: Db, ctx: RequestContext): Promise<Department[]> {
  const actor = authorize(ctx, 'org.read');
  const rows = await listDepartmentRows(db, actor.tenantId);
  return rows.map((d) => ({ id: d.id, code: d.code, name: d.name, shortName: d.shortName }));
}

/** The towns and subdistricts of the caller's county. */
export async function listTowns(db: Db, ctx: RequestContext): Promise<Town[]> {
  const actor = authorize(ctx, 'org.read');
  const rows = await listTownRows(db, actor.tenantId);
  return rows.map((t) => ({ id: t.id, code: t.code, name: t.name }));
}
