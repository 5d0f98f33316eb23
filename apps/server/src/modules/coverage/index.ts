export { coverageRoutes } from './coverage.routes.ts';
export { coverageDashboard, fishbone, listUncovered } from './coverage.service.ts';
export { remindDueTasks, startTaskReminderTimer } from './coverage-tasks.service.ts';
export { computeAssessment } from './assessment.service.ts';
export { DEFAULT_TAXONOMY } from './coverage-definitions.ts';
