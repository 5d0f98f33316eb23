import { z } from 'zod';
import { pageOf, PageQuery } from './common.ts';
import { qualificationKinds } from './qualification-kinds.ts';

export { qualificationKinds, isQualificationKind } from './qualification-kinds.ts';

export const EnterpriseSize = z.enum(['large', 'medium', 'small', 'micro']);
export type EnterpriseSize = z.infer<typeof EnterpriseSize>;

/** Qualification kinds of the tier ladder (see qualification-kinds.ts). */
export const QualificationKind = z.enum(qualificationKinds);
export type QualificationKind = z.infer<typeof QualificationKind>;

export const EnterpriseSummary = z.object({
  id: z.string(),
  creditCode: z.string(),
  name: z.string(),
  townName: z.string(),
  industryCode: z.string(),
  industryName: z.string(),
  size: EnterpriseSize,
  isAboveScale: z.boolean(),
  qualifications: z.array(QualificationKind),
});
export type EnterpriseSummary = z.infer<typeof EnterpriseSummary>;

export const EnterpriseListQuery = PageQuery.extend({
  keyword: z.string().trim().max(100).optional(),
  town: z.string().max(32).optional().describe('town code'),
  aboveScale: z.enum(['true', 'false']).optional().transform((v) => (v === undefined ? undefined : v === 'true')).describe('above-scale industrial enterprises only (true) or none of them (false)'),
  qualification: QualificationKind.optional().describe('holding this qualification'),
});
export type EnterpriseListQuery = z.infer<typeof EnterpriseListQuery>;
export const EnterprisePage = pageOf(EnterpriseSummary);
export type EnterprisePage = z.infer<typeof EnterprisePage>;
