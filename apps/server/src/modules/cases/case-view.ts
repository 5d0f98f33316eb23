import type { CaseSummary } from '@yunju/contracts';
import { slaOf, type DeadlineCalendar } from './case-sla.ts';
import type { CaseSummaryRow } from './cases.repository.ts';

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

/** A case row as lists show it, with its deadline state as of `today`. */
export function toCaseSummary(r: CaseSummaryRow, cal: DeadlineCalendar, today: string): CaseSummary {
  const c = r.c;
  return {
    id: c.id,
    number: c.number,
    kind: c.kind,
    title: c.title,
    enterpriseId: c.enterpriseId,
    enterpriseName: r.enterpriseName,
    itemId: c.itemId,
    itemVersion: c.itemVersion,
    resourceId: c.resourceId,
    channel: c.channel,
    status: c.status,
    leadDepartmentId: c.leadDepartmentId,
    leadDepartmentName: r.leadDepartmentName,
    assigneeUserId: c.assigneeUserId,
    assigneeName: r.assigneeName,
    submittedOn: c.submittedOn,
    submittedAt: c.submittedAt.toISOString(),
    acceptedAt: iso(c.acceptedAt),
    resolvedAt: iso(c.resolvedAt),
    closedAt: iso(c.closedAt),
    promisedDays: c.promisedDays,
    dueOn: c.dueOn,
    pausedSince: c.pausedSince,
    pausedWorkingDays: c.pausedWorkingDays,
    escalatedAt: iso(c.escalatedAt),
    reopenCount: c.reopenCount,
    ...slaOf(cal, c, today),
  };
}
