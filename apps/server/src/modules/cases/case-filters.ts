import type { CaseFilter, CaseQueue, CaseStatus } from '@yunju/contracts';
import type { Actor } from '../../platform/context.ts';
import { openStatuses, runningStatuses } from './case-lifecycle.ts';
import { dueSoonRange, type DeadlineCalendar } from './case-sla.ts';
import { visibilityOf } from './case-scope.ts';
import type { CaseRowFilter } from './cases.repository.ts';

const NOBODY = '00000000-0000-0000-0000-000000000000';

/** Statuses allowed by every given list (undefined = any). */
function intersect(...lists: (readonly CaseStatus[] | undefined)[]): readonly CaseStatus[] | undefined {
  let out: readonly CaseStatus[] | undefined;
  for (const l of lists) if (l) out = out ? out.filter((s) => l.includes(s)) : l;
  return out;
}

type Conditions = Omit<CaseRowFilter, 'tenantId' | 'visibility'>;

/** The conditions of a deadline state as of `today` (paused, due soon, overdue). */
function slaConditions(sla: 'due_soon' | 'overdue' | 'paused', cal: DeadlineCalendar, today: string): Conditions {
  switch (sla) {
    case 'paused':
      return { statuses: ['supplement_requested'] };
    case 'overdue':
      return { statuses: runningStatuses, dueBefore: today };
    case 'due_soon': {
      const range = dueSoonRange(cal, today);
      return range ? { statuses: runningStatuses, dueFrom: range.from, dueBefore: range.before } : { statuses: [] };
    }
  }
}

/** The conditions of an officer's queue (the caller's department; `assigned_to_me` the caller). */
export function queueConditions(queue: CaseQueue, actor: Actor, cal: DeadlineCalendar, today: string): Conditions {
  const dept = actor.departmentId ?? NOBODY;
  switch (queue) {
    case 'to_accept':
      return { leadDepartmentId: dept, statuses: ['submitted'] };
    case 'in_progress':
      return { leadDepartmentId: dept, statuses: ['accepted', 'in_progress'] };
    case 'co_handling':
      return { openCoHandlingDepartmentId: dept };
    case 'due_soon':
      return { leadDepartmentId: dept, ...slaConditions('due_soon', cal, today) };
    case 'overdue':
      return { leadDepartmentId: dept, ...slaConditions('overdue', cal, today) };
    case 'returned':
      return { leadDepartmentId: dept, statuses: ['supplement_requested'] };
    case 'assigned_to_me':
      return { assigneeUserId: actor.userId, statuses: openStatuses };
  }
}

/** The repository filter of a list request: the caller's scope AND every given condition. */
export function caseRowFilterOf(actor: Actor, f: CaseFilter, cal: DeadlineCalendar, today: string): CaseRowFilter {
  const sla = f.sla ? slaConditions(f.sla, cal, today) : {};
  const queue = f.queue ? queueConditions(f.queue, actor, cal, today) : {};
  const dueFrom = [sla.dueFrom, queue.dueFrom].filter((d): d is string => d !== undefined).sort().at(-1);
  const dueBefore = [sla.dueBefore, queue.dueBefore].filter((d): d is string => d !== undefined).sort()[0];
  return {
    tenantId: actor.tenantId,
    visibility: visibilityOf(actor),
    statuses: intersect(f.status ? [f.status] : undefined, sla.statuses, queue.statuses),
    kind: f.kind,
    channel: f.channel,
    leadDepartmentId: f.department ?? queue.leadDepartmentId,
    // Both a department filter and a queue of another department: nothing matches.
    ...(f.department && queue.leadDepartmentId && f.department !== queue.leadDepartmentId ? { ids: [] } : {}),
    enterpriseId: f.enterprise,
    keyword: f.keyword,
    submittedFrom: f.from,
    submittedTo: f.to,
    dueFrom,
    dueBefore,
    openCoHandlingDepartmentId: queue.openCoHandlingDepartmentId,
    assigneeUserId: queue.assigneeUserId,
  };
}
