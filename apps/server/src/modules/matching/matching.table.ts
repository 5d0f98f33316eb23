import { bigint, boolean, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { attachments } from '../attachments/attachments.table.ts';
import { enterprises } from '../enterprises/enterprises.table.ts';
import { users } from '../identity/identity.table.ts';
import { departments, tenants } from '../org/org.table.ts';
import { experts, type ExpertOutput } from '../talent/talent.table.ts';

const engagementStatus = ['recommended', 'contact_requested', 'consented', 'declined', 'meeting', 'agreement', 'solved', 'interview', 'hired', 'cancelled'] as const;

/** University and institute teams (supply). */
export const matchTeams = pgTable(
  'match_teams',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    code: text('code').notNull(),
    name: text('name').notNull(),
    org: text('org').notNull(),
    orgType: text('org_type').notNull(),
    region: text('region').notNull(),
    leaderName: text('leader_name').notNull(),
    memberCount: integer('member_count').notNull(),
    fields: text('fields').array().notNull(),
    description: text('description').notNull(),
    outputs: jsonb('outputs').$type<ExpertOutput[]>().notNull(),
    availability: text('availability').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('match_teams_tenant_code_uq').on(t.tenantId, t.code)],
);

/** Research outputs offered for transfer (成果转化). */
export const matchOutputs = pgTable(
  'match_outputs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    code: text('code').notNull(),
    title: text('title').notNull(),
    type: text('type').notNull(),
    year: integer('year').notNull(),
    ownerOrg: text('owner_org').notNull(),
    ownerExpertId: uuid('owner_expert_id').references(() => experts.id),
    fields: text('fields').array().notNull(),
    description: text('description').notNull(),
    transferMode: text('transfer_mode').notNull(),
    askingPriceYuan: bigint('asking_price_yuan', { mode: 'number' }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('match_outputs_tenant_code_uq').on(t.tenantId, t.code)],
);

/** Demands: technical problems, talent needs and cooperation needs of enterprises. */
export const matchDemands = pgTable(
  'match_demands',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    /** XQ<year>-<6 digits>, unique per tenant. */
    number: text('number').notNull(),
    kind: text('kind', { enum: ['problem', 'talent_need', 'cooperation'] }).notNull(),
    enterpriseId: uuid('enterprise_id').notNull().references(() => enterprises.id),
    industryCode: text('industry_code').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull(),
    keywords: text('keywords').array().notNull(),
    status: text('status', { enum: ['open', 'brokering', 'solved', 'closed'] }).notNull(),
    confidential: boolean('confidential').notNull().default(false),
    budgetBand: text('budget_band'),
    salaryBand: text('salary_band'),
    deadline: date('deadline', { mode: 'string' }),
    role: text('role'),
    requirements: text('requirements'),
    education: text('education'),
    place: text('place'),
    headcount: integer('headcount'),
    mode: text('mode'),
    /** The department of the broker who first pushed a recommendation (counters by department). */
    departmentId: uuid('department_id').references(() => departments.id),
    postedBy: uuid('posted_by').references(() => users.id),
    postedAt: timestamp('posted_at', { withTimezone: true }).notNull(),
    solvedAt: timestamp('solved_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closeReason: text('close_reason'),
  },
  (t) => [uniqueIndex('match_demands_tenant_number_uq').on(t.tenantId, t.number), index('match_demands_tenant_enterprise_idx').on(t.tenantId, t.enterpriseId)],
);

/** Experts invited to see a (confidential) demand, by its enterprise or a broker. */
export const matchInvitations = pgTable(
  'match_invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    demandId: uuid('demand_id').notNull().references(() => matchDemands.id),
    expertId: uuid('expert_id').notNull().references(() => experts.id),
    invitedBy: uuid('invited_by').references(() => users.id),
    invitedAt: timestamp('invited_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('match_invitations_demand_expert_uq').on(t.demandId, t.expertId)],
);

/** A broker's pin / removal of one candidate for one demand (latest wins; `restore` deletes the row). */
export const matchAdjustments = pgTable(
  'match_adjustments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    demandId: uuid('demand_id').notNull().references(() => matchDemands.id),
    candidateKind: text('candidate_kind').notNull(),
    candidateId: uuid('candidate_id').notNull(),
    action: text('action', { enum: ['pin', 'remove'] }).notNull(),
    note: text('note').notNull(),
    byUserId: uuid('by_user_id').references(() => users.id),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('match_adjustments_demand_candidate_uq').on(t.demandId, t.candidateKind, t.candidateId)],
);

/** Accept / decline feedback of an enterprise (or a broker for it) on a recommended candidate. */
export const matchFeedback = pgTable(
  'match_feedback',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    demandId: uuid('demand_id').notNull().references(() => matchDemands.id),
    enterpriseId: uuid('enterprise_id').notNull().references(() => enterprises.id),
    industryCode: text('industry_code').notNull(),
    candidateKind: text('candidate_kind').notNull(),
    candidateId: uuid('candidate_id').notNull(),
    verdict: text('verdict', { enum: ['accept', 'decline'] }).notNull(),
    reason: text('reason').notNull(),
    byUserId: uuid('by_user_id').references(() => users.id),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('match_feedback_demand_candidate_uq').on(t.demandId, t.candidateKind, t.candidateId), index('match_feedback_tenant_industry_idx').on(t.tenantId, t.industryCode)],
);

/** Brokerage of one candidate for one demand, from the push to the outcome. */
export const matchEngagements = pgTable(
  'match_engagements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    demandId: uuid('demand_id').notNull().references(() => matchDemands.id),
    candidateKind: text('candidate_kind').notNull(),
    candidateId: uuid('candidate_id').notNull(),
    candidateName: text('candidate_name').notNull(),
    status: text('status', { enum: engagementStatus }).notNull(),
    meetingOn: date('meeting_on', { mode: 'string' }),
    meetingPlace: text('meeting_place'),
    meetingNote: text('meeting_note'),
    consentedAt: timestamp('consented_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    /** When it reached solved / hired / declined / cancelled (outcomes count solved and hired by this time). */
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('match_engagements_demand_candidate_uq').on(t.demandId, t.candidateKind, t.candidateId), index('match_engagements_tenant_status_idx').on(t.tenantId, t.status)],
);

export const matchEngagementEvents = pgTable(
  'match_engagement_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    engagementId: uuid('engagement_id').notNull().references(() => matchEngagements.id),
    seq: integer('seq').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorId: uuid('actor_id').references(() => users.id),
    actorName: text('actor_name').notNull(),
    actorRole: text('actor_role'),
    action: text('action').notNull(),
    fromStatus: text('from_status', { enum: engagementStatus }),
    toStatus: text('to_status', { enum: engagementStatus }).notNull(),
    note: text('note'),
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [uniqueIndex('match_engagement_events_seq_uq').on(t.engagementId, t.seq)],
);

/** IUR (产学研) project agreements: the contract that a brokered problem led to. */
export const matchAgreements = pgTable(
  'match_agreements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    engagementId: uuid('engagement_id').notNull().references(() => matchEngagements.id),
    demandId: uuid('demand_id').notNull().references(() => matchDemands.id),
    title: text('title').notNull(),
    parties: text('parties').array().notNull(),
    amountYuan: bigint('amount_yuan', { mode: 'number' }).notNull(),
    signedOn: date('signed_on', { mode: 'string' }).notNull(),
    startOn: date('start_on', { mode: 'string' }).notNull(),
    endOn: date('end_on', { mode: 'string' }).notNull(),
    contractAttachmentId: uuid('contract_attachment_id').references(() => attachments.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('match_agreements_engagement_uq').on(t.engagementId), index('match_agreements_tenant_signed_idx').on(t.tenantId, t.signedOn)],
);
