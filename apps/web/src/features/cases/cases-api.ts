import { queryOptions } from '@tanstack/react-query';
import type {
  BulkAssignResult,
  CaseAction,
  caseActionBodies,
  CaseDetail,
  CasePage,
  CaseQueues,
  Department,
  DepartmentStats,
  EnterprisePage,
  SubmitCaseInput,
  WalkInCaseInput,
} from '@yunju/contracts';
import type { z } from 'zod';
import { api } from '../../api.ts';
import { queryClient } from '../../query-client.ts';
import type { CaseListParams } from './case-model.ts';

const enc = encodeURIComponent;

/** Request bodies as the client sends them (the contract's input side: defaults may be left out). */
export type SubmitBody = z.input<typeof SubmitCaseInput>;
export type WalkInBody = z.input<typeof WalkInCaseInput>;
export type ActionBody<A extends CaseAction> = z.input<(typeof caseActionBodies)[A]>;

export const caseListQuery = (params: CaseListParams) =>
  queryOptions({
    queryKey: ['cases', 'list', params],
    queryFn: ({ signal }) => api.get<CasePage>('/api/cases', { ...params }, signal),
  });

export const caseQuery = (id: string) =>
  queryOptions({
    queryKey: ['cases', 'detail', id],
    queryFn: ({ signal }) => api.get<CaseDetail>(`/api/cases/${enc(id)}`, undefined, signal),
  });

/** The caller's queues with counts (officers and the bureau admin); refreshed every minute. */
export const caseQueuesQuery = queryOptions({
  queryKey: ['cases', 'queues'],
  queryFn: ({ signal }) => api.get<CaseQueues>('/api/cases/queues', undefined, signal),
  refetchInterval: 60_000,
});

export const supervisionQuery = (params: { page: number; pageSize: number; department?: string | undefined }) =>
  queryOptions({
    queryKey: ['cases', 'supervision', params],
    queryFn: ({ signal }) => api.get<CasePage>('/api/cases/supervision', { ...params }, signal),
  });

export const departmentStatsQuery = (range: { from: string; to: string }) =>
  queryOptions({
    queryKey: ['cases', 'stats', range],
    queryFn: ({ signal }) => api.get<DepartmentStats>('/api/cases/stats/departments', range, signal),
  });

/** Enterprises by name or credit code, for the walk-in desk. */
export const enterpriseSearchQuery = (keyword: string) =>
  queryOptions({
    queryKey: ['enterprises', 'list', { keyword, page: 1, pageSize: 10 }],
    queryFn: ({ signal }) => api.get<EnterprisePage>('/api/enterprises', { keyword, page: 1, pageSize: 10 }, signal),
    enabled: keyword.trim().length > 0,
    staleTime: 60_000,
  });

/** The county's departments (transfer, co-handling, triage, filters). */
export const departmentsQuery = queryOptions({
  queryKey: ['org', 'departments'],
  queryFn: ({ signal }) => api.get<Department[]>('/api/org/departments', undefined, signal),
  staleTime: 10 * 60_000,
});

/** Everything that shows cases (lists, queues, the workbench, the inbox) is stale after a write. */
async function refreshCases(detail?: CaseDetail): Promise<void> {
  if (detail) queryClient.setQueryData(caseQuery(detail.id).queryKey, detail);
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: ['cases'], predicate: (q) => !(detail && q.queryKey[1] === 'detail' && q.queryKey[2] === detail.id) }),
    queryClient.invalidateQueries({ queryKey: ['inbox'] }),
  ]);
}

export async function submitCase(body: SubmitBody): Promise<CaseDetail> {
  const detail = await api.post<CaseDetail>('/api/cases', body);
  await refreshCases(detail);
  return detail;
}

export async function registerWalkIn(body: WalkInBody): Promise<CaseDetail> {
  const detail = await api.post<CaseDetail>('/api/cases/walk-in', body);
  await refreshCases(detail);
  return detail;
}

/** One action on a case (`POST /api/cases/{id}/actions/{action}`); answers the case as the action left it. */
export async function performAction<A extends CaseAction>(id: string, action: A, body: ActionBody<A>): Promise<CaseDetail> {
  const detail = await api.post<CaseDetail>(`/api/cases/${enc(id)}/actions/${action}`, body);
  await refreshCases(detail);
  return detail;
}

export async function bulkAssign(caseIds: string[], userId: string): Promise<BulkAssignResult> {
  const result = await api.post<BulkAssignResult>('/api/cases/bulk-assign', { caseIds, userId });
  await refreshCases();
  return result;
}
