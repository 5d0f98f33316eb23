import { bigint, boolean, date, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { tenants, towns } from '../org/org.table.ts';

/** GB/T 4754-2017 industry classes used by the county's enterprises (national standard, not tenant-owned). */
export const industries = pgTable('industries', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
});

/** One file per enterprise (一企一档). The enterprise issue extends it. */
export const enterprises = pgTable(
  'enterprises',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    creditCode: text('credit_code').notNull(),
    name: text('name').notNull(),
    townId: uuid('town_id').notNull().references(() => towns.id),
    industryCode: text('industry_code').notNull().references(() => industries.code),
    size: text('size', { enum: ['large', 'medium', 'small', 'micro'] }).notNull(),
    isAboveScale: boolean('is_above_scale').notNull(),
    foundedOn: date('founded_on'),
    address: text('address').notNull(),
    legalRepresentative: text('legal_representative'),
    contactPhone: text('contact_phone'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('enterprises_tenant_credit_code_uq').on(t.tenantId, t.creditCode),
    index('enterprises_tenant_town_idx').on(t.tenantId, t.townId),
  ],
);

export const enterpriseQualifications = pgTable(
  'enterprise_qualifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    enterpriseId: uuid('enterprise_id').notNull().references(() => enterprises.id),
    kind: text('kind').notNull(),
    level: text('level', { enum: ['national', 'provincial', 'city', 'county'] }).notNull(),
    certificateNo: text('certificate_no').notNull(),
    issuedOn: date('issued_on').notNull(),
    expiresOn: date('expires_on'),
  },
  (t) => [index('enterprise_qualifications_enterprise_idx').on(t.enterpriseId), index('enterprise_qualifications_kind_idx').on(t.tenantId, t.kind)],
);

/** Yearly statistics; money in fen (分). */
export const enterpriseYearlyStats = pgTable(
  'enterprise_yearly_stats',
  {
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    enterpriseId: uuid('enterprise_id').notNull().references(() => enterprises.id),
    year: integer('year').notNull(),
    revenueFen: bigint('revenue_fen', { mode: 'number' }).notNull(),
    rdSpendingFen: bigint('rd_spending_fen', { mode: 'number' }).notNull(),
    employees: integer('employees').notNull(),
  },
  (t) => [primaryKey({ columns: [t.enterpriseId, t.year] })],
);
