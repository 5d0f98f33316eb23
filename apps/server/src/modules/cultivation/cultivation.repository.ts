import { and, asc, count, desc, eq, gte, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db.ts';
import { pageWithTotal, type PageWindow } from '../../platform/paging.ts';
import { departments, towns } from '../org/org.table.ts';
import { users } from '../identity/identity.table.ts';
import { enterpriseQualifications, enterprises, enterpriseYearlyStats } from '../enterprises/enterprises.table.ts';
import { cultivationPlans, cultivationPlanTasks, cultivationRuleSets } from './cultivation.table.ts';

export interface ProfileRow {
  id: string;
  name: string;
  townName: string;
  townCode: string;
  foundedOn: string | null;
  rdInstitutionLevel: 'none' | 'county' | 'city' | 'provincial' | 'national';
}

export async function listProfileRows(db: Db, tenantId: string, f: { enterpriseId?: string; townCode?: string }): Promise<ProfileRow[]> {
  const conds: SQL[] = [eq(enterprises.tenantId, tenantId)];
  if (f.enterpriseId) conds.push(eq(enterprises.id, f.enterpriseId));
  if (f.townCode) conds.push(eq(towns.code, f.townCode));
  return db
    .select({ id: enterprises.id, name: enterprises.name, townName: towns.name, townCode: towns.code, foundedOn: enterprises.foundedOn, rdInstitutionLevel: enterprises.rdInstitutionLevel })
    .from(enterprises)
    .innerJoin(towns, eq(towns.id, enterprises.townId))
    .where(and(...conds))
    .orderBy(asc(enterprises.name));
}

/** The latest yearly statistics of each enterprise of the county (or of one). */
export async function latestStats(db: Db, tenantId: string, enterpriseId?: string) {
  return db
    .selectDistinctOn([enterpriseYearlyStats.enterpriseId])
    .from(enterpriseYearlyStats)
    .where(and(eq(enterpriseYearlyStats.tenantId, tenantId), enterpriseId ? eq(enterpriseYearlyStats.enterpriseId, enterpriseId) : undefined))
    .orderBy(enterpriseYearlyStats.enterpriseId, desc(enterpriseYearlyStats.year));
}

/** Qualification kinds valid on a day, per enterprise. */
export async function validQualifications(db: Db, tenantId: string, asOf: string, enterpriseId?: string): Promise<{ enterpriseId: string; kind: string }[]> {
  return db
    .select({ enterpriseId: enterpriseQualifications.enterpriseId, kind: enterpriseQualifications.kind })
    .from(enterpriseQualifications)
    .where(
      and(
        eq(enterpriseQualifications.tenantId, tenantId),
        enterpriseId ? eq(enterpriseQualifications.enterpriseId, enterpriseId) : undefined,
        lte(enterpriseQualifications.issuedOn, asOf),
        or(isNull(enterpriseQualifications.expiresOn), gte(enterpriseQualifications.expiresOn, asOf)),
      ),
    );
}

export async function countValidByKind(db: Db, tenantId: string, asOf: string): Promise<{ kind: string; n: number }[]> {
  return db
    .select({ kind: enterpriseQualifications.kind, n: sql<number>`count(distinct ${enterpriseQualifications.enterpriseId})::int` })
    .from(enterpriseQualifications)
    .where(and(eq(enterpriseQualifications.tenantId, tenantId), lte(enterpriseQualifications.issuedOn, asOf), or(isNull(enterpriseQualifications.expiresOn), gte(enterpriseQualifications.expiresOn, asOf))))
    .groupBy(enterpriseQualifications.kind);
}

export async function listExpiringRows(db: Db, tenantId: string, from: string, until: string, page: PageWindow, enterpriseId?: string) {
  const where = and(
    eq(enterpriseQualifications.tenantId, tenantId),
    enterpriseId ? eq(enterpriseQualifications.enterpriseId, enterpriseId) : undefined,
    gte(enterpriseQualifications.expiresOn, from),
    lte(enterpriseQualifications.expiresOn, until),
  );
  return pageWithTotal(
    db
      .select({ q: enterpriseQualifications, enterpriseName: enterprises.name })
      .from(enterpriseQualifications)
      .innerJoin(enterprises, eq(enterprises.id, enterpriseQualifications.enterpriseId))
      .where(where)
      .orderBy(asc(enterpriseQualifications.expiresOn), asc(enterprises.name))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: count() }).from(enterpriseQualifications).where(where),
  );
}

export async function findRuleSet(db: Db, tenantId: string) {
  const [r] = await db.select().from(cultivationRuleSets).where(eq(cultivationRuleSets.tenantId, tenantId));
  return r;
}
export async function saveRuleSet(tx: Db, tenantId: string, rules: unknown[]): Promise<void> {
  await tx.insert(cultivationRuleSets).values({ tenantId, rules }).onConflictDoUpdate({ target: cultivationRuleSets.tenantId, set: { rules, updatedAt: new Date() } });
}

// ───────────── plans ─────────────

export type PlanRow = typeof cultivationPlans.$inferSelect;
export type PlanTaskRow = typeof cultivationPlanTasks.$inferSelect;

export async function insertPlan(tx: Db, plan: typeof cultivationPlans.$inferInsert, tasks: Omit<typeof cultivationPlanTasks.$inferInsert, 'planId'>[]): Promise<string> {
  const [p] = await tx.insert(cultivationPlans).values(plan).returning({ id: cultivationPlans.id });
  await tx.insert(cultivationPlanTasks).values(tasks.map((t) => ({ ...t, planId: p!.id })));
  return p!.id;
}
export async function listPlanRows(db: Db, tenantId: string, f: { enterpriseId?: string | undefined; status?: 'open' | 'completed' | undefined; id?: string }, page: PageWindow) {
  const where = and(
    eq(cultivationPlans.tenantId, tenantId),
    f.enterpriseId ? eq(cultivationPlans.enterpriseId, f.enterpriseId) : undefined,
    f.status ? eq(cultivationPlans.status, f.status) : undefined,
    f.id ? eq(cultivationPlans.id, f.id) : undefined,
  );
  return pageWithTotal(
    db
      .select({ p: cultivationPlans, enterpriseName: enterprises.name })
      .from(cultivationPlans)
      .innerJoin(enterprises, eq(enterprises.id, cultivationPlans.enterpriseId))
      .where(where)
      .orderBy(desc(cultivationPlans.createdAt))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: count() }).from(cultivationPlans).where(where),
  );
}
export async function listPlanTaskRows(db: Db, planIds: string[]) {
  if (planIds.length === 0) return [];
  return db
    .select({ t: cultivationPlanTasks, departmentName: departments.name })
    .from(cultivationPlanTasks)
    .innerJoin(departments, eq(departments.id, cultivationPlanTasks.departmentId))
    .where(inArray(cultivationPlanTasks.planId, planIds))
    .orderBy(asc(cultivationPlanTasks.dueOn), asc(cultivationPlanTasks.id));
}
export async function findPlanTask(db: Db, tenantId: string, planId: string, taskId: string): Promise<PlanTaskRow | undefined> {
  const [r] = await db.select().from(cultivationPlanTasks).where(and(eq(cultivationPlanTasks.tenantId, tenantId), eq(cultivationPlanTasks.planId, planId), eq(cultivationPlanTasks.id, taskId)));
  return r;
}
export async function completePlanTask(tx: Db, taskId: string, userId: string, note: string | null): Promise<void> {
  await tx.update(cultivationPlanTasks).set({ doneAt: new Date(), doneBy: userId, note }).where(eq(cultivationPlanTasks.id, taskId));
}
export async function countOpenTasks(tx: Db, planId: string): Promise<number> {
  const [r] = await tx.select({ n: count() }).from(cultivationPlanTasks).where(and(eq(cultivationPlanTasks.planId, planId), isNull(cultivationPlanTasks.doneAt)));
  return r?.n ?? 0;
}
export async function completePlan(tx: Db, planId: string): Promise<void> {
  await tx.update(cultivationPlans).set({ status: 'completed', completedAt: new Date() }).where(eq(cultivationPlans.id, planId));
}
export async function countOpenPlans(db: Db, tenantId: string): Promise<number> {
  const [r] = await db.select({ n: count() }).from(cultivationPlans).where(and(eq(cultivationPlans.tenantId, tenantId), eq(cultivationPlans.status, 'open')));
  return r?.n ?? 0;
}
/** Enterprises with a completed plan whose tasks span two or more departments. */
export async function countCultivatedAcrossDepartments(db: Db, tenantId: string): Promise<number> {
  const rows = await db.execute(sql`
    select count(distinct p.enterprise_id)::int as n from cultivation_plans p
    where p.tenant_id = ${tenantId} and p.status = 'completed'
      and (select count(distinct t.department_id) from cultivation_plan_tasks t where t.plan_id = p.id) >= 2`);
  const first = (rows as unknown as { rows: { n: number }[] }).rows[0];
  return Number(first?.n ?? 0);
}
export async function departmentExists(db: Db, tenantId: string, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.select({ id: departments.id }).from(departments).where(and(eq(departments.tenantId, tenantId), inArray(departments.id, ids)));
  return new Set(rows.map((r) => r.id));
}
export async function usersOf(db: Db, tenantId: string, ids: string[]) {
  if (ids.length === 0) return [];
  return db.select({ id: users.id, departmentId: users.departmentId }).from(users).where(and(eq(users.tenantId, tenantId), inArray(users.id, ids)));
}
