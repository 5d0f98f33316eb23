export { recordAudit, listAudit, verifyAuditChain, type AuditEvent } from './audit.service.ts';
export { auditRoutes } from './audit.routes.ts';
export { countAuditRowsSince } from './audit.repository.ts';
