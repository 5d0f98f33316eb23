import { queryOptions } from '@tanstack/react-query';
import type {
  AdjustmentInput,
  CandidateKind,
  DemandDetail,
  DemandInput,
  DemandListQuery,
  DemandPage,
  EngagementAction,
  EngagementActionInput,
  EngagementDetail,
  EngagementListQuery,
  EngagementPage,
  ExpertDetail,
  ExpertInput,
  ExpertPage,
  FittingDemandList,
  ImportKind,
  MatchImportReport,
  OutcomeQuery,
  OutcomeRecordPage,
  OutcomeRecordsQuery,
  OutcomeTable,
  RecommendationList,
  TalentInput,
  TalentProfile,
} from '@yunju/contracts';
import type { z } from 'zod';
import { api } from '../../api.ts';
import { queryClient } from '../../query-client.ts';

const base = '/api/matching';
const enc = encodeURIComponent;

/** Query strings as the client sends them: paging and defaults may be left out. */
type Paged<T> = Omit<T, 'page' | 'pageSize'> & { page?: number; pageSize?: number };
export type DemandListParams = Paged<DemandListQuery>;
export type EngagementListParams = Paged<EngagementListQuery>;
export type OutcomeParams = Partial<OutcomeQuery>;
export type OutcomeRecordsParams = Paged<OutcomeRecordsQuery>;
/** A request body as the client sends it (defaults may be left out). */
export type DemandBody = z.input<typeof DemandInput>;
export type ExpertBody = z.input<typeof ExpertInput>;
export type TalentBody = z.input<typeof TalentInput>;

export const demandListQuery = (params: DemandListParams) =>
  queryOptions({
    queryKey: ['matching', 'demands', 'list', params],
    queryFn: ({ signal }) => api.get<DemandPage>(`${base}/demands`, { ...params }, signal),
  });

export const demandQuery = (id: string) =>
  queryOptions({
    queryKey: ['matching', 'demands', 'detail', id],
    queryFn: ({ signal }) => api.get<DemandDetail>(`${base}/demands/${enc(id)}`, undefined, signal),
    retry: (count, error) => count < 2 && !(error instanceof Error && /^40[34] /.test(error.message)),
  });

export const recommendationsQuery = (id: string, candidateKind?: CandidateKind) =>
  queryOptions({
    queryKey: ['matching', 'demands', 'recommendations', id, candidateKind ?? 'all'],
    queryFn: ({ signal }) =>
      api.get<RecommendationList>(`${base}/demands/${enc(id)}/recommendations`, { candidateKind, limit: 20 }, signal),
  });

export const fittingMeQuery = queryOptions({
  queryKey: ['matching', 'demands', 'fitting-me'],
  queryFn: ({ signal }) => api.get<FittingDemandList>(`${base}/demands/fitting-me`, undefined, signal),
});

export const engagementListQuery = (params: EngagementListParams) =>
  queryOptions({
    queryKey: ['matching', 'engagements', 'list', params],
    queryFn: ({ signal }) => api.get<EngagementPage>(`${base}/engagements`, { ...params }, signal),
  });

export const engagementQuery = (id: string) =>
  queryOptions({
    queryKey: ['matching', 'engagements', 'detail', id],
    queryFn: ({ signal }) => api.get<EngagementDetail>(`${base}/engagements/${enc(id)}`, undefined, signal),
    retry: (count, error) => count < 2 && !(error instanceof Error && /^40[34] /.test(error.message)),
  });

export const profileQuery = queryOptions({
  queryKey: ['matching', 'profile'],
  queryFn: ({ signal }) => api.get<ExpertDetail>(`${base}/profile`, undefined, signal),
  retry: false,
});

/** The signed-in talent's own profile (`talent.edit_own`). */
export const talentProfileQuery = queryOptions({
  queryKey: ['matching', 'talent-profile'],
  queryFn: ({ signal }) => api.get<TalentProfile>(`${base}/talent-profile`, undefined, signal),
  retry: false,
});

/** Experts by name, organisation or field (the broker's invitation picker). */
export const expertSearchQuery = (q: string) =>
  queryOptions({
    queryKey: ['matching', 'experts', 'list', { q, page: 1, pageSize: 20 }],
    queryFn: ({ signal }) => api.get<ExpertPage>(`${base}/experts`, { q, page: 1, pageSize: 20 }, signal),
    enabled: q.trim().length > 0,
    staleTime: 60_000,
  });

export const outcomesQuery = (params: OutcomeParams) =>
  queryOptions({
    queryKey: ['matching', 'outcomes', 'table', params],
    queryFn: ({ signal }) => api.get<OutcomeTable>(`${base}/outcomes`, { ...params }, signal),
  });

export const outcomeRecordsQuery = (params: OutcomeRecordsParams) =>
  queryOptions({
    queryKey: ['matching', 'outcomes', 'records', params],
    queryFn: ({ signal }) => api.get<OutcomeRecordPage>(`${base}/outcomes/records`, { ...params }, signal),
  });

/** Everything matching shows (lists, recommendations, outcomes, the workbench, the inbox) is stale after a write. */
async function refresh(): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: ['matching'] }),
    queryClient.invalidateQueries({ queryKey: ['workbench'] }),
    queryClient.invalidateQueries({ queryKey: ['inbox'] }),
  ]);
}

export async function postDemand(body: DemandBody): Promise<DemandDetail> {
  const detail = await api.post<DemandDetail>(`${base}/demands`, body);
  await refresh();
  return detail;
}

export async function inviteExpert(demandId: string, expertId: string): Promise<DemandDetail> {
  const detail = await api.post<DemandDetail>(`${base}/demands/${enc(demandId)}/invitations`, { expertId });
  await refresh();
  return detail;
}

export async function closeDemand(demandId: string, reason: string): Promise<DemandDetail> {
  const detail = await api.post<DemandDetail>(`${base}/demands/${enc(demandId)}/close`, { reason });
  await refresh();
  return detail;
}

export async function adjustRecommendation(demandId: string, body: z.input<typeof AdjustmentInput>): Promise<RecommendationList> {
  const list = await api.post<RecommendationList>(`${base}/demands/${enc(demandId)}/adjustments`, body);
  await refresh();
  return list;
}

export async function pushRecommendation(demandId: string, ref: Pick<AdjustmentInput, 'candidateKind' | 'candidateId'>, note = ''): Promise<EngagementDetail> {
  const engagement = await api.post<EngagementDetail>(`${base}/demands/${enc(demandId)}/push`, { ...ref, note });
  await refresh();
  return engagement;
}

export async function sendFeedback(
  demandId: string,
  ref: Pick<AdjustmentInput, 'candidateKind' | 'candidateId'>,
  verdict: 'accept' | 'decline',
  reason: string,
): Promise<RecommendationList> {
  const list = await api.post<RecommendationList>(`${base}/demands/${enc(demandId)}/feedback`, { ...ref, verdict, reason });
  await refresh();
  return list;
}

/** One brokerage step (`POST /api/matching/engagements/{id}/actions/{action}`); answers the engagement as the step left it. */
export async function performEngagementAction<A extends EngagementAction>(id: string, action: A, body: Partial<EngagementActionInput[A]>): Promise<EngagementDetail> {
  const detail = await api.post<EngagementDetail>(`${base}/engagements/${enc(id)}/actions/${action}`, body);
  queryClient.setQueryData(engagementQuery(id).queryKey, detail);
  await refresh();
  return detail;
}

export async function saveProfile(body: ExpertBody): Promise<ExpertDetail> {
  const saved = await api.put<ExpertDetail>(`${base}/profile`, body);
  queryClient.setQueryData(profileQuery.queryKey, saved);
  await refresh();
  return saved;
}

export async function saveTalentProfile(body: TalentBody): Promise<TalentProfile> {
  const saved = await api.put<TalentProfile>(`${base}/talent-profile`, body);
  queryClient.setQueryData(talentProfileQuery.queryKey, saved);
  await refresh();
  return saved;
}

export async function importProfiles(kind: ImportKind, file: File): Promise<MatchImportReport> {
  const form = new FormData();
  form.set('file', file, file.name);
  const report = await api.postForm<MatchImportReport>(`${base}/imports/${kind}`, form);
  if (report.committed) await refresh();
  return report;
}

export const importTemplatePath = (kind: ImportKind) => `${base}/imports/${kind}/template.xlsx`;
/** The agreement's contract file, served to everyone who may read the engagement (not only its uploader). */
export const engagementContractPath = (engagementId: string) => `${base}/engagements/${encodeURIComponent(engagementId)}/contract`;

