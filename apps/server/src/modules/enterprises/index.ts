export { enterpriseRoutes } from './enterprises.routes.ts';
export { getEnterprise, listEnterprises } from './enterprises.service.ts';
export { countEnterprises, countEnterprisesByTown, countQualificationsByKind } from './enterprises.repository.ts';
export { getEnterpriseFile, canSeeEnterprise, checkCreditCode } from './enterprise-file.service.ts';
export { findEnterpriseFile, listStatsRows, listQualificationRows, refreshCoverage, upsertStatsRows, ABOVE_SCALE_REVENUE_FEN } from './enterprise-file.repository.ts';
export { QUALIFICATION_NAMES, qualificationNameZh } from './qualification-names.ts';
export { GBT4754_BY_CODE, isIndustrialCode } from './data/gbt4754-2017.ts';
export { sendFile, todayInBeijing } from './enterprises.http.ts';
