import {
  hasPermission,
  qualificationKinds,
  TierRule,
  type CultivationSummary,
  type ExpiringPage,
  type ExpiringQuery,
  type Pipeline,
  type PipelineQuery,
  type Plan,
  type PlanInput,
  type PlanListQuery,
  type PlanPage,
  type PlanTaskCompletion,
  type QualificationKind,
  type TierAssessment,
  type TierLadder,
} from '@yunju/contracts';
import { z } from 'zod';
import type { Db } from '../../platform/db.ts';
import { authorize, type RequestContext } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { canSeeEnterprise } from '../enterprises/index.ts';
import { notify } from '../notifications/index.ts';
import {
  completePlan,
  completePlanTask,
  countCultivatedAcrossDepartments,
  countOpenPlans,
  countOpenTasks,
  countValidByKind,
  departmentExists,
  findPlanTask,
  findRuleSet,
  insertPlan,
  latestStats,
  listExpiringRows,
  listPlanRows,
  listPlanTaskRows,
  listProfileRows,
  saveRuleSet,
  usersOf,
  validQualifications,
  type ProfileRow,
} from './cultivation.repository.ts';
import { evaluateLadder, evaluateTier, type TierProfile } from './tier-evaluation.ts';
import { DEFAULT_TIER_RULES } from './tier-rules.ts';

const LADDER_NOTE = '各梯队条件按文件中可量化的指标、用企业档案最近一个统计年度的数据计算；评审类条件（评分、市场占有率等）不在此计算，以主管部门认定为准。';
const todayOf = (now: Date) => new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
const addMonths = (iso: string, months: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
};
const invalid = (path: string, message: string, messageEn: string) => new AppError('request.invalid', { fieldErrors: [{ path, code: 'invalid_value', message, messageEn }] });

async function rulesOf(db: Db, tenantId: string): Promise<TierRule[]> {
  const row = await findRuleSet(db, tenantId);
  if (!row) return DEFAULT_TIER_RULES;
  const parsed = z.array(TierRule).safeParse(row.rules);
  return parsed.success ? parsed.data : DEFAULT_TIER_RULES;
}

export async function getLadder(db: Db, ctx: RequestContext): Promise<TierLadder> {
  const actor = authorize(ctx, 'enterprise.read');
  return { rules: await rulesOf(db, actor.tenantId), note: LADDER_NOTE };
}

/** Replaces the county's ladder (admin). Ranks and kinds must be unique. */
export async function putLadder(db: Db, ctx: RequestContext, ladder: { rules: TierRule[] }): Promise<TierLadder> {
  const actor = authorize(ctx, 'coverage.configure');
  const kinds = new Set<string>();
  ladder.rules.forEach((r, i) => {
    if (kinds.has(r.kind)) throw invalid(`rules.${i}.kind`, `梯队 ${r.kind} 重复`, `Tier ${r.kind} appears twice`);
    kinds.add(r.kind);
  });
  const before = await rulesOf(db, actor.tenantId);
  await db.transaction(async (tx) => {
    await saveRuleSet(tx, actor.tenantId, ladder.rules);
    await recordAudit(tx, ctx, { action: 'cultivation.ladder_saved', targetType: 'cultivation_rule_set', summary: { before: before.map((r) => r.kind), after: ladder.rules } });
  });
  return { rules: ladder.rules, note: LADDER_NOTE };
}

async function profiles(db: Db, tenantId: string, asOf: string, f: { enterpriseId?: string; townCode?: string }): Promise<{ row: ProfileRow; profile: TierProfile }[]> {
  const [rows, stats, quals] = await Promise.all([listProfileRows(db, tenantId, f), latestStats(db, tenantId, f.enterpriseId), validQualifications(db, tenantId, asOf, f.enterpriseId)]);
  const statsOf = new Map(stats.map((s) => [s.enterpriseId, s]));
  const held = new Map<string, Set<string>>();
  for (const q of quals) held.set(q.enterpriseId, (held.get(q.enterpriseId) ?? new Set()).add(q.kind));
  return rows.map((row) => ({ row, profile: { foundedOn: row.foundedOn, rdInstitutionLevel: row.rdInstitutionLevel, held: held.get(row.id) ?? new Set(), stats: statsOf.get(row.id) ?? null, asOf } }));
}

/** Current tiers, the next tier with its unmet criteria and gaps, every rung evaluated. */
export async function tierAssessment(db: Db, ctx: RequestContext, enterpriseId: string, now = new Date()): Promise<TierAssessment> {
  const actor = authorize(ctx, 'enterprise.read');
  if (!canSeeEnterprise(actor, enterpriseId)) throw notFound();
  const [one] = await profiles(db, actor.tenantId, todayOf(now), { enterpriseId });
  if (!one) throw notFound();
  const ladder = evaluateLadder(await rulesOf(db, actor.tenantId), one.profile);
  const next = ladder.tiers.find((t) => t.kind === ladder.next);
  return { enterpriseId, statsYear: one.profile.stats?.year ?? null, current: ladder.current, next: ladder.next, nextUnmet: next ? next.criteria.filter((c) => !c.met) : [], tiers: ladder.tiers };
}

/** Enterprises not holding a tier, ranked by how close they are (fewest unmet criteria, then closeness). */
export async function pipeline(db: Db, ctx: RequestContext, q: PipelineQuery, now = new Date()): Promise<Pipeline> {
  const actor = authorize(ctx, 'cultivation.read');
  const rule = (await rulesOf(db, actor.tenantId)).find((r) => r.kind === q.kind);
  if (!rule) throw invalid('kind', '该资质不在梯队规则中', 'This kind is not a rung of the ladder');
  const all = await profiles(db, actor.tenantId, todayOf(now), q.town ? { townCode: q.town } : {});
  const candidates = all
    .filter((x) => !x.profile.held.has(q.kind) && x.profile.stats)
    .map((x) => ({ x, e: evaluateTier(rule, x.profile) }))
    .sort((a, b) => a.e.unmet - b.e.unmet || b.e.closeness - a.e.closeness || a.x.row.name.localeCompare(b.x.row.name, 'zh-CN'));
  return {
    kind: q.kind,
    total: candidates.length,
    items: candidates.slice(0, q.limit).map(({ x, e }) => ({ enterpriseId: x.row.id, name: x.row.name, townName: x.row.townName, unmet: e.unmet, closeness: e.closeness, unmetCriteria: e.criteria.filter((c) => !c.met) })),
  };
}

/** Certificates expiring within N months (default 6), soonest first; an enterprise sees its own. */
export async function expiring(db: Db, ctx: RequestContext, q: ExpiringQuery, now = new Date()): Promise<ExpiringPage> {
  const actor = authorize(ctx, 'enterprise.read');
  const today = todayOf(now);
  const only = hasPermission(actor.role, 'enterprise.read_all') ? undefined : (actor.enterpriseId ?? '00000000-0000-0000-0000-000000000000');
  const { rows, total } = await listExpiringRows(db, actor.tenantId, today, addMonths(today, q.months), { limit: q.pageSize, offset: (q.page - 1) * q.pageSize }, only);
  return {
    items: rows.map((r) => ({
      qualificationId: r.q.id,
      enterpriseId: r.q.enterpriseId,
      enterpriseName: r.enterpriseName,
      kind: r.q.kind as QualificationKind,
      level: r.q.level,
      certificateNo: r.q.certificateNo,
      expiresOn: r.q.expiresOn!,
      daysLeft: Math.round((Date.parse(r.q.expiresOn!) - Date.parse(today)) / 86_400_000),
    })),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}

// ───────────── plans ─────────────

async function plansOf(db: Db, rows: Awaited<ReturnType<typeof listPlanRows>>['rows']): Promise<Plan[]> {
  const tasks = await listPlanTaskRows(db, rows.map((r) => r.p.id));
  return rows.map((r) => {
    const mine = tasks.filter((t) => t.t.planId === r.p.id);
    const departments = new Set(mine.map((t) => t.t.departmentId)).size;
    return {
      id: r.p.id,
      enterpriseId: r.p.enterpriseId,
      enterpriseName: r.enterpriseName,
      targetKind: r.p.targetKind as QualificationKind,
      title: r.p.title,
      status: r.p.status,
      departments,
      acrossDepartments: r.p.status === 'completed' && departments >= 2,
      tasks: mine.map((t) => ({ id: t.t.id, departmentId: t.t.departmentId, departmentName: t.departmentName, ownerUserId: t.t.ownerUserId, title: t.t.title, dueOn: t.t.dueOn, doneAt: t.t.doneAt?.toISOString() ?? null, note: t.t.note })),
      createdAt: r.p.createdAt.toISOString(),
    };
  });
}

async function loadPlan(db: Db, tenantId: string, id: string): Promise<Plan> {
  const { rows } = await listPlanRows(db, tenantId, { id }, { limit: 1, offset: 0 });
  if (!rows.length) throw notFound();
  const [plan] = await plansOf(db, rows);
  return plan!;
}

export async function listPlans(db: Db, ctx: RequestContext, q: PlanListQuery): Promise<PlanPage> {
  const actor = authorize(ctx, 'cultivation.read');
  const { rows, total } = await listPlanRows(db, actor.tenantId, { enterpriseId: q.enterpriseId, status: q.status }, { limit: q.pageSize, offset: (q.page - 1) * q.pageSize });
  return { items: await plansOf(db, rows), total, page: q.page, pageSize: q.pageSize };
}

export async function getPlan(db: Db, ctx: RequestContext, id: string): Promise<Plan> {
  const actor = authorize(ctx, 'cultivation.read');
  return loadPlan(db, actor.tenantId, id);
}

/** A plan for one enterprise with tasks for several departments; each department's officers are notified. */
export async function createPlan(db: Db, ctx: RequestContext, input: PlanInput): Promise<Plan> {
  const actor = authorize(ctx, 'cultivation.manage');
  if (!(await listProfileRows(db, actor.tenantId, { enterpriseId: input.enterpriseId })).length) throw invalid('enterpriseId', '没有该企业', 'No such enterprise');
  const deptIds = [...new Set(input.tasks.map((t) => t.departmentId))];
  const known = await departmentExists(db, actor.tenantId, deptIds);
  input.tasks.forEach((t, i) => {
    if (!known.has(t.departmentId)) throw invalid(`tasks.${i}.departmentId`, '没有该部门', 'No such department');
  });
  const owners = await usersOf(db, actor.tenantId, input.tasks.flatMap((t) => (t.ownerUserId ? [t.ownerUserId] : [])));
  input.tasks.forEach((t, i) => {
    if (t.ownerUserId && owners.find((u) => u.id === t.ownerUserId)?.departmentId !== t.departmentId) throw invalid(`tasks.${i}.ownerUserId`, '责任人应为该部门的工作人员', 'The owner must belong to that department');
  });
  const id = await db.transaction(async (tx) => {
    const pid = await insertPlan(
      tx,
      { tenantId: actor.tenantId, enterpriseId: input.enterpriseId, targetKind: input.targetKind, title: input.title, createdBy: actor.userId },
      input.tasks.map((t) => ({ tenantId: actor.tenantId, departmentId: t.departmentId, ownerUserId: t.ownerUserId ?? null, title: t.title, dueOn: t.dueOn })),
    );
    await recordAudit(tx, ctx, { action: 'cultivation.plan_created', targetType: 'cultivation_plan', targetId: pid, summary: { after: input } });
    await notify(tx, actor.tenantId, { departmentIds: deptIds, userIds: input.tasks.flatMap((t) => (t.ownerUserId ? [t.ownerUserId] : [])) }, {
      kind: 'cultivation.plan_created',
      titleZh: `培育计划：${input.title}`,
      titleEn: `Cultivation plan: ${input.title}`,
      bodyZh: `本部门承担其中的培育任务，请按期完成。`,
      bodyEn: 'Your department has tasks in this plan.',
      link: `/cultivation/plans/${pid}`,
    });
    return pid;
  });
  return loadPlan(db, actor.tenantId, id);
}

/** Marks a plan task done (an officer of the task's department, or the bureau admin); the last one completes the plan. */
export async function completeTask(db: Db, ctx: RequestContext, planId: string, taskId: string, input: PlanTaskCompletion): Promise<Plan> {
  const actor = authorize(ctx, 'cultivation.manage');
  const task = await findPlanTask(db, actor.tenantId, planId, taskId);
  if (!task) throw notFound();
  if (!hasPermission(actor.role, 'coverage.manage_targets') && actor.departmentId !== task.departmentId) throw new AppError('auth.forbidden');
  if (task.doneAt) throw new AppError('cultivation.task_done');
  await db.transaction(async (tx) => {
    await completePlanTask(tx, taskId, actor.userId, input.note ?? null);
    const open = await countOpenTasks(tx, planId);
    if (open === 0) await completePlan(tx, planId);
    await recordAudit(tx, ctx, { action: 'cultivation.task_completed', targetType: 'cultivation_plan', targetId: planId, summary: { taskId, note: input.note ?? null, planCompleted: open === 0 } });
  });
  return loadPlan(db, actor.tenantId, planId);
}

export async function cultivationSummary(db: Db, ctx: RequestContext, now = new Date()): Promise<CultivationSummary> {
  const actor = authorize(ctx, 'cultivation.read');
  const today = todayOf(now);
  const [byKind, exp, open, across] = await Promise.all([
    countValidByKind(db, actor.tenantId, today),
    listExpiringRows(db, actor.tenantId, today, addMonths(today, 6), { limit: 1, offset: 0 }),
    countOpenPlans(db, actor.tenantId),
    countCultivatedAcrossDepartments(db, actor.tenantId),
  ]);
  const n = new Map(byKind.map((r) => [r.kind, r.n]));
  return { tiers: qualificationKinds.map((kind) => ({ kind, count: n.get(kind) ?? 0 })), expiringWithin6Months: exp.total, openPlans: open, cultivatedAcrossDepartments: across };
}
