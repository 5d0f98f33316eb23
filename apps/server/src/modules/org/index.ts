export { orgRoutes } from './org.routes.ts';
export { listDepartments, listOfficers, listTowns } from './org.service.ts';
export { countDepartments, countTowns, countTenants } from './org.repository.ts';
