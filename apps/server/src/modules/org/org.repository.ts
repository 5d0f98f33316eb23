import { asc, count, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db.ts';
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
