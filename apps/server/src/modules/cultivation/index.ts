export { cultivationRoutes } from './cultivation.routes.ts';
export { tierAssessment, pipeline, cultivationSummary } from './cultivation.service.ts';
export { DEFAULT_TIER_RULES } from './tier-rules.ts';
export { evaluateTier, evaluateLadder } from './tier-evaluation.ts';
