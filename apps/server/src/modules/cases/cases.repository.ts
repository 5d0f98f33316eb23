import type { CaseChannel, CaseKind, CaseStatus, CaseTaskKind } from '@yunju/contracts';
import { aliasedTable, and, asc, count, desc, eq, gte, ilike, inArray, isNotNull, isNull, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db.ts';
import { enterprises } from '../enterprises/enterprises.table.ts';
import { users } from '../identity/identity.table.ts';
import { departments } from '../org/org.table.ts';
import { caseEvents, caseMaterials, caseNumberCounters, caseRatings, cases, caseTasks } from './cases.table.ts';

export type CaseRow = typeof cases.$inferSelect;
export type NewCaseRow = typeof cases.$inferInsert;
export type CaseTaskRow = typeof caseTasks.$inferSelect;
export type CaseMaterialRow = typeof caseMaterials.$inferSelect;
export type CaseRatingRow = typeof caseRatings.$inferSelect;

/** Who may see which cases (the service decides; the repository only filters). */
export type CaseVisibility =
  | { kind: 'tenant' }
  | { kind: 'enterprise'; enterpriseId: string }
  | { kind: 'department'; departmentId: string } // led by it or with a co-handling task of it
  | { kind: 'channel'; channel: CaseChannel };

export interface CaseRowFilter {
  tenantId: string;
  visibility: CaseVisibility;
  ids?: string[] | undefined;
  statuses?: readonly CaseStatus[] | undefined;
  kind?: CaseKind | undefined;
  channel?: CaseChannel | undefined;
  leadDepartmentId?: string | undefined;
  enterpriseId?: string | undefined;
  keyword?: string | undefined;
  submittedFrom?: string | undefined;
  submittedTo?: string | undefined;
  /** due_on < this */
  dueBefore?: string | undefined;
  /** due_on >= this */
  dueFrom?: string | undefined;
  /** Has an OPEN co-handling task of this department. */
  openCoHandlingDepartmentId?: string | undefined;
  assigneeUserId?: string | undefined;
  escalated?: boolean | undefined;
}

const assignee = aliasedTable(users, 'assignee');

const summaryColumns = {
  c: cases,
  enterpriseName: enterprises.name,
  leadDepartmentName: departments.name,
  assigneeName: assignee.displayName,
};
export type CaseSummaryRow = { c: CaseRow; enterpriseName: string; leadDepartmentName: string; assigneeName: string | null };

const coHandledBy = (departmentId: string, openOnly: boolean): SQL =>
  sql`exists (select 1 from ${caseTasks} where ${caseTasks.caseId} = ${cases.id} and ${caseTasks.departmentId} = ${departmentId} and ${caseTasks.kind} = 'co_handling'${openOnly ? sql` and ${caseTasks.status} = 'open'` : sql``})`;

/** The filter's conditions; `withinScope` leaves out tenant, visibility and lead department (already required around it). */
function whereOf(f: CaseRowFilter, withinScope = false): SQL | undefined {
  const conds: (SQL | undefined)[] = withinScope ? [] : [eq(cases.tenantId, f.tenantId)];
  const v: CaseVisibility = withinScope ? { kind: 'tenant' } : f.visibility;
  switch (v.kind) {
    case 'tenant':
      break;
    case 'enterprise':
      conds.push(eq(cases.enterpriseId, v.enterpriseId));
      break;
    case 'department':
      // Implied (and left out, so that an index on the lead department serves the query) when the
      // filter asks for cases led, or co-handled with an open task, by that department.
      if (f.leadDepartmentId !== v.departmentId && f.openCoHandlingDepartmentId !== v.departmentId) {
        conds.push(or(eq(cases.leadDepartmentId, v.departmentId), coHandledBy(v.departmentId, false)));
      }
      break;
    case 'channel':
      conds.push(eq(cases.channel, v.channel));
      break;
  }
  if (f.ids) conds.push(f.ids.length ? inArray(cases.id, f.ids) : sql`false`);
  if (f.statuses) conds.push(f.statuses.length ? inArray(cases.status, [...f.statuses]) : sql`false`);
  if (f.kind) conds.push(eq(cases.kind, f.kind));
  if (f.channel) conds.push(eq(cases.channel, f.channel));
  if (f.leadDepartmentId && !withinScope) conds.push(eq(cases.leadDepartmentId, f.leadDepartmentId));
  if (f.enterpriseId) conds.push(eq(cases.enterpriseId, f.enterpriseId));
  if (f.submittedFrom) conds.push(gte(cases.submittedOn, f.submittedFrom));
  if (f.submittedTo) conds.push(lte(cases.submittedOn, f.submittedTo));
  if (f.dueBefore) conds.push(lt(cases.dueOn, f.dueBefore));
  if (f.dueFrom) conds.push(gte(cases.dueOn, f.dueFrom));
  if (f.openCoHandlingDepartmentId) conds.push(coHandledBy(f.openCoHandlingDepartmentId, true));
  if (f.assigneeUserId) conds.push(eq(cases.assigneeUserId, f.assigneeUserId));
  if (f.escalated !== undefined) conds.push(f.escalated ? isNotNull(cases.escalatedAt) : isNull(cases.escalatedAt));
  if (f.keyword) {
    const pattern = `%${f.keyword.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conds.push(or(ilike(cases.number, pattern), ilike(cases.title, pattern), ilike(enterprises.name, pattern)));
  }
  return and(...conds);
}

/** One page of the cases matching the filter, with the names a list shows (no total); `order` 'due' puts the most urgent first. */
export async function pageCaseRows(db: Db, f: CaseRowFilter, page: { limit: number; offset: number }, order: 'recent' | 'due' = 'recent'): Promise<CaseSummaryRow[]> {
  const rows = await db
    .select(summaryColumns)
    .from(cases)
    .innerJoin(enterprises, eq(enterprises.id, cases.enterpriseId))
    .innerJoin(departments, eq(departments.id, cases.leadDepartmentId))
    .leftJoin(assignee, eq(assignee.id, cases.assigneeUserId))
    .where(whereOf(f))
    .orderBy(...(order === 'due' ? [asc(cases.dueOn), asc(cases.submittedAt)] : [desc(cases.submittedAt), desc(cases.number)]))
    .limit(page.limit)
    .offset(page.offset);
  return rows as CaseSummaryRow[];
}

/** Cases matching the filter, with the names a list shows, and how many match; `order` 'due' puts the most urgent first. */
export async function listCaseRows(db: Db, f: CaseRowFilter, page: { limit: number; offset: number }, order: 'recent' | 'due' = 'recent') {
  const [rows, total] = await Promise.all([pageCaseRows(db, f, page, order), countCaseRows(db, f)]);
  return { rows, total };
}

// Counting needs the enterprise only to match its name: every case has exactly one (foreign key,
// not null), so without a keyword the join cannot change a count and is left out.
const needsEnterprise = (f: CaseRowFilter): boolean => f.keyword !== undefined && f.keyword !== '';

export async function countCaseRows(db: Db, f: CaseRowFilter): Promise<number> {
  const where = whereOf(f);
  const [r] = needsEnterprise(f)
    ? await db.select({ n: count() }).from(cases).innerJoin(enterprises, eq(enterprises.id, cases.enterpriseId)).where(where)
    : await db.select({ n: count() }).from(cases).where(where);
  return r?.n ?? 0;
}

/**
 * How many cases match each filter, in one statement. Filters of one tenant, scope and lead
 * department that each name their statuses are counted in one pass over the cases of that
 * department in the union of those statuses (`count(*) filter (where …)` per filter); every other
 * filter gets its own scan. Same numbers as `countCaseRows` of each filter.
 */
export async function countCaseRowsEach(db: Db, filters: readonly CaseRowFilter[]): Promise<number[]> {
  if (!filters.length) return [];
  const groups = new Map<string, { scope: CaseRowFilter; members: number[] }>();
  filters.forEach((f, i) => {
    const shared = f.leadDepartmentId !== undefined && f.statuses !== undefined;
    const key = shared ? JSON.stringify([f.tenantId, f.visibility, f.leadDepartmentId]) : `#${i}`;
    const g = groups.get(key);
    if (!g) {
      groups.set(key, { scope: shared ? { tenantId: f.tenantId, visibility: f.visibility, leadDepartmentId: f.leadDepartmentId, statuses: f.statuses } : f, members: [i] });
    } else {
      g.members.push(i);
      g.scope = { ...g.scope, statuses: [...new Set([...(g.scope.statuses ?? []), ...(f.statuses ?? [])])] };
    }
  });
  const column = (i: number) => sql.identifier(`n${i}`);
  const subqueries = [...groups.values()].map((g, gi) => {
    const counts =
      g.scope === filters[g.members[0]!]
        ? [sql`count(*)::int as ${column(g.members[0]!)}`]
        : // Each member shares the group's tenant, visibility and lead department: only the rest is tested per row.
          g.members.map((i) => sql`count(*) filter (where ${whereOf(filters[i]!, true) ?? sql`true`})::int as ${column(i)}`);
    const joinEnterprise = [g.scope, ...g.members.map((i) => filters[i]!)].some(needsEnterprise)
      ? sql` inner join ${enterprises} on ${enterprises.id} = ${cases.enterpriseId}`
      : sql``;
    return sql`(select ${sql.join(counts, sql`, `)} from ${cases}${joinEnterprise} where ${whereOf(g.scope) ?? sql`true`}) as ${sql.identifier(`g${gi}`)}`;
  });
  const result = (await db.execute(sql`select * from ${sql.join(subqueries, sql` cross join `)}`)) as unknown as { rows: Record<string, unknown>[] };
  const row = result.rows[0] ?? {};
  return filters.map((_, i) => Number(row[`n${i}`] ?? 0));
}

/** One case with its display names (no scoping: the service checks scope). */
export async function findCaseSummaryRow(db: Db, tenantId: string, id: string): Promise<CaseSummaryRow | undefined> {
  const [row] = await pageCaseRows(db, { tenantId, visibility: { kind: 'tenant' }, ids: [id] }, { limit: 1, offset: 0 });
  return row;
}

/** Locks the case row for the rest of the transaction (serialises actions on one case). */
export async function lockCaseRow(tx: Db, tenantId: string, id: string): Promise<CaseRow | undefined> {
  const [row] = await tx
    .select()
    .from(cases)
    .where(and(eq(cases.tenantId, tenantId), eq(cases.id, id)))
    .for('update');
  return row;
}

/** The next case number of the tenant and year (1, 2, …), under the counter row's lock. */
export async function nextCaseSerial(tx: Db, tenantId: string, year: number): Promise<number> {
  const [r] = await tx
    .insert(caseNumberCounters)
    .values({ tenantId, year, lastValue: 1 })
    .onConflictDoUpdate({ target: [caseNumberCounters.tenantId, caseNumberCounters.year], set: { lastValue: sql`${caseNumberCounters.lastValue} + 1` } })
    .returning({ n: caseNumberCounters.lastValue });
  return r!.n;
}

export async function insertCase(tx: Db, row: NewCaseRow): Promise<CaseRow> {
  const [r] = await tx.insert(cases).values(row).returning();
  return r!;
}

export async function updateCase(tx: Db, id: string, patch: Partial<NewCaseRow>): Promise<void> {
  await tx
    .update(cases)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(cases.id, id));
}

// ——— timeline ———

export interface NewCaseEvent {
  tenantId: string;
  caseId: string;
  at: Date;
  actorId: string | null;
  actorName: string;
  actorRole: string | null;
  departmentId: string | null;
  action: string;
  fromStatus: CaseStatus | null;
  toStatus: CaseStatus | null;
  note: string | null;
  data?: Record<string, unknown>;
}

/** Appends an event; the caller holds the case row lock, so `max(seq) + 1` is safe. */
export async function insertCaseEvent(tx: Db, e: NewCaseEvent): Promise<void> {
  await tx.insert(caseEvents).values({
    ...e,
    data: e.data ?? {},
    seq: sql`(select coalesce(max(${caseEvents.seq}), 0) + 1 from ${caseEvents} where ${caseEvents.caseId} = ${e.caseId})`,
  });
}

export async function listCaseEventRows(db: Db, caseId: string) {
  return db
    .select({ e: caseEvents, departmentName: departments.name })
    .from(caseEvents)
    .leftJoin(departments, eq(departments.id, caseEvents.departmentId))
    .where(eq(caseEvents.caseId, caseId))
    .orderBy(asc(caseEvents.seq));
}

// ——— tasks ———

export async function insertCaseTask(
  tx: Db,
  t: { tenantId: string; caseId: string; departmentId: string; kind: CaseTaskKind; note: string | null; createdBy: string | null; createdAt: Date },
): Promise<CaseTaskRow> {
  const [r] = await tx.insert(caseTasks).values(t).returning();
  return r!;
}

const creator = aliasedTable(users, 'task_creator');
const completer = aliasedTable(users, 'task_completer');

export async function listCaseTaskRows(db: Db, caseId: string) {
  return db
    .select({ t: caseTasks, departmentName: departments.name, createdByName: creator.displayName, completedByName: completer.displayName })
    .from(caseTasks)
    .innerJoin(departments, eq(departments.id, caseTasks.departmentId))
    .leftJoin(creator, eq(creator.id, caseTasks.createdBy))
    .leftJoin(completer, eq(completer.id, caseTasks.completedBy))
    .where(eq(caseTasks.caseId, caseId))
    .orderBy(asc(caseTasks.createdAt), asc(caseTasks.id));
}

export async function findCaseTaskRow(db: Db, caseId: string, taskId: string): Promise<CaseTaskRow | undefined> {
  const [r] = await db
    .select()
    .from(caseTasks)
    .where(and(eq(caseTasks.caseId, caseId), eq(caseTasks.id, taskId)));
  return r;
}

export async function completeCaseTask(tx: Db, taskId: string, by: string, at: Date, resultNote: string): Promise<void> {
  await tx.update(caseTasks).set({ status: 'done', completedBy: by, completedAt: at, resultNote }).where(eq(caseTasks.id, taskId));
}

/** Open tasks of the case: all, and those of one department. */
export async function countOpenCaseTasks(db: Db, caseId: string, departmentId: string | null): Promise<{ all: number; own: number }> {
  const [r] = await db
    .select({
      all: count(),
      own: sql<number>`count(*) filter (where ${caseTasks.departmentId} = ${departmentId ?? '00000000-0000-0000-0000-000000000000'})::int`,
    })
    .from(caseTasks)
    .where(and(eq(caseTasks.caseId, caseId), eq(caseTasks.status, 'open')));
  return { all: r?.all ?? 0, own: r?.own ?? 0 };
}

/** Whether the department has (or had) a co-handling task on the case. */
export async function hasCoHandlingTask(db: Db, caseId: string, departmentId: string): Promise<boolean> {
  const [r] = await db
    .select({ n: count() })
    .from(caseTasks)
    .where(and(eq(caseTasks.caseId, caseId), eq(caseTasks.departmentId, departmentId), eq(caseTasks.kind, 'co_handling')));
  return (r?.n ?? 0) > 0;
}

// ——— materials and ratings ———

export async function insertCaseMaterials(tx: Db, rows: (typeof caseMaterials.$inferInsert)[]): Promise<void> {
  if (rows.length) await tx.insert(caseMaterials).values(rows);
}

export async function listCaseMaterialRows(db: Db, caseId: string) {
  return db
    .select({ m: caseMaterials, uploadedByName: users.displayName })
    .from(caseMaterials)
    .leftJoin(users, eq(users.id, caseMaterials.uploadedBy))
    .where(eq(caseMaterials.caseId, caseId))
    .orderBy(asc(caseMaterials.uploadedAt), asc(caseMaterials.name));
}

export async function findCaseMaterialRow(db: Db, caseId: string, materialId: string): Promise<CaseMaterialRow | undefined> {
  const [r] = await db
    .select()
    .from(caseMaterials)
    .where(and(eq(caseMaterials.caseId, caseId), eq(caseMaterials.id, materialId)));
  return r;
}

/** Attachment ids already attached to some case (an attachment belongs to one case). */
export async function listAttachedAttachmentIds(db: Db, tenantId: string, attachmentIds: string[]): Promise<string[]> {
  if (!attachmentIds.length) return [];
  const rows = await db
    .select({ id: caseMaterials.attachmentId })
    .from(caseMaterials)
    .where(and(eq(caseMaterials.tenantId, tenantId), inArray(caseMaterials.attachmentId, attachmentIds)));
  return rows.map((r) => r.id);
}

export async function insertCaseRating(tx: Db, r: typeof caseRatings.$inferInsert): Promise<void> {
  await tx.insert(caseRatings).values(r);
}

export async function findCaseRatingRow(db: Db, caseId: string) {
  const [r] = await db
    .select({ r: caseRatings, ratedByName: users.displayName })
    .from(caseRatings)
    .leftJoin(users, eq(users.id, caseRatings.ratedBy))
    .where(eq(caseRatings.caseId, caseId));
  return r;
}

// ——— people and departments ———

export async function findDepartmentRow(db: Db, tenantId: string, id: string) {
  const [r] = await db
    .select({ id: departments.id, name: departments.name, isBureau: departments.isBureau })
    .from(departments)
    .where(and(eq(departments.tenantId, tenantId), eq(departments.id, id)));
  return r;
}

export async function findBureauDepartmentRow(db: Db, tenantId: string) {
  const [r] = await db
    .select({ id: departments.id, name: departments.name })
    .from(departments)
    .where(and(eq(departments.tenantId, tenantId), eq(departments.isBureau, true)))
    .orderBy(asc(departments.code))
    .limit(1);
  return r;
}

export async function listDepartmentRowsOf(db: Db, tenantId: string) {
  return db.select({ id: departments.id, name: departments.name }).from(departments).where(eq(departments.tenantId, tenantId)).orderBy(asc(departments.code));
}

export async function findEnterpriseRowOf(db: Db, tenantId: string, id: string) {
  const [r] = await db
    .select({ id: enterprises.id, name: enterprises.name })
    .from(enterprises)
    .where(and(eq(enterprises.tenantId, tenantId), eq(enterprises.id, id)));
  return r;
}

/** Active officers of a department (assignment targets). */
export async function listOfficerRows(db: Db, tenantId: string, departmentId: string) {
  return db
    .select({ id: users.id, displayName: users.displayName })
    .from(users)
    .where(and(eq(users.tenantId, tenantId), eq(users.departmentId, departmentId), eq(users.role, 'officer'), eq(users.isActive, true)))
    .orderBy(asc(users.displayName), asc(users.id));
}

// ——— escalation and statistics ———

/** Open, running cases of every tenant past their due date and not yet escalated, locked for update. */
export async function lockOverdueUnescalatedRows(tx: Db, today: string, statuses: readonly CaseStatus[], limit: number): Promise<CaseRow[]> {
  return tx
    .select()
    .from(cases)
    .where(and(inArray(cases.status, [...statuses]), lt(cases.dueOn, today), isNull(cases.escalatedAt)))
    .orderBy(asc(cases.dueOn), asc(cases.id))
    .limit(limit)
    .for('update', { skipLocked: true });
}

/** The cases a department report over [from, to] needs: submitted or resolved in the range, or open now. */
export async function listCaseRowsForStats(db: Db, tenantId: string, from: string, to: string, openStatuses: readonly CaseStatus[]) {
  const dayStart = (d: string) => new Date(`${d}T00:00:00+08:00`);
  const toExclusive = new Date(dayStart(to).getTime() + 86_400_000);
  return db
    .select({
      leadDepartmentId: cases.leadDepartmentId,
      status: cases.status,
      submittedOn: cases.submittedOn,
      resolvedAt: cases.resolvedAt,
      dueOn: cases.dueOn,
      pausedWorkingDays: cases.pausedWorkingDays,
      ratingLevel: caseRatings.level,
      ratedAt: caseRatings.ratedAt,
    })
    .from(cases)
    .leftJoin(caseRatings, eq(caseRatings.caseId, cases.id))
    .where(
      and(
        eq(cases.tenantId, tenantId),
        or(
          and(gte(cases.submittedOn, from), lte(cases.submittedOn, to)),
          and(gte(cases.resolvedAt, dayStart(from)), lt(cases.resolvedAt, toExclusive)),
          and(gte(caseRatings.ratedAt, dayStart(from)), lt(caseRatings.ratedAt, toExclusive)),
          inArray(cases.status, [...openStatuses]),
        ),
      ),
    );
}

/**
 * The platform's outcome counters, counted from case rows (never typed in): open and overdue
 * cases, escalated ones still open, cases resolved and resolved on time, enterprises served.
 * `enterpriseId` narrows them to one enterprise.
 */
export async function countCaseOutcomes(db: Db, tenantId: string, today: string, enterpriseId?: string) {
  const conds: SQL[] = [eq(cases.tenantId, tenantId)];
  if (enterpriseId) conds.push(eq(cases.enterpriseId, enterpriseId));
  const open = sql`${cases.status} in ('submitted', 'accepted', 'in_progress', 'supplement_requested')`;
  const resolved = sql`${cases.resolvedAt} is not null`;
  const [r] = await db
    .select({
      open: sql<number>`count(*) filter (where ${open})::int`,
      overdue: sql<number>`count(*) filter (where ${open} and ${cases.status} <> 'supplement_requested' and ${cases.dueOn} < ${today}::date)::int`,
      escalatedOpen: sql<number>`count(*) filter (where ${open} and ${cases.escalatedAt} is not null)::int`,
      resolved: sql<number>`count(*) filter (where ${resolved})::int`,
      resolvedOnTime: sql<number>`count(*) filter (where ${resolved} and (${cases.resolvedAt} at time zone 'Asia/Shanghai')::date <= ${cases.dueOn})::int`,
      enterprisesServed: sql<number>`count(distinct ${cases.enterpriseId}) filter (where ${resolved})::int`,
    })
    .from(cases)
    .where(and(...conds));
  return r ?? { open: 0, overdue: 0, escalatedOpen: 0, resolved: 0, resolvedOnTime: 0, enterprisesServed: 0 };
}
