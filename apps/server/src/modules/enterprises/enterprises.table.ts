import { bigint, boolean, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { tenants, towns } from '../org/org.table.ts';
import { users } from '../identity/identity.table.ts';

/** GB/T 4754-2017 industry codes used by the county's enterprises (national standard, not tenant-owned). */
export const industries = pgTable('industries', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
});

/** One file per enterprise (一企一档). */
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
    /** R&D institution (研发机构): level, name, year recognised. */
    rdInstitutionLevel: text('rd_institution_level', { enum: ['none', 'county', 'city', 'provincial', 'national'] }).notNull().default('none'),
    rdInstitutionName: text('rd_institution_name'),
    rdInstitutionSince: integer('rd_institution_since'),
    /** Contacts: [{ name, role, phone, email }]. */
    contacts: jsonb('contacts').$type<{ name: string; role: string; phone: string; email?: string | null }[]>().notNull().default([]),
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
    highTechRevenueFen: bigint('high_tech_revenue_fen', { mode: 'number' }).notNull().default(0),
    exportFen: bigint('export_fen', { mode: 'number' }).notNull().default(0),
    rdStaff: integer('rd_staff').notNull().default(0),
    techStaff: integer('tech_staff').notNull().default(0),
    inventionApplied: integer('invention_applied').notNull().default(0),
    inventionGranted: integer('invention_granted').notNull().default(0),
    utilityApplied: integer('utility_applied').notNull().default(0),
    utilityGranted: integer('utility_granted').notNull().default(0),
    validInventionPatents: integer('valid_invention_patents').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.enterpriseId, t.year] }), index('enterprise_yearly_stats_tenant_year_idx').on(t.tenantId, t.year)],
);

/** Industry-university-research cooperation (产学研合作), active from startYear to endYear inclusive. */
export const enterpriseCooperations = pgTable(
  'enterprise_cooperations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    enterpriseId: uuid('enterprise_id').notNull().references(() => enterprises.id),
    partner: text('partner').notNull(),
    partnerKind: text('partner_kind', { enum: ['university', 'institute', 'other'] }).notNull(),
    project: text('project').notNull(),
    startYear: integer('start_year').notNull(),
    endYear: integer('end_year').notNull(),
    amountFen: bigint('amount_fen', { mode: 'number' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('enterprise_cooperations_enterprise_idx').on(t.enterpriseId)],
);

/** Corrections the enterprise submits to its own file; statistics wait for an officer's decision. */
export const enterpriseCorrections = pgTable(
  'enterprise_corrections',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    enterpriseId: uuid('enterprise_id').notNull().references(() => enterprises.id),
    kind: text('kind', { enum: ['stats', 'profile'] }).notNull(),
    year: integer('year'),
    changes: jsonb('changes').$type<Record<string, unknown>>().notNull(),
    before: jsonb('before').$type<Record<string, unknown> | null>(),
    note: text('note'),
    status: text('status', { enum: ['pending', 'approved', 'rejected', 'applied'] }).notNull(),
    submittedBy: uuid('submitted_by').notNull().references(() => users.id),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decisionNote: text('decision_note'),
  },
  (t) => [index('enterprise_corrections_tenant_status_idx').on(t.tenantId, t.status), index('enterprise_corrections_enterprise_idx').on(t.enterpriseId)],
);

/**
 * The five coverage flags per above-scale industrial enterprise and year — derived, never typed:
 * `refreshCoverage` recomputes the rows of the enterprises a write touched, in the same transaction.
 * One row per enterprise-year whose statistics put it above scale (sections B–D, revenue ≥ 2,000 万元).
 */
export const enterpriseCoverage = pgTable(
  'enterprise_coverage',
  {
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    enterpriseId: uuid('enterprise_id').notNull().references(() => enterprises.id),
    year: integer('year').notNull(),
    townId: uuid('town_id').notNull(),
    industryCode: text('industry_code').notNull(),
    patent: boolean('patent').notNull(),
    rdInstitution: boolean('rd_institution').notNull(),
    rdSpending: boolean('rd_spending').notNull(),
    iur: boolean('iur').notNull(),
    highTech: boolean('high_tech').notNull(),
  },
  (t) => [primaryKey({ columns: [t.enterpriseId, t.year] }), index('enterprise_coverage_tenant_year_idx').on(t.tenantId, t.year)],
);

/**
 * Per county, year, town and industry division: counts of `enterprise_coverage` rows (kept in step
 * by `refreshCoverage`, incrementally for the enterprises a write touched). The dashboard reads
 * these few thousand rows instead of scanning every enterprise-year.
 */
export const enterpriseCoverageSummary = pgTable(
  'enterprise_coverage_summary',
  {
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    year: integer('year').notNull(),
    townId: uuid('town_id').notNull(),
    division: text('division').notNull(),
    total: integer('total').notNull(),
    patent: integer('patent').notNull(),
    rdInstitution: integer('rd_institution').notNull(),
    rdSpending: integer('rd_spending').notNull(),
    iur: integer('iur').notNull(),
    highTech: integer('high_tech').notNull(),
    allFive: integer('all_five').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.year, t.townId, t.division] })],
);
