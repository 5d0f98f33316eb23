import { sql } from 'drizzle-orm';
import type { Database, Db } from '../../platform/db.ts';
import * as t from '../../platform/schema.ts';
import { recordAudit } from '../audit/index.ts';
import { backfillCatalogue } from '../catalogue/index.ts';
import { getWorkingCalendar, todayInShanghai } from '../calendar/index.ts';
import { DEMO_PASSWORD, hashPassword } from '../identity/index.ts';
import { loadDemoCases } from './demo-cases.loader.ts';
import { loadDemoMatching } from './demo-matching.ts';
import { loadDemoEnterpriseFiles } from './demo-enterprises.loader.ts';
import type { DemoCounty } from './demo-county.types.ts';
import { DEFAULT_DEMO_SEED, generateDemoCounty } from './generate-demo-county.ts';

export type SeedProgress = (step: string, rows: number) => void;

const BATCH = 500;

async function insertBatched<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await insert(rows.slice(i, i + BATCH));
}

/** True when the database holds no tenant yet (first start). */
export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const [r] = await db.select({ n: sql<number>`count(*)::int` }).from(t.tenants);
  return (r?.n ?? 0) === 0;
}

/**
 * Writes the demo county (示范县) and one user per role in one transaction with one audit row.
 * The demo loader is the one writer that goes straight to every module's tables: like a
 * migration, it runs before any service does (docs/ARCHITECTURE.md).
 */
export async function seedDemoCounty(database: Database, progress: SeedProgress = () => {}, county: DemoCounty = generateDemoCounty()): Promise<Record<string, number>> {
  const demoHashes = await Promise.all(Array.from({ length: 9 }, () => hashPassword(DEMO_PASSWORD)));
  // Read before the transaction: PGlite has one connection, and the transaction holds it.
  const calendar = await getWorkingCalendar(database.db);
  const today = todayInShanghai();
  const counts: Record<string, number> = {};
  await database.db.transaction(async (tx) => {
    const [tenant] = await tx.insert(t.tenants).values(county.tenant).returning();
    const tenantId = tenant!.id;

    const towns = await tx.insert(t.towns).values(county.towns.map((x) => ({ ...x, tenantId }))).returning();
    const townId = new Map(towns.map((x) => [x.code, x.id]));
    progress('towns', towns.length);

    const departments = await tx
      .insert(t.departments)
      .values(county.departments.map((d) => ({ tenantId, code: d.code, name: d.name, shortName: d.shortName, isBureau: d.isBureau })))
      .returning();
    const deptId = new Map(departments.map((x) => [x.code, x.id]));
    const need = <K,>(map: Map<K, string>, key: K, what: string): string => {
      const id = map.get(key);
      if (!id) throw new Error(`demo data: unknown ${what} ${String(key)}`);
      return id;
    };
    progress('departments', departments.length);

    await tx.insert(t.industries).values(county.industries).onConflictDoNothing();
    progress('industries', county.industries.length);

    const items = await tx
      .insert(t.serviceItems)
      .values(
        county.serviceItems.map((s) => ({
          tenantId,
          code: s.code,
          name: s.name,
          category: s.category,
          leadDepartmentId: need(deptId, s.leadDepartmentCode, 'department'),
          promisedDays: s.promisedDays,
          channels: s.channels,
          conditions: s.conditions,
          materials: s.materials,
          legalBasis: s.legalBasis,
          description: s.description,
        })),
      )
      .returning({ id: t.serviceItems.id, code: t.serviceItems.code });
    const itemId = new Map(items.map((x) => [x.code, x.id]));
    const coRows = county.serviceItems.flatMap((s) => s.coDepartmentCodes.map((c) => ({ tenantId, itemId: need(itemId, s.code, 'item'), departmentId: need(deptId, c, 'department') })));
    if (coRows.length) await tx.insert(t.serviceItemCoDepartments).values(coRows);
    progress('service items', items.length);

    await insertBatched(county.resources, (chunk) =>
      tx.insert(t.resources).values(
        chunk.map((r) => ({
          tenantId,
          code: r.code,
          name: r.name,
          kind: r.kind,
          ownerOrg: r.ownerOrg,
          departmentId: need(deptId, r.departmentCode, 'department'),
          townId: need(townId, r.townCode, 'town'),
          address: r.address,
          contactName: r.contactName,
          contactPhone: r.contactPhone,
          description: r.description,
          tags: r.tags,
          availability: r.availability,
        })),
      ),
    );
    progress('resources', county.resources.length);
    // Search columns and version 1 of every item, as the catalogue service would have written them.
    await backfillCatalogue(tx, tenantId);
    progress('catalogue search index', county.serviceItems.length + county.resources.length);

    const enterpriseIds: string[] = [];
    await insertBatched(county.enterprises, async (chunk) => {
      const rows = await tx
        .insert(t.enterprises)
        .values(
          chunk.map((e) => ({
            tenantId,
            creditCode: e.creditCode,
            name: e.name,
            townId: need(townId, e.townCode, 'town'),
            industryCode: e.industryCode,
            size: e.size,
            isAboveScale: e.isAboveScale,
            foundedOn: e.foundedOn,
            address: e.address,
            legalRepresentative: e.legalRepresentative,
            contactPhone: e.contactPhone,
          })),
        )
        .returning({ id: t.enterprises.id });
      enterpriseIds.push(...rows.map((r) => r.id));
    });
    const qualifications = county.enterprises.flatMap((e, i) =>
      e.qualifications.map((q) => ({ tenantId, enterpriseId: enterpriseIds[i]!, kind: q.kind, level: q.level, certificateNo: q.certificateNo, issuedOn: q.issuedOn, expiresOn: q.expiresOn })),
    );
    await insertBatched(qualifications, (chunk) => tx.insert(t.enterpriseQualifications).values(chunk));
    const stats = county.enterprises.map((e, i) => ({
      tenantId,
      enterpriseId: enterpriseIds[i]!,
      year: 2024,
      revenueFen: e.revenue2024Fen,
      rdSpendingFen: e.rdSpending2024Fen,
      employees: e.employees2024,
    }));
    await insertBatched(stats, (chunk) => tx.insert(t.enterpriseYearlyStats).values(chunk));
    progress('enterprises', enterpriseIds.length);

    const expertRows: { id: string }[] = [];
    await insertBatched(county.experts, async (chunk) => {
      expertRows.push(...(await tx.insert(t.experts).values(chunk.map((x) => ({ ...x, tenantId }))).returning({ id: t.experts.id })));
    });
    const talentRows: { id: string }[] = [];
    await insertBatched(county.talents, async (chunk) =>
      talentRows.push(...(await tx.insert(t.talents).values(
        chunk.map((x) => ({
          tenantId,
          code: x.code,
          name: x.name,
          education: x.education,
          major: x.major,
          skills: x.skills,
          experienceYears: x.experienceYears,
          desiredRole: x.desiredRole,
          desiredTownId: x.desiredTown ? need(townId, x.desiredTown, 'town') : null,
        })),
      ).returning({ id: t.talents.id }))),
    );
    progress('experts and talents', county.experts.length + county.talents.length);

    const bureau = county.departments.find((d) => d.isBureau);
    if (!bureau) throw new Error('demo data: no science and technology bureau');
    const otherDept = county.departments.find((d) => !d.isBureau && d.name.includes('经济和信息化')) ?? county.departments.find((d) => !d.isBureau)!;
    const deskDept = county.departments.find((d) => /政务服务|行政审批/.test(d.name)) ?? bureau;
    const highTechIndex = county.enterprises.findIndex((e) => e.qualifications.some((q) => q.kind === 'high_tech'));
    const enterpriseIndex = Math.max(0, highTechIndex);
    const demoUsers = [
      { username: 'admin', role: 'bureau_admin', displayName: `${bureau.shortName}管理员`, departmentId: need(deptId, bureau.code, 'department') },
      { username: 'officer', role: 'officer', displayName: `${bureau.shortName}经办人`, departmentId: need(deptId, bureau.code, 'department'), isDepartmentHead: true },
      { username: 'officer2', role: 'officer', displayName: `${otherDept.shortName}经办人`, departmentId: need(deptId, otherDept.code, 'department') },
      { username: 'desk', role: 'desk', displayName: '综合窗口受理员', departmentId: need(deptId, deskDept.code, 'department') },
      { username: 'enterprise', role: 'enterprise', displayName: `${county.enterprises[enterpriseIndex]!.name}经办人`, enterpriseId: enterpriseIds[enterpriseIndex]! },
      { username: 'expert', role: 'expert', displayName: county.experts[0]?.name ?? '专家', expertId: expertRows[0]?.id ?? null },
      { username: 'notary', role: 'notary', displayName: '公证处公证员' },
      { username: 'leader', role: 'leader', displayName: '县领导（只读）' },
      // The first talent of the pool keeps its own profile (人才); the matching demo pushes it to the first talent need.
      { username: 'talent', role: 'talent', displayName: county.talents[0]?.name ?? '人才', talentId: talentRows[0]?.id ?? null },
    ] as const;
    const userIds = new Map<string, string>();
    for (const [i, u] of demoUsers.entries()) {
      const [row] = await tx.insert(t.users).values({ ...u, tenantId, passwordHash: demoHashes[i]!, isDemo: true }).returning({ id: t.users.id });
      userIds.set(u.username, row!.id);
    }
    progress('users', demoUsers.length);

    const userOf = (username: string) => ({ id: userIds.get(username)!, name: demoUsers.find((u) => u.username === username)!.displayName });
    const demoCases = await loadDemoCases(tx, {
      tenantId,
      today,
      calendar,
      count: 1800,
      items: county.serviceItems
        .filter((s) => s.channels.length > 0)
        .map((s) => ({
          id: need(itemId, s.code, 'item'),
          name: s.name,
          version: 1,
          leadDepartmentId: need(deptId, s.leadDepartmentCode, 'department'),
          coDepartmentIds: s.coDepartmentCodes.map((c) => need(deptId, c, 'department')),
          promisedDays: s.promisedDays,
          online: s.channels.includes('online'),
          desk: s.channels.includes('desk'),
        })),
      enterprises: county.enterprises.map((e, i) => ({ id: enterpriseIds[i]!, name: e.name })),
      demoEnterprise: { id: enterpriseIds[enterpriseIndex]!, name: county.enterprises[enterpriseIndex]!.name, userId: userIds.get('enterprise')! },
      departments: departments.map((d) => ({ id: d.id, shortName: d.shortName })),
      officers: new Map([
        [need(deptId, bureau.code, 'department'), userOf('officer')],
        [need(deptId, otherDept.code, 'department'), userOf('officer2')],
      ]),
      desk: userOf('desk'),
      bureauUser: userOf('admin'),
    });
    progress('cases (past 12 months)', demoCases.cases);
    const demoMatching = await loadDemoMatching(tx, {
      tenantId,
      today,
      brokers: [userOf('officer'), userOf('officer2')].map((u, i) => ({ ...u, departmentId: need(deptId, (i === 0 ? bureau : otherDept).code, 'department') })),
      demoEnterprise: { id: enterpriseIds[enterpriseIndex]!, userId: userIds.get('enterprise')! },
      demoExpertId: expertRows[0]?.id ?? null,
      demoTalentId: talentRows[0]?.id ?? null,
    });
    progress('matching (demands, engagements)', demoMatching.demands + demoMatching.engagements);
    // Enterprise files 2021–2025, five coverages, fishbone causes, targets, tasks, plans (issue 5).
    const files = await loadDemoEnterpriseFiles(tx, {
      tenantId,
      seed: DEFAULT_DEMO_SEED,
      enterprises: county.enterprises,
      enterpriseIds,
      townIds: towns.map((x) => x.id),
      bureauDepartmentId: need(deptId, bureau.code, 'department'),
      otherDepartmentId: need(deptId, otherDept.code, 'department'),
      officerId: userIds.get('officer')!,
      officer2Id: userIds.get('officer2')!,
    });
    progress('enterprise files and five coverages', files.yearlyStats ?? 0);

    Object.assign(counts, {
      cases: demoCases.cases,
      ...files,
      caseEvents: demoCases.events,
      matchDemands: demoMatching.demands,
      matchEngagements: demoMatching.engagements,
      matchAgreements: demoMatching.agreements,
      towns: towns.length,
      departments: departments.length,
      serviceItems: items.length,
      resources: county.resources.length,
      enterprises: enterpriseIds.length,
      qualifications: qualifications.length,
      experts: county.experts.length,
      talents: county.talents.length,
      users: demoUsers.length,
    });
    await recordAudit(tx, null, { action: 'demo.seeded', targetType: 'tenant', targetId: tenantId, tenantId, actorName: 'system', summary: { after: counts } });
  });
  return counts;
}
