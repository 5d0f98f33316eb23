/*
 * Enterprises (issue 5): the enterprise file (一企一档), tier cultivation, the five full coverages
 * (五个全覆盖), fishbone, yearly tasks and assessment. Schemas: this file (file, statistics, import),
 * `cultivation.ts` (tier ladder, pipelines, plans), `coverage.ts` (coverages, fishbone, targets,
 * tasks, assessment). Money is in fen (分) in every schema; shares are fractions 0–1.
 *
 * Routes (server modules: enterprises/, cultivation/, coverage/):
 *   GET    /api/enterprises                                 EnterpriseListQuery → EnterprisePage
 *   GET    /api/enterprises/export.xlsx                     EnterpriseListQuery → .xlsx (the list view)
 *   POST   /api/enterprises                                 EnterpriseInput → 201 EnterpriseDetail (officer, admin)
 *   GET    /api/enterprises/{id}                            → EnterpriseSummary (kept as it was)
 *   GET    /api/enterprises/{id}/file                       → EnterpriseDetail (whole file, incl. linked cases, demands, engagements/IUR projects, deposits)
 *   PUT    /api/enterprises/{id}                            EnterpriseUpdateInput → EnterpriseDetail (officer, admin; audited)
 *   PUT    /api/enterprises/{id}/stats/{year}               YearlyStatsInput → EnterpriseDetail (officer, admin)
 *   POST   /api/enterprises/{id}/qualifications             QualificationInput → 201 EnterpriseDetail
 *   PUT    /api/enterprises/{id}/qualifications/{qid}       QualificationInput → EnterpriseDetail
 *   DELETE /api/enterprises/{id}/qualifications/{qid}       → EnterpriseDetail
 *   POST   /api/enterprises/{id}/cooperations               CooperationInput → 201 EnterpriseDetail (IUR)
 *   DELETE /api/enterprises/{id}/cooperations/{cid}         → EnterpriseDetail
 *   PUT    /api/enterprises/{id}/contacts                   ContactsInput → EnterpriseDetail
 *   POST   /api/enterprises/{id}/corrections                CorrectionInput → 201 Correction (the enterprise itself; an officer confirms)
 *   GET    /api/enterprises/corrections                     CorrectionListQuery → CorrectionPage (officers: pending first)
 *   POST   /api/enterprises/corrections/{cid}/decide        CorrectionDecision → Correction (officer, admin)
 *   GET    /api/enterprises/stats/template.xlsx             → .xlsx (empty import template, Chinese headers)
 *   GET    /api/enterprises/stats/export.xlsx?year=         → .xlsx (yearly statistics of one year)
 *   POST   /api/enterprises/stats/import                    multipart `file` → StatsImportReport (all or nothing; idempotent by credit code + year)
 *   GET    /api/industries                                  IndustryQuery → IndustryNode[] (GB/T 4754-2017)
 *
 *   GET    /api/cultivation/ladder                          → TierLadder (rules with sources)
 *   PUT    /api/cultivation/ladder                          TierLadderInput → TierLadder (admin)
 *   GET    /api/enterprises/{id}/tiers                      → TierAssessment (current, next, unmet criteria with gaps)
 *   GET    /api/cultivation/pipelines?kind=&limit=          → Pipeline (candidates ranked by closeness)
 *   GET    /api/cultivation/expiring?months=6               → ExpiringPage (certificates expiring soon)
 *   GET    /api/cultivation/plans?enterpriseId=&status=     → PlanPage
 *   POST   /api/cultivation/plans                           PlanInput → 201 Plan (officer, admin)
 *   GET    /api/cultivation/plans/{id}                      → Plan
 *   POST   /api/cultivation/plans/{id}/tasks/{taskId}/complete  PlanTaskCompletion → Plan (owner's department, admin)
 *   GET    /api/cultivation/summary                         → CultivationSummary (tier counts, cultivated across departments)
 *
 *   GET    /api/coverage/dashboard?year=&town=&industry=    → CoverageDashboard (rates by county, town, industry; trend)
 *   GET    /api/coverage/uncovered?flag=&year=&town=&industry=&page=  → UncoveredPage
 *   GET    /api/coverage/uncovered/export.xlsx?flag=&year=&town=&industry=  → .xlsx
 *   GET    /api/coverage/enterprises/{id}                   → EnterpriseCoverage (flags per year, computed)
 *   GET    /api/coverage/causes/taxonomy                    → CauseTaxonomy
 *   PUT    /api/coverage/causes/taxonomy                    CauseTaxonomy → CauseTaxonomy (admin)
 *   POST   /api/coverage/causes                             CauseRecordInput → 201 CauseRecord (officer, admin)
 *   GET    /api/coverage/fishbone?flag=&year=&town=&industry=  → Fishbone
 *   GET    /api/coverage/fishbone/enterprises?flag=&year=&cause=&town=&industry=  → UncoveredPage (one bone's enterprises)
 *   GET    /api/coverage/targets?year=                      → TargetList (with computed progress)
 *   POST   /api/coverage/targets                            TargetInput → 201 Target (admin)
 *   GET    /api/coverage/tasks?year=&mine=                  → TaskList (progress computed)
 *   POST   /api/coverage/tasks                              TaskInput → 201 Task (officer: own department; admin)
 *   PUT    /api/coverage/tasks/{id}                         TaskUpdateInput → Task (officer: own department only; admin)
 *   GET    /api/coverage/assessment?year=                   → Assessment (weighted scores, ranking)
 *   PUT    /api/coverage/assessment/weights                 AssessmentWeights → AssessmentWeights (admin)
 *   GET    /api/coverage/assessment/report.xlsx?year=       → .xlsx
 *   GET    /api/coverage/assessment/report.pdf?year=        → application/pdf (printable)
 */
import { z } from 'zod';
import { IsoDate, IsoDateTime, pageOf, PageQuery } from './common.ts';
import { ImportReject } from './catalogue.ts';
import { qualificationKinds } from './qualification-kinds.ts';
import { DemandKind, DemandStatus, EngagementStatus } from './matching.ts';
import { NotarisationStatus } from './safebox.ts';

export { qualificationKinds, isQualificationKind } from './qualification-kinds.ts';

export const EnterpriseSize = z.enum(['large', 'medium', 'small', 'micro']);
export type EnterpriseSize = z.infer<typeof EnterpriseSize>;

/** Qualification kinds of the tier ladder (see qualification-kinds.ts). */
export const QualificationKind = z.enum(qualificationKinds);
export type QualificationKind = z.infer<typeof QualificationKind>;

export const EnterpriseSummary = z.object({
  id: z.string(),
  creditCode: z.string(),
  name: z.string(),
  townName: z.string(),
  industryCode: z.string(),
  industryName: z.string(),
  size: EnterpriseSize,
  isAboveScale: z.boolean(),
  qualifications: z.array(QualificationKind),
});
export type EnterpriseSummary = z.infer<typeof EnterpriseSummary>;

export const EnterpriseListQuery = PageQuery.extend({
  keyword: z.string().trim().max(100).optional(),
  town: z.string().max(32).optional().describe('town code'),
  aboveScale: z.enum(['true', 'false']).optional().transform((v) => (v === undefined ? undefined : v === 'true')).describe('above-scale industrial enterprises only (true) or none of them (false)'),
  qualification: QualificationKind.optional().describe('holding this qualification'),
  industry: z.string().regex(/^[A-T]\d{0,4}$/).optional().describe('GB/T 4754 code prefix: section letter, division, group or class (e.g. C, C34, C345)'),
});
export type EnterpriseListQuery = z.infer<typeof EnterpriseListQuery>;
export const EnterprisePage = pageOf(EnterpriseSummary);
export type EnterprisePage = z.infer<typeof EnterprisePage>;

// ───────────── the file (一企一档) ─────────────

/** R&D institution level (研发机构级别). */
export const RdInstitutionLevel = z.enum(['none', 'county', 'city', 'provincial', 'national']);
export type RdInstitutionLevel = z.infer<typeof RdInstitutionLevel>;
export const QualificationLevel = z.enum(['national', 'provincial', 'city', 'county']);
export type QualificationLevel = z.infer<typeof QualificationLevel>;

const Yuan = z.number().int().min(0).max(9_000_000_000_000_000).describe('fen (分)');
const Count = z.number().int().min(0).max(10_000_000);
const Phone = z.string().trim().regex(/^[0-9+\-() ]{5,20}$/);

export const EnterpriseInput = z.object({
  creditCode: z.string().trim().min(1).max(40).describe('GB 32100-2015; full-width and lower case are normalised; the check character is verified'),
  name: z.string().trim().min(2).max(100),
  townId: z.string().uuid(),
  address: z.string().trim().min(1).max(200),
  industryCode: z.string().regex(/^[A-T]\d{2,4}$/).describe('GB/T 4754-2017 code: class (C3451), or group / division when the class is not known'),
  size: EnterpriseSize,
  isAboveScale: z.boolean(),
  foundedOn: IsoDate.nullable().optional(),
  legalRepresentative: z.string().trim().max(30).nullable().optional(),
  contactPhone: Phone.nullable().optional(),
  rdInstitutionLevel: RdInstitutionLevel.default('none'),
  rdInstitutionName: z.string().trim().max(100).nullable().optional(),
  rdInstitutionSince: z.number().int().min(1949).max(2100).nullable().optional().describe('year the R&D institution was recognised'),
});
export type EnterpriseInput = z.input<typeof EnterpriseInput>;
export const EnterpriseUpdateInput = EnterpriseInput.omit({ creditCode: true }).partial().extend({
  changeNote: z.string().trim().max(200).optional(),
});
export type EnterpriseUpdateInput = z.input<typeof EnterpriseUpdateInput>;

/** Yearly statistics (年度统计), one row per enterprise and year. */
export const YearlyStatsInput = z.object({
  revenueFen: Yuan.describe('operating revenue (营业收入), fen'),
  rdSpendingFen: Yuan.describe('R&D spending (研发费用), fen'),
  highTechRevenueFen: Yuan.describe('high-tech product (service) revenue (高新技术产品收入), fen'),
  exportFen: Yuan.describe('exports (出口额), fen'),
  employees: Count,
  rdStaff: Count.describe('R&D staff (研发人员)'),
  techStaff: Count.describe('S&T staff (科技人员)'),
  inventionApplied: Count,
  inventionGranted: Count,
  utilityApplied: Count,
  utilityGranted: Count,
  validInventionPatents: Count.describe('valid invention patents held at year end (有效发明专利)'),
});
export type YearlyStatsInput = z.infer<typeof YearlyStatsInput>;
export const YearlyStats = YearlyStatsInput.extend({ year: z.number().int() });
export type YearlyStats = z.infer<typeof YearlyStats>;

export const QualificationInput = z.object({
  kind: QualificationKind,
  level: QualificationLevel,
  certificateNo: z.string().trim().min(1).max(60),
  issuedOn: IsoDate,
  expiresOn: IsoDate.nullable().optional(),
});
export type QualificationInput = z.infer<typeof QualificationInput>;
export const Qualification = QualificationInput.extend({ id: z.string(), expiresOn: IsoDate.nullable() });
export type Qualification = z.infer<typeof Qualification>;

/** Industry-university-research cooperation (产学研合作). */
export const CooperationInput = z.object({
  partner: z.string().trim().min(2).max(100).describe('university or institute'),
  partnerKind: z.enum(['university', 'institute', 'other']),
  project: z.string().trim().min(2).max(200),
  startYear: z.number().int().min(1990).max(2100),
  endYear: z.number().int().min(1990).max(2100),
  amountFen: Yuan.nullable().optional(),
}).refine((c) => c.endYear >= c.startYear, { path: ['endYear'], message: 'endYear must not be before startYear' });
export type CooperationInput = z.infer<typeof CooperationInput>;
export const Cooperation = z.object({
  id: z.string(),
  partner: z.string(),
  partnerKind: z.enum(['university', 'institute', 'other']),
  project: z.string(),
  startYear: z.number().int(),
  endYear: z.number().int(),
  amountFen: z.number().int().nullable(),
});
export type Cooperation = z.infer<typeof Cooperation>;

export const Contact = z.object({
  name: z.string().trim().min(1).max(30),
  role: z.string().trim().max(30).describe('e.g. 科技联络员, 财务负责人'),
  phone: Phone,
  email: z.string().trim().email().max(100).nullable().optional(),
});
export type Contact = z.infer<typeof Contact>;
export const ContactsInput = z.object({ contacts: z.array(Contact).max(20) });
export type ContactsInput = z.infer<typeof ContactsInput>;

/** A record of another module that belongs to the file (cases now; matches, projects, deposits when they exist). */
export const LinkedRecord = z.object({
  kind: z.enum(['case', 'match', 'project', 'deposit']),
  id: z.string(),
  title: z.string(),
  status: z.string(),
  at: IsoDateTime,
});
export type LinkedRecord = z.infer<typeof LinkedRecord>;

/** One of the enterprise's demands (技术难题 / 人才需求 / 合作需求) in the file; links to /matching/demands/{id}. */
export const EnterpriseDemandLink = z.object({
  id: z.string().uuid(),
  number: z.string(),
  kind: DemandKind,
  title: z.string(),
  status: DemandStatus,
  confidential: z.boolean(),
  postedAt: IsoDateTime,
});
export type EnterpriseDemandLink = z.infer<typeof EnterpriseDemandLink>;

/** One engagement (对接) on the enterprise's demands; `project` is its IUR agreement (产学研项目), if any. Links to /matching/engagements/{id}. */
export const EnterpriseEngagementLink = z.object({
  id: z.string().uuid(),
  demandId: z.string().uuid(),
  demandNumber: z.string(),
  demandTitle: z.string(),
  candidateName: z.string(),
  status: EngagementStatus,
  updatedAt: IsoDateTime,
  project: z.object({ title: z.string(), amountYuan: z.number().int(), signedOn: IsoDate }).nullable(),
});
export type EnterpriseEngagementLink = z.infer<typeof EnterpriseEngagementLink>;

/** The enterprise's matching records (newest first, at most 50 of each; totals count all). */
export const EnterpriseMatching = z.object({
  demands: z.array(EnterpriseDemandLink),
  demandTotal: z.number().int(),
  engagements: z.array(EnterpriseEngagementLink),
  engagementTotal: z.number().int(),
});
export type EnterpriseMatching = z.infer<typeof EnterpriseMatching>;

/**
 * The enterprise's safe-box deposits (存证). Deposit titles describe trade secrets: only the
 * enterprise itself gets `latest` (its newest few); officers and leaders get the counts only
 * (`latest: null`).
 */
export const EnterpriseDeposits = z.object({
  total: z.number().int(),
  notarised: z.number().int(),
  latest: z
    .array(z.object({ id: z.string().uuid(), index: z.number().int(), title: z.string(), depositedAt: IsoDateTime, notarisation: NotarisationStatus.nullable() }))
    .nullable(),
});
export type EnterpriseDeposits = z.infer<typeof EnterpriseDeposits>;

export const EnterpriseDetail = EnterpriseSummary.extend({
  townId: z.string(),
  townCode: z.string(),
  address: z.string(),
  foundedOn: IsoDate.nullable(),
  legalRepresentative: z.string().nullable(),
  contactPhone: z.string().nullable(),
  rdInstitutionLevel: RdInstitutionLevel,
  rdInstitutionName: z.string().nullable(),
  rdInstitutionSince: z.number().int().nullable(),
  qualificationDetails: z.array(Qualification),
  stats: z.array(YearlyStats).describe('newest year first'),
  cooperations: z.array(Cooperation),
  contacts: z.array(Contact),
  linked: z.array(LinkedRecord),
  /** Absent when the caller may not read matching (match.read). */
  matching: EnterpriseMatching.optional(),
  /** Absent when the caller may see no deposits of this enterprise. */
  deposits: EnterpriseDeposits.optional(),
  pendingCorrections: z.number().int(),
  updatedAt: IsoDateTime,
});
export type EnterpriseDetail = z.infer<typeof EnterpriseDetail>;

// ───────────── corrections by the enterprise itself ─────────────

/** What the enterprise may change itself: contact data applies at once; statistics wait for an officer. */
export const CorrectionInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('stats'), year: z.number().int().min(2000).max(2100), stats: YearlyStatsInput, note: z.string().trim().max(500).optional() }),
  z.object({ kind: z.literal('profile'), address: z.string().trim().min(1).max(200).optional(), contactPhone: Phone.nullable().optional(), contacts: z.array(Contact).max(20).optional(), note: z.string().trim().max(500).optional() }),
]);
export type CorrectionInput = z.infer<typeof CorrectionInput>;
export const CorrectionStatus = z.enum(['pending', 'approved', 'rejected', 'applied']);
export type CorrectionStatus = z.infer<typeof CorrectionStatus>;
export const Correction = z.object({
  id: z.string(),
  enterpriseId: z.string(),
  enterpriseName: z.string(),
  kind: z.enum(['stats', 'profile']),
  year: z.number().int().nullable(),
  changes: z.record(z.string(), z.unknown()),
  before: z.record(z.string(), z.unknown()).nullable(),
  note: z.string().nullable(),
  status: CorrectionStatus.describe('profile corrections are applied at once (applied); statistics wait (pending → approved | rejected)'),
  submittedAt: IsoDateTime,
  decidedAt: IsoDateTime.nullable(),
  decisionNote: z.string().nullable(),
});
export type Correction = z.infer<typeof Correction>;
export const CorrectionListQuery = PageQuery.extend({ status: CorrectionStatus.optional() });
export type CorrectionListQuery = z.infer<typeof CorrectionListQuery>;
export const CorrectionPage = pageOf(Correction);
export type CorrectionPage = z.infer<typeof CorrectionPage>;
export const CorrectionDecision = z.object({ approve: z.boolean(), note: z.string().trim().max(500).optional() });
export type CorrectionDecision = z.infer<typeof CorrectionDecision>;

// ───────────── statistics import ─────────────

/** Column headers of the statistics workbook (import and export), in order. */
export const statsImportHeaders = [
  '统一社会信用代码', '年度', '营业收入（万元）', '研发费用（万元）', '高新技术产品收入（万元）', '出口额（万元）',
  '从业人员', '研发人员', '科技人员', '发明专利申请', '发明专利授权', '实用新型申请', '实用新型授权', '有效发明专利',
] as const;
export const StatsImportReport = z.object({
  committed: z.boolean().describe('false when any row was rejected: nothing was written'),
  totalRows: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  rejected: z.array(ImportReject),
  years: z.array(z.number().int()),
});
export type StatsImportReport = z.infer<typeof StatsImportReport>;
export const StatsExportQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
export type StatsExportQuery = z.infer<typeof StatsExportQuery>;

// ───────────── GB/T 4754-2017 ─────────────

export const IndustryLevel = z.enum(['section', 'division', 'group', 'class']);
export type IndustryLevel = z.infer<typeof IndustryLevel>;
export const IndustryNode = z.object({ code: z.string(), name: z.string(), level: IndustryLevel, parent: z.string().nullable() });
export type IndustryNode = z.infer<typeof IndustryNode>;
export const IndustryQuery = z.object({
  parent: z.string().max(5).optional().describe('children of this code; omit for the sections'),
  level: IndustryLevel.optional(),
});
export type IndustryQuery = z.infer<typeof IndustryQuery>;
export const IndustryList = z.object({ items: z.array(IndustryNode), source: z.string() });
export type IndustryList = z.infer<typeof IndustryList>;
