import { hasPermission, type Department, type Officer, type OfficerQuery, type Town } from '@yunju/contracts';
import type { Db } from '../../platform/db.ts';
import { authorize, type RequestContext } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { listDepartmentRows, listOfficerRows, listTownRows } from './org.repository.ts';

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

/**
 * The officers a yearly task may be assigned to (the task picker): whoever may assign tasks. As the
 * coverage task service enforces, an officer assigns within its own department only, so it sees
 * only its department's officers (another department: 403); the bureau admin sees the county's.
 */
export async function listOfficers(db: Db, ctx: RequestContext, q: OfficerQuery): Promise<Officer[]> {
  const actor = authorize(ctx, 'coverage.manage_tasks');
  let departmentId = q.departmentId;
  if (!hasPermission(actor.role, 'coverage.manage_targets')) {
    if (departmentId && departmentId !== actor.departmentId) throw new AppError('auth.forbidden');
    if (!actor.departmentId) return [];
    departmentId = actor.departmentId;
  }
  const rows = await listOfficerRows(db, actor.tenantId, departmentId);
  return rows.map((r) => ({ id: r.id, displayName: r.displayName, role: r.role as Officer['role'], departmentId: r.departmentId, departmentName: r.departmentName }));
}
