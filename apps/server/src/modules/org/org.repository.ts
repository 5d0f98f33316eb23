import { and, asc, count, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db.ts';
import { users } from '../identity/identity.table.ts';
import { departments, tenants, towns } from './org.table.ts';

export async function listDepartmentRows(db: Db, tenantId: string) {
  return db.select().from(departments).where(eq(departments.tenantId, tenantId)).orderBy(asc(departments.code));
}

export async function listTownRows(db: Db, tenantId: string) {
  return db.select().from(towns).where(eq(towns.tenantId, tenantId)).orderBy(asc(towns.code));
}

export async function countDepartments(db: Db, tenantId: string): Promise<number> {
  const [r] = await db.select({ n: count() }).from(departments).where(eq(departments.tenantId, tenantId));
  return r?.n ?? 0;
}

export async function countTowns(db: Db, tenantId: string): Promise<number> {
  const [r] = await db.select({ n: count() }).from(towns).where(eq(towns.tenantId, tenantId));
  return r?.n ?? 0;
}

export async function countTenants(db: Db): Promise<number> {
  const [r] = await db.select({ n: count() }).from(tenants);
  return r?.n ?? 0;
}

/** Active officers and bureau admins of a county with their department, optionally of one department. */
export async function listOfficerRows(db: Db, tenantId: string, departmentId?: string) {
  return db
    .select({ id: users.id, displayName: users.displayName, role: users.role, departmentId: departments.id, departmentName: departments.name })
    .from(users)
    .innerJoin(departments, and(eq(departments.id, users.departmentId), eq(departments.tenantId, tenantId)))
    .where(and(eq(users.tenantId, tenantId), eq(users.isActive, true), inArray(users.role, ['officer', 'bureau_admin']), departmentId ? eq(users.departmentId, departmentId) : undefined))
    .orderBy(asc(departments.code), asc(users.displayName), asc(users.id));
}
