import { queryOptions } from '@tanstack/react-query';
import type {
  CatalogueImportMode,
  CatalogueImportReport,
  CatalogueSearchPage,
  CatalogueSearchQuery,
  CatalogueStatus,
  CurrentUser,
  Department,
  ResourceDetail,
  ResourceListQuery,
  ResourcePage,
  ResourceUpdateInput,
  ResourceInput,
  ServiceItemDetail,
  ServiceItemInput,
  ServiceItemListQuery,
  ServiceItemPage,
  ServiceItemUpdateInput,
  ServiceItemVersion,
  ServiceItemVersionList,
} from '@yunju/contracts';
import type { z } from 'zod';
import { api } from '../../api.ts';
import { queryClient } from '../../query-client.ts';

/** Query strings as the contracts parse them (the input side: optional defaults, numbers). */
type Paged<T> = Omit<T, 'page' | 'pageSize'> & { page?: number; pageSize?: number };
export type SearchParamsInput = Paged<z.input<typeof CatalogueSearchQuery>>;
export type ItemListParams = Paged<z.input<typeof ServiceItemListQuery>>;
export type ResourceListParams = Paged<z.input<typeof ResourceListQuery>>;

export type CatalogueKind = 'items' | 'resources';

const base = '/api/catalogue';
const enc = encodeURIComponent;

export const catalogueSearchQuery = (params: SearchParamsInput) =>
  queryOptions({
    queryKey: ['catalogue', 'search', params],
    queryFn: ({ signal }) => api.get<CatalogueSearchPage>(`${base}/search`, { ...params }, signal),
  });

export const itemListQuery = (params: ItemListParams) =>
  queryOptions({
    queryKey: ['catalogue', 'items', 'list', params],
    queryFn: ({ signal }) => api.get<ServiceItemPage>(`${base}/items`, { ...params }, signal),
  });

export const resourceListQuery = (params: ResourceListParams) =>
  queryOptions({
    queryKey: ['catalogue', 'resources', 'list', params],
    queryFn: ({ signal }) => api.get<ResourcePage>(`${base}/resources`, { ...params }, signal),
  });

export const itemQuery = (id: string) =>
  queryOptions({
    queryKey: ['catalogue', 'items', 'detail', id],
    queryFn: ({ signal }) => api.get<ServiceItemDetail>(`${base}/items/${enc(id)}`, undefined, signal),
  });

export const resourceQuery = (id: string) =>
  queryOptions({
    queryKey: ['catalogue', 'resources', 'detail', id],
    queryFn: ({ signal }) => api.get<ResourceDetail>(`${base}/resources/${enc(id)}`, undefined, signal),
  });

export const itemVersionsQuery = (id: string) =>
  queryOptions({
    queryKey: ['catalogue', 'items', 'versions', id],
    queryFn: ({ signal }) => api.get<ServiceItemVersionList>(`${base}/items/${enc(id)}/versions`, undefined, signal),
  });

export const itemVersionQuery = (id: string, version: number) =>
  queryOptions({
    queryKey: ['catalogue', 'items', 'versions', id, version],
    queryFn: ({ signal }) => api.get<ServiceItemVersion>(`${base}/items/${enc(id)}/versions/${version}`, undefined, signal),
    staleTime: Infinity,
  });

/** The county's departments (filters and forms). */
export const departmentsQuery = queryOptions({
  queryKey: ['org', 'departments'],
  queryFn: ({ signal }) => api.get<Department[]>('/api/org/departments', undefined, signal),
  staleTime: 10 * 60_000,
});

const refresh = () => queryClient.invalidateQueries({ queryKey: ['catalogue'] });

export async function createItem(input: ServiceItemInput): Promise<ServiceItemDetail> {
  const saved = await api.post<ServiceItemDetail>(`${base}/items`, input);
  await refresh();
  return saved;
}

export async function updateItem(id: string, input: ServiceItemUpdateInput): Promise<ServiceItemDetail> {
  const saved = await api.put<ServiceItemDetail>(`${base}/items/${enc(id)}`, input);
  await refresh();
  return saved;
}

export async function createResource(input: ResourceInput): Promise<ResourceDetail> {
  const saved = await api.post<ResourceDetail>(`${base}/resources`, input);
  await refresh();
  return saved;
}

export async function updateResource(id: string, input: ResourceUpdateInput): Promise<ResourceDetail> {
  const saved = await api.put<ResourceDetail>(`${base}/resources/${enc(id)}`, input);
  await refresh();
  return saved;
}

export async function setStatus(kind: CatalogueKind, id: string, action: 'withdraw' | 'restore', reason: string): Promise<void> {
  const body = action === 'withdraw' || reason.trim() ? { reason: reason.trim() } : {};
  await api.post<unknown>(`${base}/${kind}/${enc(id)}/${action}`, body);
  await refresh();
}

export async function importSheet(kind: CatalogueKind, file: File, mode: CatalogueImportMode): Promise<CatalogueImportReport> {
  const form = new FormData();
  form.set('mode', mode);
  form.set('file', file, file.name);
  const report = await api.postForm<CatalogueImportReport>(`${base}/${kind}/import`, form);
  if (report.created + report.updated > 0) await refresh();
  return report;
}

export const exportPath = (kind: CatalogueKind) => `${base}/${kind}/export.xlsx`;
export const rejectsPath = (fileId: string) => `${base}/imports/${enc(fileId)}/rejects.xlsx`;

/** Who may change an entry: the bureau administrator any, an officer those of their own department. */
export function canManage(user: CurrentUser, departmentId: string | null | undefined): boolean {
  if (!user.permissions.includes('catalogue.manage')) return false;
  if (user.role === 'bureau_admin') return true;
  return departmentId !== null && departmentId !== undefined && departmentId === user.departmentId;
}

/** Status colours (UX.md): in force green, withdrawn grey. */
export function statusColor(status: CatalogueStatus): string {
  return status === 'in_force' ? 'success' : 'default';
}
