export { safeboxRoutes } from './safebox.routes.ts';
export { safeboxLogFor, SafeboxLog } from './safebox-log.ts';
export { auditLog as auditSafeboxLog } from './log-audit.ts';
// For the enterprise file: deposit counts (officers, leader) or the newest few (the enterprise itself only).
export { enterpriseDepositsOverview } from './enterprise-deposits.service.ts';
