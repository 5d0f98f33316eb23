import { queryOptions } from '@tanstack/react-query';
import type { EnterpriseListQuery, EnterprisePage, EnterpriseSummary, Town } from '@yunju/contracts';
import type { z } from 'zod';
import { api } from '../../api.ts';
import { isQualificationKind } from '../../components/qualification-kinds.ts';
import { intParam } from '../../components/search-params.ts';

export type AboveScale = 'true' | 'false';

/**
 * `GET /api/enterprises` parameters as the query string carries them: the contract's input form
 * (`aboveScale` is `'true' | 'false'`, parsed to a boolean on the server), page and size as numbers.
 */
export type EnterpriseListParams = Omit<z.input<typeof EnterpriseListQuery>, 'page' | 'pageSize'> & {
  page: number;
  pageSize: number;
};

/** The list parameters from the page URL; unknown filter values in a shared link are ignored, not sent. */
export function listParamsFromSearch(params: URLSearchParams): EnterpriseListParams {
  const aboveScale = params.get('aboveScale');
  const qualification = params.get('qualification');
  return {
    page: intParam(params.get('page'), 1),
    pageSize: intParam(params.get('pageSize'), 20, 200),
    keyword: params.get('keyword')?.trim() || undefined,
    town: params.get('town') || undefined,
    aboveScale: aboveScale === 'true' || aboveScale === 'false' ? aboveScale : undefined,
    qualification: isQualificationKind(qualification) ? qualification : undefined,
    industry: /^[A-T]\d{0,4}$/.test(params.get('industry') ?? '') ? (params.get('industry') ?? undefined) : undefined,
  };
}

export const enterpriseListQuery = (params: EnterpriseListParams) =>
  queryOptions({
    queryKey: ['enterprises', 'list', params],
    queryFn: ({ signal }) => api.get<EnterprisePage>('/api/enterprises', { ...params }, signal),
  });

export const enterpriseQuery = (id: string) =>
  queryOptions({
    queryKey: ['enterprises', 'detail', id],
    queryFn: ({ signal }) => api.get<EnterpriseSummary>(`/api/enterprises/${encodeURIComponent(id)}`, undefined, signal),
  });

/** The county's towns, for the list's town filter. */
export const townsQuery = queryOptions({
  queryKey: ['org', 'towns'],
  queryFn: ({ signal }) => api.get<Town[]>('/api/org/towns', undefined, signal),
  staleTime: 10 * 60_000,
});
