import type { Db } from '../../platform/db.ts';
import { startPeriodicJob, type JobLog, type PeriodicJob } from '../../platform/periodic.ts';
import { todayInShanghai } from '../calendar/index.ts';
import { notify } from '../notifications/index.ts';
import { runningStatuses } from './case-lifecycle.ts';
import { caseNotice } from './case-notices.ts';
import { recordCaseStep } from './case-timeline.ts';
import { lockOverdueUnescalatedRows, updateCase } from './cases.repository.ts';

const BATCH = 200;

/**
 * Escalates (督办) every open, running case of every county that is past its due date and not yet
 * escalated: sets `escalated_at`, writes a timeline event and an audit row, and notifies the
 * lead department's heads and the bureau administrators. Idempotent (an escalated case is never
 * picked again); runs every 10 minutes from the server and as `yunju cases escalate`.
 * Returns the number of cases escalated.
 */
export async function runEscalation(db: Db, now: Date): Promise<number> {
  const today = todayInShanghai(now);
  let total = 0;
  for (;;) {
    const n = await db.transaction(async (tx) => {
      const rows = await lockOverdueUnescalatedRows(tx, today, runningStatuses, BATCH);
      for (const c of rows) {
        await updateCase(tx, c.id, { escalatedAt: now });
        await recordCaseStep(tx, null, c, { action: 'escalate', at: now, from: c.status, to: c.status, data: { dueOn: c.dueOn, today } });
        await notify(tx, c.tenantId, { departmentHeadIds: [c.leadDepartmentId], roles: ['bureau_admin'] }, caseNotice('case.escalated', c));
      }
      return rows.length;
    });
    total += n;
    if (n < BATCH) return total;
  }
}

export type EscalationTimer = PeriodicJob;

/** Runs `runEscalation` now and every `intervalMs` (default 10 minutes), never two at once; failures are logged, not thrown. */
export function startEscalationTimer(db: Db, log: JobLog, intervalMs = 10 * 60_000): EscalationTimer {
  return startPeriodicJob(() => runEscalation(db, new Date()), log, intervalMs, { countKey: 'escalated', doneMsg: 'overdue cases escalated', failedMsg: 'case escalation failed' });
}
