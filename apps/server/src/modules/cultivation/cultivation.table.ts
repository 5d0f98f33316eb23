import { date, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { departments, tenants } from '../org/org.table.ts';
import { users } from '../identity/identity.table.ts';
import { enterprises } from '../enterprises/enterprises.table.ts';

/** A county's own tier ladder (absent: the default rules in `tier-rules.ts`). */
export const cultivationRuleSets = pgTable('cultivation_rule_sets', {
  tenantId: uuid('tenant_id').primaryKey().references(() => tenants.id),
  rules: jsonb('rules').$type<unknown[]>().notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A cultivation plan for one enterprise towards a tier, with tasks spread over departments. */
export const cultivationPlans = pgTable(
  'cultivation_plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    enterpriseId: uuid('enterprise_id').notNull().references(() => enterprises.id),
    targetKind: text('target_kind').notNull(),
    title: text('title').notNull(),
    status: text('status', { enum: ['open', 'completed'] }).notNull().default('open'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    completedAt: timestamp('completed_at', { withTimezone: true }),
  },
  (t) => [index('cultivation_plans_tenant_idx').on(t.tenantId, t.status), index('cultivation_plans_enterprise_idx').on(t.enterpriseId)],
);

export const cultivationPlanTasks = pgTable(
  'cultivation_plan_tasks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    planId: uuid('plan_id').notNull().references(() => cultivationPlans.id),
    departmentId: uuid('department_id').notNull().references(() => departments.id),
    ownerUserId: uuid('owner_user_id').references(() => users.id),
    title: text('title').notNull(),
    dueOn: date('due_on').notNull(),
    doneAt: timestamp('done_at', { withTimezone: true }),
    doneBy: uuid('done_by').references(() => users.id),
    note: text('note'),
  },
  (t) => [index('cultivation_plan_tasks_plan_idx').on(t.planId)],
);
