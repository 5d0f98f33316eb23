import { date, doublePrecision, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { departments, tenants } from '../org/org.table.ts';
import { users } from '../identity/identity.table.ts';
import { enterprises } from '../enterprises/enterprises.table.ts';

/** The county's cause taxonomy for the fishbone (absent: the default in `cause-taxonomy.ts`). */
export const coverageCauseTaxonomies = pgTable('coverage_cause_taxonomies', {
  tenantId: uuid('tenant_id').primaryKey().references(() => tenants.id),
  categories: jsonb('categories').$type<{ code: string; name: string; subCauses: { code: string; name: string }[] }[]>().notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Why an enterprise is not covered on a flag in a year (fishbone input). The latest record is its primary cause. */
export const coverageCauses = pgTable(
  'coverage_causes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    enterpriseId: uuid('enterprise_id').notNull().references(() => enterprises.id),
    flag: text('flag').notNull(),
    year: integer('year').notNull(),
    category: text('category').notNull(),
    causeCode: text('cause_code').notNull(),
    note: text('note'),
    recordedBy: uuid('recorded_by').references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('coverage_causes_scope_idx').on(t.tenantId, t.flag, t.year, t.enterpriseId)],
);

/** Yearly targets per town or department, e.g. town A: IUR coverage ≥ 75% by 31 December. */
export const coverageTargets = pgTable(
  'coverage_targets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    year: integer('year').notNull(),
    scopeType: text('scope_type', { enum: ['town', 'department'] }).notNull(),
    scopeId: uuid('scope_id').notNull(),
    flag: text('flag').notNull(),
    targetRate: doublePrecision('target_rate').notNull(),
    dueOn: date('due_on').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('coverage_targets_tenant_year_idx').on(t.tenantId, t.year)],
);

/** Tasks of the yearly list, assigned to an officer of a department; progress is computed from the data. */
export const coverageTasks = pgTable(
  'coverage_tasks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    year: integer('year').notNull(),
    departmentId: uuid('department_id').notNull().references(() => departments.id),
    assigneeUserId: uuid('assignee_user_id').notNull().references(() => users.id),
    targetId: uuid('target_id').references(() => coverageTargets.id),
    flag: text('flag').notNull(),
    title: text('title').notNull(),
    dueOn: date('due_on').notNull(),
    status: text('status', { enum: ['open', 'closed'] }).notNull().default('open'),
    enterpriseIds: jsonb('enterprise_ids').$type<string[]>().notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    remindedOn: date('reminded_on'),
  },
  (t) => [index('coverage_tasks_tenant_year_idx').on(t.tenantId, t.year)],
);

/** Assessment weights per county (absent: the defaults in `assessment.ts`). */
export const coverageAssessmentWeights = pgTable('coverage_assessment_weights', {
  tenantId: uuid('tenant_id').primaryKey().references(() => tenants.id),
  completion: doublePrecision('completion').notNull(),
  improvement: doublePrecision('improvement').notNull(),
  tasksOnTime: doublePrecision('tasks_on_time').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
