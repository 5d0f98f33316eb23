import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, jsonb, pgTable, primaryKey, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { attachments } from '../attachments/attachments.table.ts';
import { resources, serviceItems } from '../catalogue/catalogue.table.ts';
import { enterprises } from '../enterprises/enterprises.table.ts';
import { users } from '../identity/identity.table.ts';
import { departments, tenants } from '../org/org.table.ts';

const caseStatus = ['submitted', 'accepted', 'in_progress', 'supplement_requested', 'resolved', 'rated', 'closed', 'rejected'] as const;

/** Cases (诉求/申请): one request of an enterprise, handled to the end. */
export const cases = pgTable(
  'cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    /** YJ<year>-<6 digits>, unique per tenant. */
    number: text('number').notNull(),
    kind: text('kind', { enum: ['item', 'request', 'resource'] }).notNull(),
    enterpriseId: uuid('enterprise_id').notNull().references(() => enterprises.id),
    itemId: uuid('item_id').references(() => serviceItems.id),
    /** The catalogue version the case was filed (or triaged) under. */
    itemVersion: integer('item_version'),
    resourceId: uuid('resource_id').references(() => resources.id),
    title: text('title').notNull(),
    description: text('description').notNull(),
    channel: text('channel', { enum: ['online', 'desk'] }).notNull(),
    status: text('status', { enum: caseStatus }).notNull(),
    /** The status a supplement returns the case to. */
    resumeStatus: text('resume_status', { enum: caseStatus }),
    leadDepartmentId: uuid('lead_department_id').notNull().references(() => departments.id),
    assigneeUserId: uuid('assignee_user_id').references(() => users.id),
    submittedBy: uuid('submitted_by').notNull().references(() => users.id),
    /** Calendar day of submission in Asia/Shanghai. */
    submittedOn: date('submitted_on').notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    /** Working days promised (the item's, or 5 for a request without item). */
    promisedDays: integer('promised_days').notNull(),
    dueOn: date('due_on').notNull(),
    pausedSince: date('paused_since'),
    pausedWorkingDays: integer('paused_working_days').notNull().default(0),
    escalatedAt: timestamp('escalated_at', { withTimezone: true }),
    reopenCount: integer('reopen_count').notNull().default(0),
    conditionsConfirmed: boolean('conditions_confirmed').notNull().default(false),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('cases_tenant_number_uq').on(t.tenantId, t.number),
    index('cases_tenant_lead_status_idx').on(t.tenantId, t.leadDepartmentId, t.status),
    index('cases_tenant_enterprise_idx').on(t.tenantId, t.enterpriseId),
    index('cases_status_due_idx').on(t.status, t.dueOn),
    index('cases_tenant_submitted_on_idx').on(t.tenantId, t.submittedOn),
    // Officer queues (GET /api/cases/queues, ?queue=): open cases of a lead department, most urgent
    // first; `status` last so that the queue counts read the index only.
    index('cases_open_lead_due_idx')
      .on(t.tenantId, t.leadDepartmentId, t.dueOn, t.submittedAt, t.status)
      .where(sql`${t.status} in ('submitted', 'accepted', 'in_progress', 'supplement_requested')`),
    // The "assigned to me" queue: open cases of one assignee, most urgent first.
    index('cases_open_assignee_due_idx')
      .on(t.tenantId, t.assigneeUserId, t.dueOn, t.submittedAt)
      .where(sql`${t.status} in ('submitted', 'accepted', 'in_progress', 'supplement_requested')`),
  ],
);

/** The last case number issued per tenant and year (numbers are issued under a row lock, without gaps on commit). */
export const caseNumberCounters = pgTable(
  'case_number_counters',
  {
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    year: integer('year').notNull(),
    lastValue: integer('last_value').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.year] })],
);

/** Co-handling tasks (多跨协同) of other departments and follow-up tasks after a bad rating. */
export const caseTasks = pgTable(
  'case_tasks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    caseId: uuid('case_id').notNull().references(() => cases.id),
    departmentId: uuid('department_id').notNull().references(() => departments.id),
    kind: text('kind', { enum: ['co_handling', 'follow_up'] }).notNull(),
    status: text('status', { enum: ['open', 'done'] }).notNull().default('open'),
    note: text('note'),
    resultNote: text('result_note'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    completedBy: uuid('completed_by').references(() => users.id),
    completedAt: timestamp('completed_at', { withTimezone: true }),
  },
  (t) => [
    index('case_tasks_case_idx').on(t.caseId),
    index('case_tasks_tenant_department_status_idx').on(t.tenantId, t.departmentId, t.status),
    // An officer's scope and co-handling queue: the cases a department co-handles (has or had a task on).
    index('case_tasks_co_handling_department_idx').on(t.departmentId, t.caseId, t.status).where(sql`${t.kind} = 'co_handling'`),
  ],
);

/** The timeline of a case: one row per action, numbered per case. */
export const caseEvents = pgTable(
  'case_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    caseId: uuid('case_id').notNull().references(() => cases.id),
    seq: integer('seq').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorId: uuid('actor_id').references(() => users.id),
    actorName: text('actor_name').notNull(),
    actorRole: text('actor_role'),
    departmentId: uuid('department_id').references(() => departments.id),
    action: text('action').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status'),
    note: text('note'),
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [uniqueIndex('case_events_case_seq_uq').on(t.caseId, t.seq)],
);

/** Materials attached to a case (application and supplements); files live in the attachments module. */
export const caseMaterials = pgTable(
  'case_materials',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    caseId: uuid('case_id').notNull().references(() => cases.id),
    name: text('name').notNull(),
    attachmentId: uuid('attachment_id').notNull().references(() => attachments.id),
    uploadedBy: uuid('uploaded_by').references(() => users.id),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('case_materials_case_idx').on(t.caseId)],
);

/** The enterprise's rating (好差评) of a resolved case: one per case. */
export const caseRatings = pgTable(
  'case_ratings',
  {
    caseId: uuid('case_id').primaryKey().references(() => cases.id),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    level: smallint('level').notNull(),
    comment: text('comment'),
    reason: text('reason'),
    ratedBy: uuid('rated_by').references(() => users.id),
    ratedAt: timestamp('rated_at', { withTimezone: true }).notNull(),
  },
  (t) => [check('case_ratings_level_ck', sql`${t.level} between 1 and 5`), index('case_ratings_tenant_idx').on(t.tenantId)],
);
