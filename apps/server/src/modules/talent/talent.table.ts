import { boolean, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { tenants, towns } from '../org/org.table.ts';

export interface ExpertOutput {
  title: string;
  year: number;
  type: string;
}

/** Experts (supply side of matching). Names are pseudonymised in the demo data. */
export const experts = pgTable(
  'experts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    code: text('code').notNull(),
    name: text('name').notNull(),
    title: text('title').notNull(),
    rank: text('rank').notNull(),
    org: text('org').notNull(),
    orgType: text('org_type').notNull(),
    region: text('region').notNull(),
    disciplines: text('disciplines').array().notNull(),
    fields: text('fields').array().notNull(),
    outputs: jsonb('outputs').$type<ExpertOutput[]>().notNull(),
    availability: text('availability').notNull(),
    consentToContact: boolean('consent_to_contact').notNull(),
  },
  (t) => [uniqueIndex('experts_tenant_code_uq').on(t.tenantId, t.code)],
);

export const talents = pgTable(
  'talents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    code: text('code').notNull(),
    name: text('name').notNull(),
    education: text('education').notNull(),
    major: text('major').notNull(),
    skills: text('skills').array().notNull(),
    experienceYears: integer('experience_years').notNull(),
    desiredRole: text('desired_role').notNull(),
    desiredTownId: uuid('desired_town_id').references(() => towns.id),
  },
  (t) => [uniqueIndex('talents_tenant_code_uq').on(t.tenantId, t.code)],
);
