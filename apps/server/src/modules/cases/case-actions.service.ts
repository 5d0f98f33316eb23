import type { BulkAssignInput, BulkAssignResult, CaseActionInput, CaseDetail } from '@yunju/contracts';
import type { Db } from '../../platform/db.ts';
import { authorize, type Actor, type RequestContext } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { getWorkingCalendar, todayInShanghai } from '../calendar/index.ts';
import { getServiceItem, getServiceItemVersion } from '../catalogue/index.ts';
import { notify } from '../notifications/index.ts';
import { decide, isBadRating } from './case-lifecycle.ts';
import { checkMaterials, fieldError, throwIfInvalid } from './case-materials.ts';
import { caseNotice, ratingLabels, type CaseRef } from './case-notices.ts';
import { dueOnOf, pausedWorkingDaysOf, type DeadlineCalendar } from './case-sla.ts';
import { partyOf, permissionFor } from './case-scope.ts';
import { recordCaseStep, type CaseStep } from './case-timeline.ts';
import { factsOf, getCaseAfterAction } from './cases.service.ts';
import {
  completeCaseTask,
  findCaseTaskRow,
  findDepartmentRow,
  insertCaseMaterials,
  insertCaseRating,
  insertCaseTask,
  listCaseTaskRows,
  listOfficerRows,
  lockCaseRow,
  updateCase,
  type CaseRow,
  type NewCaseRow,
} from './cases.repository.ts';

interface Effect {
  patch: Partial<NewCaseRow>;
  step: Omit<CaseStep, 'action' | 'at' | 'from' | 'to'>;
}

const invalid = (path: string, code: string, message: string, messageEn: string) => new AppError('request.invalid', { fieldErrors: [fieldError(path, code, message, messageEn)] });

async function requireOtherDepartment(tx: Db, c: CaseRow, departmentId: string): Promise<{ id: string; name: string }> {
  const dept = await findDepartmentRow(tx, c.tenantId, departmentId);
  if (!dept) throw invalid('departmentId', 'not_found', '部门不存在', 'No such department');
  if (dept.id === c.leadDepartmentId) throw invalid('departmentId', 'is_lead', '该部门已是牵头部门', 'That department already leads the case');
  return dept;
}

/** Opens co-handling tasks for the item's co-departments (多跨协同) when a case is accepted. */
async function openItemCoHandling(tx: Db, actor: Actor, c: CaseRow, now: Date): Promise<string[]> {
  if (!c.itemId || c.itemVersion === null) return [];
  const item = await getServiceItemVersion(tx, c.tenantId, c.itemId, c.itemVersion);
  const existing = new Set((await listCaseTaskRows(tx, c.id)).filter((t) => t.t.kind === 'co_handling' && t.t.status === 'open').map((t) => t.t.departmentId));
  const depts = [...new Set(item.coDepartmentIds)].filter((d) => d !== c.leadDepartmentId && !existing.has(d));
  for (const departmentId of depts) {
    await insertCaseTask(tx, { tenantId: c.tenantId, caseId: c.id, departmentId, kind: 'co_handling', note: '按事项清单协同办理', createdBy: actor.userId, createdAt: now });
  }
  return depts;
}

/** The row changes, timeline details and notices of one action (the state machine already allowed it). */
async function applyAction(tx: Db, actor: Actor, c: CaseRow, input: CaseActionInput, cal: DeadlineCalendar, today: string, now: Date): Promise<Effect> {
  const tenantId = c.tenantId;
  const ref = (patch: Partial<NewCaseRow> = {}): CaseRef => ({ id: c.id, number: c.number, title: c.title, dueOn: patch.dueOn ?? c.dueOn });
  const toEnterprise = { enterpriseIds: [c.enterpriseId] };
  const toLead = { departmentIds: [c.leadDepartmentId] };
  switch (input.action) {
    case 'accept': {
      const coDepartments = await openItemCoHandling(tx, actor, c, now);
      await notify(tx, tenantId, toEnterprise, caseNotice('case.accepted', ref()));
      if (coDepartments.length) await notify(tx, tenantId, { departmentIds: coDepartments }, caseNotice('case.co_handler_added', ref()));
      return { patch: { acceptedAt: now }, step: { note: input.note, data: { coDepartmentIds: coDepartments } } };
    }
    case 'reject':
      await notify(tx, tenantId, toEnterprise, caseNotice('case.rejected', ref(), input.reason));
      return { patch: {}, step: { note: input.reason } };
    case 'start':
      return { patch: c.assigneeUserId ? {} : { assigneeUserId: actor.userId }, step: { note: input.note } };
    case 'request_supplement':
      await notify(tx, tenantId, toEnterprise, caseNotice('case.supplement_requested', ref(), input.note));
      return { patch: { resumeStatus: c.status, pausedSince: today }, step: { note: input.note, data: { materials: input.materials ?? [] } } };
    case 'supplement': {
      throwIfInvalid(await checkMaterials(tx, actor, input.materials, null));
      const paused = pausedWorkingDaysOf(cal, c.pausedSince ?? today, today);
      const pausedWorkingDays = c.pausedWorkingDays + paused;
      const dueOn = dueOnOf(cal, c.submittedOn, c.promisedDays, pausedWorkingDays);
      await insertCaseMaterials(
        tx,
        input.materials.map((m) => ({ tenantId, caseId: c.id, name: m.name, attachmentId: m.attachmentId, uploadedBy: actor.userId, uploadedAt: now })),
      );
      await notify(tx, tenantId, toLead, caseNotice('case.supplemented', ref({ dueOn })));
      return {
        patch: { resumeStatus: null, pausedSince: null, pausedWorkingDays, dueOn },
        step: { note: input.note, data: { pausedWorkingDays: paused, dueOn, previousDueOn: c.dueOn, materials: input.materials.length } },
      };
    }
    case 'transfer': {
      const dept = await requireOtherDepartment(tx, c, input.departmentId);
      await notify(tx, tenantId, { departmentIds: [dept.id] }, caseNotice('case.transferred', ref(), input.reason));
      return { patch: { leadDepartmentId: dept.id, assigneeUserId: null, acceptedAt: null }, step: { note: input.reason, data: { fromDepartmentId: c.leadDepartmentId, toDepartmentId: dept.id } } };
    }
    case 'add_co_handler': {
      const dept = await requireOtherDepartment(tx, c, input.departmentId);
      const open = (await listCaseTaskRows(tx, c.id)).some((t) => t.t.departmentId === dept.id && t.t.kind === 'co_handling' && t.t.status === 'open');
      if (open) throw invalid('departmentId', 'already_co_handling', '该部门已有未完成的协办任务', 'That department already has an open co-handling task');
      const task = await insertCaseTask(tx, { tenantId, caseId: c.id, departmentId: dept.id, kind: 'co_handling', note: input.note ?? null, createdBy: actor.userId, createdAt: now });
      await notify(tx, tenantId, { departmentIds: [dept.id] }, caseNotice('case.co_handler_added', ref(), input.note));
      return { patch: {}, step: { note: input.note, data: { departmentId: dept.id, departmentName: dept.name, taskId: task.id } } };
    }
    case 'complete_task': {
      const task = await findCaseTaskRow(tx, c.id, input.taskId);
      if (!task || task.status !== 'open' || task.departmentId !== actor.departmentId) {
        throw new AppError('case.no_open_task', { fieldErrors: [fieldError('taskId', 'not_open', '不是本部门未完成的任务', 'Not an open task of your department')] });
      }
      await completeCaseTask(tx, task.id, actor.userId, now, input.resultNote);
      if (task.kind === 'co_handling') await notify(tx, tenantId, toLead, caseNotice('case.task_completed', ref(), input.resultNote));
      return { patch: {}, step: { note: input.resultNote, data: { taskId: task.id, kind: task.kind } } };
    }
    case 'resolve':
      await notify(tx, tenantId, toEnterprise, caseNotice('case.resolved', ref(), input.note));
      return { patch: { resolvedAt: now }, step: { note: input.note } };
    case 'rate': {
      if (isBadRating(input.level) && !input.reason) throw invalid('reason', 'required', '差评请填写理由', 'A reason is required for a rating of 1 or 2');
      await insertCaseRating(tx, { caseId: c.id, tenantId, level: input.level, comment: input.comment ?? null, reason: input.reason ?? null, ratedBy: actor.userId, ratedAt: now });
      const label = ratingLabels[input.level]!;
      const detail = { zh: `${input.level} 星（${label.zh}）`, en: `${input.level} stars (${label.en})` };
      let followUpTaskId: string | null = null;
      if (isBadRating(input.level)) {
        const task = await insertCaseTask(tx, { tenantId, caseId: c.id, departmentId: c.leadDepartmentId, kind: 'follow_up', note: `差评整改：${input.reason ?? ''}`, createdBy: actor.userId, createdAt: now });
        followUpTaskId = task.id;
        await notify(tx, tenantId, toLead, caseNotice('case.bad_rating', ref(), detail));
      } else {
        await notify(tx, tenantId, toLead, caseNotice('case.rated', ref(), detail));
      }
      return { patch: {}, step: { note: input.reason ?? input.comment, data: { level: input.level, followUpTaskId } } };
    }
    case 'reopen':
      await notify(tx, tenantId, toLead, caseNotice('case.reopened', ref(), input.reason));
      return { patch: { resolvedAt: null, reopenCount: c.reopenCount + 1 }, step: { note: input.reason } };
    case 'close':
      await notify(tx, tenantId, toEnterprise, caseNotice('case.closed', ref()));
      return { patch: { closedAt: now }, step: { note: input.note } };
    case 'triage': {
      const dept = await findDepartmentRow(tx, tenantId, input.departmentId);
      if (!dept) throw invalid('departmentId', 'not_found', '部门不存在', 'No such department');
      const patch: Partial<NewCaseRow> = { leadDepartmentId: dept.id, assigneeUserId: dept.id === c.leadDepartmentId ? c.assigneeUserId : null };
      if (input.itemId) {
        const item = await getServiceItem(tx, tenantId, input.itemId).catch(() => undefined);
        if (!item || item.status !== 'in_force') throw invalid('itemId', 'not_in_force', '服务事项不存在或已停止办理', 'No such service item in force');
        // The request is now handled under the item: its promised days set the deadline.
        Object.assign(patch, { itemId: item.id, itemVersion: item.version, promisedDays: item.promisedDays, dueOn: dueOnOf(cal, c.submittedOn, item.promisedDays, c.pausedWorkingDays) });
      }
      if (dept.id !== c.leadDepartmentId) await notify(tx, tenantId, { departmentIds: [dept.id] }, caseNotice('case.triaged', ref(patch)));
      return { patch, step: { note: input.note, data: { fromDepartmentId: c.leadDepartmentId, toDepartmentId: dept.id, itemId: patch.itemId ?? c.itemId, dueOn: patch.dueOn ?? c.dueOn } } };
    }
    case 'assign': {
      const officers = await listOfficerRows(tx, tenantId, c.leadDepartmentId);
      if (!officers.some((o) => o.id === input.userId)) throw invalid('userId', 'not_colleague', '只能分派给牵头部门的在岗工作人员', 'Assign to an active officer of the lead department');
      await notify(tx, tenantId, { userIds: [input.userId] }, caseNotice('case.assigned', ref()));
      return { patch: { assigneeUserId: input.userId }, step: { note: input.note, data: { userId: input.userId } } };
    }
  }
}

/**
 * Takes one action on a case: scope (404), permission (403), state machine (403 / 409), effects,
 * timeline event, audit row and notices — all in one transaction under the case's row lock.
 */
export async function performCaseAction(db: Db, ctx: RequestContext, caseId: string, input: CaseActionInput, now: Date): Promise<CaseDetail> {
  const actor = authorize(ctx, 'case.read');
  const cal = await getWorkingCalendar(db);
  const today = todayInShanghai(now);
  await db.transaction(async (tx) => {
    const c = await lockCaseRow(tx, actor.tenantId, caseId);
    const party = c ? await partyOf(tx, actor, c) : null;
    if (!c || !party) throw notFound();
    authorize(ctx, permissionFor(input.action, actor));
    const decision = decide(input.action, party, await factsOf(tx, c, actor, today));
    if (!decision.ok) throw new AppError(decision.code);
    const effect = await applyAction(tx, actor, c, input, cal, today, now);
    await updateCase(tx, c.id, { ...effect.patch, status: decision.to });
    await recordCaseStep(tx, ctx, c, { action: input.action, at: now, from: c.status, to: decision.to, ...effect.step });
  });
  return getCaseAfterAction(db, ctx, caseId, now);
}

/** Assigns several cases of the caller's department to one colleague (lead officer); all or nothing. */
export async function bulkAssign(db: Db, ctx: RequestContext, input: BulkAssignInput, now: Date): Promise<BulkAssignResult> {
  const actor = authorize(ctx, 'case.handle');
  if (actor.role !== 'officer' || !actor.departmentId) throw new AppError('auth.forbidden');
  const today = todayInShanghai(now);
  const ids = [...new Set(input.caseIds)];
  return db.transaction(async (tx) => {
    const officers = await listOfficerRows(tx, actor.tenantId, actor.departmentId!);
    if (!officers.some((o) => o.id === input.userId)) throw invalid('userId', 'not_colleague', '只能分派给本部门的在岗工作人员', 'Assign to an active officer of your department');
    for (const id of ids) {
      const c = await lockCaseRow(tx, actor.tenantId, id);
      const party = c ? await partyOf(tx, actor, c) : null;
      if (!c || !party) throw notFound();
      const decision = decide('assign', party, await factsOf(tx, c, actor, today));
      if (!decision.ok) throw new AppError(decision.code, { detail: `case ${c.number}` });
      await updateCase(tx, c.id, { assigneeUserId: input.userId });
      await recordCaseStep(tx, ctx, c, { action: 'bulk_assign', at: now, from: c.status, to: c.status, data: { userId: input.userId } });
      await notify(tx, actor.tenantId, { userIds: [input.userId] }, caseNotice('case.assigned', c));
    }
    return { assigned: ids.length };
  });
}
