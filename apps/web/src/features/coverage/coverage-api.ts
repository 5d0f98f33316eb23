import { queryOptions } from '@tanstack/react-query';
import type {
  Assessment,
  AssessmentWeights,
  CauseRecord,
  CauseRecordInput,
  CauseTaxonomy,
  CoverageDashboard,
  CoverageFlag,
  EnterpriseCoverage,
  Fishbone,
  Officer,
  Target,
  TargetInput,
  TargetList,
  Task,
  TaskInput,
  TaskList,
  TaskUpdateInput,
  UncoveredPage,
} from '@yunju/contracts';
import { api } from '../../api.ts';
import { queryClient } from '../../query-client.ts';

export type { CoverageFlag } from '@yunju/contracts';

/** The five flags in the order the bureau reports them (kept here: the contracts' enum would bring zod into the chunk). */
export const coverageFlags = ['patent', 'rd_institution', 'rd_spending', 'iur', 'high_tech'] as const satisfies readonly CoverageFlag[];
export const isCoverageFlag = (v: string | null | undefined): v is CoverageFlag => (coverageFlags as readonly string[]).includes(v ?? '');

export interface CoverageScope {
  year?: number | undefined;
  town?: string | undefined;
  industry?: string | undefined;
}

const base = '/api/coverage';
const enc = encodeURIComponent;

export const coverageDashboardQuery = (scope: CoverageScope) =>
  queryOptions({
    queryKey: ['coverage', 'dashboard', scope],
    queryFn: ({ signal }) => api.get<CoverageDashboard>(`${base}/dashboard`, { ...scope }, signal),
  });

export type UncoveredParams = CoverageScope & { flag: CoverageFlag; page: number; pageSize: number };

export const uncoveredQuery = (params: UncoveredParams) =>
  queryOptions({
    queryKey: ['coverage', 'uncovered', params],
    queryFn: ({ signal }) => api.get<UncoveredPage>(`${base}/uncovered`, { ...params }, signal),
  });

export const fishboneQuery = (params: CoverageScope & { flag: CoverageFlag }) =>
  queryOptions({
    queryKey: ['coverage', 'fishbone', params],
    queryFn: ({ signal }) => api.get<Fishbone>(`${base}/fishbone`, { ...params }, signal),
  });

/** The officers a task of a department may be assigned to (officers: their own department only). */
export const officersQuery = (departmentId: string | undefined) =>
  queryOptions({
    queryKey: ['org', 'officers', departmentId ?? null],
    queryFn: ({ signal }) => api.get<Officer[]>('/api/org/officers', { departmentId }, signal),
    enabled: Boolean(departmentId),
    staleTime: 5 * 60_000,
  });

/** The uncovered list of a flag and scope as Excel (every page; the server's export). */
export const uncoveredExportPath = `${base}/uncovered/export.xlsx`;

/** One bone's (or sub-cause's) enterprises. */
export const fishboneEnterprisesQuery = (params: UncoveredParams & { cause: string }) =>
  queryOptions({
    queryKey: ['coverage', 'fishbone-enterprises', params],
    queryFn: ({ signal }) => api.get<UncoveredPage>(`${base}/fishbone/enterprises`, { ...params }, signal),
  });

export const causeTaxonomyQuery = queryOptions({
  queryKey: ['coverage', 'taxonomy'],
  queryFn: ({ signal }) => api.get<CauseTaxonomy>(`${base}/causes/taxonomy`, undefined, signal),
  staleTime: 10 * 60_000,
});

export const enterpriseCoverageQuery = (id: string) =>
  queryOptions({
    queryKey: ['coverage', 'enterprise', id],
    queryFn: ({ signal }) => api.get<EnterpriseCoverage>(`${base}/enterprises/${enc(id)}`, undefined, signal),
  });

/** Records why an enterprise is not covered for a flag (the latest record is its primary cause). */
export async function recordCause(body: CauseRecordInput): Promise<CauseRecord> {
  const record = await api.post<CauseRecord>(`${base}/causes`, body);
  await queryClient.invalidateQueries({ queryKey: ['coverage'] });
  return record;
}

export const targetsQuery = (year: number) =>
  queryOptions({
    queryKey: ['coverage', 'targets', year],
    queryFn: ({ signal }) => api.get<TargetList>(`${base}/targets`, { year }, signal),
  });

export const tasksQuery = (year: number, mine: boolean) =>
  queryOptions({
    queryKey: ['coverage', 'tasks', year, mine],
    queryFn: ({ signal }) => api.get<TaskList>(`${base}/tasks`, { year, mine: mine ? 'true' : undefined }, signal),
  });

export async function createTarget(body: TargetInput): Promise<Target> {
  const target = await api.post<Target>(`${base}/targets`, body);
  await queryClient.invalidateQueries({ queryKey: ['coverage', 'targets'] });
  return target;
}

export async function createTask(body: TaskInput): Promise<Task> {
  const task = await api.post<Task>(`${base}/tasks`, body);
  await queryClient.invalidateQueries({ queryKey: ['coverage', 'tasks'] });
  return task;
}

export async function updateTask(id: string, body: TaskUpdateInput): Promise<Task> {
  const task = await api.put<Task>(`${base}/tasks/${enc(id)}`, body);
  await queryClient.invalidateQueries({ queryKey: ['coverage', 'tasks'] });
  return task;
}

export const assessmentQuery = (year: number) =>
  queryOptions({
    queryKey: ['coverage', 'assessment', year],
    queryFn: ({ signal }) => api.get<Assessment>(`${base}/assessment`, { year }, signal),
  });

export async function saveWeights(weights: AssessmentWeights): Promise<AssessmentWeights> {
  const saved = await api.put<AssessmentWeights>(`${base}/assessment/weights`, weights);
  await queryClient.invalidateQueries({ queryKey: ['coverage', 'assessment'] });
  return saved;
}

export const assessmentReportPath = (format: 'xlsx' | 'pdf') => `${base}/assessment/report.${format}`;
