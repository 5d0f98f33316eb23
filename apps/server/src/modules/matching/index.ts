export { matchingRoutes } from './matching.routes.ts';
// For the workbench: outcome totals counted from records.
export { outcomeTotals } from './outcomes.service.ts';
// For the enterprise file: the enterprise's demands, engagements and IUR projects (read only, permission-scoped).
export { enterpriseMatchingRecords } from './enterprise-records.service.ts';
// For the talent's workbench: its contact requests and open engagements.
export { talentEngagementCounts } from './engagement.service.ts';
