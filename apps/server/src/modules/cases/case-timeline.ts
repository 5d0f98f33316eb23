import type { CaseEventAction, CaseStatus } from '@yunju/contracts';
import type { Db } from '../../platform/db.ts';
import type { RequestContext } from '../../platform/context.ts';
import { recordAudit } from '../audit/index.ts';
import { insertCaseEvent } from './cases.repository.ts';

export interface CaseStep {
  action: CaseEventAction;
  at: Date;
  from: CaseStatus | null;
  to: CaseStatus | null;
  note?: string | null | undefined;
  data?: Record<string, unknown>;
}

/**
 * Writes one step of a case: a timeline event and an audit row, in the caller's transaction.
 * `ctx` null is the system (the escalation timer).
 */
export async function recordCaseStep(tx: Db, ctx: RequestContext | null, c: { id: string; tenantId: string; number: string }, step: CaseStep): Promise<void> {
  const actor = ctx?.actor ?? null;
  await insertCaseEvent(tx, {
    tenantId: c.tenantId,
    caseId: c.id,
    at: step.at,
    actorId: actor?.userId ?? null,
    actorName: actor?.displayName ?? '系统',
    actorRole: actor?.role ?? null,
    departmentId: actor?.departmentId ?? null,
    action: step.action,
    fromStatus: step.from,
    toStatus: step.to,
    note: step.note ?? null,
    data: step.data ?? {},
  });
  await recordAudit(tx, ctx, {
    action: `case.${step.action}`,
    targetType: 'case',
    targetId: c.id,
    tenantId: c.tenantId,
    actorName: actor ? null : 'system',
    summary: { number: c.number, from: step.from, to: step.to, ...(step.data ?? {}) },
  });
}
