import { and, count, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db.ts';
import { resources, serviceItems } from './catalogue.table.ts';

export async function countServiceItems(db: Db, tenantId: string, leadDepartmentId?: string): Promise<number> {
  const conds = [eq(serviceItems.tenantId, tenantId), eq(serviceItems.status, 'in_force')];
  if (leadDepartmentId) conds.push(eq(serviceItems.leadDepartmentId, leadDepartmentId));
  const [r] = await db.select({ n: count() }).from(serviceItems).where(and(...conds));
  return r?.n ?? 0;
}

export async function countResources(db: Db, tenantId: string, departmentId?: string): Promise<number> {
  const conds = [eq(resources.tenantId, tenantId)];
  if (departmentId) conds.push(eq(resources.departmentId, departmentId));
  const [r] = await db.select({ n: count() }).from(resources).where(and(...conds));
  return r?.n ?? 0;
}
