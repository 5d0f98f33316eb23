import { queryOptions } from '@tanstack/react-query';
import type {
  ContactsInput,
  Correction,
  CorrectionDecision,
  CorrectionInput,
  CorrectionPage,
  CooperationInput,
  CorrectionStatus,
  EnterpriseDetail,
  EnterpriseInput,
  EnterpriseUpdateInput,
  IndustryList,
  QualificationInput,
  StatsImportReport,
  TierAssessment,
  YearlyStatsInput,
} from '@yunju/contracts';
import { api } from '../../api.ts';
import { queryClient } from '../../query-client.ts';

const enc = encodeURIComponent;
const base = '/api/enterprises';

/** The whole file (一企一档) of one enterprise. */
export const enterpriseFileQuery = (id: string) =>
  queryOptions({
    queryKey: ['enterprises', 'file', id],
    queryFn: ({ signal }) => api.get<EnterpriseDetail>(`${base}/${enc(id)}/file`, undefined, signal),
  });

export const tierAssessmentQuery = (id: string) =>
  queryOptions({
    queryKey: ['enterprises', 'tiers', id],
    queryFn: ({ signal }) => api.get<TierAssessment>(`${base}/${enc(id)}/tiers`, undefined, signal),
  });

/** GB/T 4754-2017: the sections, or the children of a code. */
export const industriesQuery = (parent?: string) =>
  queryOptions({
    queryKey: ['industries', parent ?? ''],
    queryFn: ({ signal }) => api.get<IndustryList>('/api/industries', parent ? { parent } : undefined, signal),
    staleTime: 60 * 60_000,
  });

export const correctionsQuery = (params: { page: number; pageSize: number; status?: CorrectionStatus | undefined }) =>
  queryOptions({
    queryKey: ['enterprises', 'corrections', params],
    queryFn: ({ signal }) => api.get<CorrectionPage>(`${base}/corrections`, { ...params }, signal),
  });

/** After a write: the file itself (answer of the write) and every list that shows enterprises. */
async function refresh(detail?: EnterpriseDetail): Promise<void> {
  if (detail) queryClient.setQueryData(enterpriseFileQuery(detail.id).queryKey, detail);
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: ['enterprises'], predicate: (q) => !(detail && q.queryKey[1] === 'file' && q.queryKey[2] === detail.id) }),
    queryClient.invalidateQueries({ queryKey: ['coverage'] }),
    queryClient.invalidateQueries({ queryKey: ['cultivation'] }),
  ]);
}

async function then(detail: Promise<EnterpriseDetail>): Promise<EnterpriseDetail> {
  const d = await detail;
  await refresh(d);
  return d;
}

export const createEnterprise = (input: EnterpriseInput) => then(api.post<EnterpriseDetail>(base, input));
export const updateEnterprise = (id: string, input: EnterpriseUpdateInput) => then(api.put<EnterpriseDetail>(`${base}/${enc(id)}`, input));
export const saveStats = (id: string, year: number, input: YearlyStatsInput) => then(api.put<EnterpriseDetail>(`${base}/${enc(id)}/stats/${year}`, input));
export const addQualification = (id: string, input: QualificationInput) => then(api.post<EnterpriseDetail>(`${base}/${enc(id)}/qualifications`, input));
export const updateQualification = (id: string, qid: string, input: QualificationInput) =>
  then(api.put<EnterpriseDetail>(`${base}/${enc(id)}/qualifications/${enc(qid)}`, input));
export const deleteQualification = (id: string, qid: string) => then(api.delete<EnterpriseDetail>(`${base}/${enc(id)}/qualifications/${enc(qid)}`));
export const addCooperation = (id: string, input: CooperationInput) => then(api.post<EnterpriseDetail>(`${base}/${enc(id)}/cooperations`, input));
export const deleteCooperation = (id: string, cid: string) => then(api.delete<EnterpriseDetail>(`${base}/${enc(id)}/cooperations/${enc(cid)}`));
export const saveContacts = (id: string, input: ContactsInput) => then(api.put<EnterpriseDetail>(`${base}/${enc(id)}/contacts`, input));

/** The enterprise corrects its own file: contact data applies at once, statistics wait for an officer. */
export async function submitCorrection(id: string, input: CorrectionInput): Promise<Correction> {
  const correction = await api.post<Correction>(`${base}/${enc(id)}/corrections`, input);
  await refresh();
  return correction;
}

export async function decideCorrection(cid: string, decision: CorrectionDecision): Promise<Correction> {
  const correction = await api.post<Correction>(`${base}/corrections/${enc(cid)}/decide`, decision);
  await refresh();
  return correction;
}

export async function importStats(file: File): Promise<StatsImportReport> {
  const form = new FormData();
  form.set('file', file, file.name);
  const report = await api.postForm<StatsImportReport>(`${base}/stats/import`, form);
  if (report.committed) await refresh();
  return report;
}

export const listExportPath = `${base}/export.xlsx`;
export const statsExportPath = `${base}/stats/export.xlsx`;
export const statsTemplatePath = `${base}/stats/template.xlsx`;
