// Free of zod on purpose: the web imports this through `@yunju/contracts/catalogue-codes`.
// The enums of `catalogue.ts` are the truth; a web unit test checks that these lists equal them.

/** Service item categories (事项类别), in the order the service hall shows them. */
export const serviceItemCategories = ['project', 'talent', 'ip', 'finance', 'platform', 'transfer', 'policy', 'cultivation'] as const;
export type ServiceItemCategoryCode = (typeof serviceItemCategories)[number];

/** Innovation resource kinds (资源类型). */
export const resourceKinds = ['lab', 'rd_platform', 'instrument', 'expert_team', 'fund', 'incubator', 'data', 'other'] as const;
export type ResourceKindCode = (typeof resourceKinds)[number];

/** How an item can be handled (办理渠道). */
export const serviceChannels = ['online', 'desk'] as const;
export type ServiceChannelCode = (typeof serviceChannels)[number];

/** How a resource is open to use (开放方式). */
export const resourceAvailabilities = ['open', 'by_appointment', 'members_only'] as const;
export type ResourceAvailabilityCode = (typeof resourceAvailabilities)[number];

/** Status filter of the catalogue lists. */
export const catalogueStatusFilters = ['in_force', 'withdrawn', 'all'] as const;
export type CatalogueStatusFilterCode = (typeof catalogueStatusFilters)[number];

const isOneOf =
  <T extends string>(list: readonly T[]) =>
  (value: string | null | undefined): value is T =>
    typeof value === 'string' && (list as readonly string[]).includes(value);

export const isServiceItemCategory = isOneOf(serviceItemCategories);
export const isResourceKind = isOneOf(resourceKinds);
export const isResourceAvailability = isOneOf(resourceAvailabilities);
export const isCatalogueStatusFilter = isOneOf(catalogueStatusFilters);
