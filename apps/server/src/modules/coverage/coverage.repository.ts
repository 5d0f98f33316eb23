import type { CoverageFlag } from '@yunju/contracts';
import { and, asc, count, eq, inArray, like, lte, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db.ts';
import { pageWithTotal, type PageWindow } from '../../platform/paging.ts';
import { departments, towns } from '../org/org.table.ts';
import { users } from '../identity/identity.table.ts';
import { enterpriseCoverage, enterpriseCoverageSummary as summary, enterprises } from '../enterprises/enterprises.table.ts';
import { coverageAssessmentWeights, coverageCauses, coverageCauseTaxonomies, coverageTargets, coverageTasks } from './coverage.table.ts';

export const FLAG_COLUMN = {
  patent: enterpriseCoverage.patent,
  rd_institution: enterpriseCoverage.rdInstitution,
  rd_spending: enterpriseCoverage.rdSpending,
  iur: enterpriseCoverage.iur,
  high_tech: enterpriseCoverage.highTech,
} as const satisfies Record<CoverageFlag, unknown>;

export interface Scope {
  tenantId: string;
  year?: number | undefined;
  townId?: string | undefined;
  industry?: string | undefined;
}

function scopeWhere(s: Scope): SQL {
  const conds: SQL[] = [eq(enterpriseCoverage.tenantId, s.tenantId)];
  if (s.year !== undefined) conds.push(eq(enterpriseCoverage.year, s.year));
  if (s.townId) conds.push(eq(enterpriseCoverage.townId, s.townId));
  if (s.industry) conds.push(like(enterpriseCoverage.industryCode, `${s.industry}%`));
  return and(...conds)!;
}

const countColumns = {
  total: sql<number>`count(*)::int`,
  patent: sql<number>`(count(*) filter (where ${enterpriseCoverage.patent}))::int`,
  rd_institution: sql<number>`(count(*) filter (where ${enterpriseCoverage.rdInstitution}))::int`,
  rd_spending: sql<number>`(count(*) filter (where ${enterpriseCoverage.rdSpending}))::int`,
  iur: sql<number>`(count(*) filter (where ${enterpriseCoverage.iur}))::int`,
  high_tech: sql<number>`(count(*) filter (where ${enterpriseCoverage.highTech}))::int`,
  allFive: sql<number>`(count(*) filter (where ${enterpriseCoverage.patent} and ${enterpriseCoverage.rdInstitution} and ${enterpriseCoverage.rdSpending} and ${enterpriseCoverage.iur} and ${enterpriseCoverage.highTech}))::int`,
};
export type CountRow = { [K in keyof typeof countColumns]: number };

/** The latest year with coverage rows. */
export async function latestCoverageYear(db: Db, tenantId: string): Promise<number | undefined> {
  const [r] = await db.select({ year: sql<number | null>`max(${summary.year})` }).from(summary).where(eq(summary.tenantId, tenantId));
  return r?.year ?? undefined;
}

/** The summary holds divisions: it answers scopes whose industry prefix is at most a division (e.g. C, C34). */
const bySummary = (s: Scope) => !s.industry || s.industry.length <= 3;

function summaryWhere(s: Scope): SQL {
  const conds: SQL[] = [eq(summary.tenantId, s.tenantId)];
  if (s.year !== undefined) conds.push(eq(summary.year, s.year));
  if (s.townId) conds.push(eq(summary.townId, s.townId));
  if (s.industry) conds.push(like(summary.division, `${s.industry}%`));
  return and(...conds)!;
}
const summed = {
  total: sql<number>`sum(${summary.total})::int`,
  patent: sql<number>`sum(${summary.patent})::int`,
  rd_institution: sql<number>`sum(${summary.rdInstitution})::int`,
  rd_spending: sql<number>`sum(${summary.rdSpending})::int`,
  iur: sql<number>`sum(${summary.iur})::int`,
  high_tech: sql<number>`sum(${summary.highTech})::int`,
  allFive: sql<number>`sum(${summary.allFive})::int`,
};

export async function countsByYear(db: Db, s: Scope): Promise<(CountRow & { key: number })[]> {
  const all = { ...s, year: undefined };
  if (bySummary(s)) return db.select({ key: summary.year, ...summed }).from(summary).where(summaryWhere(all)).groupBy(summary.year).orderBy(asc(summary.year));
  return db.select({ key: enterpriseCoverage.year, ...countColumns }).from(enterpriseCoverage).where(scopeWhere(all)).groupBy(enterpriseCoverage.year).orderBy(asc(enterpriseCoverage.year));
}

export async function countsByTown(db: Db, s: Scope): Promise<(CountRow & { key: string })[]> {
  if (bySummary(s)) return db.select({ key: summary.townId, ...summed }).from(summary).where(summaryWhere(s)).groupBy(summary.townId);
  return db.select({ key: enterpriseCoverage.townId, ...countColumns }).from(enterpriseCoverage).where(scopeWhere(s)).groupBy(enterpriseCoverage.townId);
}

export async function countsByDivision(db: Db, s: Scope): Promise<(CountRow & { key: string })[]> {
  if (bySummary(s)) return db.select({ key: summary.division, ...summed }).from(summary).where(summaryWhere(s)).groupBy(summary.division);
  const division = sql<string>`substr(${enterpriseCoverage.industryCode}, 1, 3)`;
  return db.select({ key: division, ...countColumns }).from(enterpriseCoverage).where(scopeWhere(s)).groupBy(division);
}

export async function listTownRows(db: Db, tenantId: string) {
  return db.select({ id: towns.id, code: towns.code, name: towns.name }).from(towns).where(eq(towns.tenantId, tenantId)).orderBy(asc(towns.code));
}
export async function listDepartmentRows(db: Db, tenantId: string) {
  return db.select({ id: departments.id, name: departments.name, shortName: departments.shortName }).from(departments).where(eq(departments.tenantId, tenantId)).orderBy(asc(departments.code));
}

/** Uncovered enterprises of a scope on a flag, by name. */
export async function listUncoveredRows(db: Db, s: Scope & { year: number }, flag: CoverageFlag, page: PageWindow, onlyIds?: string[]) {
  const where = and(scopeWhere(s), eq(FLAG_COLUMN[flag], false), onlyIds ? (onlyIds.length ? inArray(enterpriseCoverage.enterpriseId, onlyIds) : sql`false`) : undefined);
  return pageWithTotal(
    db
      .select({ enterpriseId: enterprises.id, name: enterprises.name, creditCode: enterprises.creditCode, townName: towns.name, industryCode: enterprises.industryCode })
      .from(enterpriseCoverage)
      .innerJoin(enterprises, eq(enterprises.id, enterpriseCoverage.enterpriseId))
      .innerJoin(towns, eq(towns.id, enterpriseCoverage.townId))
      .where(where)
      .orderBy(asc(enterprises.name))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: count() }).from(enterpriseCoverage).where(where),
  );
}

export async function countUncovered(db: Db, s: Scope & { year: number }, flag: CoverageFlag): Promise<number> {
  if (bySummary(s)) {
    const [r] = await db.select(summed).from(summary).where(summaryWhere(s));
    return (r?.total ?? 0) - (r?.[flag] ?? 0);
  }
  const [r] = await db.select({ n: count() }).from(enterpriseCoverage).where(and(scopeWhere(s), eq(FLAG_COLUMN[flag], false)));
  return r?.n ?? 0;
}

const FLAG_SQL: Record<CoverageFlag, string> = { patent: 'patent', rd_institution: 'rd_institution', rd_spending: 'rd_spending', iur: 'iur', high_tech: 'high_tech' };

/**
 * The latest cause per uncovered enterprise of the scope (its primary cause on the fishbone):
 * the latest cause of each enterprise first (index on causes), then kept when the enterprise is
 * uncovered in the scope (primary-key lookups on enterprise_coverage).
 */
export async function primaryCauses(db: Db, s: Scope & { year: number }, flag: CoverageFlag, enterpriseIds?: string[]): Promise<{ enterpriseId: string; category: string; causeCode: string }[]> {
  if (enterpriseIds && enterpriseIds.length === 0) return [];
  const ids = enterpriseIds ? sql`and enterprise_id in (${sql.join(enterpriseIds.map((id) => sql`${id}::uuid`), sql`, `)})` : sql``;
  const town = s.townId ? sql`and c.town_id = ${s.townId}` : sql``;
  const industry = s.industry ? sql`and c.industry_code like ${`${s.industry}%`}` : sql``;
  const result = (await db.execute(sql`
    select p.enterprise_id as "enterpriseId", p.category, p.cause_code as "causeCode"
    from (
      select distinct on (enterprise_id) enterprise_id, category, cause_code from coverage_causes
      where tenant_id = ${s.tenantId} and flag = ${flag} and year = ${s.year} ${ids}
      order by enterprise_id, recorded_at desc, id desc
    ) p
    join enterprise_coverage c on c.enterprise_id = p.enterprise_id and c.year = ${s.year}
    where not c.${sql.raw(FLAG_SQL[flag])} ${town} ${industry}`)) as unknown as { rows: { enterpriseId: string; category: string; causeCode: string }[] };
  return result.rows;
}

/** One bone's (or sub-cause's) uncovered enterprises, by name: the primary-cause filter runs in SQL. */
export async function listUncoveredByCause(db: Db, s: Scope & { year: number }, flag: CoverageFlag, cause: string, page: PageWindow) {
  const town = s.townId ? sql`and c.town_id = ${s.townId}` : sql``;
  const industry = s.industry ? sql`and c.industry_code like ${`${s.industry}%`}` : sql``;
  const from = sql`
    from (
      select distinct on (enterprise_id) enterprise_id, category, cause_code from coverage_causes
      where tenant_id = ${s.tenantId} and flag = ${flag} and year = ${s.year}
      order by enterprise_id, recorded_at desc, id desc
    ) p
    join enterprise_coverage c on c.enterprise_id = p.enterprise_id and c.year = ${s.year}
    join enterprises e on e.id = p.enterprise_id
    join towns t on t.id = c.town_id
    where not c.${sql.raw(FLAG_SQL[flag])} and (p.category = ${cause} or p.cause_code = ${cause}) ${town} ${industry}`;
  const [rows, totals] = await Promise.all([
    db.execute(sql`select e.id as "enterpriseId", e.name, e.credit_code as "creditCode", t.name as "townName", e.industry_code as "industryCode" ${from} order by e.name limit ${page.limit} offset ${page.offset}`),
    db.execute(sql`select count(*)::int as n ${from}`),
  ]);
  const list = (rows as unknown as { rows: { enterpriseId: string; name: string; creditCode: string; townName: string; industryCode: string }[] }).rows;
  const n = (totals as unknown as { rows: { n: number }[] }).rows[0]?.n ?? 0;
  return { rows: list, total: Number(n) };
}

export async function findCoverageRow(db: Db, tenantId: string, enterpriseId: string, year: number) {
  const [r] = await db.select().from(enterpriseCoverage).where(and(eq(enterpriseCoverage.tenantId, tenantId), eq(enterpriseCoverage.enterpriseId, enterpriseId), eq(enterpriseCoverage.year, year)));
  return r;
}
export async function listCoverageRowsOf(db: Db, tenantId: string, enterpriseId: string) {
  return db.select().from(enterpriseCoverage).where(and(eq(enterpriseCoverage.tenantId, tenantId), eq(enterpriseCoverage.enterpriseId, enterpriseId))).orderBy(asc(enterpriseCoverage.year));
}

/** How many of these enterprises are covered on the flag in the year. */
export async function countCoveredAmong(db: Db, tenantId: string, year: number, flag: CoverageFlag, enterpriseIds: string[]): Promise<number> {
  if (enterpriseIds.length === 0) return 0;
  const [r] = await db
    .select({ n: count() })
    .from(enterpriseCoverage)
    .where(and(eq(enterpriseCoverage.tenantId, tenantId), eq(enterpriseCoverage.year, year), eq(FLAG_COLUMN[flag], true), inArray(enterpriseCoverage.enterpriseId, enterpriseIds)));
  return r?.n ?? 0;
}

export async function countEnterprisesIn(db: Db, tenantId: string, ids: string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const [r] = await db.select({ n: count() }).from(enterprises).where(and(eq(enterprises.tenantId, tenantId), inArray(enterprises.id, ids)));
  return r?.n ?? 0;
}

// ───────────── taxonomy, causes ─────────────

export async function findTaxonomy(db: Db, tenantId: string) {
  const [r] = await db.select().from(coverageCauseTaxonomies).where(eq(coverageCauseTaxonomies.tenantId, tenantId));
  return r;
}
export async function saveTaxonomy(tx: Db, tenantId: string, categories: (typeof coverageCauseTaxonomies.$inferInsert)['categories']): Promise<void> {
  await tx
    .insert(coverageCauseTaxonomies)
    .values({ tenantId, categories })
    .onConflictDoUpdate({ target: coverageCauseTaxonomies.tenantId, set: { categories, updatedAt: new Date() } });
}
export async function insertCause(tx: Db, values: typeof coverageCauses.$inferInsert) {
  const [r] = await tx.insert(coverageCauses).values(values).returning();
  return r!;
}

// ───────────── targets, tasks ─────────────

export type TargetRow = typeof coverageTargets.$inferSelect;
export type TaskRow = typeof coverageTasks.$inferSelect;

export async function insertTarget(tx: Db, values: typeof coverageTargets.$inferInsert): Promise<TargetRow> {
  const [r] = await tx.insert(coverageTargets).values(values).returning();
  return r!;
}
export async function listTargetRows(db: Db, tenantId: string, year: number): Promise<TargetRow[]> {
  return db.select().from(coverageTargets).where(and(eq(coverageTargets.tenantId, tenantId), eq(coverageTargets.year, year))).orderBy(asc(coverageTargets.createdAt));
}
export async function findTargetRow(db: Db, tenantId: string, id: string): Promise<TargetRow | undefined> {
  const [r] = await db.select().from(coverageTargets).where(and(eq(coverageTargets.tenantId, tenantId), eq(coverageTargets.id, id)));
  return r;
}

export async function insertTask(tx: Db, values: typeof coverageTasks.$inferInsert): Promise<TaskRow> {
  const [r] = await tx.insert(coverageTasks).values(values).returning();
  return r!;
}
export async function updateTaskRow(tx: Db, id: string, patch: Partial<typeof coverageTasks.$inferInsert>): Promise<void> {
  await tx.update(coverageTasks).set(patch).where(eq(coverageTasks.id, id));
}
export async function findTaskRow(db: Db, tenantId: string, id: string): Promise<TaskRow | undefined> {
  const [r] = await db.select().from(coverageTasks).where(and(eq(coverageTasks.tenantId, tenantId), eq(coverageTasks.id, id)));
  return r;
}
export async function listTaskRows(db: Db, tenantId: string, f: { year?: number; assigneeUserId?: string; departmentId?: string }) {
  const conds: SQL[] = [eq(coverageTasks.tenantId, tenantId)];
  if (f.year !== undefined) conds.push(eq(coverageTasks.year, f.year));
  if (f.assigneeUserId) conds.push(eq(coverageTasks.assigneeUserId, f.assigneeUserId));
  if (f.departmentId) conds.push(eq(coverageTasks.departmentId, f.departmentId));
  return db
    .select({ t: coverageTasks, departmentName: departments.name, assigneeName: users.displayName })
    .from(coverageTasks)
    .innerJoin(departments, eq(departments.id, coverageTasks.departmentId))
    .innerJoin(users, eq(users.id, coverageTasks.assigneeUserId))
    .where(and(...conds))
    .orderBy(asc(coverageTasks.dueOn), asc(coverageTasks.createdAt));
}
/** Open tasks due on or before `until` not yet reminded today. */
export async function listTasksToRemind(db: Db, until: string, today: string): Promise<TaskRow[]> {
  return db
    .select()
    .from(coverageTasks)
    .where(and(eq(coverageTasks.status, 'open'), lte(coverageTasks.dueOn, until), sql`(${coverageTasks.remindedOn} is null or ${coverageTasks.remindedOn} < ${today})`));
}

export async function findOfficer(db: Db, tenantId: string, userId: string) {
  const [r] = await db.select({ id: users.id, departmentId: users.departmentId, role: users.role, displayName: users.displayName }).from(users).where(and(eq(users.tenantId, tenantId), eq(users.id, userId)));
  return r;
}
export async function findDepartment(db: Db, tenantId: string, id: string) {
  const [r] = await db.select({ id: departments.id, name: departments.name }).from(departments).where(and(eq(departments.tenantId, tenantId), eq(departments.id, id)));
  return r;
}

// ───────────── assessment weights ─────────────

export async function findWeights(db: Db, tenantId: string) {
  const [r] = await db.select().from(coverageAssessmentWeights).where(eq(coverageAssessmentWeights.tenantId, tenantId));
  return r;
}
export async function saveWeights(tx: Db, tenantId: string, w: { completion: number; improvement: number; tasksOnTime: number }): Promise<void> {
  await tx
    .insert(coverageAssessmentWeights)
    .values({ tenantId, ...w })
    .onConflictDoUpdate({ target: coverageAssessmentWeights.tenantId, set: { ...w, updatedAt: new Date() } });
}
