import type { CatalogueSearchHit, ResourceSummary, ServiceItemSummary } from '@yunju/contracts';
import {
  isResourceKind,
  isServiceItemCategory,
  type ResourceKindCode,
  type ServiceItemCategoryCode,
} from '@yunju/contracts/catalogue-codes';
import { compactParams, intParam } from '../../components/search-params.ts';
import type { ItemListParams, ResourceListParams, SearchParamsInput } from './catalogue-api.ts';

export type HallTab = 'items' | 'resources';

/** The service hall's state, kept in the URL so that a search can be shared and survives a reload. */
export interface HallParams {
  q: string;
  tab: HallTab;
  category?: ServiceItemCategoryCode;
  department?: string;
  kind?: ResourceKindCode;
  town?: string;
  /** Browse every item (no search, no filter). */
  all: boolean;
  page: number;
  pageSize: number;
}

const uuidLike = /^[0-9a-f-]{8,64}$/i;

export function hallParamsFromSearch(params: URLSearchParams): HallParams {
  const tab: HallTab = params.get('tab') === 'resources' ? 'resources' : 'items';
  const category = params.get('category');
  const kind = params.get('kind');
  const department = params.get('department') ?? '';
  const town = params.get('town') ?? '';
  return {
    q: (params.get('q') ?? '').trim().slice(0, 100),
    tab,
    category: tab === 'items' && isServiceItemCategory(category) ? category : undefined,
    department: uuidLike.test(department) ? department : undefined,
    kind: tab === 'resources' && isResourceKind(kind) ? kind : undefined,
    town: tab === 'resources' && uuidLike.test(town) ? town : undefined,
    all: params.get('all') === '1',
    page: intParam(params.get('page'), 1),
    pageSize: intParam(params.get('pageSize'), 10, 100),
  };
}

/** Back to the URL; page 1 and the default size are left out. */
export function hallSearch(p: Partial<HallParams> & Pick<HallParams, 'tab'>): Record<string, string> {
  return compactParams({
    q: p.q?.trim(),
    tab: p.tab === 'resources' ? 'resources' : undefined,
    category: p.category,
    department: p.department,
    kind: p.kind,
    town: p.town,
    all: p.all ? '1' : undefined,
    page: p.page && p.page > 1 ? p.page : undefined,
    pageSize: p.pageSize && p.pageSize !== 10 ? p.pageSize : undefined,
  });
}

export type HallRequest =
  | { mode: 'search'; query: SearchParamsInput }
  | { mode: 'items'; query: ItemListParams }
  | { mode: 'resources'; query: ResourceListParams }
  | { mode: 'landing' };

/** What the hall asks the server: a ranked search when there is a query, else a filtered list, else the landing tiles. */
export function hallRequest(p: HallParams): HallRequest {
  const paging = { page: p.page, pageSize: p.pageSize };
  if (p.q) {
    return p.tab === 'items'
      ? { mode: 'search', query: { q: p.q, type: 'item', category: p.category, department: p.department, ...paging } }
      : { mode: 'search', query: { q: p.q, type: 'resource', kind: p.kind, town: p.town, department: p.department, ...paging } };
  }
  if (p.tab === 'items') {
    if (!p.category && !p.department && !p.all) return { mode: 'landing' };
    return { mode: 'items', query: { category: p.category, department: p.department, sort: 'code', ...paging } };
  }
  return { mode: 'resources', query: { kind: p.kind, town: p.town, department: p.department, sort: 'code', ...paging } };
}

/** One row of the hall's result list, from a search hit or a list record. */
export interface HallRow {
  type: 'item' | 'resource';
  id: string;
  code: string;
  name: string;
  nameRanges: [number, number][];
  status: ServiceItemSummary['status'];
  departmentName: string;
  category: ServiceItemCategoryCode | null;
  kind: ResourceKindCode | null;
  townName: string | null;
  /** Matches outside the name (conditions, materials…), at most two. */
  snippets: CatalogueSearchHit['highlights'];
  promisedDays: number | null;
  channels: ServiceItemSummary['channels'];
  ownerOrg: string | null;
  availability: ResourceSummary['availability'] | null;
}

export function rowFromHit(hit: CatalogueSearchHit): HallRow {
  const name = hit.highlights.find((h) => h.field === 'name');
  const nameRanges = name && name.text === hit.name ? name.ranges.map(([s, e]) => [s, e] as [number, number]) : [];
  return {
    type: hit.type,
    id: hit.id,
    code: hit.code,
    name: hit.name,
    nameRanges,
    status: hit.status,
    departmentName: hit.departmentName,
    category: hit.category,
    kind: hit.kind,
    townName: hit.townName,
    snippets: hit.highlights.filter((h) => h.field !== 'name' && h.ranges.length > 0).slice(0, 2),
    promisedDays: null,
    channels: [],
    ownerOrg: null,
    availability: null,
  };
}

export function rowFromItem(item: ServiceItemSummary): HallRow {
  return {
    type: 'item',
    id: item.id,
    code: item.code,
    name: item.name,
    nameRanges: [],
    status: item.status,
    departmentName: item.leadDepartmentName,
    category: item.category,
    kind: null,
    townName: null,
    snippets: [],
    promisedDays: item.promisedDays,
    channels: item.channels,
    ownerOrg: null,
    availability: null,
  };
}

export function rowFromResource(resource: ResourceSummary): HallRow {
  return {
    type: 'resource',
    id: resource.id,
    code: resource.code,
    name: resource.name,
    nameRanges: [],
    status: resource.status,
    departmentName: resource.departmentName,
    category: null,
    kind: resource.kind,
    townName: resource.townName,
    snippets: [],
    promisedDays: null,
    channels: [],
    ownerOrg: resource.ownerOrg,
    availability: resource.availability,
  };
}

export const rowPath = (row: Pick<HallRow, 'type' | 'id'>) => `/hall/${row.type === 'item' ? 'items' : 'resources'}/${encodeURIComponent(row.id)}`;
