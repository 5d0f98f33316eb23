import { and, asc, count, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db.ts';
import { pageWithTotal, type PageWindow } from '../../platform/paging.ts';
import { towns } from '../org/org.table.ts';
import {
  enterpriseCooperations,
  enterpriseCorrections,
  enterpriseCoverage,
  enterpriseCoverageSummary,
  enterpriseQualifications,
  enterprises,
  enterpriseYearlyStats,
  industries,
} from './enterprises.table.ts';

export type EnterpriseRow = typeof enterprises.$inferSelect;
export type EnterpriseInsert = typeof enterprises.$inferInsert;
export type StatsRow = typeof enterpriseYearlyStats.$inferSelect;
export type StatsInsert = typeof enterpriseYearlyStats.$inferInsert;
export type QualificationRow = typeof enterpriseQualifications.$inferSelect;
export type CooperationRow = typeof enterpriseCooperations.$inferSelect;
export type CorrectionRow = typeof enterpriseCorrections.$inferSelect;

export async function findEnterpriseFile(db: Db, tenantId: string, id: string) {
  const [row] = await db
    .select({ e: enterprises, townCode: towns.code, townName: towns.name, industryName: industries.name })
    .from(enterprises)
    .innerJoin(towns, eq(towns.id, enterprises.townId))
    .innerJoin(industries, eq(industries.code, enterprises.industryCode))
    .where(and(eq(enterprises.tenantId, tenantId), eq(enterprises.id, id)));
  return row;
}

export async function findEnterpriseByCreditCode(db: Db, tenantId: string, creditCode: string): Promise<EnterpriseRow | undefined> {
  const [row] = await db.select().from(enterprises).where(and(eq(enterprises.tenantId, tenantId), eq(enterprises.creditCode, creditCode)));
  return row;
}

export async function mapCreditCodesToIds(db: Db, tenantId: string, codes: string[]): Promise<Map<string, string>> {
  const map = new Map<string, string>();
  for (let i = 0; i < codes.length; i += 1000) {
    const chunk = codes.slice(i, i + 1000);
    if (chunk.length === 0) continue;
    const rows = await db.select({ id: enterprises.id, code: enterprises.creditCode }).from(enterprises).where(and(eq(enterprises.tenantId, tenantId), inArray(enterprises.creditCode, chunk)));
    for (const r of rows) map.set(r.code, r.id);
  }
  return map;
}

export async function insertEnterprise(tx: Db, values: EnterpriseInsert): Promise<string> {
  const [row] = await tx.insert(enterprises).values(values).returning({ id: enterprises.id });
  return row!.id;
}

export async function updateEnterpriseRow(tx: Db, tenantId: string, id: string, patch: Partial<EnterpriseInsert>): Promise<void> {
  await tx.update(enterprises).set({ ...patch, updatedAt: new Date() }).where(and(eq(enterprises.tenantId, tenantId), eq(enterprises.id, id)));
}

export async function townExists(db: Db, tenantId: string, townId: string): Promise<boolean> {
  const [r] = await db.select({ n: count() }).from(towns).where(and(eq(towns.tenantId, tenantId), eq(towns.id, townId)));
  return (r?.n ?? 0) > 0;
}

export async function findIndustryName(db: Db, code: string): Promise<string | undefined> {
  const [r] = await db.select({ name: industries.name }).from(industries).where(eq(industries.code, code));
  return r?.name;
}

export async function ensureIndustry(tx: Db, code: string, name: string): Promise<void> {
  await tx.insert(industries).values({ code, name }).onConflictDoNothing();
}

export async function listIndustryRows(db: Db) {
  return db.select().from(industries).orderBy(asc(industries.code));
}

// ───────────── parts of the file ─────────────

export async function listQualificationRows(db: Db, enterpriseId: string): Promise<QualificationRow[]> {
  return db.select().from(enterpriseQualifications).where(eq(enterpriseQualifications.enterpriseId, enterpriseId)).orderBy(asc(enterpriseQualifications.issuedOn));
}
export async function insertQualification(tx: Db, values: typeof enterpriseQualifications.$inferInsert): Promise<string> {
  const [r] = await tx.insert(enterpriseQualifications).values(values).returning({ id: enterpriseQualifications.id });
  return r!.id;
}
export async function updateQualificationRow(tx: Db, enterpriseId: string, id: string, patch: Partial<typeof enterpriseQualifications.$inferInsert>): Promise<boolean> {
  const r = await tx.update(enterpriseQualifications).set(patch).where(and(eq(enterpriseQualifications.enterpriseId, enterpriseId), eq(enterpriseQualifications.id, id))).returning({ id: enterpriseQualifications.id });
  return r.length > 0;
}
export async function deleteQualificationRow(tx: Db, enterpriseId: string, id: string): Promise<QualificationRow | undefined> {
  const [r] = await tx.delete(enterpriseQualifications).where(and(eq(enterpriseQualifications.enterpriseId, enterpriseId), eq(enterpriseQualifications.id, id))).returning();
  return r;
}

export async function listStatsRows(db: Db, enterpriseId: string): Promise<StatsRow[]> {
  return db.select().from(enterpriseYearlyStats).where(eq(enterpriseYearlyStats.enterpriseId, enterpriseId)).orderBy(desc(enterpriseYearlyStats.year));
}

/** The existing rows for (enterprise, year) pairs, keyed `enterpriseId:year`. */
export async function findStatsRows(db: Db, tenantId: string, keys: { enterpriseId: string; year: number }[]): Promise<Map<string, StatsRow>> {
  const map = new Map<string, StatsRow>();
  const ids = [...new Set(keys.map((k) => k.enterpriseId))];
  const years = [...new Set(keys.map((k) => k.year))];
  for (let i = 0; i < ids.length; i += 1000) {
    const chunk = ids.slice(i, i + 1000);
    if (chunk.length === 0 || years.length === 0) continue;
    const rows = await db
      .select()
      .from(enterpriseYearlyStats)
      .where(and(eq(enterpriseYearlyStats.tenantId, tenantId), inArray(enterpriseYearlyStats.enterpriseId, chunk), inArray(enterpriseYearlyStats.year, years)));
    for (const r of rows) map.set(`${r.enterpriseId}:${r.year}`, r);
  }
  return map;
}

/** Inserts or replaces yearly statistics (idempotent by enterprise + year). */
export async function upsertStatsRows(tx: Db, rows: StatsInsert[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = rows.slice(i, i + 500);
    if (chunk.length === 0) continue;
    await tx
      .insert(enterpriseYearlyStats)
      .values(chunk)
      .onConflictDoUpdate({
        target: [enterpriseYearlyStats.enterpriseId, enterpriseYearlyStats.year],
        set: {
          revenueFen: sql`excluded.revenue_fen`,
          rdSpendingFen: sql`excluded.rd_spending_fen`,
          employees: sql`excluded.employees`,
          highTechRevenueFen: sql`excluded.high_tech_revenue_fen`,
          exportFen: sql`excluded.export_fen`,
          rdStaff: sql`excluded.rd_staff`,
          techStaff: sql`excluded.tech_staff`,
          inventionApplied: sql`excluded.invention_applied`,
          inventionGranted: sql`excluded.invention_granted`,
          utilityApplied: sql`excluded.utility_applied`,
          utilityGranted: sql`excluded.utility_granted`,
          validInventionPatents: sql`excluded.valid_invention_patents`,
        },
      });
  }
}

export async function listStatsForYear(db: Db, tenantId: string, year: number) {
  return db
    .select({ s: enterpriseYearlyStats, creditCode: enterprises.creditCode, name: enterprises.name })
    .from(enterpriseYearlyStats)
    .innerJoin(enterprises, eq(enterprises.id, enterpriseYearlyStats.enterpriseId))
    .where(and(eq(enterpriseYearlyStats.tenantId, tenantId), eq(enterpriseYearlyStats.year, year)))
    .orderBy(asc(enterprises.creditCode));
}

export async function listCooperationRows(db: Db, enterpriseId: string): Promise<CooperationRow[]> {
  return db.select().from(enterpriseCooperations).where(eq(enterpriseCooperations.enterpriseId, enterpriseId)).orderBy(desc(enterpriseCooperations.startYear));
}
export async function insertCooperation(tx: Db, values: typeof enterpriseCooperations.$inferInsert): Promise<string> {
  const [r] = await tx.insert(enterpriseCooperations).values(values).returning({ id: enterpriseCooperations.id });
  return r!.id;
}
export async function deleteCooperationRow(tx: Db, enterpriseId: string, id: string): Promise<CooperationRow | undefined> {
  const [r] = await tx.delete(enterpriseCooperations).where(and(eq(enterpriseCooperations.enterpriseId, enterpriseId), eq(enterpriseCooperations.id, id))).returning();
  return r;
}

// ───────────── corrections ─────────────

export async function insertCorrection(tx: Db, values: typeof enterpriseCorrections.$inferInsert): Promise<string> {
  const [r] = await tx.insert(enterpriseCorrections).values(values).returning({ id: enterpriseCorrections.id });
  return r!.id;
}
export async function findCorrection(db: Db, tenantId: string, id: string) {
  const [r] = await db
    .select({ c: enterpriseCorrections, enterpriseName: enterprises.name })
    .from(enterpriseCorrections)
    .innerJoin(enterprises, eq(enterprises.id, enterpriseCorrections.enterpriseId))
    .where(and(eq(enterpriseCorrections.tenantId, tenantId), eq(enterpriseCorrections.id, id)));
  return r;
}
export async function listCorrectionRows(db: Db, tenantId: string, f: { enterpriseId?: string | undefined; status?: CorrectionRow['status'] | undefined }, page: PageWindow) {
  const conds = [eq(enterpriseCorrections.tenantId, tenantId)];
  if (f.enterpriseId) conds.push(eq(enterpriseCorrections.enterpriseId, f.enterpriseId));
  if (f.status) conds.push(eq(enterpriseCorrections.status, f.status));
  const where = and(...conds);
  return pageWithTotal(
    db
      .select({ c: enterpriseCorrections, enterpriseName: enterprises.name })
      .from(enterpriseCorrections)
      .innerJoin(enterprises, eq(enterprises.id, enterpriseCorrections.enterpriseId))
      .where(where)
      .orderBy(sql`case when ${enterpriseCorrections.status} = 'pending' then 0 else 1 end`, desc(enterpriseCorrections.submittedAt))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: count() }).from(enterpriseCorrections).where(where),
  );
}
export async function countPendingCorrections(db: Db, enterpriseId: string): Promise<number> {
  const [r] = await db.select({ n: count() }).from(enterpriseCorrections).where(and(eq(enterpriseCorrections.enterpriseId, enterpriseId), eq(enterpriseCorrections.status, 'pending')));
  return r?.n ?? 0;
}
export async function decideCorrectionRow(tx: Db, id: string, patch: { status: 'approved' | 'rejected'; decidedBy: string; decisionNote: string | null; before?: Record<string, unknown> | null }): Promise<boolean> {
  const r = await tx
    .update(enterpriseCorrections)
    .set({ ...patch, decidedAt: new Date() })
    .where(and(eq(enterpriseCorrections.id, id), eq(enterpriseCorrections.status, 'pending')))
    .returning({ id: enterpriseCorrections.id });
  return r.length > 0;
}

// ───────────── five coverages (derived) ─────────────

/** Revenue from which an industrial enterprise is above designated size: 2,000 万元 (国家统计局, since 2011). */
export const ABOVE_SCALE_REVENUE_FEN = 2_000_000_000;

/**
 * Recomputes the coverage rows of some enterprises (or the whole county) from the file, in the
 * caller's transaction. An enterprise-year is in the population when the enterprise is in sections
 * B–D and that year's revenue is at least 2,000 万元. Flags (see coverage-definitions.ts):
 * patent — any invention / utility patent applied or granted in the year, or valid invention patents held;
 * rd_institution — an R&D institution (any level) recognised in or before the year;
 * rd_spending — R&D spending above 0 in the year; iur — an IUR cooperation active in the year;
 * high_tech — a high-tech enterprise certificate valid on 31 December of the year.
 */
export async function refreshCoverage(tx: Db, tenantId: string, enterpriseIds: string[] | null): Promise<void> {
  if (enterpriseIds !== null && enterpriseIds.length === 0) return;
  if (enterpriseIds === null) {
    await tx.delete(enterpriseCoverage).where(eq(enterpriseCoverage.tenantId, tenantId));
    await tx.delete(enterpriseCoverageSummary).where(eq(enterpriseCoverageSummary.tenantId, tenantId));
    await insertCoverageRows(tx, tenantId, sql`true`);
    await addToSummary(tx, tenantId, sql`true`, 1);
    return;
  }
  for (let i = 0; i < enterpriseIds.length; i += 1000) {
    const ids = enterpriseIds.slice(i, i + 1000);
    const list = sql.join(ids.map((id) => sql`${id}::uuid`), sql`, `);
    await addToSummary(tx, tenantId, sql`c.enterprise_id in (${list})`, -1);
    await tx.delete(enterpriseCoverage).where(and(eq(enterpriseCoverage.tenantId, tenantId), inArray(enterpriseCoverage.enterpriseId, ids)));
    await insertCoverageRows(tx, tenantId, sql`s.enterprise_id in (${list})`);
    await addToSummary(tx, tenantId, sql`c.enterprise_id in (${list})`, 1);
  }
}

/** Adds (sign 1) or removes (sign −1) the given coverage rows' counts to the summary. */
async function addToSummary(tx: Db, tenantId: string, only: SQL, sign: 1 | -1): Promise<void> {
  const k = sql.raw(String(sign));
  await tx.execute(sql`
    insert into enterprise_coverage_summary as m (tenant_id, year, town_id, division, total, patent, rd_institution, rd_spending, iur, high_tech, all_five)
    select c.tenant_id, c.year, c.town_id, substr(c.industry_code, 1, 3),
      ${k} * count(*), ${k} * count(*) filter (where c.patent), ${k} * count(*) filter (where c.rd_institution), ${k} * count(*) filter (where c.rd_spending),
      ${k} * count(*) filter (where c.iur), ${k} * count(*) filter (where c.high_tech),
      ${k} * count(*) filter (where c.patent and c.rd_institution and c.rd_spending and c.iur and c.high_tech)
    from enterprise_coverage c where c.tenant_id = ${tenantId} and ${only}
    group by c.tenant_id, c.year, c.town_id, substr(c.industry_code, 1, 3)
    on conflict (tenant_id, year, town_id, division) do update set
      total = m.total + excluded.total, patent = m.patent + excluded.patent, rd_institution = m.rd_institution + excluded.rd_institution,
      rd_spending = m.rd_spending + excluded.rd_spending, iur = m.iur + excluded.iur, high_tech = m.high_tech + excluded.high_tech, all_five = m.all_five + excluded.all_five`);
  if (sign === -1) await tx.execute(sql`delete from enterprise_coverage_summary where tenant_id = ${tenantId} and total = 0`);
}

/** Coverage rows from the file, with hash joins (no per-row subqueries): fast for a whole county. */
async function insertCoverageRows(tx: Db, tenantId: string, only: SQL): Promise<void> {
  await tx.execute(sql`
    insert into enterprise_coverage (tenant_id, enterprise_id, year, town_id, industry_code, patent, rd_institution, rd_spending, iur, high_tech)
    with pop as (
      select s.tenant_id, s.enterprise_id, s.year, e.town_id, e.industry_code,
        (s.invention_applied + s.invention_granted + s.utility_applied + s.utility_granted + s.valid_invention_patents) > 0 as patent,
        e.rd_institution_level <> 'none' and (e.rd_institution_since is null or e.rd_institution_since <= s.year) as rd_institution,
        s.rd_spending_fen > 0 as rd_spending
      from enterprise_yearly_stats s
      join enterprises e on e.id = s.enterprise_id
      where s.tenant_id = ${tenantId} and ${only}
        and substr(e.industry_code, 1, 1) in ('B', 'C', 'D') and s.revenue_fen >= ${ABOVE_SCALE_REVENUE_FEN}
    ),
    iur as (
      select distinct p.enterprise_id, p.year from pop p
      join enterprise_cooperations c on c.enterprise_id = p.enterprise_id and c.start_year <= p.year and c.end_year >= p.year
    ),
    ht as (
      select distinct p.enterprise_id, p.year from pop p
      join enterprise_qualifications q on q.enterprise_id = p.enterprise_id and q.kind = 'high_tech'
        and q.issued_on <= make_date(p.year, 12, 31) and (q.expires_on is null or q.expires_on >= make_date(p.year, 12, 31))
    )
    select p.tenant_id, p.enterprise_id, p.year, p.town_id, p.industry_code, p.patent, p.rd_institution, p.rd_spending,
      i.enterprise_id is not null, h.enterprise_id is not null
    from pop p
    left join iur i on i.enterprise_id = p.enterprise_id and i.year = p.year
    left join ht h on h.enterprise_id = p.enterprise_id and h.year = p.year`);
}
