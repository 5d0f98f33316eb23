export { IdentityService, DEMO_PASSWORD, setPasswordByAdministrator } from './identity.service.ts';
export { identityRoutes } from './identity.routes.ts';
export { hashPassword } from './passwords.ts';
export { insertUser, countUsers, listUserIdsForRecipients, type Recipients } from './identity.repository.ts';
