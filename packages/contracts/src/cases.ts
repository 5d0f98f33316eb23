import { z } from 'zod';
import { IsoDate, IsoDateTime, pageOf, PageQuery } from './common.ts';
import { Role } from './roles.ts';

/** Case (诉求/申请) states; see apps/server/src/modules/cases/case-lifecycle.ts for the table. */
export const CaseStatus = z.enum([
  'submitted', // 已提交，待受理
  'accepted', // 已受理
  'in_progress', // 办理中
  'supplement_requested', // 待补正 (with the enterprise; the clock is paused)
  'resolved', // 已办结
  'rated', // 已评价
  'closed', // 已归档
  'rejected', // 不予受理
]);
export type CaseStatus = z.infer<typeof CaseStatus>;
export const caseStatuses = CaseStatus.options;

/** What a case is about: a catalogue service item, a free-form request (triaged by the bureau), or a resource. */
export const CaseKind = z.enum(['item', 'request', 'resource']);
export type CaseKind = z.infer<typeof CaseKind>;

export const CaseChannel = z.enum(['online', 'desk']);
export type CaseChannel = z.infer<typeof CaseChannel>;

/** Actions on an existing case; each has its own route `POST /api/cases/{id}/actions/{action}`. */
export const CaseAction = z.enum([
  'accept',
  'reject',
  'start',
  'request_supplement',
  'supplement',
  'transfer',
  'add_co_handler',
  'complete_task',
  'resolve',
  'rate',
  'reopen',
  'close',
  'triage',
  'assign',
]);
export type CaseAction = z.infer<typeof CaseAction>;
export const caseActions = CaseAction.options;

/** Timeline entries: every action plus submission, walk-in registration and automatic escalation (督办). */
export const CaseEventAction = z.enum([...CaseAction.options, 'submit', 'register_walk_in', 'escalate', 'bulk_assign']);
export type CaseEventAction = z.infer<typeof CaseEventAction>;

/**
 * Deadline state for display: `paused` while a supplement is requested, `overdue` after `dueOn`,
 * `due_soon` (yellow) on a working day with at most 1 working day left, `done` once resolved
 * (or rejected), else `normal`.
 */
export const SlaState = z.enum(['normal', 'due_soon', 'overdue', 'paused', 'done']);
export type SlaState = z.infer<typeof SlaState>;

/** An officer's work queues (`GET /api/cases/queues`, and `queue=` on `GET /api/cases`). */
export const CaseQueue = z.enum(['to_accept', 'in_progress', 'co_handling', 'due_soon', 'overdue', 'returned', 'assigned_to_me']);
export type CaseQueue = z.infer<typeof CaseQueue>;
export const caseQueues = CaseQueue.options;

export const CaseTaskKind = z.enum(['co_handling', 'follow_up']);
export type CaseTaskKind = z.infer<typeof CaseTaskKind>;
export const CaseTaskStatus = z.enum(['open', 'done']);
export type CaseTaskStatus = z.infer<typeof CaseTaskStatus>;

export const CaseSummary = z.object({
  id: z.string(),
  number: z.string().describe('e.g. YJ2025-000123, unique per county'),
  kind: CaseKind,
  title: z.string(),
  enterpriseId: z.string(),
  enterpriseName: z.string(),
  itemId: z.string().nullable(),
  itemVersion: z.number().int().nullable().describe('the catalogue version the case was filed (or triaged) under'),
  resourceId: z.string().nullable(),
  channel: CaseChannel,
  status: CaseStatus,
  leadDepartmentId: z.string(),
  leadDepartmentName: z.string(),
  assigneeUserId: z.string().nullable(),
  assigneeName: z.string().nullable(),
  submittedOn: IsoDate.describe('calendar day in Asia/Shanghai'),
  submittedAt: IsoDateTime,
  acceptedAt: IsoDateTime.nullable(),
  resolvedAt: IsoDateTime.nullable(),
  closedAt: IsoDateTime.nullable(),
  promisedDays: z.number().int().describe('working days promised (a free-form request or resource request: 5)'),
  dueOn: IsoDate.describe('addWorkingDays(submittedOn, promisedDays + pausedWorkingDays)'),
  pausedSince: IsoDate.nullable(),
  pausedWorkingDays: z.number().int(),
  escalatedAt: IsoDateTime.nullable().describe('set when the case was found overdue (督办)'),
  reopenCount: z.number().int(),
  slaState: SlaState,
  workingDaysLeft: z
    .number()
    .int()
    .nullable()
    .describe('working days after today up to dueOn (0 on the due day, negative when overdue, frozen while paused); null when done'),
});
export type CaseSummary = z.infer<typeof CaseSummary>;

export const CaseEvent = z.object({
  seq: z.number().int(),
  at: IsoDateTime,
  actorId: z.string().nullable().describe('null for the system (escalation)'),
  actorName: z.string(),
  actorRole: Role.nullable(),
  departmentId: z.string().nullable(),
  departmentName: z.string().nullable(),
  action: CaseEventAction,
  fromStatus: CaseStatus.nullable(),
  toStatus: CaseStatus.nullable(),
  note: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
});
export type CaseEvent = z.infer<typeof CaseEvent>;

export const CaseTask = z.object({
  id: z.string(),
  departmentId: z.string(),
  departmentName: z.string(),
  kind: CaseTaskKind,
  status: CaseTaskStatus,
  note: z.string().nullable(),
  resultNote: z.string().nullable(),
  createdAt: IsoDateTime,
  createdByName: z.string().nullable(),
  completedAt: IsoDateTime.nullable(),
  completedByName: z.string().nullable(),
  canComplete: z.boolean().describe('the caller may complete this task now (action complete_task with this taskId)'),
});
export type CaseTask = z.infer<typeof CaseTask>;

export const CaseMaterial = z.object({
  id: z.string(),
  name: z.string().describe('the material name of the service item (or a free name)'),
  attachmentId: z.string(),
  originalName: z.string().nullable(),
  contentType: z.string().nullable(),
  sizeBytes: z.number().int().nullable(),
  uploadedByName: z.string().nullable(),
  uploadedAt: IsoDateTime,
  downloadUrl: z.string().describe('GET /api/cases/{id}/materials/{materialId}'),
});
export type CaseMaterial = z.infer<typeof CaseMaterial>;

export const CaseRating = z.object({
  level: z.number().int().min(1).max(5).describe('5 非常满意 … 1 非常不满意'),
  comment: z.string().nullable(),
  reason: z.string().nullable().describe('required for levels 1 and 2'),
  ratedAt: IsoDateTime,
  ratedByName: z.string().nullable(),
});
export type CaseRating = z.infer<typeof CaseRating>;

export const UserRef = z.object({ id: z.string(), displayName: z.string() });
export type UserRef = z.infer<typeof UserRef>;

export const CaseDetail = CaseSummary.extend({
  description: z.string(),
  conditionsConfirmed: z.boolean(),
  submittedById: z.string(),
  submittedByName: z.string().nullable(),
  events: z.array(CaseEvent).describe('the timeline, oldest first'),
  tasks: z.array(CaseTask),
  materials: z.array(CaseMaterial),
  rating: CaseRating.nullable(),
  allowedActions: z.array(CaseAction).describe('what the caller may do now; the web shows these as buttons'),
  assignableUsers: z.array(UserRef).describe('officers of the lead department (for assign), when the caller may assign'),
});
export type CaseDetail = z.infer<typeof CaseDetail>;

// ——— inputs ———

/** A real calendar day 'YYYY-MM-DD' (2025-02-30 is refused, not passed on to the database). */
const CalendarDay = IsoDate.refine((d) => {
  const t = new Date(`${d}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === d;
}, 'not a real calendar date');

const Note = z.string().trim().max(2000);
const RequiredText = (max: number) => z.string().trim().min(1).max(max);

export const CaseMaterialInput = z.strictObject({
  name: RequiredText(200).describe('material name as listed by the service item'),
  attachmentId: z.string().uuid().describe('an id from POST /api/attachments, uploaded by the submitter'),
});
export type CaseMaterialInput = z.infer<typeof CaseMaterialInput>;
const Materials = z.array(CaseMaterialInput).max(50);

const submitVariants = {
  item: z.strictObject({
    kind: z.literal('item'),
    itemId: z.string().uuid(),
    title: RequiredText(200).optional().describe('defaults to the service item name'),
    description: z.string().trim().max(4000).default(''),
    materials: Materials.default([]),
    conditionsConfirmed: z.boolean().describe('the enterprise confirms it meets the conditions of the item; must be true'),
  }),
  request: z.strictObject({
    kind: z.literal('request'),
    title: RequiredText(200),
    description: RequiredText(4000),
    materials: Materials.default([]),
  }),
  resource: z.strictObject({
    kind: z.literal('resource'),
    resourceId: z.string().uuid(),
    title: RequiredText(200).optional().describe('defaults to 申请使用：<resource name>'),
    description: RequiredText(4000),
    materials: Materials.default([]),
  }),
};

/** Body of `POST /api/cases` (enterprise). */
export const SubmitCaseInput = z.discriminatedUnion('kind', [submitVariants.item, submitVariants.request, submitVariants.resource]);
export type SubmitCaseInput = z.infer<typeof SubmitCaseInput>;

const forEnterprise = { enterpriseId: z.string().uuid().describe('the enterprise the desk clerk registers the case for') };
/** Body of `POST /api/cases/walk-in` (desk): the same as an online submission, for a chosen enterprise. */
export const WalkInCaseInput = z.discriminatedUnion('kind', [
  submitVariants.item.extend(forEnterprise),
  submitVariants.request.extend(forEnterprise),
  submitVariants.resource.extend(forEnterprise),
]);
export type WalkInCaseInput = z.infer<typeof WalkInCaseInput>;

const NoteOnly = z.strictObject({ note: Note.optional() });

/** Body of each action route, by action. */
export const caseActionBodies = {
  accept: NoteOnly,
  reject: z.strictObject({ reason: RequiredText(2000).describe('不予受理的理由') }),
  start: NoteOnly,
  request_supplement: z.strictObject({
    note: RequiredText(2000).describe('what is missing (一次性告知)'),
    materials: z.array(RequiredText(200)).max(50).optional().describe('names of the materials to supply'),
  }),
  supplement: z.strictObject({ note: Note.optional(), materials: Materials.default([]) }),
  transfer: z.strictObject({ departmentId: z.string().uuid(), reason: RequiredText(2000) }),
  add_co_handler: z.strictObject({ departmentId: z.string().uuid(), note: Note.optional() }),
  complete_task: z.strictObject({ taskId: z.string().uuid(), resultNote: RequiredText(2000) }),
  resolve: z.strictObject({ note: RequiredText(2000).describe('办结意见') }),
  rate: z
    .strictObject({
      level: z.number().int().min(1).max(5),
      comment: Note.optional(),
      reason: Note.optional().describe('required for levels 1 and 2 (差评理由)'),
    })
    .refine((r) => r.level > 2 || (r.reason !== undefined && r.reason.length > 0), { path: ['reason'], message: 'A reason is required for a rating of 1 or 2' }),
  reopen: z.strictObject({ reason: RequiredText(2000) }),
  close: NoteOnly,
  triage: z.strictObject({
    departmentId: z.string().uuid().describe('the lead department'),
    itemId: z.string().uuid().optional().describe('the service item the request falls under, when there is one'),
    note: Note.optional(),
  }),
  assign: z.strictObject({ userId: z.string().uuid().describe('an officer of the lead department'), note: Note.optional() }),
} as const satisfies Record<CaseAction, z.ZodType>;

export type CaseActionBody<A extends CaseAction> = z.infer<(typeof caseActionBodies)[A]>;
/** An action with its parsed body, as the service receives it. */
export type CaseActionInput = { [A in CaseAction]: { action: A } & CaseActionBody<A> }[CaseAction];

export const CaseParams = z.object({ id: z.string().uuid() });
export const CaseMaterialParams = z.object({ id: z.string().uuid(), materialId: z.string().uuid() });

/** Filters of `GET /api/cases` and `GET /api/cases/export.xlsx`. */
export const CaseFilter = z.object({
  status: CaseStatus.optional(),
  kind: CaseKind.optional(),
  channel: CaseChannel.optional(),
  department: z.string().uuid().optional().describe('lead department'),
  enterprise: z.string().uuid().optional(),
  sla: z.enum(['due_soon', 'overdue', 'paused']).optional(),
  keyword: z.string().trim().min(1).max(100).optional().describe('case number, title or enterprise name'),
  from: CalendarDay.optional().describe('submitted on or after'),
  to: CalendarDay.optional().describe('submitted on or before'),
  queue: CaseQueue.optional().describe('an officer queue (see GET /api/cases/queues)'),
});
export type CaseFilter = z.infer<typeof CaseFilter>;
export const CaseListQuery = PageQuery.extend(CaseFilter.shape);
export type CaseListQuery = z.infer<typeof CaseListQuery>;
export const CaseExportQuery = z.strictObject(CaseFilter.shape);
export type CaseExportQuery = z.infer<typeof CaseExportQuery>;

export const CasePage = pageOf(CaseSummary);
export type CasePage = z.infer<typeof CasePage>;

export const CaseQueueEntry = z.object({
  key: CaseQueue,
  count: z.number().int(),
  items: z.array(CaseSummary).describe('the first 10, most urgent first'),
});
export type CaseQueueEntry = z.infer<typeof CaseQueueEntry>;

export const CaseQueues = z.object({
  queues: z.array(CaseQueueEntry),
  colleagues: z.array(UserRef).describe('officers of the caller’s department (bulk assignment targets)'),
});
export type CaseQueues = z.infer<typeof CaseQueues>;

export const BulkAssignInput = z.strictObject({
  caseIds: z.array(z.string().uuid()).min(1).max(100),
  userId: z.string().uuid().describe('an officer of the caller’s department'),
});
export type BulkAssignInput = z.infer<typeof BulkAssignInput>;
export const BulkAssignResult = z.object({ assigned: z.number().int() });
export type BulkAssignResult = z.infer<typeof BulkAssignResult>;

export const SupervisionQuery = PageQuery.extend({ department: z.string().uuid().optional() });
export type SupervisionQuery = z.infer<typeof SupervisionQuery>;

export const DepartmentStatsQuery = z
  .strictObject({ from: CalendarDay, to: CalendarDay })
  .refine((q) => q.from <= q.to, { path: ['to'], message: 'to must not be before from' });
export type DepartmentStatsQuery = z.infer<typeof DepartmentStatsQuery>;

export const DepartmentCaseStats = z.object({
  departmentId: z.string(),
  departmentName: z.string(),
  submitted: z.number().int().describe('cases submitted in the range, led by the department'),
  resolved: z.number().int().describe('cases resolved in the range'),
  resolvedOnTime: z.number().int(),
  onTimeRate: z.number().nullable().describe('resolvedOnTime / resolved (0–1); null without resolutions'),
  averageHandlingWorkingDays: z.number().nullable().describe('working days from submission to resolution, pauses excluded'),
  averageRating: z.number().nullable().describe('mean level of ratings given in the range'),
  ratings: z.number().int(),
  backlog: z.number().int().describe('open cases now (submitted, accepted, in progress, supplement requested)'),
  overdue: z.number().int().describe('open, not paused cases past their due date now'),
});
export type DepartmentCaseStats = z.infer<typeof DepartmentCaseStats>;

export const DepartmentStats = z.object({ from: IsoDate, to: IsoDate, items: z.array(DepartmentCaseStats) });
export type DepartmentStats = z.infer<typeof DepartmentStats>;
