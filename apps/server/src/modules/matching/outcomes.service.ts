import type { OutcomeDimension, OutcomeMetric, OutcomeQuery, OutcomeRecord, OutcomeRecordPage, OutcomeRecordsQuery, OutcomeTable, OutcomeValues } from '@yunju/contracts';
import type { Db } from '../../platform/db.ts';
import { authorize, type RequestContext } from '../../platform/context.ts';
import { listOutcomeFacts, type OutcomeFact } from './matching.repository.ts';

/**
 * Outcome counters, counted from records (never stored): problems solved (engagements of
 * technical problems confirmed solved by the enterprise), talents matched (hires), IUR projects
 * brokered (agreements) and their contract value, enterprises served (distinct enterprises with
 * any of these). A solved problem and a hire count in the month (Beijing time) they happened; an
 * agreement in the month it was signed. Department: the brokering department of the demand.
 */

const SHANGHAI_MS = 8 * 3600_000;
const dayOf = (f: OutcomeFact): string => f.signedOn ?? new Date(f.at.getTime() + SHANGHAI_MS).toISOString().slice(0, 10);

function keyOf(f: OutcomeFact, by: OutcomeDimension): { key: string; label: string } {
  switch (by) {
    case 'month': {
      const m = dayOf(f).slice(0, 7);
      return { key: m, label: m };
    }
    case 'department':
      return { key: f.departmentId ?? 'none', label: f.departmentName ?? '未指定部门' };
    case 'town':
      return { key: f.townCode ?? 'none', label: f.townName ?? '未知乡镇' };
    case 'industry':
      return { key: f.industryCode, label: f.industryName ?? f.industryCode };
  }
}

/** Does this fact count for the metric? */
function countsFor(f: OutcomeFact, metric: OutcomeMetric): boolean {
  switch (metric) {
    case 'problems_solved':
      return f.metric === 'solved' && f.demandKind === 'problem';
    case 'talents_matched':
      return f.metric === 'hired';
    case 'iur_projects':
    case 'contract_value':
      return f.metric === 'agreement';
    case 'enterprises_served':
      return true;
  }
}

function inRange(f: OutcomeFact, from?: string, to?: string): boolean {
  const day = dayOf(f);
  return (!from || day >= from) && (!to || day <= to);
}

function valuesOf(facts: OutcomeFact[]): OutcomeValues {
  return {
    problems_solved: facts.filter((f) => countsFor(f, 'problems_solved')).length,
    talents_matched: facts.filter((f) => countsFor(f, 'talents_matched')).length,
    iur_projects: facts.filter((f) => countsFor(f, 'iur_projects')).length,
    contract_value: facts.filter((f) => f.metric === 'agreement').reduce((s, f) => s + (f.amountYuan ?? 0), 0),
    enterprises_served: new Set(facts.map((f) => f.enterpriseId)).size,
  };
}

export async function outcomeTable(db: Db, ctx: RequestContext, q: OutcomeQuery): Promise<OutcomeTable> {
  const actor = authorize(ctx, 'match.outcomes');
  const facts = (await listOutcomeFacts(db, actor.tenantId)).filter((f) => inRange(f, q.from, q.to));
  const groups = new Map<string, { label: string; facts: OutcomeFact[] }>();
  for (const f of facts) {
    const k = keyOf(f, q.by);
    const g = groups.get(k.key) ?? { label: k.label, facts: [] };
    g.facts.push(f);
    groups.set(k.key, g);
  }
  const rows = [...groups.entries()].map(([key, g]) => ({ key, label: g.label, values: valuesOf(g.facts) }));
  rows.sort((a, b) => (q.by === 'month' ? a.key.localeCompare(b.key) : b.values.problems_solved - a.values.problems_solved || a.key.localeCompare(b.key)));
  return { by: q.by, rows, totals: valuesOf(facts) };
}

/** Outcome totals for the workbench cards (same counting as the table). */
export async function outcomeTotals(db: Db, tenantId: string, from?: string, to?: string): Promise<OutcomeValues> {
  return valuesOf((await listOutcomeFacts(db, tenantId)).filter((f) => inRange(f, from, to)));
}

/** The records behind one cell (or a total): one row per outcome; `enterprises_served` lists every outcome of the served enterprises. */
export async function outcomeRecords(db: Db, ctx: RequestContext, q: OutcomeRecordsQuery): Promise<OutcomeRecordPage> {
  const actor = authorize(ctx, 'match.outcomes');
  const by = q.by;
  const facts = (await listOutcomeFacts(db, actor.tenantId))
    .filter((f) => inRange(f, q.from, q.to) && countsFor(f, q.metric) && (!by || q.key === undefined || keyOf(f, by).key === q.key))
    .sort((a, b) => dayOf(b).localeCompare(dayOf(a)) || b.at.getTime() - a.at.getTime() || a.engagementId.localeCompare(b.engagementId));
  const items: OutcomeRecord[] = facts.slice((q.page - 1) * q.pageSize, q.page * q.pageSize).map((f) => ({
    engagementId: f.engagementId,
    demandId: f.demandId,
    demandNumber: f.demandNumber,
    demandTitle: f.demandTitle,
    enterpriseId: f.enterpriseId,
    enterpriseName: f.enterpriseName,
    candidateName: f.candidateName,
    status: f.status,
    at: f.signedOn ? new Date(`${f.signedOn}T00:00:00+08:00`).toISOString() : f.at.toISOString(),
    amountYuan: f.amountYuan,
  }));
  return { items, total: facts.length, page: q.page, pageSize: q.pageSize };
}
