export { enterpriseRoutes } from './enterprises.routes.ts';
export { getEnterprise, listEnterprises } from './enterprises.service.ts';
export { countEnterprises, countEnterprisesByTown, countQualificationsByKind } from './enterprises.repository.ts';
