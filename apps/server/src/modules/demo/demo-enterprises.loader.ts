import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db.ts';
import * as t from '../../platform/schema.ts';
import { DEFAULT_TAXONOMY } from '../coverage/index.ts';
import { refreshCoverage, upsertStatsRows } from '../enterprises/index.ts';
import type { DemoEnterprise } from './demo-county.types.ts';
import { DEMO_HEADLINE_YEAR, generateEnterpriseFiles } from './demo-enterprises.ts';

const BATCH = 500;

export interface DemoEnterpriseContext {
  tenantId: string;
  seed: number;
  enterprises: readonly DemoEnterprise[];
  enterpriseIds: readonly string[];
  townIds: readonly string[];
  bureauDepartmentId: string;
  otherDepartmentId: string;
  officerId: string;
  officer2Id: string;
}

/** Deterministic choice by index (no PRNG needed for the loader's few picks). */
const spread = <T>(xs: readonly T[], n: number): T[] => (xs.length <= n ? [...xs] : Array.from({ length: n }, (_, k) => xs[Math.floor((k * xs.length) / n)]!));

/**
 * Writes the enterprise files' extra parts (statistics 2021–2025, R&D institutions, cooperations,
 * contacts), computes the five coverages from them, and records a worked example of the tools:
 * fishbone causes, yearly targets and tasks, cultivation plans. Runs inside the seeding transaction.
 */
export async function loadDemoEnterpriseFiles(tx: Db, c: DemoEnterpriseContext): Promise<Record<string, number>> {
  const files = generateEnterpriseFiles(c.enterprises, c.seed);
  const id = (i: number) => c.enterpriseIds[i]!;

  const stats = files.flatMap((f, i) => f.stats.map((s) => ({ tenantId: c.tenantId, enterpriseId: id(i), ...s })));
  await upsertStatsRows(tx, stats);
  for (let k = 0; k < files.length; k += BATCH) {
    const rows = files.slice(k, k + BATCH).map((f, j) => ({ id: id(k + j), level: f.rdInstitutionLevel, name: f.rdInstitutionName, since: f.rdInstitutionSince, contacts: f.contacts, above: f.isAboveScale }));
    await tx.execute(sql`
      update enterprises e set rd_institution_level = v.level, rd_institution_name = v.name, rd_institution_since = v.since, contacts = v.contacts, is_above_scale = v.above
      from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as v(id uuid, level text, name text, since int, contacts jsonb, above boolean)
      where e.id = v.id`);
  }
  const cooperations = files.flatMap((f, i) => f.cooperations.map((x) => ({ tenantId: c.tenantId, enterpriseId: id(i), ...x })));
  for (let k = 0; k < cooperations.length; k += BATCH) await tx.insert(t.enterpriseCooperations).values(cooperations.slice(k, k + BATCH));
  const renewals = files.flatMap((f, i) => f.renewals.map((q) => ({ tenantId: c.tenantId, enterpriseId: id(i), ...q })));
  for (let k = 0; k < renewals.length; k += BATCH) await tx.insert(t.enterpriseQualifications).values(renewals.slice(k, k + BATCH));
  await refreshCoverage(tx, c.tenantId, null);

  // ── fishbone: causes for most uncovered enterprises of 2025 (IUR, R&D institution) ──
  const uncovered = async (column: typeof t.enterpriseCoverage.iur | typeof t.enterpriseCoverage.rdInstitution) =>
    (await tx.select({ id: t.enterpriseCoverage.enterpriseId }).from(t.enterpriseCoverage).where(and(eq(t.enterpriseCoverage.tenantId, c.tenantId), eq(t.enterpriseCoverage.year, DEMO_HEADLINE_YEAR), eq(column, false))).orderBy(t.enterpriseCoverage.enterpriseId)).map((r) => r.id);
  const iurGap = await uncovered(t.enterpriseCoverage.iur);
  const institutionGap = await uncovered(t.enterpriseCoverage.rdInstitution);
  // IUR causes as the bureau found them on visits: mostly talent and technology, some awareness
  const iurCauses = ['talent_no_rd_staff', 'talent_no_rd_staff', 'talent_high_level', 'technology_partner', 'technology_partner', 'technology_base', 'awareness_no_need', 'awareness_owner', 'funding_rd_budget', 'service_matching', 'service_matching', 'policy_paperwork', 'technology_transfer'];
  const institutionCauses = ['funding_rd_budget', 'talent_no_rd_staff', 'awareness_owner', 'funding_financing', 'policy_threshold'];
  const category = (code: string) => DEFAULT_TAXONOMY.categories.find((x) => x.subCauses.some((s) => s.code === code))!.code;
  const causes = [
    ...iurGap.filter((_, k) => k % 7 !== 6).map((enterpriseId, k) => ({ enterpriseId, flag: 'iur', causeCode: iurCauses[k % iurCauses.length]! })),
    ...institutionGap.filter((_, k) => k % 5 !== 4).map((enterpriseId, k) => ({ enterpriseId, flag: 'rd_institution', causeCode: institutionCauses[k % institutionCauses.length]! })),
  ].map((x) => ({ ...x, tenantId: c.tenantId, year: DEMO_HEADLINE_YEAR, category: category(x.causeCode), note: '走访了解', recordedBy: c.officerId }));
  for (let k = 0; k < causes.length; k += BATCH) await tx.insert(t.coverageCauses).values(causes.slice(k, k + BATCH));

  // ── yearly targets: every town IUR ≥ 75 % by year end; each department on its tasks ──
  await tx.insert(t.coverageTargets).values([
    ...c.townIds.map((scopeId) => ({ tenantId: c.tenantId, year: DEMO_HEADLINE_YEAR, scopeType: 'town' as const, scopeId, flag: 'iur', targetRate: 0.75, dueOn: `${DEMO_HEADLINE_YEAR}-12-31` })),
    { tenantId: c.tenantId, year: DEMO_HEADLINE_YEAR, scopeType: 'department' as const, scopeId: c.bureauDepartmentId, flag: 'iur', targetRate: 0.8, dueOn: `${DEMO_HEADLINE_YEAR}-12-31` },
    { tenantId: c.tenantId, year: DEMO_HEADLINE_YEAR, scopeType: 'department' as const, scopeId: c.otherDepartmentId, flag: 'rd_institution', targetRate: 0.8, dueOn: `${DEMO_HEADLINE_YEAR}-12-31` },
  ]);
  const covered2025 = (await tx.select({ id: t.enterpriseCoverage.enterpriseId }).from(t.enterpriseCoverage).where(and(eq(t.enterpriseCoverage.tenantId, c.tenantId), eq(t.enterpriseCoverage.year, DEMO_HEADLINE_YEAR), eq(t.enterpriseCoverage.iur, true))).orderBy(t.enterpriseCoverage.enterpriseId)).map((r) => r.id);
  await tx.insert(t.coverageTasks).values([
    { tenantId: c.tenantId, year: DEMO_HEADLINE_YEAR, departmentId: c.bureauDepartmentId, assigneeUserId: c.officerId, flag: 'iur', title: '组织规上企业与高校院所对接，推动建立产学研合作', dueOn: `${DEMO_HEADLINE_YEAR}-12-31`, enterpriseIds: [...spread(covered2025, 12), ...spread(iurGap, 6)], createdBy: c.officerId },
    { tenantId: c.tenantId, year: DEMO_HEADLINE_YEAR, departmentId: c.bureauDepartmentId, assigneeUserId: c.officerId, flag: 'iur', title: '走访产学研未覆盖企业，逐户分析原因', dueOn: `${DEMO_HEADLINE_YEAR}-06-30`, enterpriseIds: spread(iurGap, 10), createdBy: c.officerId, status: 'closed' as const, closedAt: new Date(`${DEMO_HEADLINE_YEAR}-06-28T08:00:00Z`) },
    { tenantId: c.tenantId, year: DEMO_HEADLINE_YEAR, departmentId: c.otherDepartmentId, assigneeUserId: c.officer2Id, flag: 'rd_institution', title: '指导企业建设县级以上研发机构', dueOn: `${DEMO_HEADLINE_YEAR}-12-31`, enterpriseIds: institutionGap.length ? institutionGap : spread(covered2025, 3), createdBy: c.officer2Id },
  ]);

  // ── cultivation plans: firms near high-tech status; three done by two departments ──
  const near = c.enterprises
    .map((e, i) => ({ e, i }))
    .filter(({ e }) => e.isAboveScale && !e.qualifications.some((q) => q.kind === 'high_tech'))
    .sort((a, b) => b.e.rdSpending2024Fen / b.e.revenue2024Fen - a.e.rdSpending2024Fen / a.e.revenue2024Fen || a.i - b.i)
    .slice(0, 5);
  let across = 0;
  for (const [k, { e, i }] of near.entries()) {
    const done = k < 3;
    const [plan] = await tx
      .insert(t.cultivationPlans)
      .values({ tenantId: c.tenantId, enterpriseId: id(i), targetKind: 'high_tech', title: `培育${e.name}申报高新技术企业`, status: done ? 'completed' : 'open', createdBy: c.officerId, completedAt: done ? new Date(`${DEMO_HEADLINE_YEAR}-10-15T08:00:00Z`) : null })
      .returning({ id: t.cultivationPlans.id });
    await tx.insert(t.cultivationPlanTasks).values([
      { tenantId: c.tenantId, planId: plan!.id, departmentId: c.bureauDepartmentId, ownerUserId: c.officerId, title: '辅导研发费用归集和知识产权布局', dueOn: `${DEMO_HEADLINE_YEAR}-09-30`, doneAt: done ? new Date(`${DEMO_HEADLINE_YEAR}-09-20T08:00:00Z`) : null, doneBy: done ? c.officerId : null },
      { tenantId: c.tenantId, planId: plan!.id, departmentId: c.otherDepartmentId, ownerUserId: c.officer2Id, title: '对接技术改造项目和首台套政策', dueOn: `${DEMO_HEADLINE_YEAR}-10-31`, doneAt: done ? new Date(`${DEMO_HEADLINE_YEAR}-10-15T08:00:00Z`) : null, doneBy: done ? c.officer2Id : null },
    ]);
    if (done) across++;
  }
  return { yearlyStats: stats.length, renewedCertificates: renewals.length, cooperations: cooperations.length, coverageCauses: causes.length, cultivationPlans: near.length, cultivatedAcrossDepartments: across };
}
