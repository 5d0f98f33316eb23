import { queryOptions } from '@tanstack/react-query';
import type {
  BatchDepositCreated,
  BatchDepositInput,
  CountersignInput,
  CreateKeystoreInput,
  DepositDetail,
  DepositInput,
  DepositPage,
  LogInfo,
  NotarisationPage,
  NotarisationRequestInput,
  NotarisationStatus,
  NotarisationView,
  NotaryKey,
  NotaryKeystoreView,
  RegisterNotaryKeyInput,
  RejectNotarisationInput,
  SafeboxCategory,
} from '@yunju/contracts';
import { ApiError, api, toApiError } from '../../api.ts';
import { queryClient } from '../../query-client.ts';

const enc = encodeURIComponent;

export interface DepositListParams {
  page: number;
  pageSize: number;
  q?: string | undefined;
  category?: SafeboxCategory | undefined;
  from?: string | undefined;
  to?: string | undefined;
  notarisation?: 'none' | NotarisationStatus | undefined;
}

export const depositListQuery = (params: DepositListParams) =>
  queryOptions({
    queryKey: ['safebox', 'deposits', params],
    queryFn: ({ signal }) => api.get<DepositPage>('/api/safebox/deposits', { ...params }, signal),
  });

export const depositQuery = (id: string) =>
  queryOptions({
    queryKey: ['safebox', 'deposit', id],
    queryFn: ({ signal }) => api.get<DepositDetail>(`/api/safebox/deposits/${enc(id)}`, undefined, signal),
    // Until a checkpoint covers it (about a second), look again.
    refetchInterval: (q) => (q.state.data && !q.state.data.sequenced ? 1_500 : false),
  });

export const notarisationListQuery = (params: { status?: NotarisationStatus | undefined; page: number; pageSize: number }) =>
  queryOptions({
    queryKey: ['safebox', 'notarisations', params],
    queryFn: ({ signal }) => api.get<NotarisationPage>('/api/safebox/notarisations', { ...params }, signal),
  });

export const notarisationQuery = (id: string) =>
  queryOptions({
    queryKey: ['safebox', 'notarisation', id],
    queryFn: ({ signal }) => api.get<NotarisationView>(`/api/safebox/notarisations/${enc(id)}`, undefined, signal),
  });

export const keystoreQuery = queryOptions({
  queryKey: ['safebox', 'keystore'],
  queryFn: ({ signal }) => api.get<NotaryKeystoreView>('/api/safebox/notary/keystore', undefined, signal),
});

export const notaryKeysQuery = queryOptions({
  queryKey: ['safebox', 'notary-keys'],
  queryFn: ({ signal }) => api.get<NotaryKey[]>('/api/safebox/notary-keys', undefined, signal),
});

/** Public: the log's origin, key and the notaries' cosigner keys (no login). */
export const logInfoQuery = queryOptions({
  queryKey: ['safebox', 'log-info'],
  queryFn: ({ signal }) => api.get<LogInfo>('/api/safebox/log/info', undefined, signal),
  staleTime: 5 * 60_000,
  retry: false,
});

const refresh = () => queryClient.invalidateQueries({ queryKey: ['safebox'] });

export async function createDeposits(items: DepositInput[]): Promise<BatchDepositCreated> {
  const body: BatchDepositInput = { items };
  const created = await api.post<BatchDepositCreated>('/api/safebox/deposits/batch', body);
  await refresh();
  return created;
}

export async function requestNotarisation(id: string, body: NotarisationRequestInput): Promise<NotarisationView> {
  const view = await api.post<NotarisationView>(`/api/safebox/deposits/${enc(id)}/notarisation`, body);
  await refresh();
  return view;
}

export async function countersign(id: string, body: CountersignInput): Promise<NotarisationView> {
  const view = await api.post<NotarisationView>(`/api/safebox/notarisations/${enc(id)}/countersign`, body);
  await refresh();
  return view;
}

export async function rejectNotarisation(id: string, body: RejectNotarisationInput): Promise<NotarisationView> {
  const view = await api.post<NotarisationView>(`/api/safebox/notarisations/${enc(id)}/reject`, body);
  await refresh();
  return view;
}

export async function createKeystore(body: CreateKeystoreInput): Promise<NotaryKeystoreView> {
  const view = await api.post<NotaryKeystoreView>('/api/safebox/notary/keystore', body);
  await refresh();
  return view;
}

export async function registerNotaryKey(body: RegisterNotaryKeyInput): Promise<NotaryKey> {
  const key = await api.post<NotaryKey>('/api/safebox/notary-keys', body);
  await refresh();
  return key;
}

export async function retireNotaryKey(id: string): Promise<NotaryKey> {
  const key = await api.post<NotaryKey>(`/api/safebox/notary-keys/${enc(id)}/retire`);
  await refresh();
  return key;
}

/** A text answer of the API (receipt, log key), errors as `ApiError`. */
export async function fetchText(path: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(path, { credentials: 'same-origin', headers: { accept: 'text/plain, application/problem+json' } });
  } catch {
    throw new ApiError({ status: 0, code: 'network.error' });
  }
  if (!response.ok) throw await toApiError(response);
  return response.text();
}

export const fetchReceipt = (id: string) => fetchText(`/api/safebox/deposits/${enc(id)}/receipt`);
export const fetchLogKey = () => fetchText('/api/safebox/log/key').then((s) => s.trim());
