/**
 * Matching (对接): supply (experts, teams, talents, research outputs, catalogue resources),
 * demand (technical problems, talent needs, cooperation needs), ranked recommendations with
 * reasons, brokerage to outcomes, and outcome counters. Issue 4. Server module:
 * apps/server/src/modules/matching.
 *
 * Routes (all under /api/matching; permissions in roles.ts):
 *
 * Supply
 *   GET  /api/matching/experts                    ExpertListQuery → ExpertPage              match.read
 *   GET  /api/matching/experts/{id}               → ExpertDetail (contact null unless allowed) match.read
 *   POST /api/matching/experts                    ExpertInput → ExpertDetail                profile.manage
 *   PUT  /api/matching/experts/{id}               ExpertInput → ExpertDetail                profile.manage
 *   GET  /api/matching/profile                    → ExpertDetail (the signed-in expert)     profile.edit_own
 *   PUT  /api/matching/profile                    ExpertInput (code ignored) → ExpertDetail profile.edit_own
 *   GET  /api/matching/teams                      SupplyListQuery → MatchTeamPage                match.read
 *   GET  /api/matching/teams/{id}                 → MatchTeam                                    match.read
 *   POST /api/matching/teams                      MatchTeamInput → MatchTeam                          profile.manage
 *   PUT  /api/matching/teams/{id}                 MatchTeamInput → MatchTeam                          profile.manage
 *   GET  /api/matching/talents                    SupplyListQuery → TalentProfilePage              match.read
 *   GET  /api/matching/talents/{id}               → TalentProfile                                  match.read
 *   POST /api/matching/talents                    TalentInput → TalentProfile                      profile.manage
 *   PUT  /api/matching/talents/{id}               TalentInput → TalentProfile                      profile.manage
 *   GET  /api/matching/talent-profile             → TalentProfile (the signed-in talent, with its phone) talent.edit_own
 *   PUT  /api/matching/talent-profile             TalentInput (code ignored) → TalentProfile       talent.edit_own
 *   GET  /api/matching/outputs                    SupplyListQuery → TransferOutputPage      match.read
 *   GET  /api/matching/outputs/{id}               → TransferOutput                          match.read
 *   POST /api/matching/outputs                    TransferOutputInput → TransferOutput      profile.manage
 *   PUT  /api/matching/outputs/{id}               TransferOutputInput → TransferOutput      profile.manage
 *   POST /api/matching/imports/{kind}             multipart `file` (.xlsx or .jsonl) → MatchImportReport
 *                                                 kind ∈ experts|teams|talents|outputs; all-or-nothing      profile.manage
 *   GET  /api/matching/imports/{kind}/template.xlsx → the Excel template (column headers)   profile.manage
 *
 * Demand
 *   POST /api/matching/demands                    DemandInput → DemandDetail                demand.post (enterprise: own; broker: enterpriseId required)
 *   GET  /api/matching/demands                    DemandListQuery → DemandPage              match.read (enterprise: own; expert: invited; broker: all)
 *   GET  /api/matching/demands/fitting-me         → FittingDemandList (expert: open problems that fit the profile) profile.edit_own
 *   GET  /api/matching/demands/{id}               → DemandDetail (confidential: 404 unless owner, broker or invited expert) match.read
 *   POST /api/matching/demands/{id}/invitations   InvitationInput → DemandDetail            demand.post (owner) or match.broker
 *   POST /api/matching/demands/{id}/close         CloseDemandInput → DemandDetail           demand.post (owner) or match.broker
 *
 * Matching
 *   GET  /api/matching/demands/{id}/recommendations  RecommendationQuery → RecommendationList   owner enterprise or match.broker
 *   POST /api/matching/demands/{id}/adjustments      AdjustmentInput → RecommendationList      match.broker (pin / remove / restore)
 *   POST /api/matching/demands/{id}/push             PushInput → EngagementDetail              match.broker (creates an engagement `recommended`)
 *   POST /api/matching/demands/{id}/feedback         FeedbackInput → RecommendationList        owner enterprise or match.broker
 *
 * Brokerage
 *   GET  /api/matching/engagements                   EngagementListQuery → EngagementPage      match.read (scoped: enterprise own, expert own, broker all)
 *                                                    or engagement.answer_own (a talent: those where it is the candidate; also for the routes below)
 *   GET  /api/matching/engagements/{id}              → EngagementDetail (events; contact only after consent)  match.read
 *   GET  /api/matching/engagements/{id}/contract     → the agreement's contract file (download; 404 without one)  match.read (same scope as the engagement)
 *   POST /api/matching/engagements/{id}/actions/{action}  body per action (EngagementActionInput[action]) → EngagementDetail
 *        action ∈ request_contact | consent | decline | meet | agree | solve | interview | hire | cancel
 *
 * Outcomes
 *   GET  /api/matching/outcomes                      OutcomeQuery → OutcomeTable               match.outcomes
 *   GET  /api/matching/outcomes/records              OutcomeRecordsQuery → OutcomeRecordPage   match.outcomes (the records behind one cell)
 */
import { z } from 'zod';
import { Id, IsoDate, IsoDateTime, pageOf, PageQuery } from './common.ts';
import { Role } from './roles.ts';

const Text = (min: number, max: number) => z.string().trim().min(min).max(max);
const Code = z.string().trim().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$/, 'letters, digits, - and _ (at most 32)');
const TermList = (max: number) => z.array(Text(1, 40)).max(max);
const Phone = z.string().trim().regex(/^\+?[0-9][0-9 -]{4,19}$/, 'a phone number');
const Email = z.string().trim().email().max(120);
/** A real calendar day (2026-02-30 is refused, not stored). */
const Day = IsoDate.refine((v) => { const d = new Date(`${v}T00:00:00Z`); return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v; }, 'not a real date');

// ───────────── enums ─────────────

export const ExpertRank = z.enum(['正高级', '副高级', '中级', '初级']);
export type ExpertRank = z.infer<typeof ExpertRank>;
export const ExpertOrgType = z.enum(['university', 'institute', 'enterprise', 'hospital', 'other']);
export type ExpertOrgType = z.infer<typeof ExpertOrgType>;
export const ExpertAvailability = z.enum(['available', 'busy', 'unavailable']);
export type ExpertAvailability = z.infer<typeof ExpertAvailability>;
export const ExpertOutputType = z.enum(['paper', 'patent', 'project', 'standard', 'software', 'award', 'other']);
export type ExpertOutputType = z.infer<typeof ExpertOutputType>;
export const TalentEducation = z.enum(['博士', '硕士', '本科', '大专']);
export type TalentEducation = z.infer<typeof TalentEducation>;
export const TransferMode = z.enum(['assignment', 'license', 'joint_development', 'equity', 'other']);
export type TransferMode = z.infer<typeof TransferMode>;

/** What a recommendation points at. `resource` is a catalogue resource (labs, platforms, instruments...). */
export const CandidateKind = z.enum(['expert', 'team', 'resource', 'talent', 'output']);
export type CandidateKind = z.infer<typeof CandidateKind>;

export const DemandKind = z.enum(['problem', 'talent_need', 'cooperation']);
export type DemandKind = z.infer<typeof DemandKind>;
/** open → brokering (first push) → solved (a problem solved / a talent hired) | closed. */
export const DemandStatus = z.enum(['open', 'brokering', 'solved', 'closed']);
export type DemandStatus = z.infer<typeof DemandStatus>;
export const BudgetBand = z.enum(['under_100k', '100k_500k', '500k_1m', '1m_5m', 'over_5m', 'negotiable']);
export type BudgetBand = z.infer<typeof BudgetBand>;
export const SalaryBand = z.enum(['under_5k', '5k_10k', '10k_20k', '20k_40k', 'over_40k', 'negotiable']);
export type SalaryBand = z.infer<typeof SalaryBand>;
export const CooperationMode = z.enum(['joint_rd', 'commissioned_rd', 'technology_transfer', 'joint_lab', 'talent_training', 'other']);
export type CooperationMode = z.infer<typeof CooperationMode>;

/**
 * Brokerage states (apps/server/src/modules/matching/engagement-lifecycle.ts).
 * Problem / cooperation: recommended → contact_requested → consented → meeting → agreement → solved.
 * Talent need: recommended → interview → hired; a talent with a sign-in first answers a contact request:
 * recommended → contact_requested → consented → interview → hired. Any open state → cancelled; contact_requested → declined.
 */
export const EngagementStatus = z.enum(['recommended', 'contact_requested', 'consented', 'declined', 'meeting', 'agreement', 'solved', 'interview', 'hired', 'cancelled']);
export type EngagementStatus = z.infer<typeof EngagementStatus>;
export const EngagementAction = z.enum(['request_contact', 'consent', 'decline', 'meet', 'agree', 'solve', 'interview', 'hire', 'cancel']);
export type EngagementAction = z.infer<typeof EngagementAction>;
export const engagementActions = EngagementAction.options;
/** Event rows: every action plus `push` (the broker's recommendation that opened the engagement). */
export const EngagementEventAction = z.enum(['push', ...EngagementAction.options]);
export type EngagementEventAction = z.infer<typeof EngagementEventAction>;

// ───────────── supply ─────────────

export const ExpertOutput = z.object({
  title: Text(2, 300),
  year: z.number().int().min(1950).max(2100),
  type: ExpertOutputType,
});
export type ExpertOutput = z.infer<typeof ExpertOutput>;

export const ContactDetails = z.object({ phone: z.string().nullable(), email: z.string().nullable() });
export type ContactDetails = z.infer<typeof ContactDetails>;

export const ExpertInput = z.object({
  code: Code.describe('unique per county; ignored on PUT /profile'),
  name: Text(1, 50),
  title: Text(1, 50).describe('职称, e.g. 教授'),
  rank: ExpertRank,
  org: Text(2, 100),
  orgType: ExpertOrgType,
  region: Text(1, 50).describe('province or city'),
  disciplines: TermList(10).default([]),
  fields: TermList(20).default([]).describe('research fields (研究方向)'),
  outputs: z.array(ExpertOutput).max(200).default([]),
  availability: ExpertAvailability,
  consentToContact: z.boolean().describe('willing to be contacted through the bureau'),
  contactPhone: Phone.nullable().default(null),
  contactEmail: Email.nullable().default(null),
});
export type ExpertInput = z.infer<typeof ExpertInput>;

export const ExpertSummary = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  title: z.string(),
  rank: ExpertRank,
  org: z.string(),
  orgType: ExpertOrgType,
  region: z.string(),
  disciplines: z.array(z.string()),
  fields: z.array(z.string()),
  availability: ExpertAvailability,
  consentToContact: z.boolean(),
  outputCount: z.number().int(),
});
export type ExpertSummary = z.infer<typeof ExpertSummary>;
export const ExpertDetail = ExpertSummary.extend({
  outputs: z.array(ExpertOutput),
  contact: ContactDetails.nullable().describe('only for the expert, brokers, and parties of an engagement the expert consented to; else null'),
  updatedAt: IsoDateTime,
});
export type ExpertDetail = z.infer<typeof ExpertDetail>;
export const ExpertListQuery = PageQuery.extend({
  q: z.string().trim().max(200).optional().describe('ranked text search (packages/match) over fields and outputs'),
  region: z.string().trim().max(50).optional(),
  rank: ExpertRank.optional(),
  orgType: ExpertOrgType.optional(),
  availability: ExpertAvailability.optional(),
});
export type ExpertListQuery = z.infer<typeof ExpertListQuery>;
export const ExpertPage = pageOf(ExpertSummary);
export type ExpertPage = z.infer<typeof ExpertPage>;

export const SupplyListQuery = PageQuery.extend({ q: z.string().trim().max(200).optional().describe('substring of code, name, org or terms') });
export type SupplyListQuery = z.infer<typeof SupplyListQuery>;

export const MatchTeamInput = z.object({
  code: Code,
  name: Text(2, 100),
  org: Text(2, 100),
  orgType: ExpertOrgType,
  region: Text(1, 50),
  leaderName: Text(1, 50),
  memberCount: z.number().int().min(1).max(1000),
  fields: TermList(20).default([]),
  description: z.string().trim().max(5000).default(''),
  outputs: z.array(ExpertOutput).max(200).default([]),
  availability: ExpertAvailability,
});
export type MatchTeamInput = z.infer<typeof MatchTeamInput>;
export const MatchTeam = MatchTeamInput.extend({ id: z.string(), updatedAt: IsoDateTime });
export type MatchTeam = z.infer<typeof MatchTeam>;
export const MatchTeamPage = pageOf(MatchTeam);

export const TalentInput = z.object({
  code: Code,
  name: Text(1, 50),
  education: TalentEducation,
  major: Text(1, 50),
  skills: TermList(30).default([]),
  experienceYears: z.number().int().min(0).max(60),
  experience: z.string().trim().max(3000).default('').describe('work experience, free text'),
  desiredRole: Text(1, 50),
  desiredTownId: Id.nullable().default(null),
  desiredPlace: z.string().trim().max(50).default('').describe('free text when not a town of the county'),
  contactPhone: Phone.nullable().default(null),
  // Kept by the talent itself once it has a sign-in: left out (a broker's edit, an import), the stored value stays.
  availability: ExpertAvailability.optional().describe('left out: unchanged (new talents: available)'),
  consentToContact: z.boolean().optional().describe('willing to be contacted through the bureau; left out: unchanged (new talents: false)'),
});
export type TalentInput = z.infer<typeof TalentInput>;
export const TalentProfile = TalentInput.omit({ contactPhone: true }).extend({
  id: z.string(),
  availability: ExpertAvailability,
  consentToContact: z.boolean(),
  desiredTownName: z.string().nullable(),
  contactPhone: z.string().nullable().describe('brokers only; else null'),
  updatedAt: IsoDateTime,
});
export type TalentProfile = z.infer<typeof TalentProfile>;
export const TalentProfilePage = pageOf(TalentProfile);

export const TransferOutputInput = z.object({
  code: Code,
  title: Text(2, 200),
  type: ExpertOutputType,
  year: z.number().int().min(1950).max(2100),
  ownerOrg: Text(2, 100),
  ownerExpertId: Id.nullable().default(null),
  fields: TermList(20).default([]),
  description: z.string().trim().max(5000).default(''),
  transferMode: TransferMode,
  askingPriceYuan: z.number().int().min(0).max(10_000_000_000).nullable().default(null),
});
export type TransferOutputInput = z.infer<typeof TransferOutputInput>;
export const TransferOutput = TransferOutputInput.extend({ id: z.string(), ownerExpertName: z.string().nullable(), updatedAt: IsoDateTime });
export type TransferOutput = z.infer<typeof TransferOutput>;
export const TransferOutputPage = pageOf(TransferOutput);

// ───────────── bulk import ─────────────

export const ImportKind = z.enum(['experts', 'teams', 'talents', 'outputs']);
export type ImportKind = z.infer<typeof ImportKind>;
export const MatchImportReject = z.object({
  row: z.number().int().describe('Excel: sheet row (header = 1); JSON Lines: line number (1-based)'),
  field: z.string().describe('the field name (JSON key; Excel: the column header is in `column`)'),
  column: z.string().describe('Chinese column header of the Excel template'),
  value: z.string(),
  reasonZh: z.string(),
  reasonEn: z.string(),
});
export type MatchImportReject = z.infer<typeof MatchImportReject>;
export const MatchImportReport = z.object({
  kind: ImportKind,
  format: z.enum(['xlsx', 'jsonl']),
  committed: z.boolean().describe('false when any row was rejected: nothing was written (all-or-nothing)'),
  totalRows: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  rejected: z.array(MatchImportReject),
});
export type MatchImportReport = z.infer<typeof MatchImportReport>;

// ───────────── demand ─────────────

const DemandBase = z.object({
  title: Text(4, 120),
  description: Text(10, 5000),
  keywords: TermList(20).default([]),
  enterpriseId: Id.optional().describe('brokers posting for an enterprise; ignored for enterprise users'),
  industryCode: z.string().trim().max(10).optional().describe('GB/T 4754 code; defaults to the enterprise’s industry'),
  deadline: Day.nullable().default(null),
});
export const TechnicalProblemInput = DemandBase.extend({
  kind: z.literal('problem'),
  budgetBand: BudgetBand,
  confidential: z.boolean().default(false),
});
export const TalentNeedInput = DemandBase.extend({
  kind: z.literal('talent_need'),
  role: Text(1, 50),
  requirements: z.string().trim().max(3000).default(''),
  education: TalentEducation.nullable().default(null).describe('minimum education'),
  place: Text(1, 50).describe('where the job is'),
  salaryBand: SalaryBand,
  headcount: z.number().int().min(1).max(500).default(1),
});
export const CooperationNeedInput = DemandBase.extend({
  kind: z.literal('cooperation'),
  mode: CooperationMode,
  budgetBand: BudgetBand,
  confidential: z.boolean().default(false),
});
export const DemandInput = z.discriminatedUnion('kind', [TechnicalProblemInput, TalentNeedInput, CooperationNeedInput]);
export type DemandInput = z.infer<typeof DemandInput>;

export const DemandSummary = z.object({
  id: z.string(),
  number: z.string().describe('e.g. XQ2026-000123'),
  kind: DemandKind,
  title: z.string(),
  enterpriseId: z.string(),
  enterpriseName: z.string(),
  industryCode: z.string(),
  industryName: z.string(),
  townName: z.string().nullable(),
  status: DemandStatus,
  confidential: z.boolean(),
  budgetBand: BudgetBand.nullable(),
  salaryBand: SalaryBand.nullable(),
  deadline: IsoDate.nullable(),
  postedAt: IsoDateTime,
  solvedAt: IsoDateTime.nullable(),
  engagementCount: z.number().int(),
});
export type DemandSummary = z.infer<typeof DemandSummary>;
export const DemandInvitation = z.object({ expertId: z.string(), expertName: z.string(), invitedAt: IsoDateTime, invitedByName: z.string() });
export const DemandDetail = DemandSummary.extend({
  description: z.string(),
  keywords: z.array(z.string()),
  role: z.string().nullable(),
  requirements: z.string().nullable(),
  education: TalentEducation.nullable(),
  place: z.string().nullable(),
  headcount: z.number().int().nullable(),
  mode: CooperationMode.nullable(),
  postedByName: z.string(),
  invitations: z.array(DemandInvitation).describe('owner and brokers only; else empty'),
  canManage: z.boolean().describe('the caller owns it or is a broker'),
});
export type DemandDetail = z.infer<typeof DemandDetail>;
export const DemandListQuery = PageQuery.extend({
  kind: DemandKind.optional(),
  status: DemandStatus.optional(),
  q: z.string().trim().max(100).optional().describe('substring of title or number'),
});
export type DemandListQuery = z.infer<typeof DemandListQuery>;
export const DemandPage = pageOf(DemandSummary);
export type DemandPage = z.infer<typeof DemandPage>;

export const InvitationInput = z.object({ expertId: Id });
export type InvitationInput = z.infer<typeof InvitationInput>;
export const CloseDemandInput = z.object({ reason: Text(2, 500) });
export type CloseDemandInput = z.infer<typeof CloseDemandInput>;

// ───────────── recommendations ─────────────

/** One readable reason, made from the engine's explanation. */
export const MatchReason = z.object({
  zh: z.string().describe('e.g. 研究方向与“热变形、补偿”相符'),
  en: z.string(),
  field: z.enum(['title', 'keywords', 'body', 'org', 'outputs', 'feedback', 'broker']),
  terms: z.array(z.string()),
  outputTitle: z.string().nullable(),
  outputYear: z.number().int().nullable(),
});
export type MatchReason = z.infer<typeof MatchReason>;

export const Recommendation = z.object({
  rank: z.number().int().describe('1-based, after broker adjustments and feedback'),
  candidateKind: CandidateKind,
  candidateId: z.string(),
  name: z.string(),
  subtitle: z.string().describe('title and organisation, team organisation, resource owner, talent role...'),
  score: z.number().describe('engine score × feedback factor'),
  engineScore: z.number(),
  feedbackFactor: z.number().describe('1 = no feedback effect; see the rule in the matching module README'),
  matchedTerms: z.array(z.string()),
  reasons: z.array(MatchReason),
  pinned: z.boolean(),
  removed: z.boolean().describe('removed by a broker: hidden from the enterprise, listed last for brokers'),
  engagementId: z.string().nullable().describe('set once pushed'),
  engagementStatus: EngagementStatus.nullable(),
  feedback: z.enum(['accept', 'decline']).nullable(),
  availability: ExpertAvailability.nullable(),
});
export type Recommendation = z.infer<typeof Recommendation>;
export const RecommendationQuery = z.object({
  candidateKind: CandidateKind.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type RecommendationQuery = z.infer<typeof RecommendationQuery>;
export const RecommendationList = z.object({
  demandId: z.string(),
  queryTerms: z.array(z.string()).describe('the demand text as analysed'),
  items: z.array(Recommendation),
});
export type RecommendationList = z.infer<typeof RecommendationList>;

/** An expert's view of an open problem that fits the profile (confidential ones only when invited). */
export const FittingDemand = z.object({
  demand: DemandSummary,
  score: z.number(),
  reasons: z.array(MatchReason),
  invited: z.boolean(),
});
export const FittingDemandList = z.object({ items: z.array(FittingDemand) });
export type FittingDemandList = z.infer<typeof FittingDemandList>;

export const CandidateRef = z.object({ candidateKind: CandidateKind, candidateId: Id });
export const AdjustmentInput = CandidateRef.extend({ action: z.enum(['pin', 'remove', 'restore']), note: z.string().trim().max(500).default('') });
export type AdjustmentInput = z.infer<typeof AdjustmentInput>;
export const PushInput = CandidateRef.extend({ note: z.string().trim().max(1000).default('') });
export type PushInput = z.infer<typeof PushInput>;
export const FeedbackInput = CandidateRef.extend({ verdict: z.enum(['accept', 'decline']), reason: Text(2, 500) });
export type FeedbackInput = z.infer<typeof FeedbackInput>;

// ───────────── brokerage ─────────────

export const IurAgreement = z.object({
  title: z.string(),
  parties: z.array(z.string()),
  amountYuan: z.number().int(),
  signedOn: IsoDate,
  startOn: IsoDate,
  endOn: IsoDate,
  contractAttachmentId: z.string().nullable(),
  contractFileName: z.string().nullable(),
});
export type IurAgreement = z.infer<typeof IurAgreement>;

export const EngagementEvent = z.object({
  seq: z.number().int(),
  at: IsoDateTime,
  actorId: z.string().nullable(),
  actorName: z.string(),
  actorRole: Role.nullable(),
  action: EngagementEventAction,
  fromStatus: EngagementStatus.nullable(),
  toStatus: EngagementStatus,
  note: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
});
export type EngagementEvent = z.infer<typeof EngagementEvent>;

export const EngagementSummary = z.object({
  id: z.string(),
  demandId: z.string(),
  demandNumber: z.string(),
  demandKind: DemandKind,
  demandTitle: z.string().describe('“保密难题” when the caller may not see a confidential problem’s details'),
  enterpriseId: z.string(),
  enterpriseName: z.string(),
  candidateKind: CandidateKind,
  candidateId: z.string(),
  candidateName: z.string(),
  status: EngagementStatus,
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  closedAt: IsoDateTime.nullable(),
});
export type EngagementSummary = z.infer<typeof EngagementSummary>;
export const EngagementDetail = EngagementSummary.extend({
  candidateContact: ContactDetails.nullable().describe('null until the expert or talent consents (brokers always see it)'),
  enterpriseContact: z.object({ name: z.string(), phone: z.string().nullable() }).nullable().describe('shared with the expert or talent after consent'),
  meeting: z.object({ on: Day, place: z.string(), note: z.string() }).nullable(),
  agreement: IurAgreement.nullable(),
  events: z.array(EngagementEvent),
  allowedActions: z.array(EngagementAction).describe('what the caller may do now'),
});
export type EngagementDetail = z.infer<typeof EngagementDetail>;
export const EngagementListQuery = PageQuery.extend({
  status: EngagementStatus.optional(),
  demandId: Id.optional(),
});
export type EngagementListQuery = z.infer<typeof EngagementListQuery>;
export const EngagementPage = pageOf(EngagementSummary);
export type EngagementPage = z.infer<typeof EngagementPage>;

/** Bodies of `POST /api/matching/engagements/{id}/actions/{action}`. */
export const EngagementNoteInput = z.object({ note: z.string().trim().max(1000).default('') });
export const EngagementReasonInput = z.object({ reason: Text(2, 500) });
export const EngagementMeetInput = z.object({ on: Day, place: Text(2, 200), note: z.string().trim().max(1000).default('') });
export const EngagementAgreeInput = z
  .object({
    title: Text(4, 200).describe('IUR project title'),
    parties: z.array(Text(2, 100)).min(2).max(10),
    amountYuan: z.number().int().min(0).max(10_000_000_000),
    signedOn: Day,
    startOn: Day,
    endOn: Day,
    contractAttachmentId: Id.nullable().default(null).describe('an upload of the caller (POST /api/attachments)'),
    note: z.string().trim().max(1000).default(''),
  })
  .refine((v) => v.endOn >= v.startOn, { path: ['endOn'], message: 'endOn must not be before startOn' });
export const EngagementHireInput = z.object({ startOn: Day, note: z.string().trim().max(1000).default('') });
export const engagementActionInputs = {
  request_contact: EngagementNoteInput,
  consent: EngagementNoteInput,
  decline: EngagementReasonInput,
  meet: EngagementMeetInput,
  agree: EngagementAgreeInput,
  solve: EngagementNoteInput,
  interview: EngagementMeetInput,
  hire: EngagementHireInput,
  cancel: EngagementReasonInput,
} as const satisfies Record<EngagementAction, z.ZodType>;
export type EngagementActionInput = { [K in EngagementAction]: z.infer<(typeof engagementActionInputs)[K]> };

// ───────────── outcomes ─────────────

export const OutcomeMetric = z.enum(['problems_solved', 'talents_matched', 'iur_projects', 'contract_value', 'enterprises_served']);
export type OutcomeMetric = z.infer<typeof OutcomeMetric>;
export const OutcomeDimension = z.enum(['month', 'department', 'town', 'industry']);
export type OutcomeDimension = z.infer<typeof OutcomeDimension>;
export const OutcomeQuery = z.object({
  by: OutcomeDimension.default('month'),
  from: Day.optional().describe('inclusive, Beijing calendar day'),
  to: Day.optional().describe('inclusive'),
});
export type OutcomeQuery = z.infer<typeof OutcomeQuery>;
export const OutcomeValues = z.object({
  problems_solved: z.number().int(),
  talents_matched: z.number().int(),
  iur_projects: z.number().int(),
  contract_value: z.number().int().describe('yuan'),
  enterprises_served: z.number().int().describe('distinct enterprises with a solved problem, a hire or an agreement'),
});
export type OutcomeValues = z.infer<typeof OutcomeValues>;
export const OutcomeRow = z.object({ key: z.string().describe('YYYY-MM, department id, town code or industry code'), label: z.string(), values: OutcomeValues });
export const OutcomeTable = z.object({ by: OutcomeDimension, rows: z.array(OutcomeRow), totals: OutcomeValues });
export type OutcomeTable = z.infer<typeof OutcomeTable>;
export const OutcomeRecordsQuery = PageQuery.extend({
  metric: OutcomeMetric,
  by: OutcomeDimension.optional(),
  key: z.string().trim().max(64).optional().describe('the row key; omitted: the total'),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
});
export type OutcomeRecordsQuery = z.infer<typeof OutcomeRecordsQuery>;
export const OutcomeRecord = z.object({
  engagementId: z.string(),
  demandId: z.string(),
  demandNumber: z.string(),
  demandTitle: z.string(),
  enterpriseId: z.string(),
  enterpriseName: z.string(),
  candidateName: z.string(),
  status: EngagementStatus,
  at: IsoDateTime.describe('when the outcome happened (solved, hired or agreement signed)'),
  amountYuan: z.number().int().nullable(),
});
export type OutcomeRecord = z.infer<typeof OutcomeRecord>;
export const OutcomeRecordPage = pageOf(OutcomeRecord);
export type OutcomeRecordPage = z.infer<typeof OutcomeRecordPage>;
