import type { Db } from '../../platform/db.ts';
import * as t from '../../platform/schema.ts';
import { generateDemoCases, type DemoCaseCalendar, type DemoCaseItem } from './demo-cases.ts';

const BATCH = 500;
/** Not an argon2 hash: no password verifies against it (the account exists for its records only). */
const NO_LOGIN = '!demo-account-without-password';

async function insertBatched<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await insert(rows.slice(i, i + BATCH));
}

export interface DemoCasesContext {
  tenantId: string;
  today: string;
  calendar: DemoCaseCalendar;
  items: DemoCaseItem[];
  enterprises: { id: string; name: string }[];
  /** The demo `enterprise` login's enterprise: it gets a share of the cases so "my cases" has content. */
  demoEnterprise: { id: string; name: string; userId: string };
  departments: { id: string; shortName: string }[];
  officers: Map<string, { id: string; name: string }>;
  desk: { id: string; name: string };
  bureauUser: { id: string; name: string };
  count: number;
}

/**
 * Writes a year of cases (1,800 by default) with their timelines, co-handling and follow-up tasks
 * and ratings. Enterprises and departments without a demo login get an account that cannot sign
 * in (its hash is not a password hash): their cases need a submitter and a handling officer.
 */
export async function loadDemoCases(tx: Db, c: DemoCasesContext): Promise<{ cases: number; events: number }> {
  // One enterprise in five is active on the platform.
  const active = c.enterprises.filter((_, i) => i % 5 === 0 && _.id !== c.demoEnterprise.id);
  const accounts = await tx
    .insert(t.users)
    .values(
      active.map((e, i) => ({
        tenantId: c.tenantId,
        username: `ent${String(i + 1).padStart(4, '0')}`,
        displayName: `${e.name}经办人`,
        role: 'enterprise' as const,
        enterpriseId: e.id,
        passwordHash: NO_LOGIN,
      })),
    )
    .returning({ id: t.users.id, enterpriseId: t.users.enterpriseId });
  const enterprises = active.map((e, i) => ({ id: e.id, name: e.name, userId: accounts[i]!.id }));
  // The demo enterprise login sees a realistic handful of its own cases.
  for (let i = 0; i < 4; i++) enterprises.push(c.demoEnterprise);

  const officers = new Map(c.officers);
  const missing = c.departments.filter((d) => !officers.has(d.id));
  if (missing.length) {
    const rows = await tx
      .insert(t.users)
      .values(
        missing.map((d, i) => ({
          tenantId: c.tenantId,
          username: `dept${String(i + 1).padStart(2, '0')}`,
          displayName: `${d.shortName}经办人`,
          role: 'officer' as const,
          departmentId: d.id,
          isDepartmentHead: true,
          passwordHash: NO_LOGIN,
        })),
      )
      .returning({ id: t.users.id, departmentId: t.users.departmentId, displayName: t.users.displayName });
    for (const r of rows) officers.set(r.departmentId!, { id: r.id, name: r.displayName });
  }

  const demo = generateDemoCases({
    seed: 20241209,
    today: c.today,
    calendar: c.calendar,
    tenantId: c.tenantId,
    count: c.count,
    items: c.items,
    enterprises,
    officerOf: (departmentId) => {
      const o = officers.get(departmentId);
      if (!o) throw new Error(`demo data: no officer for department ${departmentId}`);
      return o;
    },
    desk: c.desk,
    bureauUser: c.bureauUser,
  });
  await insertBatched(demo.cases, (chunk) => tx.insert(t.cases).values(chunk));
  await insertBatched(demo.tasks, (chunk) => tx.insert(t.caseTasks).values(chunk));
  await insertBatched(demo.events, (chunk) => tx.insert(t.caseEvents).values(chunk));
  await insertBatched(demo.ratings, (chunk) => tx.insert(t.caseRatings).values(chunk));
  const counters = [...demo.lastSerialByYear].map(([year, lastValue]) => ({ tenantId: c.tenantId, year, lastValue }));
  if (counters.length) await tx.insert(t.caseNumberCounters).values(counters);
  return { cases: demo.cases.length, events: demo.events.length };
}
