/* Tier cultivation (企业梯队培育), issue 5. Route list: top of `enterprises.ts`. */
import { z } from 'zod';
import { IsoDate, IsoDateTime, pageOf, PageQuery } from './common.ts';
import { QualificationKind, QualificationLevel } from './enterprises.ts';

/** Quantities a criterion can test, each computed from the enterprise file (latest statistics year). */
export const CriterionMetric = z.enum([
  'rd_intensity_by_revenue', // R&D ÷ revenue, threshold by revenue band (high-tech 2016 measures)
  'rd_intensity', // R&D ÷ revenue, one threshold
  'high_tech_revenue_share', // high-tech product revenue ÷ revenue
  'tech_staff_share', // S&T staff ÷ employees
  'rd_staff_share', // R&D staff ÷ employees
  'owned_ip', // valid invention patents + utility patents granted (count)
  'invention_patents', // valid invention patents
  'revenue_min', // revenue ≥ (fen)
  'revenue_max', // revenue ≤ (fen)
  'employees_max', // employees ≤
  'rd_spending_min', // R&D spending ≥ (fen)
  'holds', // holds a qualification kind (prerequisite)
  'rd_institution', // R&D institution at or above a level
  'founded_years', // registered at least N years
]);
export type CriterionMetric = z.infer<typeof CriterionMetric>;

export const TierCriterion = z.object({
  key: z.string(),
  metric: CriterionMetric,
  labelZh: z.string(),
  labelEn: z.string(),
  threshold: z.number().optional(),
  /** rd_intensity_by_revenue: [{ maxRevenueFen, share }] bands, the last with maxRevenueFen null. */
  bands: z.array(z.object({ maxRevenueFen: z.number().nullable(), share: z.number() })).optional(),
  kind: QualificationKind.optional().describe('holds: the prerequisite qualification'),
  level: z.enum(['county', 'city', 'provincial', 'national']).optional(),
});
export type TierCriterion = z.infer<typeof TierCriterion>;

export const TierRule = z.object({
  kind: QualificationKind,
  nameZh: z.string(),
  nameEn: z.string(),
  rank: z.number().int().describe('position on the ladder, from the base up'),
  validityYears: z.number().int().nullable(),
  source: z.string().describe('the document the criteria come from'),
  criteria: z.array(TierCriterion),
});
export type TierRule = z.infer<typeof TierRule>;
export const TierLadder = z.object({ rules: z.array(TierRule), note: z.string() });
export type TierLadder = z.infer<typeof TierLadder>;

export const CriterionResult = z.object({
  key: z.string(),
  labelZh: z.string(),
  labelEn: z.string(),
  met: z.boolean(),
  actual: z.number().nullable(),
  required: z.number().nullable(),
  gapZh: z.string().nullable().describe('e.g. 研发费用占比 2.1%，低于 3%'),
  gapEn: z.string().nullable(),
});
export type CriterionResult = z.infer<typeof CriterionResult>;
export const TierEvaluation = z.object({
  kind: QualificationKind,
  nameZh: z.string(),
  held: z.boolean(),
  eligible: z.boolean(),
  unmet: z.number().int(),
  closeness: z.number().describe('0–1: share of criteria met, weighted by how near the unmet ones are'),
  criteria: z.array(CriterionResult),
});
export type TierEvaluation = z.infer<typeof TierEvaluation>;
export const TierAssessment = z.object({
  enterpriseId: z.string(),
  statsYear: z.number().int().nullable(),
  current: z.array(QualificationKind),
  next: QualificationKind.nullable(),
  nextUnmet: z.array(CriterionResult),
  tiers: z.array(TierEvaluation),
});
export type TierAssessment = z.infer<typeof TierAssessment>;

export const PipelineQuery = z.object({ kind: QualificationKind, limit: z.coerce.number().int().min(1).max(500).default(50), town: z.string().max(32).optional() });
export type PipelineQuery = z.infer<typeof PipelineQuery>;
export const PipelineCandidate = z.object({
  enterpriseId: z.string(),
  name: z.string(),
  townName: z.string(),
  unmet: z.number().int(),
  closeness: z.number(),
  unmetCriteria: z.array(CriterionResult),
});
export type PipelineCandidate = z.infer<typeof PipelineCandidate>;
export const Pipeline = z.object({ kind: QualificationKind, total: z.number().int(), items: z.array(PipelineCandidate) });
export type Pipeline = z.infer<typeof Pipeline>;

export const ExpiringQuery = PageQuery.extend({ months: z.coerce.number().int().min(1).max(36).default(6) });
export type ExpiringQuery = z.infer<typeof ExpiringQuery>;
export const ExpiringCertificate = z.object({
  qualificationId: z.string(),
  enterpriseId: z.string(),
  enterpriseName: z.string(),
  kind: QualificationKind,
  level: QualificationLevel,
  certificateNo: z.string(),
  expiresOn: IsoDate,
  daysLeft: z.number().int(),
});
export type ExpiringCertificate = z.infer<typeof ExpiringCertificate>;
export const ExpiringPage = pageOf(ExpiringCertificate);
export type ExpiringPage = z.infer<typeof ExpiringPage>;

// ───────────── cultivation plans (multi-department) ─────────────

export const PlanTaskInput = z.object({
  departmentId: z.string().uuid(),
  ownerUserId: z.string().uuid().nullable().optional(),
  title: z.string().trim().min(2).max(200),
  dueOn: IsoDate,
});
export type PlanTaskInput = z.infer<typeof PlanTaskInput>;
export const PlanInput = z.object({
  enterpriseId: z.string().uuid(),
  targetKind: QualificationKind,
  title: z.string().trim().min(2).max(200),
  tasks: z.array(PlanTaskInput).min(1).max(30),
});
export type PlanInput = z.infer<typeof PlanInput>;
export const PlanTask = z.object({
  id: z.string(),
  departmentId: z.string(),
  departmentName: z.string(),
  ownerUserId: z.string().nullable(),
  title: z.string(),
  dueOn: IsoDate,
  doneAt: IsoDateTime.nullable(),
  note: z.string().nullable(),
});
export type PlanTask = z.infer<typeof PlanTask>;
export const Plan = z.object({
  id: z.string(),
  enterpriseId: z.string(),
  enterpriseName: z.string(),
  targetKind: QualificationKind,
  title: z.string(),
  status: z.enum(['open', 'completed']),
  departments: z.number().int(),
  acrossDepartments: z.boolean().describe('completed, with tasks of two or more departments'),
  tasks: z.array(PlanTask),
  createdAt: IsoDateTime,
});
export type Plan = z.infer<typeof Plan>;
export const PlanListQuery = PageQuery.extend({ enterpriseId: z.string().uuid().optional(), status: z.enum(['open', 'completed']).optional() });
export type PlanListQuery = z.infer<typeof PlanListQuery>;
export const PlanPage = pageOf(Plan);
export type PlanPage = z.infer<typeof PlanPage>;
export const PlanTaskCompletion = z.object({ note: z.string().trim().max(500).optional() });
export type PlanTaskCompletion = z.infer<typeof PlanTaskCompletion>;

export const CultivationSummary = z.object({
  tiers: z.array(z.object({ kind: QualificationKind, count: z.number().int() })),
  expiringWithin6Months: z.number().int(),
  openPlans: z.number().int(),
  cultivatedAcrossDepartments: z.number().int(),
});
export type CultivationSummary = z.infer<typeof CultivationSummary>;

/** PUT /api/cultivation/ladder (admin): the county's own ladder. */
export const TierLadderInput = z.object({ rules: z.array(TierRule).min(1).max(20) });
export type TierLadderInput = z.infer<typeof TierLadderInput>;
