/* Five full coverages (五个全覆盖), fishbone, yearly tasks, assessment — issue 5. Route list: top of `enterprises.ts`. */
import { z } from 'zod';
import { IsoDate, IsoDateTime, pageOf, PageQuery } from './common.ts';

/** The five flags, each computed from the enterprise file per above-scale industrial enterprise and year. */
export const CoverageFlag = z.enum(['patent', 'rd_institution', 'rd_spending', 'iur', 'high_tech']);
export type CoverageFlag = z.infer<typeof CoverageFlag>;
export const coverageFlags = CoverageFlag.options;

const Year = z.coerce.number().int().min(2000).max(2100);
const TownCode = z.string().max(32);
const IndustryPrefix = z.string().regex(/^[A-T]\d{0,4}$/);

export const CoverageScopeQuery = z.object({
  year: Year.optional().describe('default: the latest year with statistics'),
  town: TownCode.optional().describe('town code'),
  industry: IndustryPrefix.optional().describe('GB/T 4754 code prefix'),
});
export type CoverageScopeQuery = z.infer<typeof CoverageScopeQuery>;

/** Covered counts of one group (county, a town, an industry, a year). */
export const CoverageCell = z.object({
  key: z.string().describe('town code, industry division, or year'),
  name: z.string(),
  total: z.number().int().describe('above-scale industrial enterprises'),
  covered: z.record(CoverageFlag, z.number().int()),
  rates: z.record(CoverageFlag, z.number()).describe('0–1; 0 when total is 0'),
  allFive: z.number().int().describe('enterprises covered on all five'),
});
export type CoverageCell = z.infer<typeof CoverageCell>;
export const CoverageDashboard = z.object({
  year: z.number().int().nullable(),
  years: z.array(z.number().int()),
  county: CoverageCell,
  trend: z.array(CoverageCell).describe('one cell per year, oldest first'),
  byTown: z.array(CoverageCell),
  byIndustry: z.array(CoverageCell).describe('by GB/T 4754 division'),
  definitions: z.record(CoverageFlag, z.object({ zh: z.string(), en: z.string() })),
});
export type CoverageDashboard = z.infer<typeof CoverageDashboard>;

export const UncoveredQuery = PageQuery.extend({ flag: CoverageFlag, year: Year.optional(), town: TownCode.optional(), industry: IndustryPrefix.optional() });
export type UncoveredQuery = z.infer<typeof UncoveredQuery>;
export const UncoveredEnterprise = z.object({
  enterpriseId: z.string(),
  name: z.string(),
  creditCode: z.string(),
  townName: z.string(),
  industryCode: z.string(),
  causes: z.array(z.object({ code: z.string(), name: z.string() })),
});
export type UncoveredEnterprise = z.infer<typeof UncoveredEnterprise>;
export const UncoveredPage = pageOf(UncoveredEnterprise).extend({ flag: CoverageFlag, year: z.number().int().nullable() });
export type UncoveredPage = z.infer<typeof UncoveredPage>;

export const EnterpriseCoverage = z.object({
  enterpriseId: z.string(),
  years: z.array(z.object({ year: z.number().int(), aboveScaleIndustrial: z.boolean(), flags: z.record(CoverageFlag, z.boolean()) })),
});
export type EnterpriseCoverage = z.infer<typeof EnterpriseCoverage>;

// ───────────── fishbone ─────────────

export const CauseCategory = z.object({
  code: z.string().regex(/^[a-z][a-z0-9_]{1,31}$/),
  name: z.string().trim().min(1).max(20),
  subCauses: z.array(z.object({ code: z.string().regex(/^[a-z][a-z0-9_]{1,47}$/), name: z.string().trim().min(1).max(40) })).max(30),
});
export type CauseCategory = z.infer<typeof CauseCategory>;
export const CauseTaxonomy = z.object({ categories: z.array(CauseCategory).min(1).max(12) });
export type CauseTaxonomy = z.infer<typeof CauseTaxonomy>;

export const CauseRecordInput = z.object({
  enterpriseId: z.string().uuid(),
  flag: CoverageFlag,
  year: z.number().int().min(2000).max(2100),
  causeCode: z.string().max(48).describe('a sub-cause code (or a category code) of the taxonomy'),
  note: z.string().trim().max(500).optional(),
});
export type CauseRecordInput = z.infer<typeof CauseRecordInput>;
export const CauseRecord = z.object({
  id: z.string(),
  enterpriseId: z.string(),
  flag: CoverageFlag,
  year: z.number().int(),
  category: z.string(),
  causeCode: z.string(),
  note: z.string().nullable(),
  recordedAt: IsoDateTime,
});
export type CauseRecord = z.infer<typeof CauseRecord>;

export const FishboneQuery = CoverageScopeQuery.extend({ flag: CoverageFlag });
export type FishboneQuery = z.infer<typeof FishboneQuery>;
export const FishboneBone = z.object({
  code: z.string(),
  name: z.string(),
  count: z.number().int().describe('uncovered enterprises with a cause in this category'),
  subCauses: z.array(z.object({ code: z.string(), name: z.string(), count: z.number().int() })),
});
export type FishboneBone = z.infer<typeof FishboneBone>;
export const Fishbone = z.object({
  flag: CoverageFlag,
  year: z.number().int().nullable(),
  uncovered: z.number().int(),
  withCauses: z.number().int().describe('= sum of bone counts (each enterprise counted under its primary, i.e. latest, cause)'),
  withoutCauses: z.number().int(),
  bones: z.array(FishboneBone),
});
export type Fishbone = z.infer<typeof Fishbone>;
export const FishboneEnterprisesQuery = UncoveredQuery.extend({ cause: z.string().max(48).describe('category or sub-cause code') });
export type FishboneEnterprisesQuery = z.infer<typeof FishboneEnterprisesQuery>;

// ───────────── targets, tasks ─────────────

export const TargetInput = z.object({
  year: z.number().int().min(2000).max(2100),
  scopeType: z.enum(['town', 'department']),
  scopeId: z.string().uuid(),
  flag: CoverageFlag,
  targetRate: z.number().min(0).max(1),
  dueOn: IsoDate,
});
export type TargetInput = z.infer<typeof TargetInput>;
export const Target = TargetInput.extend({
  id: z.string(),
  scopeName: z.string(),
  actualRate: z.number().describe('computed from the data: town → the town’s coverage; department → its tasks’ enterprises'),
  baselineRate: z.number().nullable().describe('the same measure a year earlier'),
  met: z.boolean(),
});
export type Target = z.infer<typeof Target>;
export const TargetList = z.object({ year: z.number().int(), items: z.array(Target) });
export type TargetList = z.infer<typeof TargetList>;
export const YearQuery = z.object({ year: Year });
export type YearQuery = z.infer<typeof YearQuery>;

export const TaskInput = z.object({
  year: z.number().int().min(2000).max(2100),
  departmentId: z.string().uuid(),
  assigneeUserId: z.string().uuid(),
  targetId: z.string().uuid().nullable().optional(),
  flag: CoverageFlag,
  title: z.string().trim().min(2).max(200),
  dueOn: IsoDate,
  enterpriseIds: z.array(z.string().uuid()).min(1).max(500),
});
export type TaskInput = z.infer<typeof TaskInput>;
export const TaskUpdateInput = z.object({
  title: z.string().trim().min(2).max(200).optional(),
  dueOn: IsoDate.optional(),
  assigneeUserId: z.string().uuid().optional(),
  enterpriseIds: z.array(z.string().uuid()).min(1).max(500).optional(),
  status: z.enum(['open', 'closed']).optional(),
});
export type TaskUpdateInput = z.infer<typeof TaskUpdateInput>;
export const Task = z.object({
  id: z.string(),
  year: z.number().int(),
  departmentId: z.string(),
  departmentName: z.string(),
  assigneeUserId: z.string(),
  assigneeName: z.string(),
  targetId: z.string().nullable(),
  flag: CoverageFlag,
  title: z.string(),
  dueOn: IsoDate,
  status: z.enum(['open', 'closed']),
  enterpriseIds: z.array(z.string()),
  covered: z.number().int().describe('enterprises of the task now covered on the flag (computed)'),
  progress: z.number().describe('covered ÷ enterprises'),
  overdue: z.boolean(),
});
export type Task = z.infer<typeof Task>;
export const TaskListQuery = z.object({ year: Year, mine: z.enum(['true', 'false']).optional().transform((v) => v === 'true') });
export type TaskListQuery = z.infer<typeof TaskListQuery>;
export const TaskList = z.object({ items: z.array(Task) });
export type TaskList = z.infer<typeof TaskList>;

// ───────────── assessment ─────────────

export const AssessmentWeights = z.object({
  completion: z.number().min(0).max(100).describe('weight of target completion (actual ÷ target, capped at 1)'),
  improvement: z.number().min(0).max(100).describe('weight of improvement over the previous year'),
  tasksOnTime: z.number().min(0).max(100).describe('weight of tasks completed by their due date'),
}).refine((w) => w.completion + w.improvement + w.tasksOnTime > 0, { path: ['completion'], message: 'weights must not all be 0' });
export type AssessmentWeights = z.infer<typeof AssessmentWeights>;
export const AssessmentRow = z.object({
  rank: z.number().int(),
  scopeType: z.enum(['town', 'department']),
  scopeId: z.string(),
  name: z.string(),
  targets: z.number().int(),
  completion: z.number().describe('0–1'),
  improvement: z.number().describe('0–1'),
  tasksOnTime: z.number().describe('0–1'),
  score: z.number().describe('0–100'),
});
export type AssessmentRow = z.infer<typeof AssessmentRow>;
export const Assessment = z.object({ year: z.number().int(), weights: AssessmentWeights, rows: z.array(AssessmentRow), generatedAt: IsoDateTime });
export type Assessment = z.infer<typeof Assessment>;
