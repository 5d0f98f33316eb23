import type { CaseChannel, CaseDetail, FieldError, SubmitCaseInput, WalkInCaseInput } from '@yunju/contracts';
import type { Db } from '../../platform/db.ts';
import { authorize, type Actor, type RequestContext } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { getWorkingCalendar, todayInShanghai } from '../calendar/index.ts';
import { getResource, getServiceItem } from '../catalogue/index.ts';
import { notify } from '../notifications/index.ts';
import { caseNotice } from './case-notices.ts';
import { checkMaterials, fieldError, throwIfInvalid } from './case-materials.ts';
import { DEFAULT_PROMISED_DAYS, dueOnOf } from './case-sla.ts';
import { recordCaseStep } from './case-timeline.ts';
import { getCase } from './cases.service.ts';
import { findBureauDepartmentRow, findEnterpriseRowOf, insertCase, insertCaseMaterials, nextCaseSerial } from './cases.repository.ts';

/** Where a new case goes and what it promises, from what it is about. */
interface Target {
  title: string;
  leadDepartmentId: string;
  promisedDays: number;
  itemId: string | null;
  itemVersion: number | null;
  resourceId: string | null;
  conditionsConfirmed: boolean;
}

const isNotFound = (err: unknown) => err instanceof AppError && err.code === 'resource.not_found';

/** Resolves the service item, request or resource a submission is about, and checks it (400 naming the field). */
async function resolveTarget(db: Db, actor: Actor, input: SubmitCaseInput, channel: CaseChannel): Promise<Target> {
  const tenantId = actor.tenantId;
  switch (input.kind) {
    case 'item': {
      const item = await getServiceItem(db, tenantId, input.itemId).catch((err: unknown) => {
        if (isNotFound(err)) throw new AppError('case.invalid_submission', { fieldErrors: [fieldError('itemId', 'not_found', '服务事项不存在', 'No such service item')] });
        throw err;
      });
      if (item.status !== 'in_force') {
        throw new AppError('case.item_not_in_force', { fieldErrors: [fieldError('itemId', 'not_in_force', '该服务事项已停止办理', 'The service item is not in force')] });
      }
      const errors: FieldError[] = [];
      if (!item.channels.includes(channel)) {
        errors.push(
          channel === 'online'
            ? fieldError('itemId', 'channel', '该事项不支持网上申请，请到服务窗口办理', 'This item is not offered online; apply at the service desk')
            : fieldError('itemId', 'channel', '该事项不在窗口受理', 'This item is not offered at the service desk'),
        );
      }
      if (!input.conditionsConfirmed) errors.push(fieldError('conditionsConfirmed', 'must_confirm', '请确认符合申请条件', 'Confirm that the enterprise meets the conditions'));
      errors.push(...(await checkMaterials(db, actor, input.materials, item.materials)));
      throwIfInvalid(errors);
      return {
        title: input.title ?? item.name,
        leadDepartmentId: item.leadDepartmentId,
        promisedDays: item.promisedDays,
        itemId: item.id,
        itemVersion: item.version,
        resourceId: null,
        conditionsConfirmed: true,
      };
    }
    case 'request': {
      throwIfInvalid(await checkMaterials(db, actor, input.materials, null));
      const bureau = await findBureauDepartmentRow(db, tenantId);
      if (!bureau) throw new Error(`tenant ${tenantId} has no bureau department (departments.is_bureau)`);
      // A free-form request goes to the bureau for triage; 5 working days until a bureau setting exists.
      return { title: input.title, leadDepartmentId: bureau.id, promisedDays: DEFAULT_PROMISED_DAYS, itemId: null, itemVersion: null, resourceId: null, conditionsConfirmed: false };
    }
    case 'resource': {
      const resource = await getResource(db, tenantId, input.resourceId).catch((err: unknown) => {
        if (isNotFound(err)) throw new AppError('case.invalid_submission', { fieldErrors: [fieldError('resourceId', 'not_found', '创新资源不存在', 'No such resource')] });
        throw err;
      });
      const errors = await checkMaterials(db, actor, input.materials, null);
      if (resource.status !== 'in_force') errors.push(fieldError('resourceId', 'not_in_force', '该资源已停止开放', 'The resource is withdrawn'));
      throwIfInvalid(errors);
      return {
        title: input.title ?? `申请使用：${resource.name}`,
        leadDepartmentId: resource.departmentId,
        promisedDays: DEFAULT_PROMISED_DAYS,
        itemId: null,
        itemVersion: null,
        resourceId: resource.id,
        conditionsConfirmed: false,
      };
    }
  }
}

/** Files a case in one transaction: number, row, materials, timeline, audit, notice to the lead department. */
async function fileCase(db: Db, ctx: RequestContext, actor: Actor, input: SubmitCaseInput, enterpriseId: string, channel: CaseChannel, now: Date): Promise<CaseDetail> {
  const target = await resolveTarget(db, actor, input, channel);
  const cal = await getWorkingCalendar(db);
  const submittedOn = todayInShanghai(now);
  const dueOn = dueOnOf(cal, submittedOn, target.promisedDays, 0);
  const id = await db.transaction(async (tx) => {
    const year = Number(submittedOn.slice(0, 4));
    const serial = await nextCaseSerial(tx, actor.tenantId, year);
    const row = await insertCase(tx, {
      tenantId: actor.tenantId,
      number: `YJ${year}-${String(serial).padStart(6, '0')}`,
      kind: input.kind,
      enterpriseId,
      itemId: target.itemId,
      itemVersion: target.itemVersion,
      resourceId: target.resourceId,
      title: target.title,
      description: input.description,
      channel,
      status: 'submitted',
      leadDepartmentId: target.leadDepartmentId,
      submittedBy: actor.userId,
      submittedOn,
      submittedAt: now,
      promisedDays: target.promisedDays,
      dueOn,
      conditionsConfirmed: target.conditionsConfirmed,
    });
    await insertCaseMaterials(
      tx,
      input.materials.map((m) => ({ tenantId: actor.tenantId, caseId: row.id, name: m.name, attachmentId: m.attachmentId, uploadedBy: actor.userId, uploadedAt: now })),
    );
    // The notice first: the audit step takes the county-wide audit lock, held until commit.
    await notify(tx, actor.tenantId, { departmentIds: [row.leadDepartmentId] }, caseNotice('case.submitted', row));
    await recordCaseStep(tx, ctx, row, {
      action: channel === 'desk' ? 'register_walk_in' : 'submit',
      at: now,
      from: null,
      to: 'submitted',
      data: { kind: row.kind, itemId: row.itemId, itemVersion: row.itemVersion, resourceId: row.resourceId, leadDepartmentId: row.leadDepartmentId, dueOn, materials: input.materials.length },
    });
    return row.id;
  });
  return getCase(db, ctx, id, now);
}

/**
 * An enterprise files a case online: for an in-force service item with its required materials
 * (the submitter's own uploads) and the conditions confirmed; a free-form request (led by the
 * bureau, for triage); or a request to use a resource (led by the resource's department).
 */
export async function submitCase(db: Db, ctx: RequestContext, input: SubmitCaseInput, now: Date): Promise<CaseDetail> {
  const actor = authorize(ctx, 'case.submit');
  if (!actor.enterpriseId) throw new AppError('auth.forbidden');
  return fileCase(db, ctx, actor, input, actor.enterpriseId, 'online', now);
}

/** The service desk registers a walk-in case (窗口受理登记) for the enterprise the clerk chose; the same rules as online. */
export async function registerWalkInCase(db: Db, ctx: RequestContext, input: WalkInCaseInput, now: Date): Promise<CaseDetail> {
  const actor = authorize(ctx, 'case.register_walk_in');
  const enterprise = await findEnterpriseRowOf(db, actor.tenantId, input.enterpriseId);
  if (!enterprise) throw new AppError('case.invalid_submission', { fieldErrors: [fieldError('enterpriseId', 'not_found', '企业不存在', 'No such enterprise')] });
  const { enterpriseId, ...submission } = input;
  return fileCase(db, ctx, actor, submission, enterpriseId, 'desk', now);
}
