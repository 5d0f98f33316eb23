export { caseRoutes } from './cases.routes.ts';
export { getCase, listCases } from './cases.service.ts';
export { submitCase, registerWalkInCase } from './case-submission.service.ts';
export { performCaseAction, bulkAssign } from './case-actions.service.ts';
export { listMyQueues, listSupervision, departmentStats } from './case-oversight.service.ts';
export { runEscalation, startEscalationTimer, type EscalationTimer } from './case-escalation.service.ts';
export { countCaseOutcomes } from './cases.repository.ts';
