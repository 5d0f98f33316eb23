import { z } from 'zod';
import { Id, IsoDateTime, pageOf, PageQuery } from './common.ts';

/** A label in both languages, for enums shown to people and used as Excel cell values (zh). */
export interface Label {
  zh: string;
  en: string;
}

export const ServiceItemCategory = z.enum(['project', 'talent', 'ip', 'finance', 'platform', 'transfer', 'policy', 'cultivation']);
export type ServiceItemCategory = z.infer<typeof ServiceItemCategory>;
export const serviceItemCategoryLabels: Record<ServiceItemCategory, Label> = {
  project: { zh: '科技项目', en: 'S&T projects' },
  talent: { zh: '人才', en: 'Talent' },
  ip: { zh: '知识产权', en: 'Intellectual property' },
  finance: { zh: '金融', en: 'Finance' },
  platform: { zh: '平台载体', en: 'Platforms' },
  transfer: { zh: '成果转化', en: 'Technology transfer' },
  policy: { zh: '政策兑现', en: 'Policy benefits' },
  cultivation: { zh: '企业培育', en: 'Enterprise cultivation' },
};

export const ServiceChannel = z.enum(['online', 'desk']);
export type ServiceChannel = z.infer<typeof ServiceChannel>;
export const serviceChannelLabels: Record<ServiceChannel, Label> = {
  online: { zh: '网上办理', en: 'Online' },
  desk: { zh: '窗口办理', en: 'At the service desk' },
};

/** Items and resources share one status vocabulary. */
export const CatalogueStatus = z.enum(['in_force', 'withdrawn']);
export type CatalogueStatus = z.infer<typeof CatalogueStatus>;
export const catalogueStatusLabels: Record<CatalogueStatus, Label> = {
  in_force: { zh: '有效', en: 'In force' },
  withdrawn: { zh: '已撤回', en: 'Withdrawn' },
};

export const ResourceKind = z.enum(['lab', 'rd_platform', 'instrument', 'expert_team', 'fund', 'incubator', 'data', 'other']);
export type ResourceKind = z.infer<typeof ResourceKind>;
export const resourceKindLabels: Record<ResourceKind, Label> = {
  lab: { zh: '实验室', en: 'Laboratory' },
  rd_platform: { zh: '研发平台', en: 'R&D platform' },
  instrument: { zh: '仪器设备', en: 'Instrument' },
  expert_team: { zh: '专家团队', en: 'Expert team' },
  fund: { zh: '基金', en: 'Fund' },
  incubator: { zh: '孵化载体', en: 'Incubator' },
  data: { zh: '数据资源', en: 'Data' },
  other: { zh: '其他', en: 'Other' },
};

export const ResourceAvailability = z.enum(['open', 'by_appointment', 'members_only']);
export type ResourceAvailability = z.infer<typeof ResourceAvailability>;
export const resourceAvailabilityLabels: Record<ResourceAvailability, Label> = {
  open: { zh: '开放共享', en: 'Open' },
  by_appointment: { zh: '预约使用', en: 'By appointment' },
  members_only: { zh: '仅限成员', en: 'Members only' },
};

export const MaterialSpec = z.object({
  name: z.string().trim().min(1).max(200).regex(/^[^；]*$/, 'must not contain ；'),
  required: z.boolean(),
  fileTypes: z.array(z.string().regex(/^[a-z0-9]{1,10}$/, 'lower-case file extension')).min(1).max(10),
});
export type MaterialSpec = z.infer<typeof MaterialSpec>;

/** A list entry: no full-width semicolon, which joins list entries in Excel cells. */
const ListEntry = (max: number) => z.string().trim().min(1).max(max).regex(/^[^；]*$/, 'must not contain ；');
const Code = z.string().trim().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$/, 'letters, digits, - and _ (at most 32)');
const uniqueList = <T extends z.ZodType>(item: T, max: number) =>
  z
    .array(item)
    .max(max)
    .refine((xs) => new Set(xs).size === xs.length, 'duplicate entries');

export const ServiceItemInput = z.object({
  code: Code,
  name: z.string().trim().min(2).max(100),
  category: ServiceItemCategory,
  leadDepartmentId: Id,
  coDepartmentIds: uniqueList(Id, 40).default([]),
  conditions: z.array(ListEntry(500)).max(30),
  materials: z.array(MaterialSpec).max(50),
  promisedDays: z.number().int().min(1).max(90).describe('working days'),
  channels: uniqueList(ServiceChannel, 2).refine((xs) => xs.length >= 1, 'at least one channel'),
  legalBasis: z.string().trim().max(2000),
  description: z.string().trim().max(5000),
  relatedResourceIds: uniqueList(Id, 50).default([]),
});
export type ServiceItemInput = z.infer<typeof ServiceItemInput>;

export const ServiceItemUpdateInput = ServiceItemInput.extend({ changeNote: z.string().trim().min(2).max(500).describe('why it changed; kept with the new version') });
export type ServiceItemUpdateInput = z.infer<typeof ServiceItemUpdateInput>;

export const WithdrawInput = z.object({ reason: z.string().trim().min(2).max(500) });
export type WithdrawInput = z.infer<typeof WithdrawInput>;
export const RestoreInput = z.object({ reason: z.string().trim().min(2).max(500).optional() });
export type RestoreInput = z.infer<typeof RestoreInput>;

export const DepartmentRef = z.object({ id: z.string(), code: z.string(), name: z.string() });
export type DepartmentRef = z.infer<typeof DepartmentRef>;
export const ResourceRef = z.object({ id: z.string(), code: z.string(), name: z.string(), kind: ResourceKind, status: CatalogueStatus });
export type ResourceRef = z.infer<typeof ResourceRef>;
export const ServiceItemRef = z.object({ id: z.string(), code: z.string(), name: z.string(), status: CatalogueStatus });
export type ServiceItemRef = z.infer<typeof ServiceItemRef>;

export const ServiceItemSummary = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  category: ServiceItemCategory,
  leadDepartmentId: z.string(),
  leadDepartmentName: z.string(),
  promisedDays: z.number().int(),
  channels: z.array(ServiceChannel),
  status: CatalogueStatus,
  version: z.number().int(),
  updatedAt: IsoDateTime,
});
export type ServiceItemSummary = z.infer<typeof ServiceItemSummary>;

export const ServiceItemDetail = ServiceItemSummary.extend({
  leadDepartment: DepartmentRef,
  coDepartments: z.array(DepartmentRef),
  conditions: z.array(z.string()),
  materials: z.array(MaterialSpec),
  legalBasis: z.string(),
  description: z.string(),
  relatedResources: z.array(ResourceRef),
});
export type ServiceItemDetail = z.infer<typeof ServiceItemDetail>;

const ListOrder = z.enum(['asc', 'desc']).default('asc');
const StatusFilter = z.enum(['in_force', 'withdrawn', 'all']).default('in_force');

export const ServiceItemFilter = z.object({
  keyword: z.string().trim().max(100).optional().describe('substring of code or name'),
  department: Id.optional().describe('lead or co-handling department id'),
  category: ServiceItemCategory.optional(),
  status: StatusFilter,
  sort: z.enum(['code', 'name', 'promisedDays']).default('code').describe('name sorts by pinyin initials'),
  order: ListOrder,
});
export type ServiceItemFilter = z.infer<typeof ServiceItemFilter>;
export const ServiceItemListQuery = PageQuery.extend(ServiceItemFilter.shape);
export type ServiceItemListQuery = z.infer<typeof ServiceItemListQuery>;
export const ServiceItemPage = pageOf(ServiceItemSummary);
export type ServiceItemPage = z.infer<typeof ServiceItemPage>;

/** The full state of an item at one version (ids, not names). */
export const ServiceItemSnapshot = z.object({
  code: z.string(),
  name: z.string(),
  category: ServiceItemCategory,
  leadDepartmentId: z.string(),
  coDepartmentIds: z.array(z.string()),
  conditions: z.array(z.string()),
  materials: z.array(MaterialSpec),
  promisedDays: z.number().int(),
  channels: z.array(ServiceChannel),
  legalBasis: z.string(),
  description: z.string(),
  relatedResourceIds: z.array(z.string()),
  status: CatalogueStatus,
  version: z.number().int(),
});
export type ServiceItemSnapshot = z.infer<typeof ServiceItemSnapshot>;

export const ServiceItemVersionSummary = z.object({
  version: z.number().int(),
  status: CatalogueStatus,
  changedAt: IsoDateTime,
  changedBy: z.string().nullable().describe('display name; null for the demo loader'),
  changeNote: z.string(),
});
export type ServiceItemVersionSummary = z.infer<typeof ServiceItemVersionSummary>;
export const ServiceItemVersionList = z.object({ itemId: z.string(), currentVersion: z.number().int(), versions: z.array(ServiceItemVersionSummary) });
export type ServiceItemVersionList = z.infer<typeof ServiceItemVersionList>;
export const ServiceItemVersion = ServiceItemVersionSummary.extend({ itemId: z.string(), snapshot: ServiceItemSnapshot });
export type ServiceItemVersion = z.infer<typeof ServiceItemVersion>;

// ───────────── resources ─────────────

export const ResourceInput = z.object({
  code: Code,
  name: z.string().trim().min(2).max(100),
  kind: ResourceKind,
  ownerOrg: z.string().trim().min(2).max(100),
  departmentId: Id,
  townId: Id.nullable(),
  address: z.string().trim().max(200),
  contactName: z.string().trim().min(1).max(50),
  contactPhone: z.string().trim().regex(/^\+?[0-9][0-9 -]{4,19}$/, 'a phone number'),
  description: z.string().trim().max(5000),
  tags: uniqueList(ListEntry(30), 20).default([]),
  availability: ResourceAvailability,
});
export type ResourceInput = z.infer<typeof ResourceInput>;
export const ResourceUpdateInput = ResourceInput.extend({ changeNote: z.string().trim().min(2).max(500).optional() });
export type ResourceUpdateInput = z.infer<typeof ResourceUpdateInput>;

export const ResourceSummary = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  kind: ResourceKind,
  ownerOrg: z.string(),
  departmentId: z.string(),
  departmentName: z.string(),
  townId: z.string().nullable(),
  townName: z.string().nullable(),
  contactName: z.string(),
  contactPhone: z.string().describe('masked as 139****1234 unless the caller is an officer of the owning department or the bureau admin'),
  isPhoneMasked: z.boolean(),
  tags: z.array(z.string()),
  availability: ResourceAvailability,
  status: CatalogueStatus,
  updatedAt: IsoDateTime,
});
export type ResourceSummary = z.infer<typeof ResourceSummary>;
export const ResourceDetail = ResourceSummary.extend({
  address: z.string(),
  description: z.string(),
  relatedItems: z.array(ServiceItemRef).describe('service items that list this resource'),
});
export type ResourceDetail = z.infer<typeof ResourceDetail>;

export const ResourceFilter = z.object({
  keyword: z.string().trim().max(100).optional().describe('substring of code, name or owner'),
  department: Id.optional(),
  town: Id.optional(),
  kind: ResourceKind.optional(),
  availability: ResourceAvailability.optional(),
  status: StatusFilter,
  sort: z.enum(['code', 'name']).default('code'),
  order: ListOrder,
});
export type ResourceFilter = z.infer<typeof ResourceFilter>;
export const ResourceListQuery = PageQuery.extend(ResourceFilter.shape);
export type ResourceListQuery = z.infer<typeof ResourceListQuery>;
export const ResourcePage = pageOf(ResourceSummary);
export type ResourcePage = z.infer<typeof ResourcePage>;

// ───────────── search ─────────────

export const CatalogueSearchQuery = PageQuery.extend({
  q: z.string().trim().min(1).max(100).describe('Chinese or pinyin initials; traditional characters and abbreviations (高企, 科小) are understood'),
  type: z.enum(['item', 'resource', 'all']).default('all'),
  department: Id.optional(),
  category: ServiceItemCategory.optional().describe('items only'),
  kind: ResourceKind.optional().describe('resources only'),
  town: Id.optional().describe('resources only'),
  status: StatusFilter,
});
export type CatalogueSearchQuery = z.infer<typeof CatalogueSearchQuery>;

export const SearchField = z.enum(['name', 'conditions', 'materials', 'tags', 'ownerOrg', 'description', 'legalBasis', 'address']);
export type SearchField = z.infer<typeof SearchField>;
export const SearchHighlight = z.object({
  field: SearchField,
  text: z.string(),
  ranges: z.array(z.tuple([z.number().int(), z.number().int()])).describe('[start, end) offsets in UTF-16 code units of text; the client escapes and marks them'),
});
export type SearchHighlight = z.infer<typeof SearchHighlight>;

export const CatalogueSearchHit = z.object({
  type: z.enum(['item', 'resource']),
  id: z.string(),
  code: z.string(),
  name: z.string(),
  score: z.number(),
  status: CatalogueStatus,
  departmentName: z.string(),
  category: ServiceItemCategory.nullable(),
  kind: ResourceKind.nullable(),
  townName: z.string().nullable(),
  highlights: z.array(SearchHighlight),
  matchedTerms: z.array(z.string()),
});
export type CatalogueSearchHit = z.infer<typeof CatalogueSearchHit>;
export const CatalogueSearchPage = pageOf(CatalogueSearchHit).extend({
  terms: z.array(z.string()).describe('the query as segmented'),
  expandedTerms: z.array(z.string()).describe('synonyms and full forms added to the query'),
});
export type CatalogueSearchPage = z.infer<typeof CatalogueSearchPage>;

// ───────────── Excel import ─────────────

export const CatalogueImportMode = z.enum(['all_or_nothing', 'good_rows']);
export type CatalogueImportMode = z.infer<typeof CatalogueImportMode>;
export const ImportReject = z.object({
  row: z.number().int().describe('row number in the sheet (header = 1)'),
  column: z.string().describe('Chinese column header'),
  value: z.string(),
  reasonZh: z.string(),
  reasonEn: z.string(),
});
export type ImportReject = z.infer<typeof ImportReject>;
export const CatalogueImportReport = z.object({
  mode: CatalogueImportMode,
  committed: z.boolean().describe('false when all_or_nothing met a rejected row: nothing was written'),
  totalRows: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  rejected: z.array(ImportReject),
  rejectsFileId: z.string().nullable().describe('good_rows with rejects: GET /api/catalogue/imports/{id}/rejects.xlsx (24 h)'),
});
export type CatalogueImportReport = z.infer<typeof CatalogueImportReport>;
