export { orgRoutes } from './org.routes.ts';
export { listDepartments, listTowns } from './org.service.ts';
export { countDepartments, countTowns, countTenants } from './org.repository.ts';
