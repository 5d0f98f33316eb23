import { and, asc, count, desc, eq, ilike, inArray, isNotNull, max, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db.ts';
import { attachments } from '../attachments/attachments.table.ts';
import { resources } from '../catalogue/catalogue.table.ts';
import { enterprises, industries } from '../enterprises/enterprises.table.ts';
import { users } from '../identity/identity.table.ts';
import { departments, towns } from '../org/org.table.ts';
import { experts, talents } from '../talent/talent.table.ts';
import {
  matchAdjustments,
  matchAgreements,
  matchDemands,
  matchEngagementEvents,
  matchEngagements,
  matchFeedback,
  matchInvitations,
  matchOutputs,
  matchTeams,
} from './matching.table.ts';

export type ExpertRow = typeof experts.$inferSelect;
export type NewExpertRow = typeof experts.$inferInsert;
export type TeamRow = typeof matchTeams.$inferSelect;
export type NewTeamRow = typeof matchTeams.$inferInsert;
export type TalentRow = typeof talents.$inferSelect;
export type NewTalentRow = typeof talents.$inferInsert;
export type OutputRow = typeof matchOutputs.$inferSelect;
export type NewOutputRow = typeof matchOutputs.$inferInsert;
export type DemandRow = typeof matchDemands.$inferSelect;
export type NewDemandRow = typeof matchDemands.$inferInsert;
export type EngagementRow = typeof matchEngagements.$inferSelect;
export type NewEngagementRow = typeof matchEngagements.$inferInsert;
export type EngagementEventRow = typeof matchEngagementEvents.$inferSelect;
export type AgreementRow = typeof matchAgreements.$inferSelect;

const like = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
const page = (p: { page: number; pageSize: number }) => ({ limit: p.pageSize, offset: (p.page - 1) * p.pageSize });

// ───────────── experts ─────────────

export interface ExpertFilter {
  ids?: string[] | undefined;
  region?: string | undefined;
  rank?: string | undefined;
  orgType?: string | undefined;
  availability?: string | undefined;
}
function expertWhere(tenantId: string, f: ExpertFilter): SQL {
  return and(
    eq(experts.tenantId, tenantId),
    f.ids ? inArray(experts.id, f.ids.length ? f.ids : ['00000000-0000-0000-0000-000000000000']) : undefined,
    f.region ? eq(experts.region, f.region) : undefined,
    f.rank ? eq(experts.rank, f.rank) : undefined,
    f.orgType ? eq(experts.orgType, f.orgType) : undefined,
    f.availability ? eq(experts.availability, f.availability) : undefined,
  )!;
}
export async function listExpertRows(db: Db, tenantId: string, f: ExpertFilter, p: { page: number; pageSize: number } | null): Promise<{ rows: ExpertRow[]; total: number }> {
  const where = expertWhere(tenantId, f);
  const [c] = await db.select({ n: count() }).from(experts).where(where);
  const q = db.select().from(experts).where(where).orderBy(asc(experts.code));
  const rows = p ? await q.limit(page(p).limit).offset(page(p).offset) : await q;
  return { rows, total: c?.n ?? 0 };
}
export async function findExpertRow(db: Db, tenantId: string, id: string): Promise<ExpertRow | undefined> {
  const [r] = await db.select().from(experts).where(and(eq(experts.tenantId, tenantId), eq(experts.id, id)));
  return r;
}
export async function findExpertRowsByIds(db: Db, tenantId: string, ids: string[]): Promise<ExpertRow[]> {
  if (!ids.length) return [];
  return db.select().from(experts).where(and(eq(experts.tenantId, tenantId), inArray(experts.id, ids)));
}
export async function findIdByCode(db: Db, kind: 'experts' | 'teams' | 'talents' | 'outputs', tenantId: string, code: string): Promise<string | undefined> {
  const t = { experts, teams: matchTeams, talents, outputs: matchOutputs }[kind];
  const [r] = await db.select({ id: t.id }).from(t).where(and(eq(t.tenantId, tenantId), eq(t.code, code)));
  return r?.id;
}
export async function insertExpert(tx: Db, row: NewExpertRow): Promise<ExpertRow> {
  const [r] = await tx.insert(experts).values(row).returning();
  return r!;
}
export async function updateExpert(tx: Db, tenantId: string, id: string, patch: Partial<NewExpertRow>): Promise<ExpertRow> {
  const [r] = await tx.update(experts).set(patch).where(and(eq(experts.tenantId, tenantId), eq(experts.id, id))).returning();
  return r!;
}
export async function listExpertUserIds(db: Db, tenantId: string, expertId: string): Promise<string[]> {
  const rows = await db.select({ id: users.id }).from(users).where(and(eq(users.tenantId, tenantId), eq(users.expertId, expertId), eq(users.isActive, true)));
  return rows.map((r) => r.id);
}
export async function expertIdsWithUsers(db: Db, tenantId: string, expertIds: string[]): Promise<Set<string>> {
  if (!expertIds.length) return new Set();
  const rows = await db.selectDistinct({ id: users.expertId }).from(users).where(and(eq(users.tenantId, tenantId), inArray(users.expertId, expertIds)));
  return new Set(rows.map((r) => r.id).filter((x): x is string => !!x));
}
/** The active accounts of a talent (role `talent`, `users.talent_id`). */
export async function listTalentUserIds(db: Db, tenantId: string, talentId: string): Promise<string[]> {
  const rows = await db.select({ id: users.id }).from(users).where(and(eq(users.tenantId, tenantId), eq(users.talentId, talentId), eq(users.isActive, true)));
  return rows.map((r) => r.id);
}
/** Has this talent a sign-in (then it answers contact requests itself)? */
export async function talentHasUser(db: Db, tenantId: string, talentId: string): Promise<boolean> {
  const [r] = await db.select({ id: users.id }).from(users).where(and(eq(users.tenantId, tenantId), eq(users.talentId, talentId))).limit(1);
  return !!r;
}

// ───────────── teams, talents, outputs ─────────────

export async function listTeamRows(db: Db, tenantId: string, q: string | undefined, p: { page: number; pageSize: number } | null): Promise<{ rows: TeamRow[]; total: number }> {
  const where = and(eq(matchTeams.tenantId, tenantId), q ? or(ilike(matchTeams.name, like(q)), ilike(matchTeams.org, like(q)), ilike(matchTeams.code, like(q))) : undefined);
  const [c] = await db.select({ n: count() }).from(matchTeams).where(where);
  const base = db.select().from(matchTeams).where(where).orderBy(asc(matchTeams.code));
  return { rows: p ? await base.limit(page(p).limit).offset(page(p).offset) : await base, total: c?.n ?? 0 };
}
export async function findTeamRow(db: Db, tenantId: string, id: string): Promise<TeamRow | undefined> {
  const [r] = await db.select().from(matchTeams).where(and(eq(matchTeams.tenantId, tenantId), eq(matchTeams.id, id)));
  return r;
}
export async function insertTeam(tx: Db, row: NewTeamRow): Promise<TeamRow> {
  const [r] = await tx.insert(matchTeams).values(row).returning();
  return r!;
}
export async function updateTeam(tx: Db, tenantId: string, id: string, patch: Partial<NewTeamRow>): Promise<TeamRow> {
  const [r] = await tx.update(matchTeams).set(patch).where(and(eq(matchTeams.tenantId, tenantId), eq(matchTeams.id, id))).returning();
  return r!;
}

export type TalentWithTown = TalentRow & { desiredTownName: string | null };
const talentCols = { t: talents, townName: towns.name };
const withTown = (r: { t: TalentRow; townName: string | null }): TalentWithTown => ({ ...r.t, desiredTownName: r.townName });
export async function listTalentRows(db: Db, tenantId: string, q: string | undefined, p: { page: number; pageSize: number } | null): Promise<{ rows: TalentWithTown[]; total: number }> {
  const where = and(eq(talents.tenantId, tenantId), q ? or(ilike(talents.name, like(q)), ilike(talents.desiredRole, like(q)), ilike(talents.major, like(q)), ilike(talents.code, like(q))) : undefined);
  const [c] = await db.select({ n: count() }).from(talents).where(where);
  const base = db.select(talentCols).from(talents).leftJoin(towns, eq(towns.id, talents.desiredTownId)).where(where).orderBy(asc(talents.code));
  const rows = p ? await base.limit(page(p).limit).offset(page(p).offset) : await base;
  return { rows: rows.map(withTown), total: c?.n ?? 0 };
}
export async function findTalentRow(db: Db, tenantId: string, id: string): Promise<TalentWithTown | undefined> {
  const [r] = await db.select(talentCols).from(talents).leftJoin(towns, eq(towns.id, talents.desiredTownId)).where(and(eq(talents.tenantId, tenantId), eq(talents.id, id)));
  return r ? withTown(r) : undefined;
}
export async function insertTalent(tx: Db, row: NewTalentRow): Promise<TalentRow> {
  const [r] = await tx.insert(talents).values(row).returning();
  return r!;
}
export async function updateTalent(tx: Db, tenantId: string, id: string, patch: Partial<NewTalentRow>): Promise<TalentRow> {
  const [r] = await tx.update(talents).set(patch).where(and(eq(talents.tenantId, tenantId), eq(talents.id, id))).returning();
  return r!;
}

export type OutputWithOwner = OutputRow & { ownerExpertName: string | null };
const outputCols = { o: matchOutputs, ownerName: experts.name };
const withOwner = (r: { o: OutputRow; ownerName: string | null }): OutputWithOwner => ({ ...r.o, ownerExpertName: r.ownerName });
export async function listOutputRows(db: Db, tenantId: string, q: string | undefined, p: { page: number; pageSize: number } | null): Promise<{ rows: OutputWithOwner[]; total: number }> {
  const where = and(eq(matchOutputs.tenantId, tenantId), q ? or(ilike(matchOutputs.title, like(q)), ilike(matchOutputs.ownerOrg, like(q)), ilike(matchOutputs.code, like(q))) : undefined);
  const [c] = await db.select({ n: count() }).from(matchOutputs).where(where);
  const base = db.select(outputCols).from(matchOutputs).leftJoin(experts, eq(experts.id, matchOutputs.ownerExpertId)).where(where).orderBy(asc(matchOutputs.code));
  const rows = p ? await base.limit(page(p).limit).offset(page(p).offset) : await base;
  return { rows: rows.map(withOwner), total: c?.n ?? 0 };
}
export async function findOutputRow(db: Db, tenantId: string, id: string): Promise<OutputWithOwner | undefined> {
  const [r] = await db.select(outputCols).from(matchOutputs).leftJoin(experts, eq(experts.id, matchOutputs.ownerExpertId)).where(and(eq(matchOutputs.tenantId, tenantId), eq(matchOutputs.id, id)));
  return r ? withOwner(r) : undefined;
}
export async function insertOutput(tx: Db, row: NewOutputRow): Promise<OutputRow> {
  const [r] = await tx.insert(matchOutputs).values(row).returning();
  return r!;
}
export async function updateOutput(tx: Db, tenantId: string, id: string, patch: Partial<NewOutputRow>): Promise<OutputRow> {
  const [r] = await tx.update(matchOutputs).set(patch).where(and(eq(matchOutputs.tenantId, tenantId), eq(matchOutputs.id, id))).returning();
  return r!;
}

// ───────────── catalogue resources (read only), towns, enterprises ─────────────

export interface ResourceBrief {
  id: string;
  name: string;
  kind: string;
  ownerOrg: string;
  tags: string[];
  description: string;
  availability: string;
  status: string;
  contactName: string;
  contactPhone: string;
}
const resourceCols = {
  id: resources.id,
  name: resources.name,
  kind: resources.kind,
  ownerOrg: resources.ownerOrg,
  tags: resources.tags,
  description: resources.description,
  availability: resources.availability,
  status: resources.status,
  contactName: resources.contactName,
  contactPhone: resources.contactPhone,
};
export async function listResourceBriefs(db: Db, tenantId: string, ids?: string[]): Promise<ResourceBrief[]> {
  if (ids && !ids.length) return [];
  return db.select(resourceCols).from(resources).where(and(eq(resources.tenantId, tenantId), ids ? inArray(resources.id, ids) : undefined));
}
/** Changes whenever a catalogue resource is added or edited (the index reloads resources then). */
export async function resourcesStamp(db: Db, tenantId: string): Promise<string> {
  const [r] = await db.select({ n: count(), at: max(resources.updatedAt) }).from(resources).where(eq(resources.tenantId, tenantId));
  return `${r?.n ?? 0}:${r?.at ? new Date(r.at).getTime() : 0}`;
}
export async function findTownRow(db: Db, tenantId: string, id: string): Promise<{ id: string; name: string } | undefined> {
  const [r] = await db.select({ id: towns.id, name: towns.name }).from(towns).where(and(eq(towns.tenantId, tenantId), eq(towns.id, id)));
  return r;
}
export interface EnterpriseBrief {
  id: string;
  name: string;
  industryCode: string;
  townId: string | null;
}
export async function findEnterpriseBrief(db: Db, tenantId: string, id: string): Promise<EnterpriseBrief | undefined> {
  const [r] = await db
    .select({ id: enterprises.id, name: enterprises.name, industryCode: enterprises.industryCode, townId: enterprises.townId })
    .from(enterprises)
    .where(and(eq(enterprises.tenantId, tenantId), eq(enterprises.id, id)));
  return r;
}
export async function industryExists(db: Db, code: string): Promise<boolean> {
  const [r] = await db.select({ code: industries.code }).from(industries).where(eq(industries.code, code));
  return !!r;
}
export async function findEnterpriseContact(db: Db, tenantId: string, enterpriseId: string): Promise<{ name: string; phone: string | null } | null> {
  const [e] = await db
    .select({ name: enterprises.name, contactPhone: enterprises.contactPhone, contacts: enterprises.contacts })
    .from(enterprises)
    .where(and(eq(enterprises.tenantId, tenantId), eq(enterprises.id, enterpriseId)));
  if (!e) return null;
  const first = e.contacts[0];
  return first ? { name: `${first.name}（${e.name}）`, phone: first.phone } : { name: e.name, phone: e.contactPhone };
}

// ───────────── candidates (any kind) ─────────────

export interface CandidateBrief {
  kind: 'expert' | 'team' | 'resource' | 'talent' | 'output';
  id: string;
  name: string;
  subtitle: string;
  availability: string | null;
  outputs: { title: string; year: number; type: string }[];
}

/** Names and short descriptions of candidates of one kind, for recommendation lists and engagements. */
export async function listCandidateBriefs(db: Db, tenantId: string, kind: CandidateBrief['kind'], ids: string[]): Promise<CandidateBrief[]> {
  if (!ids.length) return [];
  switch (kind) {
    case 'expert':
      return (await db.select().from(experts).where(and(eq(experts.tenantId, tenantId), inArray(experts.id, ids)))).map((e) => ({
        kind,
        id: e.id,
        name: e.name,
        subtitle: `${e.title} · ${e.org}`,
        availability: e.availability,
        outputs: e.outputs,
      }));
    case 'team':
      return (await db.select().from(matchTeams).where(and(eq(matchTeams.tenantId, tenantId), inArray(matchTeams.id, ids)))).map((t) => ({
        kind,
        id: t.id,
        name: t.name,
        subtitle: `${t.org} · 负责人 ${t.leaderName}`,
        availability: t.availability,
        outputs: t.outputs,
      }));
    case 'talent':
      return (await db.select().from(talents).where(and(eq(talents.tenantId, tenantId), inArray(talents.id, ids)))).map((t) => ({
        kind,
        id: t.id,
        name: t.name,
        subtitle: `${t.education} · ${t.major} · 意向${t.desiredRole}`,
        availability: null,
        outputs: [],
      }));
    case 'output':
      return (await db.select().from(matchOutputs).where(and(eq(matchOutputs.tenantId, tenantId), inArray(matchOutputs.id, ids)))).map((o) => ({
        kind,
        id: o.id,
        name: o.title,
        subtitle: `${o.ownerOrg} · ${o.year}`,
        availability: null,
        outputs: [],
      }));
    case 'resource':
      return (await listResourceBriefs(db, tenantId, ids)).map((r) => ({ kind, id: r.id, name: r.name, subtitle: r.ownerOrg, availability: null, outputs: [] }));
  }
}

// ───────────── demands ─────────────

export async function nextDemandNumber(tx: Db, tenantId: string, year: number): Promise<string> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`match_demand_number:${tenantId}`}))`);
  const prefix = `XQ${year}-`;
  const [r] = await tx
    .select({ n: max(matchDemands.number) })
    .from(matchDemands)
    .where(and(eq(matchDemands.tenantId, tenantId), ilike(matchDemands.number, `${prefix}%`)));
  const last = r?.n ? Number(r.n.slice(prefix.length)) : 0;
  return `${prefix}${String(last + 1).padStart(6, '0')}`;
}
export async function insertDemand(tx: Db, row: NewDemandRow): Promise<DemandRow> {
  const [r] = await tx.insert(matchDemands).values(row).returning();
  return r!;
}
export async function updateDemand(tx: Db, id: string, patch: Partial<NewDemandRow>): Promise<void> {
  await tx.update(matchDemands).set(patch).where(eq(matchDemands.id, id));
}
export async function findDemandRow(db: Db, tenantId: string, id: string, forUpdate = false): Promise<DemandRow | undefined> {
  const q = db.select().from(matchDemands).where(and(eq(matchDemands.tenantId, tenantId), eq(matchDemands.id, id)));
  const [r] = forUpdate ? await q.for('update') : await q;
  return r;
}
export async function listAllDemandRows(db: Db, tenantId: string): Promise<DemandRow[]> {
  return db.select().from(matchDemands).where(eq(matchDemands.tenantId, tenantId));
}

export interface DemandSummaryRow {
  d: DemandRow;
  enterpriseName: string;
  industryName: string | null;
  townName: string | null;
  postedByName: string | null;
  engagementCount: number;
}
const engagementCountSql = sql<number>`(select count(*)::int from ${matchEngagements} where ${matchEngagements.demandId} = ${matchDemands.id})`;
const demandSummaryCols = { d: matchDemands, enterpriseName: enterprises.name, industryName: industries.name, townName: towns.name, postedByName: users.displayName, engagementCount: engagementCountSql };

/** Who sees which demands: all of the tenant, one enterprise's, or the non-confidential ones plus those an expert is invited to. */
export type DemandVisibility = { kind: 'tenant' } | { kind: 'enterprise'; enterpriseId: string } | { kind: 'expert'; expertId: string | null };
export interface DemandRowFilter {
  tenantId: string;
  visibility: DemandVisibility;
  ids?: string[] | undefined;
  kind?: string | undefined;
  status?: string | undefined;
  keyword?: string | undefined;
}
function demandWhere(f: DemandRowFilter): SQL {
  const v = f.visibility;
  const invited = (expertId: string) => sql`exists (select 1 from ${matchInvitations} where ${matchInvitations.demandId} = ${matchDemands.id} and ${matchInvitations.expertId} = ${expertId})`;
  return and(
    eq(matchDemands.tenantId, f.tenantId),
    v.kind === 'enterprise' ? eq(matchDemands.enterpriseId, v.enterpriseId) : undefined,
    v.kind === 'expert' ? (v.expertId ? or(eq(matchDemands.confidential, false), invited(v.expertId)) : eq(matchDemands.confidential, false)) : undefined,
    f.ids ? inArray(matchDemands.id, f.ids.length ? f.ids : ['00000000-0000-0000-0000-000000000000']) : undefined,
    f.kind ? eq(matchDemands.kind, f.kind as DemandRow['kind']) : undefined,
    f.status ? eq(matchDemands.status, f.status as DemandRow['status']) : undefined,
    f.keyword ? or(ilike(matchDemands.title, like(f.keyword)), ilike(matchDemands.number, like(f.keyword))) : undefined,
  )!;
}
export async function listDemandSummaryRows(db: Db, f: DemandRowFilter, p: { page: number; pageSize: number } | null): Promise<{ rows: DemandSummaryRow[]; total: number }> {
  const where = demandWhere(f);
  const [c] = await db.select({ n: count() }).from(matchDemands).where(where);
  const base = db
    .select(demandSummaryCols)
    .from(matchDemands)
    .innerJoin(enterprises, eq(enterprises.id, matchDemands.enterpriseId))
    .leftJoin(industries, eq(industries.code, matchDemands.industryCode))
    .leftJoin(towns, eq(towns.id, enterprises.townId))
    .leftJoin(users, eq(users.id, matchDemands.postedBy))
    .where(where)
    .orderBy(desc(matchDemands.postedAt), desc(matchDemands.number));
  const rows = p ? await base.limit(page(p).limit).offset(page(p).offset) : await base;
  return { rows, total: c?.n ?? 0 };
}

// ───────────── invitations, adjustments, feedback ─────────────

export async function insertInvitation(tx: Db, v: { tenantId: string; demandId: string; expertId: string; invitedBy: string | null; invitedAt: Date }): Promise<boolean> {
  const r = await tx.insert(matchInvitations).values(v).onConflictDoNothing().returning({ id: matchInvitations.id });
  return r.length > 0;
}
export async function isInvited(db: Db, demandId: string, expertId: string): Promise<boolean> {
  const [r] = await db.select({ id: matchInvitations.id }).from(matchInvitations).where(and(eq(matchInvitations.demandId, demandId), eq(matchInvitations.expertId, expertId)));
  return !!r;
}
export async function listInvitedDemandIds(db: Db, tenantId: string, expertId: string): Promise<Set<string>> {
  const rows = await db.select({ id: matchInvitations.demandId }).from(matchInvitations).where(and(eq(matchInvitations.tenantId, tenantId), eq(matchInvitations.expertId, expertId)));
  return new Set(rows.map((r) => r.id));
}
export async function listInvitations(db: Db, demandId: string): Promise<{ expertId: string; expertName: string; invitedAt: Date; invitedByName: string | null }[]> {
  return db
    .select({ expertId: matchInvitations.expertId, expertName: experts.name, invitedAt: matchInvitations.invitedAt, invitedByName: users.displayName })
    .from(matchInvitations)
    .innerJoin(experts, eq(experts.id, matchInvitations.expertId))
    .leftJoin(users, eq(users.id, matchInvitations.invitedBy))
    .where(eq(matchInvitations.demandId, demandId))
    .orderBy(asc(matchInvitations.invitedAt));
}

export async function upsertAdjustment(tx: Db, v: typeof matchAdjustments.$inferInsert): Promise<void> {
  await tx
    .insert(matchAdjustments)
    .values(v)
    .onConflictDoUpdate({ target: [matchAdjustments.demandId, matchAdjustments.candidateKind, matchAdjustments.candidateId], set: { action: v.action, note: v.note, byUserId: v.byUserId, at: v.at } });
}
export async function deleteAdjustment(tx: Db, demandId: string, candidateKind: string, candidateId: string): Promise<number> {
  const r = await tx
    .delete(matchAdjustments)
    .where(and(eq(matchAdjustments.demandId, demandId), eq(matchAdjustments.candidateKind, candidateKind), eq(matchAdjustments.candidateId, candidateId)))
    .returning({ id: matchAdjustments.id });
  return r.length;
}
export async function listAdjustments(db: Db, demandId: string): Promise<{ candidateKind: string; candidateId: string; action: 'pin' | 'remove' }[]> {
  return db.select({ candidateKind: matchAdjustments.candidateKind, candidateId: matchAdjustments.candidateId, action: matchAdjustments.action }).from(matchAdjustments).where(eq(matchAdjustments.demandId, demandId));
}

export async function upsertFeedback(tx: Db, v: typeof matchFeedback.$inferInsert): Promise<void> {
  await tx
    .insert(matchFeedback)
    .values(v)
    .onConflictDoUpdate({ target: [matchFeedback.demandId, matchFeedback.candidateKind, matchFeedback.candidateId], set: { verdict: v.verdict, reason: v.reason, byUserId: v.byUserId, at: v.at } });
}
export interface FeedbackCountRow {
  candidateKind: string;
  candidateId: string;
  sameEnterprise: boolean;
  verdict: 'accept' | 'decline';
  n: number;
}
/** Feedback counts per candidate by this enterprise (any industry) and by others in this industry. */
export async function feedbackCounts(db: Db, tenantId: string, enterpriseId: string, industryCode: string): Promise<FeedbackCountRow[]> {
  const rows = await db
    .select({ candidateKind: matchFeedback.candidateKind, candidateId: matchFeedback.candidateId, enterpriseId: matchFeedback.enterpriseId, verdict: matchFeedback.verdict, n: count() })
    .from(matchFeedback)
    .where(and(eq(matchFeedback.tenantId, tenantId), or(eq(matchFeedback.enterpriseId, enterpriseId), eq(matchFeedback.industryCode, industryCode))))
    .groupBy(matchFeedback.candidateKind, matchFeedback.candidateId, matchFeedback.enterpriseId, matchFeedback.verdict);
  return rows.map((r) => ({ candidateKind: r.candidateKind, candidateId: r.candidateId, sameEnterprise: r.enterpriseId === enterpriseId, verdict: r.verdict, n: r.n }));
}

export async function listFeedbackForDemand(db: Db, demandId: string): Promise<{ candidateKind: string; candidateId: string; verdict: 'accept' | 'decline' }[]> {
  return db.select({ candidateKind: matchFeedback.candidateKind, candidateId: matchFeedback.candidateId, verdict: matchFeedback.verdict }).from(matchFeedback).where(eq(matchFeedback.demandId, demandId));
}

// ───────────── engagements ─────────────

export async function insertEngagement(tx: Db, row: NewEngagementRow): Promise<EngagementRow> {
  const [r] = await tx.insert(matchEngagements).values(row).returning();
  return r!;
}
export async function findEngagementByCandidate(db: Db, demandId: string, candidateKind: string, candidateId: string): Promise<EngagementRow | undefined> {
  const [r] = await db
    .select()
    .from(matchEngagements)
    .where(and(eq(matchEngagements.demandId, demandId), eq(matchEngagements.candidateKind, candidateKind), eq(matchEngagements.candidateId, candidateId)));
  return r;
}
export async function lockEngagementRow(tx: Db, tenantId: string, id: string): Promise<EngagementRow | undefined> {
  const [r] = await tx
    .select()
    .from(matchEngagements)
    .where(and(eq(matchEngagements.tenantId, tenantId), eq(matchEngagements.id, id)))
    .for('update');
  return r;
}
export async function updateEngagement(tx: Db, id: string, patch: Partial<NewEngagementRow>): Promise<void> {
  await tx.update(matchEngagements).set(patch).where(eq(matchEngagements.id, id));
}
export async function listEngagementsOfDemand(db: Db, demandId: string): Promise<EngagementRow[]> {
  return db.select().from(matchEngagements).where(eq(matchEngagements.demandId, demandId));
}
export async function countOpenEngagementsOfDemand(db: Db, demandId: string, status: EngagementRow['status']): Promise<number> {
  const [r] = await db.select({ n: count() }).from(matchEngagements).where(and(eq(matchEngagements.demandId, demandId), eq(matchEngagements.status, status)));
  return r?.n ?? 0;
}

export type EngagementVisibility = { kind: 'tenant' } | { kind: 'enterprise'; enterpriseId: string } | { kind: 'expert'; expertId: string } | { kind: 'talent'; talentId: string };
export interface EngagementSummaryRow {
  e: EngagementRow;
  d: DemandRow;
  enterpriseName: string;
}
export async function listEngagementRows(
  db: Db,
  f: { tenantId: string; visibility: EngagementVisibility; ids?: string[] | undefined; status?: string | undefined; demandId?: string | undefined },
  p: { page: number; pageSize: number } | null,
): Promise<{ rows: EngagementSummaryRow[]; total: number }> {
  const v = f.visibility;
  const where = and(
    eq(matchEngagements.tenantId, f.tenantId),
    v.kind === 'enterprise' ? eq(matchDemands.enterpriseId, v.enterpriseId) : undefined,
    v.kind === 'expert' ? and(eq(matchEngagements.candidateKind, 'expert'), eq(matchEngagements.candidateId, v.expertId)) : undefined,
    v.kind === 'talent' ? and(eq(matchEngagements.candidateKind, 'talent'), eq(matchEngagements.candidateId, v.talentId)) : undefined,
    f.ids ? inArray(matchEngagements.id, f.ids.length ? f.ids : ['00000000-0000-0000-0000-000000000000']) : undefined,
    f.status ? eq(matchEngagements.status, f.status as EngagementRow['status']) : undefined,
    f.demandId ? eq(matchEngagements.demandId, f.demandId) : undefined,
  );
  const [c] = await db.select({ n: count() }).from(matchEngagements).innerJoin(matchDemands, eq(matchDemands.id, matchEngagements.demandId)).where(where);
  const base = db
    .select({ e: matchEngagements, d: matchDemands, enterpriseName: enterprises.name })
    .from(matchEngagements)
    .innerJoin(matchDemands, eq(matchDemands.id, matchEngagements.demandId))
    .innerJoin(enterprises, eq(enterprises.id, matchDemands.enterpriseId))
    .where(where)
    .orderBy(desc(matchEngagements.updatedAt), asc(matchEngagements.id));
  const rows = p ? await base.limit(page(p).limit).offset(page(p).offset) : await base;
  return { rows, total: c?.n ?? 0 };
}

export async function insertEngagementEvent(tx: Db, v: Omit<typeof matchEngagementEvents.$inferInsert, 'seq'>): Promise<void> {
  const [r] = await tx.select({ n: max(matchEngagementEvents.seq) }).from(matchEngagementEvents).where(eq(matchEngagementEvents.engagementId, v.engagementId));
  await tx.insert(matchEngagementEvents).values({ ...v, seq: (r?.n ?? 0) + 1 });
}
export async function listEngagementEvents(db: Db, engagementId: string): Promise<EngagementEventRow[]> {
  return db.select().from(matchEngagementEvents).where(eq(matchEngagementEvents.engagementId, engagementId)).orderBy(asc(matchEngagementEvents.seq));
}

export async function insertAgreement(tx: Db, v: typeof matchAgreements.$inferInsert): Promise<void> {
  await tx.insert(matchAgreements).values(v);
}
export async function findAgreement(db: Db, engagementId: string): Promise<(AgreementRow & { fileName: string | null }) | undefined> {
  const [r] = await db
    .select({ a: matchAgreements, fileName: attachments.originalName })
    .from(matchAgreements)
    .leftJoin(attachments, eq(attachments.id, matchAgreements.contractAttachmentId))
    .where(eq(matchAgreements.engagementId, engagementId));
  return r ? { ...r.a, fileName: r.fileName } : undefined;
}

/** The agreements of several engagements, by engagement id. */
export async function listAgreementsOfEngagements(db: Db, engagementIds: readonly string[]): Promise<Map<string, AgreementRow>> {
  if (engagementIds.length === 0) return new Map();
  const rows = await db.select().from(matchAgreements).where(inArray(matchAgreements.engagementId, [...engagementIds]));
  return new Map(rows.map((r) => [r.engagementId, r]));
}

/** Engagements of one candidate by status (the talent's workbench). */
export async function countCandidateEngagementsByStatus(db: Db, tenantId: string, candidateKind: 'expert' | 'talent', candidateId: string): Promise<Map<string, number>> {
  const rows = await db
    .select({ status: matchEngagements.status, n: count() })
    .from(matchEngagements)
    .where(and(eq(matchEngagements.tenantId, tenantId), eq(matchEngagements.candidateKind, candidateKind), eq(matchEngagements.candidateId, candidateId)))
    .groupBy(matchEngagements.status);
  return new Map(rows.map((r) => [r.status, r.n]));
}

/** Has this enterprise an engagement with this expert in which the expert consented (contact shared)? */
export async function hasContactSharedEngagement(db: Db, tenantId: string, enterpriseId: string, expertId: string): Promise<boolean> {
  const [r] = await db
    .select({ id: matchEngagements.id })
    .from(matchEngagements)
    .innerJoin(matchDemands, eq(matchDemands.id, matchEngagements.demandId))
    .where(
      and(
        eq(matchEngagements.tenantId, tenantId),
        eq(matchDemands.enterpriseId, enterpriseId),
        eq(matchEngagements.candidateKind, 'expert'),
        eq(matchEngagements.candidateId, expertId),
        inArray(matchEngagements.status, ['consented', 'meeting', 'agreement', 'solved']),
      ),
    )
    .limit(1);
  return !!r;
}

// ───────────── outcomes ─────────────

export interface OutcomeFact {
  metric: 'solved' | 'hired' | 'agreement';
  engagementId: string;
  demandId: string;
  demandNumber: string;
  demandTitle: string;
  demandKind: string;
  enterpriseId: string;
  enterpriseName: string;
  candidateName: string;
  status: EngagementRow['status'];
  at: Date;
  /** Agreement: the signing day; else null (the month comes from `at`). */
  signedOn: string | null;
  amountYuan: number | null;
  departmentId: string | null;
  departmentName: string | null;
  townCode: string | null;
  townName: string | null;
  industryCode: string;
  industryName: string | null;
}

/** Every outcome of the tenant: solved problems, hires and signed agreements (the county's volume is thousands). */
export async function listOutcomeFacts(db: Db, tenantId: string): Promise<OutcomeFact[]> {
  const base = {
    engagementId: matchEngagements.id,
    demandId: matchDemands.id,
    demandNumber: matchDemands.number,
    demandTitle: matchDemands.title,
    demandKind: matchDemands.kind,
    enterpriseId: enterprises.id,
    enterpriseName: enterprises.name,
    candidateName: matchEngagements.candidateName,
    status: matchEngagements.status,
    departmentId: matchDemands.departmentId,
    departmentName: departments.name,
    townCode: towns.code,
    townName: towns.name,
    industryCode: matchDemands.industryCode,
    industryName: industries.name,
  };
  const closed = await db
    .select({ ...base, closedAt: matchEngagements.closedAt })
    .from(matchEngagements)
    .innerJoin(matchDemands, eq(matchDemands.id, matchEngagements.demandId))
    .innerJoin(enterprises, eq(enterprises.id, matchDemands.enterpriseId))
    .leftJoin(towns, eq(towns.id, enterprises.townId))
    .leftJoin(industries, eq(industries.code, matchDemands.industryCode))
    .leftJoin(departments, eq(departments.id, matchDemands.departmentId))
    .where(and(eq(matchEngagements.tenantId, tenantId), inArray(matchEngagements.status, ['solved', 'hired']), isNotNull(matchEngagements.closedAt)));
  const agreed = await db
    .select({ ...base, createdAt: matchAgreements.createdAt, signedOn: matchAgreements.signedOn, amountYuan: matchAgreements.amountYuan })
    .from(matchAgreements)
    .innerJoin(matchEngagements, eq(matchEngagements.id, matchAgreements.engagementId))
    .innerJoin(matchDemands, eq(matchDemands.id, matchEngagements.demandId))
    .innerJoin(enterprises, eq(enterprises.id, matchDemands.enterpriseId))
    .leftJoin(towns, eq(towns.id, enterprises.townId))
    .leftJoin(industries, eq(industries.code, matchDemands.industryCode))
    .leftJoin(departments, eq(departments.id, matchDemands.departmentId))
    .where(and(eq(matchAgreements.tenantId, tenantId), ne(matchEngagements.status, 'cancelled')));
  return [
    ...closed.map(({ closedAt, ...r }) => ({ ...r, metric: r.status === 'hired' ? ('hired' as const) : ('solved' as const), at: closedAt!, signedOn: null, amountYuan: null })),
    ...agreed.map(({ createdAt, signedOn, amountYuan, ...r }) => ({ ...r, metric: 'agreement' as const, at: createdAt, signedOn, amountYuan })),
  ];
}

export async function findBureauDepartmentId(db: Db, tenantId: string): Promise<string | null> {
  const [r] = await db.select({ id: departments.id }).from(departments).where(and(eq(departments.tenantId, tenantId), eq(departments.isBureau, true)));
  return r?.id ?? null;
}
