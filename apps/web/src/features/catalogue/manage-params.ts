import {
  isCatalogueStatusFilter,
  isResourceAvailability,
  isResourceKind,
  isServiceItemCategory,
} from '@yunju/contracts/catalogue-codes';
import type { FormPath } from '../../components/field-errors.ts';
import { intParam } from '../../components/search-params.ts';
import type { ItemListParams, ResourceListParams } from './catalogue-api.ts';

export type ManageTab = 'items' | 'resources';

const uuidLike = /^[0-9a-f-]{8,64}$/i;
const idParam = (value: string | null) => (value && uuidLike.test(value) ? value : undefined);
const orderParam = (value: string | null) => (value === 'desc' ? 'desc' : value === 'asc' ? 'asc' : undefined);

export function manageTabOf(params: URLSearchParams): ManageTab {
  return params.get('tab') === 'resources' ? 'resources' : 'items';
}

/** The item list's query from the page URL (unknown values in a shared link are ignored). */
export function itemParamsFromSearch(params: URLSearchParams): ItemListParams & { page: number; pageSize: number } {
  const category = params.get('category');
  const status = params.get('status');
  const sort = params.get('sort');
  return {
    page: intParam(params.get('page'), 1),
    pageSize: intParam(params.get('pageSize'), 20, 200),
    keyword: params.get('keyword')?.trim() || undefined,
    category: isServiceItemCategory(category) ? category : undefined,
    department: idParam(params.get('department')),
    status: isCatalogueStatusFilter(status) ? status : undefined,
    sort: sort === 'code' || sort === 'name' || sort === 'promisedDays' ? sort : undefined,
    order: orderParam(params.get('order')),
  };
}

export function resourceParamsFromSearch(params: URLSearchParams): ResourceListParams & { page: number; pageSize: number } {
  const kind = params.get('kind');
  const status = params.get('status');
  const availability = params.get('availability');
  const sort = params.get('sort');
  return {
    page: intParam(params.get('page'), 1),
    pageSize: intParam(params.get('pageSize'), 20, 200),
    keyword: params.get('keyword')?.trim() || undefined,
    kind: isResourceKind(kind) ? kind : undefined,
    department: idParam(params.get('department')),
    town: idParam(params.get('town')),
    availability: isResourceAvailability(availability) ? availability : undefined,
    status: isCatalogueStatusFilter(status) ? status : undefined,
    sort: sort === 'code' || sort === 'name' ? sort : undefined,
    order: orderParam(params.get('order')),
  };
}

/** The export takes the list's filters, not its page. */
export function exportQuery<T extends { page?: number | undefined; pageSize?: number | undefined }>(params: T): Omit<T, 'page' | 'pageSize'> {
  const { page: _page, pageSize: _pageSize, ...filters } = params;
  return filters;
}

/** Body fields that are lists of plain values: an error on one entry marks the whole field. */
const valueLists = new Set(['coDepartmentIds', 'channels', 'relatedResourceIds', 'tags']);

/**
 * The form field of a server error path for the item and resource forms (shaped like the body):
 * `materials.2.fileTypes.0` → ['materials', 2, 'fileTypes'], `conditions.1` → ['conditions', 1],
 * `channels.0` → ['channels']; null for a field the form does not have.
 */
export function catalogueFormPath(path: string, fields: readonly string[]): FormPath | null {
  const parts = path.split('.');
  const [head] = parts;
  if (!head || !fields.includes(head)) return null;
  if (valueLists.has(head)) return [head];
  if (head === 'conditions') return parts[1] !== undefined && /^\d+$/.test(parts[1]) ? ['conditions', Number(parts[1])] : ['conditions'];
  if (head === 'materials') {
    const row = parts[1];
    const field = parts[2];
    if (row === undefined || !/^\d+$/.test(row)) return null;
    if (field === 'name' || field === 'required' || field === 'fileTypes') return ['materials', Number(row), field];
    return ['materials', Number(row), 'name'];
  }
  return [head];
}

/** Suggested file types of a material (any lower-case extension may be typed). */
export const fileTypeSuggestions = ['pdf', 'jpg', 'jpeg', 'png', 'doc', 'docx', 'xls', 'xlsx', 'zip', 'txt'] as const;
