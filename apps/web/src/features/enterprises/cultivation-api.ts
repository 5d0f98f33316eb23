import { queryOptions } from '@tanstack/react-query';
import type { CultivationSummary, ExpiringPage, Pipeline, Plan, PlanInput, PlanPage, PlanTaskCompletion, QualificationKind, TierLadder } from '@yunju/contracts';
import { api } from '../../api.ts';
import { queryClient } from '../../query-client.ts';

const base = '/api/cultivation';
const enc = encodeURIComponent;

export const cultivationSummaryQuery = queryOptions({
  queryKey: ['cultivation', 'summary'],
  queryFn: ({ signal }) => api.get<CultivationSummary>(`${base}/summary`, undefined, signal),
});

export const ladderQuery = queryOptions({
  queryKey: ['cultivation', 'ladder'],
  queryFn: ({ signal }) => api.get<TierLadder>(`${base}/ladder`, undefined, signal),
  staleTime: 10 * 60_000,
});

export const pipelineQuery = (kind: QualificationKind, town?: string) =>
  queryOptions({
    queryKey: ['cultivation', 'pipeline', kind, town ?? ''],
    queryFn: ({ signal }) => api.get<Pipeline>(`${base}/pipelines`, { kind, limit: 100, town }, signal),
  });

export const expiringQuery = (page: number, months = 6) =>
  queryOptions({
    queryKey: ['cultivation', 'expiring', page, months],
    queryFn: ({ signal }) => api.get<ExpiringPage>(`${base}/expiring`, { months, page, pageSize: 20 }, signal),
  });

export const plansQuery = (params: { page: number; enterpriseId?: string | undefined; status?: 'open' | 'completed' | undefined }) =>
  queryOptions({
    queryKey: ['cultivation', 'plans', params],
    queryFn: ({ signal }) => api.get<PlanPage>(`${base}/plans`, { ...params, pageSize: 20 }, signal),
  });

export async function createPlan(input: PlanInput): Promise<Plan> {
  const plan = await api.post<Plan>(`${base}/plans`, input);
  await queryClient.invalidateQueries({ queryKey: ['cultivation'] });
  return plan;
}

export async function completePlanTask(planId: string, taskId: string, body: PlanTaskCompletion): Promise<Plan> {
  const plan = await api.post<Plan>(`${base}/plans/${enc(planId)}/tasks/${enc(taskId)}/complete`, body);
  await queryClient.invalidateQueries({ queryKey: ['cultivation'] });
  return plan;
}
