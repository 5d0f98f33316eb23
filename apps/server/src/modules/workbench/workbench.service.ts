import type { Workbench, WorkbenchStat } from '@yunju/contracts';
import type { Db } from '../../platform/db.ts';
import { authorize, type RequestContext } from '../../platform/context.ts';
import { countAuditRowsSince, listAudit } from '../audit/index.ts';
import { todayInShanghai } from '../calendar/index.ts';
import { countCaseOutcomes } from '../cases/index.ts';
import { countResources, countServiceItems } from '../catalogue/index.ts';
import { countEnterprises, countEnterprisesByTown, countQualificationsByKind, getEnterprise } from '../enterprises/index.ts';
import { countUsers } from '../identity/index.ts';
import { countDepartments, countTowns } from '../org/index.ts';
import { countExperts, countTalents } from '../talent/index.ts';
import { outcomeTotals, talentEngagementCounts } from '../matching/index.ts';

const stat = (key: string, value: number, to: string | null = null, tone: WorkbenchStat['tone'] = 'default'): WorkbenchStat => ({ key, value, to, tone });

/** Start of today in Asia/Shanghai. */
function startOfTodayShanghai(now = new Date()): Date {
  const shanghai = new Date(now.getTime() + 8 * 3600_000);
  return new Date(Date.UTC(shanghai.getUTCFullYear(), shanghai.getUTCMonth(), shanghai.getUTCDate()) - 8 * 3600_000);
}

/** What needs the caller now, per role; every figure is counted from records. */
export async function getWorkbench(db: Db, ctx: RequestContext): Promise<Workbench> {
  const actor = authorize(ctx, 'workbench.read');
  const t = actor.tenantId;
  const base: Workbench = { role: actor.role, stats: [], enterprisesByTown: [], tiers: [], enterprise: null, recentAudit: [] };

  switch (actor.role) {
    case 'bureau_admin':
    case 'leader': {
      const [departments, towns, items, res, ents, above, experts, talents, users, tiers, byTown, auditToday] = await Promise.all([
        countDepartments(db, t),
        countTowns(db, t),
        countServiceItems(db, t),
        countResources(db, t),
        countEnterprises(db, t),
        countEnterprises(db, t, true),
        countExperts(db, t),
        countTalents(db, t),
        countUsers(db, t),
        countQualificationsByKind(db, t),
        countEnterprisesByTown(db, t),
        countAuditRowsSince(db, t, startOfTodayShanghai()),
      ]);
      const highTech = tiers.find((x) => x.kind === 'high_tech')?.value ?? 0;
      const outcomes = await countCaseOutcomes(db, t, todayInShanghai());
      const onTimeRate = outcomes.resolved ? Math.round((outcomes.resolvedOnTime / outcomes.resolved) * 1000) / 10 : 0;
      base.stats = [
        stat('casesOpen', outcomes.open, '/cases', 'processing'),
        stat('casesOverdue', outcomes.overdue, '/supervision', outcomes.overdue ? 'error' : 'success'),
        stat('casesResolved', outcomes.resolved, '/cases/stats', 'success'),
        stat('onTimeRate', onTimeRate, '/cases/stats', onTimeRate >= 95 ? 'success' : 'warning'),
        stat('enterprisesServed', outcomes.enterprisesServed, '/cases/stats'),
        stat('departments', departments),
        stat('serviceItems', items),
        stat('resources', res),
        stat('enterprises', ents, '/enterprises', 'processing'),
        stat('aboveScaleEnterprises', above, '/enterprises?aboveScale=true'),
        stat('highTechEnterprises', highTech, '/enterprises?qualification=high_tech', 'success'),
        stat('experts', experts),
        stat('talents', talents),
        stat('towns', towns),
      ];
      // Matching outcomes (issue 4), counted from records; each links to the records behind it.
      const m = await outcomeTotals(db, t);
      base.stats.push(
        stat('matchProblemsSolved', m.problems_solved, '/matching/outcomes?metric=problems_solved', 'success'),
        stat('matchIurProjects', m.iur_projects, '/matching/outcomes?metric=iur_projects', 'success'),
        stat('matchContractValue', m.contract_value, '/matching/outcomes?metric=contract_value'),
        stat('matchTalentsMatched', m.talents_matched, '/matching/outcomes?metric=talents_matched', 'success'),
        stat('matchEnterprisesServed', m.enterprises_served, '/matching/outcomes?metric=enterprises_served'),
      );
      if (actor.role === 'bureau_admin') base.stats.push(stat('users', users), stat('auditToday', auditToday, '/audit'));
      base.tiers = tiers;
      base.enterprisesByTown = byTown;
      const recent = await listAudit(db, ctx, { page: 1, pageSize: 8 });
      base.recentAudit = recent.items.map((r) => ({ at: r.at, action: r.action, actorName: r.actorName }));
      return base;
    }
    case 'officer':
    case 'desk': {
      const dept = actor.departmentId ?? undefined;
      const [myItems, myRes, items, ents] = await Promise.all([
        dept ? countServiceItems(db, t, dept) : Promise.resolve(0),
        dept ? countResources(db, t, dept) : Promise.resolve(0),
        countServiceItems(db, t),
        countEnterprises(db, t),
      ]);
      base.stats = actor.role === 'officer'
        ? [stat('myDepartmentItems', myItems), stat('myDepartmentResources', myRes), stat('enterprises', ents, '/enterprises')]
        : [stat('serviceItems', items), stat('enterprises', ents, '/enterprises')];
      return base;
    }
    case 'enterprise': {
      const [items, res] = await Promise.all([countServiceItems(db, t), countResources(db, t)]);
      base.stats = [stat('serviceItems', items, '/hall'), stat('resources', res, '/hall')];
      if (actor.enterpriseId) {
        const mine = await countCaseOutcomes(db, t, todayInShanghai(), actor.enterpriseId);
        base.stats.unshift(stat('myOpenCases', mine.open, '/cases', 'processing'), stat('myResolvedCases', mine.resolved, '/cases', 'success'));
        const e = await getEnterprise(db, ctx, actor.enterpriseId);
        base.enterprise = { id: e.id, name: e.name, creditCode: e.creditCode, townName: e.townName, industryName: e.industryName, qualifications: e.qualifications };
      }
      return base;
    }
    case 'expert': {
      const [items, res] = await Promise.all([countServiceItems(db, t), countResources(db, t)]);
      base.stats = [stat('serviceItems', items), stat('resources', res)];
      return base;
    }
    case 'notary':
      base.stats = [stat('pendingDeposits', 0, null, 'warning')];
      return base;
    case 'talent': {
      const mine = actor.talentId ? await talentEngagementCounts(db, t, actor.talentId) : { awaitingAnswer: 0, open: 0 };
      base.stats = [
        stat('myContactRequests', mine.awaitingAnswer, '/matching/engagements?status=contact_requested', mine.awaitingAnswer ? 'warning' : 'default'),
        stat('myOpenEngagements', mine.open, '/matching/engagements', 'processing'),
      ];
      return base;
    }
  }
}
