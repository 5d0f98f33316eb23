import { index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { departments, tenants, towns } from '../org/org.table.ts';

export interface MaterialSpec {
  name: string;
  required: boolean;
  fileTypes: string[];
}

/** Service items (创新事项). The cloud-bureau issue adds versions and search. */
export const serviceItems = pgTable(
  'service_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    code: text('code').notNull(),
    name: text('name').notNull(),
    category: text('category').notNull(),
    leadDepartmentId: uuid('lead_department_id').notNull().references(() => departments.id),
    promisedDays: integer('promised_days').notNull(),
    channels: text('channels').array().notNull(),
    conditions: jsonb('conditions').$type<string[]>().notNull(),
    materials: jsonb('materials').$type<MaterialSpec[]>().notNull(),
    legalBasis: text('legal_basis').notNull(),
    description: text('description').notNull(),
    status: text('status', { enum: ['in_force', 'withdrawn'] }).notNull().default('in_force'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('service_items_tenant_code_uq').on(t.tenantId, t.code), index('service_items_lead_idx').on(t.leadDepartmentId)],
);

export const serviceItemCoDepartments = pgTable(
  'service_item_co_departments',
  {
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    itemId: uuid('item_id').notNull().references(() => serviceItems.id),
    departmentId: uuid('department_id').notNull().references(() => departments.id),
  },
  (t) => [primaryKey({ columns: [t.itemId, t.departmentId] })],
);

/** Innovation resources (创新资源): labs, platforms, instruments, teams, funds, spaces, data. */
export const resources = pgTable(
  'resources',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    code: text('code').notNull(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    ownerOrg: text('owner_org').notNull(),
    departmentId: uuid('department_id').notNull().references(() => departments.id),
    townId: uuid('town_id').references(() => towns.id),
    address: text('address').notNull(),
    contactName: text('contact_name').notNull(),
    contactPhone: text('contact_phone').notNull(),
    description: text('description').notNull(),
    tags: text('tags').array().notNull(),
    availability: text('availability').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('resources_tenant_code_uq').on(t.tenantId, t.code), index('resources_department_idx').on(t.departmentId)],
);
