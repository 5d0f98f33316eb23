import { hasPermission, type CoverageFlag, type Target, type TargetInput, type TargetList, type Task, type TaskInput, type TaskList, type TaskListQuery, type TaskUpdateInput } from '@yunju/contracts';
import type { Db } from '../../platform/db.ts';
import { authorize, type Actor, type RequestContext } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { startPeriodicJob, type JobLog, type PeriodicJob } from '../../platform/periodic.ts';
import { recordAudit } from '../audit/index.ts';
import { notify } from '../notifications/index.ts';
import { FLAG_NAMES } from './coverage-definitions.ts';
import {
  countCoveredAmong,
  countEnterprisesIn,
  countsByTown,
  findDepartment,
  findOfficer,
  findTaskRow,
  insertTarget,
  insertTask,
  listDepartmentRows,
  listTargetRows,
  listTaskRows,
  listTasksToRemind,
  listTownRows,
  updateTaskRow,
  type TargetRow,
  type TaskRow,
} from './coverage.repository.ts';

const invalid = (path: string, message: string, messageEn: string) => new AppError('request.invalid', { fieldErrors: [{ path, code: 'invalid_value', message, messageEn }] });
const todayOf = (now: Date) => new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

/** An officer manages only tasks of its own department; the bureau admin (manage_targets) any. */
function canManageDepartment(actor: Actor, departmentId: string): boolean {
  return hasPermission(actor.role, 'coverage.manage_targets') || actor.departmentId === departmentId;
}

// ───────────── targets ─────────────

/** Town: the town's rate. Department: covered share of the enterprises in its tasks on that flag. */
export async function measure(db: Db, tenantId: string, scopeType: 'town' | 'department', scopeId: string, flag: CoverageFlag, year: number): Promise<{ rate: number; total: number }> {
  if (scopeType === 'town') {
    const rows = await countsByTown(db, { tenantId, year, townId: scopeId });
    const r = rows[0];
    return { rate: r && r.total ? r[flag] / r.total : 0, total: r?.total ?? 0 };
  }
  const tasks = await listTaskRows(db, tenantId, { year, departmentId: scopeId });
  const ids = [...new Set(tasks.filter((t) => t.t.flag === flag).flatMap((t) => t.t.enterpriseIds))];
  const covered = await countCoveredAmong(db, tenantId, year, flag, ids);
  return { rate: ids.length ? covered / ids.length : 0, total: ids.length };
}

async function scopeNames(db: Db, tenantId: string): Promise<Map<string, string>> {
  const [towns, departments] = await Promise.all([listTownRows(db, tenantId), listDepartmentRows(db, tenantId)]);
  return new Map([...towns.map((t) => [t.id, t.name] as const), ...departments.map((d) => [d.id, d.name] as const)]);
}

export async function targetOf(db: Db, tenantId: string, r: TargetRow, names: Map<string, string>): Promise<Target> {
  const flag = r.flag as CoverageFlag;
  const [now, before] = await Promise.all([measure(db, tenantId, r.scopeType, r.scopeId, flag, r.year), measure(db, tenantId, r.scopeType, r.scopeId, flag, r.year - 1)]);
  return {
    id: r.id,
    year: r.year,
    scopeType: r.scopeType,
    scopeId: r.scopeId,
    scopeName: names.get(r.scopeId) ?? '',
    flag,
    targetRate: r.targetRate,
    dueOn: r.dueOn,
    actualRate: now.rate,
    baselineRate: before.total ? before.rate : null,
    met: now.rate >= r.targetRate,
  };
}

export async function listTargets(db: Db, ctx: RequestContext, year: number): Promise<TargetList> {
  const actor = authorize(ctx, 'coverage.read');
  const [rows, names] = await Promise.all([listTargetRows(db, actor.tenantId, year), scopeNames(db, actor.tenantId)]);
  return { year, items: await Promise.all(rows.map((r) => targetOf(db, actor.tenantId, r, names))) };
}

export async function createTarget(db: Db, ctx: RequestContext, input: TargetInput): Promise<Target> {
  const actor = authorize(ctx, 'coverage.manage_targets');
  const names = await scopeNames(db, actor.tenantId);
  const towns = await listTownRows(db, actor.tenantId);
  const isTown = towns.some((t) => t.id === input.scopeId);
  if (input.scopeType === 'town' ? !isTown : !(await findDepartment(db, actor.tenantId, input.scopeId))) {
    throw invalid('scopeId', input.scopeType === 'town' ? '没有该乡镇（街道）' : '没有该部门', input.scopeType === 'town' ? 'No such town' : 'No such department');
  }
  const row = await db.transaction(async (tx) => {
    const r = await insertTarget(tx, { tenantId: actor.tenantId, ...input });
    await recordAudit(tx, ctx, { action: 'coverage.target_created', targetType: 'coverage_target', targetId: r.id, summary: { after: input } });
    return r;
  });
  return targetOf(db, actor.tenantId, row, names);
}

// ───────────── tasks ─────────────

async function taskOf(db: Db, tenantId: string, r: { t: TaskRow; departmentName: string; assigneeName: string }, today: string): Promise<Task> {
  const t = r.t;
  const flag = t.flag as CoverageFlag;
  const covered = await countCoveredAmong(db, tenantId, t.year, flag, t.enterpriseIds);
  return {
    id: t.id,
    year: t.year,
    departmentId: t.departmentId,
    departmentName: r.departmentName,
    assigneeUserId: t.assigneeUserId,
    assigneeName: r.assigneeName,
    targetId: t.targetId,
    flag,
    title: t.title,
    dueOn: t.dueOn,
    status: t.status,
    enterpriseIds: t.enterpriseIds,
    covered,
    progress: t.enterpriseIds.length ? covered / t.enterpriseIds.length : 0,
    overdue: t.status === 'open' && t.dueOn < today && covered < t.enterpriseIds.length,
  };
}

export async function listTasks(db: Db, ctx: RequestContext, q: TaskListQuery, now = new Date()): Promise<TaskList> {
  const actor = authorize(ctx, 'coverage.read');
  const rows = await listTaskRows(db, actor.tenantId, { year: q.year, ...(q.mine ? { assigneeUserId: actor.userId } : {}) });
  const today = todayOf(now);
  return { items: await Promise.all(rows.map((r) => taskOf(db, actor.tenantId, r, today))) };
}

async function checkAssignee(db: Db, tenantId: string, userId: string, departmentId: string): Promise<void> {
  const u = await findOfficer(db, tenantId, userId);
  if (!u || u.departmentId !== departmentId || (u.role !== 'officer' && u.role !== 'bureau_admin')) {
    throw invalid('assigneeUserId', '承办人应为该部门的工作人员', 'The assignee must be an officer of that department');
  }
}

async function checkEnterprises(db: Db, tenantId: string, ids: string[]): Promise<string[]> {
  const unique = [...new Set(ids)];
  if ((await countEnterprisesIn(db, tenantId, unique)) !== unique.length) throw invalid('enterpriseIds', '包含不存在的企业', 'Some enterprises do not exist');
  return unique;
}

async function loadTask(db: Db, tenantId: string, id: string, today: string): Promise<Task> {
  const t = await findTaskRow(db, tenantId, id);
  if (!t) throw notFound();
  const [row] = (await listTaskRows(db, tenantId, { year: t.year, departmentId: t.departmentId })).filter((r) => r.t.id === id);
  return taskOf(db, tenantId, row!, today);
}

/** Assigns a task to an officer of a department (an officer: its own department only) and notifies the assignee. */
export async function createTask(db: Db, ctx: RequestContext, input: TaskInput, now = new Date()): Promise<Task> {
  const actor = authorize(ctx, 'coverage.manage_tasks');
  if (!(await findDepartment(db, actor.tenantId, input.departmentId))) throw invalid('departmentId', '没有该部门', 'No such department');
  if (!canManageDepartment(actor, input.departmentId)) throw new AppError('auth.forbidden');
  await checkAssignee(db, actor.tenantId, input.assigneeUserId, input.departmentId);
  const enterpriseIds = await checkEnterprises(db, actor.tenantId, input.enterpriseIds);
  const id = await db.transaction(async (tx) => {
    const r = await insertTask(tx, { tenantId: actor.tenantId, year: input.year, departmentId: input.departmentId, assigneeUserId: input.assigneeUserId, targetId: input.targetId ?? null, flag: input.flag, title: input.title, dueOn: input.dueOn, enterpriseIds, createdBy: actor.userId });
    await recordAudit(tx, ctx, { action: 'coverage.task_created', targetType: 'coverage_task', targetId: r.id, summary: { after: { ...input, enterpriseIds: enterpriseIds.length } } });
    await notify(tx, actor.tenantId, { userIds: [input.assigneeUserId] }, {
      kind: 'coverage.task_assigned',
      titleZh: `新的年度任务：${input.title}`,
      titleEn: `New yearly task: ${input.title}`,
      bodyZh: `${FLAG_NAMES[input.flag].zh}覆盖，涉及 ${enterpriseIds.length} 家企业，请于 ${input.dueOn} 前完成。`,
      bodyEn: `${FLAG_NAMES[input.flag].en} coverage, ${enterpriseIds.length} enterprises, due ${input.dueOn}.`,
      link: '/coverage/tasks',
    });
    return r.id;
  });
  return loadTask(db, actor.tenantId, id, todayOf(now));
}

/** Edits a task; an officer only of its own department; the leader never (no permission). */
export async function updateTask(db: Db, ctx: RequestContext, id: string, input: TaskUpdateInput, now = new Date()): Promise<Task> {
  const actor = authorize(ctx, 'coverage.manage_tasks');
  const task = await findTaskRow(db, actor.tenantId, id);
  if (!task) throw notFound();
  if (!canManageDepartment(actor, task.departmentId)) throw new AppError('auth.forbidden');
  if (input.assigneeUserId) await checkAssignee(db, actor.tenantId, input.assigneeUserId, task.departmentId);
  const patch: Partial<TaskRow> = {};
  if (input.title !== undefined) patch.title = input.title;
  if (input.dueOn !== undefined) patch.dueOn = input.dueOn;
  if (input.assigneeUserId !== undefined) patch.assigneeUserId = input.assigneeUserId;
  if (input.enterpriseIds !== undefined) patch.enterpriseIds = await checkEnterprises(db, actor.tenantId, input.enterpriseIds);
  if (input.status !== undefined && input.status !== task.status) {
    patch.status = input.status;
    patch.closedAt = input.status === 'closed' ? now : null;
  }
  await db.transaction(async (tx) => {
    await updateTaskRow(tx, id, patch);
    const before = Object.fromEntries(Object.keys(patch).map((k) => [k, task[k as keyof TaskRow]]));
    await recordAudit(tx, ctx, { action: 'coverage.task_updated', targetType: 'coverage_task', targetId: id, summary: { before, after: patch } });
    if (input.assigneeUserId && input.assigneeUserId !== task.assigneeUserId) {
      await notify(tx, actor.tenantId, { userIds: [input.assigneeUserId] }, { kind: 'coverage.task_assigned', titleZh: `转交给您的年度任务：${patch.title ?? task.title}`, titleEn: `Yearly task handed to you: ${patch.title ?? task.title}`, bodyZh: '', bodyEn: '', link: '/coverage/tasks' });
    }
  });
  return loadTask(db, actor.tenantId, id, todayOf(now));
}

/** Inbox reminders for open tasks due within 7 days (or overdue), once a day per task. */
export async function remindDueTasks(db: Db, now = new Date()): Promise<number> {
  const today = todayOf(now);
  const until = todayOf(new Date(now.getTime() + 7 * 86_400_000));
  const due = await listTasksToRemind(db, until, today);
  let sent = 0;
  for (const t of due) {
    const covered = await countCoveredAmong(db, t.tenantId, t.year, t.flag as CoverageFlag, t.enterpriseIds);
    await db.transaction(async (tx) => {
      await updateTaskRow(tx, t.id, { remindedOn: today });
      if (covered >= t.enterpriseIds.length) return;
      const overdue = t.dueOn < today;
      sent += await notify(tx, t.tenantId, { userIds: [t.assigneeUserId] }, {
        kind: 'coverage.task_due',
        titleZh: overdue ? `年度任务已逾期：${t.title}` : `年度任务即将到期：${t.title}`,
        titleEn: overdue ? `Yearly task overdue: ${t.title}` : `Yearly task due soon: ${t.title}`,
        bodyZh: `截止日期 ${t.dueOn}，已覆盖 ${covered}/${t.enterpriseIds.length} 家企业。`,
        bodyEn: `Due ${t.dueOn}; ${covered} of ${t.enterpriseIds.length} enterprises covered.`,
        link: '/coverage/tasks',
      });
    });
  }
  return sent;
}

export type ReminderTimer = PeriodicJob;

/** Reminds task assignees hourly (each task at most once a day); started by main.ts. */
export function startTaskReminderTimer(db: Db, log: JobLog, intervalMs = 60 * 60_000): ReminderTimer {
  return startPeriodicJob(() => remindDueTasks(db), log, intervalMs, { countKey: 'reminded', doneMsg: 'coverage task reminders sent', failedMsg: 'coverage task reminders failed' });
}
