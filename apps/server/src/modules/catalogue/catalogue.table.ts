import { sql } from 'drizzle-orm';
import { customType, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { ServiceItemSnapshot } from '@yunju/contracts';
import { departments, tenants, towns } from '../org/org.table.ts';

export interface MaterialSpec {
  name: string;
  required: boolean;
  fileTypes: string[];
}

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => (Buffer.isBuffer(v) ? v : Buffer.from(v)),
});

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * Search support columns, written by the catalogue service on every write (segmented in Node:
 * PostgreSQL has no Chinese parser here; docs/adr/0005-catalogue-search.md). Null = not yet indexed.
 */
const searchColumns = {
  /** Space-separated jieba tokens of the name (weight A). */
  searchNameTokens: text('search_name_tokens'),
  /** Tokens of conditions, materials / tags, owner (weight B). */
  searchMainTokens: text('search_main_tokens'),
  /** Tokens of description, legal basis / address (weight C). */
  searchRestTokens: text('search_rest_tokens'),
  /** Pinyin initials of the name, lower-case, e.g. 高新技术企业 → gxjsqy. */
  nameInitials: text('name_initials'),
  /** The weighted vector PostgreSQL matches and ranks: computed from the token columns, GIN-indexed. */
  searchVector: tsvector('search_vector').generatedAlwaysAs(
    sql`setweight(to_tsvector('simple'::regconfig, coalesce(search_name_tokens, '')), 'A') || setweight(to_tsvector('simple'::regconfig, coalesce(search_main_tokens, '')), 'B') || setweight(to_tsvector('simple'::regconfig, coalesce(search_rest_tokens, '')), 'C')`,
  ),
};

/** Service items (创新事项). */
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
    /** Ids of related resources (resources are withdrawn, never deleted). */
    relatedResourceIds: uuid('related_resource_ids').array().notNull().default([]),
    /** Current version; every create / edit / withdraw / restore writes service_item_versions. */
    version: integer('version').notNull().default(1),
    ...searchColumns,
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('service_items_tenant_code_uq').on(t.tenantId, t.code),
    index('service_items_lead_idx').on(t.leadDepartmentId),
    index('service_items_search_idx').using('gin', t.searchVector),
  ],
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

/** Version history of service items: cases keep the version they were filed under. */
export const serviceItemVersions = pgTable(
  'service_item_versions',
  {
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    itemId: uuid('item_id').notNull().references(() => serviceItems.id),
    version: integer('version').notNull(),
    /** The full item at this version (ids, not names: names change). */
    snapshot: jsonb('snapshot').$type<ServiceItemSnapshot>().notNull(),
    /** The user who made the change; null for the demo loader / backfill. */
    changedBy: uuid('changed_by'),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
    changeNote: text('change_note').notNull(),
  },
  (t) => [primaryKey({ columns: [t.itemId, t.version] }), index('service_item_versions_tenant_idx').on(t.tenantId)],
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
    status: text('status', { enum: ['in_force', 'withdrawn'] }).notNull().default('in_force'),
    ...searchColumns,
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('resources_tenant_code_uq').on(t.tenantId, t.code),
    index('resources_department_idx').on(t.departmentId),
    index('resources_search_idx').using('gin', t.searchVector),
  ],
);

/**
 * Rejected rows of a `good_rows` import, as a workbook the uploader downloads once or within
 * 24 hours (expired rows are deleted when the next import writes one). In the database rather
 * than in memory so that several API processes can serve the download.
 */
export const catalogueImportRejects = pgTable(
  'catalogue_import_rejects',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    createdBy: uuid('created_by').notNull(),
    kind: text('kind', { enum: ['items', 'resources'] }).notNull(),
    workbook: bytea('workbook').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('catalogue_import_rejects_expires_idx').on(t.expiresAt)],
);
