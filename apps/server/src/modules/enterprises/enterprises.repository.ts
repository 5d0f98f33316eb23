import { and, asc, count, eq, ilike, inArray, like, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db.ts';
import { towns } from '../org/org.table.ts';
import { enterpriseQualifications, enterprises, industries } from './enterprises.table.ts';

export interface EnterpriseFilter {
  tenantId: string;
  onlyId?: string | undefined;
  keyword?: string | undefined;
  townCode?: string | undefined;
  aboveScale?: boolean | undefined;
  qualification?: string | undefined;
  /** GB/T 4754 code prefix (C, C34, C345, C3451). */
  industry?: string | undefined;
}

const summaryColumns = {
  id: enterprises.id,
  creditCode: enterprises.creditCode,
  name: enterprises.name,
  townName: towns.name,
  industryCode: enterprises.industryCode,
  industryName: industries.name,
  size: enterprises.size,
  isAboveScale: enterprises.isAboveScale,
};

function whereOf(f: EnterpriseFilter): SQL | undefined {
  const conds: (SQL | undefined)[] = [eq(enterprises.tenantId, f.tenantId)];
  if (f.onlyId) conds.push(eq(enterprises.id, f.onlyId));
  if (f.townCode) conds.push(eq(towns.code, f.townCode));
  if (f.aboveScale !== undefined) conds.push(eq(enterprises.isAboveScale, f.aboveScale));
  if (f.industry) conds.push(like(enterprises.industryCode, `${f.industry}%`));
  if (f.qualification) {
    conds.push(
      sql`exists (select 1 from ${enterpriseQualifications} where ${enterpriseQualifications.enterpriseId} = ${enterprises.id} and ${enterpriseQualifications.kind} = ${f.qualification})`,
    );
  }
  if (f.keyword) {
    const pattern = `%${f.keyword.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conds.push(or(ilike(enterprises.name, pattern), ilike(enterprises.creditCode, pattern)));
  }
  return and(...conds);
}

export async function listEnterpriseRows(db: Db, f: EnterpriseFilter, page: { limit: number; offset: number }) {
  const where = whereOf(f);
  const [rows, totals] = await Promise.all([
    db
      .select(summaryColumns)
      .from(enterprises)
      .innerJoin(towns, eq(towns.id, enterprises.townId))
      .innerJoin(industries, eq(industries.code, enterprises.industryCode))
      .where(where)
      .orderBy(asc(enterprises.name))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: count() }).from(enterprises).innerJoin(towns, eq(towns.id, enterprises.townId)).where(where),
  ]);
  return { rows, total: totals[0]?.n ?? 0 };
}

export async function findEnterpriseRow(db: Db, tenantId: string, id: string) {
  const { rows } = await listEnterpriseRows(db, { tenantId, onlyId: id }, { limit: 1, offset: 0 });
  return rows[0];
}

export async function listQualificationKinds(db: Db, enterpriseIds: string[]): Promise<Map<string, string[]>> {
  const map = new Map<string, string[]>();
  if (enterpriseIds.length === 0) return map;
  const rows = await db
    .select({ enterpriseId: enterpriseQualifications.enterpriseId, kind: enterpriseQualifications.kind })
    .from(enterpriseQualifications)
    .where(inArray(enterpriseQualifications.enterpriseId, enterpriseIds))
    .orderBy(asc(enterpriseQualifications.kind));
  for (const r of rows) map.set(r.enterpriseId, [...(map.get(r.enterpriseId) ?? []), r.kind]);
  return map;
}

export async function countEnterprises(db: Db, tenantId: string, aboveScaleOnly = false): Promise<number> {
  const conds = [eq(enterprises.tenantId, tenantId)];
  if (aboveScaleOnly) conds.push(eq(enterprises.isAboveScale, true));
  const [r] = await db.select({ n: count() }).from(enterprises).where(and(...conds));
  return r?.n ?? 0;
}

export async function countEnterprisesByTown(db: Db, tenantId: string): Promise<{ code: string; name: string; value: number }[]> {
  const rows = await db
    .select({ code: towns.code, name: towns.name, value: count(enterprises.id) })
    .from(towns)
    .leftJoin(enterprises, eq(enterprises.townId, towns.id))
    .where(eq(towns.tenantId, tenantId))
    .groupBy(towns.name, towns.code)
    .orderBy(asc(towns.code));
  return rows;
}

export async function countQualificationsByKind(db: Db, tenantId: string): Promise<{ kind: string; value: number }[]> {
  const rows = await db
    .select({ kind: enterpriseQualifications.kind, value: count() })
    .from(enterpriseQualifications)
    .where(eq(enterpriseQualifications.tenantId, tenantId))
    .groupBy(enterpriseQualifications.kind);
  return rows;
}
