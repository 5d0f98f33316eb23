import { caseQueues, type CasePage, type CaseQueues, type DepartmentCaseStats, type DepartmentStats, type DepartmentStatsQuery, type SupervisionQuery } from '@yunju/contracts';
import type { Db } from '../../platform/db.ts';
import { authorize, type RequestContext } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { getWorkingCalendar, todayInShanghai } from '../calendar/index.ts';
import { queueConditions } from './case-filters.ts';
import { openStatuses, runningStatuses } from './case-lifecycle.ts';
import { toCaseSummary } from './case-view.ts';
import { countCaseRowsEach, listCaseRows, listCaseRowsForStats, listDepartmentRowsOf, listOfficerRows, pageCaseRows } from './cases.repository.ts';

const QUEUE_PREVIEW = 10;

/** An officer's work queues: counts and the first cases of each, most urgent first, plus colleagues for bulk assignment. */
export async function listMyQueues(db: Db, ctx: RequestContext, now: Date): Promise<CaseQueues> {
  const actor = authorize(ctx, 'case.handle');
  if (!actor.departmentId) throw new AppError('auth.forbidden');
  const cal = await getWorkingCalendar(db);
  const today = todayInShanghai(now);
  const filters = caseQueues.map((key) => ({ tenantId: actor.tenantId, visibility: { kind: 'department' as const, departmentId: actor.departmentId! }, ...queueConditions(key, actor, cal, today) }));
  // Seven previews and one statement for the seven counts.
  const [previews, counts, colleagues] = await Promise.all([
    Promise.all(filters.map((filter) => pageCaseRows(db, filter, { limit: QUEUE_PREVIEW, offset: 0 }, 'due'))),
    countCaseRowsEach(db, filters),
    listOfficerRows(db, actor.tenantId, actor.departmentId),
  ]);
  const queues = caseQueues.map((key, i) => ({ key, count: counts[i] ?? 0, items: (previews[i] ?? []).map((r) => toCaseSummary(r, cal, today)) }));
  return { queues, colleagues };
}

/** Escalated (督办) cases not yet resolved, most overdue first (bureau admin, leader). */
export async function listSupervision(db: Db, ctx: RequestContext, q: SupervisionQuery, now: Date): Promise<CasePage> {
  const actor = authorize(ctx, 'case.supervise');
  const cal = await getWorkingCalendar(db);
  const today = todayInShanghai(now);
  const { rows, total } = await listCaseRows(
    db,
    { tenantId: actor.tenantId, visibility: { kind: 'tenant' }, escalated: true, statuses: openStatuses, leadDepartmentId: q.department },
    { limit: q.pageSize, offset: (q.page - 1) * q.pageSize },
    'due',
  );
  return { items: rows.map((r) => toCaseSummary(r, cal, today)), total, page: q.page, pageSize: q.pageSize };
}

const mean = (xs: number[]): number | null => (xs.length ? Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 100) / 100 : null);

/**
 * Per department over [from, to]: cases submitted, resolved (and on time), average working days
 * from submission to resolution (supplement pauses excluded), ratings; backlog and overdue now.
 */
export async function departmentStats(db: Db, ctx: RequestContext, q: DepartmentStatsQuery, now: Date): Promise<DepartmentStats> {
  const actor = authorize(ctx, 'case.supervise');
  const cal = await getWorkingCalendar(db);
  const today = todayInShanghai(now);
  const [departments, rows] = await Promise.all([listDepartmentRowsOf(db, actor.tenantId), listCaseRowsForStats(db, actor.tenantId, q.from, q.to, openStatuses)]);
  const inRange = (d: string) => d >= q.from && d <= q.to;
  const acc = new Map<string, { submitted: number; resolved: number; onTime: number; days: number[]; ratings: number[]; backlog: number; overdue: number }>();
  for (const d of departments) acc.set(d.id, { submitted: 0, resolved: 0, onTime: 0, days: [], ratings: [], backlog: 0, overdue: 0 });
  for (const r of rows) {
    const a = acc.get(r.leadDepartmentId);
    if (!a) continue;
    if (inRange(r.submittedOn)) a.submitted++;
    if (r.resolvedAt) {
      const resolvedOn = todayInShanghai(r.resolvedAt);
      if (inRange(resolvedOn)) {
        a.resolved++;
        if (resolvedOn <= r.dueOn) a.onTime++;
        a.days.push(Math.max(0, cal.countWorkingDays(r.submittedOn, resolvedOn) - r.pausedWorkingDays));
      }
    }
    if (r.ratingLevel !== null && r.ratedAt && inRange(todayInShanghai(r.ratedAt))) a.ratings.push(r.ratingLevel);
    if (openStatuses.includes(r.status)) a.backlog++;
    if (runningStatuses.includes(r.status) && r.dueOn < today) a.overdue++;
  }
  const items: DepartmentCaseStats[] = departments.map((d) => {
    const a = acc.get(d.id)!;
    return {
      departmentId: d.id,
      departmentName: d.name,
      submitted: a.submitted,
      resolved: a.resolved,
      resolvedOnTime: a.onTime,
      onTimeRate: a.resolved ? Math.round((a.onTime / a.resolved) * 10000) / 10000 : null,
      averageHandlingWorkingDays: mean(a.days),
      averageRating: mean(a.ratings),
      ratings: a.ratings.length,
      backlog: a.backlog,
      overdue: a.overdue,
    };
  });
  return { from: q.from, to: q.to, items };
}
