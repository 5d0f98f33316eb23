import { count, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db.ts';
import { experts, talents } from './talent.table.ts';

export async function countExperts(db: Db, tenantId: string): Promise<number> {
  const [r] = await db.select({ n: count() }).from(experts).where(eq(experts.tenantId, tenantId));
  return r?.n ?? 0;
}

export async function countTalents(db: Db, tenantId: string): Promise<number> {
  const [r] = await db.select({ n: count() }).from(talents).where(eq(talents.tenantId, tenantId));
  return r?.n ?? 0;
}
