export { catalogueRoutes } from './catalogue.routes.ts';
export { countResources, countServiceItems } from './catalogue.repository.ts';
export type { ResourceRow as CatalogueResource } from './catalogue.repository.ts';
// For other modules (cases): the item as filed (current or at a version) and a resource.
export { backfillCatalogue, getResource, getServiceItem, getServiceItemVersion, type ServiceItemRecord } from './catalogue.service.ts';
export { maskPhone } from './catalogue-policy.ts';
