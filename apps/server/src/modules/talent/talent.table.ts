import { boolean, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
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
    /** Shown only to the expert, brokers and parties of an engagement the expert consented to. */
    contactPhone: text('contact_phone'),
    contactEmail: text('contact_email'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
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
    experience: text('experience').notNull().default(''),
    desiredPlace: text('desired_place').notNull().default(''),
    contactPhone: text('contact_phone'),
    /** Kept by the talent itself once it has a sign-in (`users.talent_id`). */
    availability: text('availability').notNull().default('available'),
    /** Willing to be contacted through the bureau; the phone reaches an enterprise only after the talent consents to its request. */
    consentToContact: boolean('consent_to_contact').notNull().default(false),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('talents_tenant_code_uq').on(t.tenantId, t.code)],
);
