import { z } from 'zod';
import { pageOf, PageQuery } from './common.ts';

export const EnterpriseSize = z.enum(['large', 'medium', 'small', 'micro']);
export type EnterpriseSize = z.infer<typeof EnterpriseSize>;

/** Qualification kinds of the tier ladder (seed report §2, GLOSSARY.md). */
export const QualificationKind = z.enum([
  'tech_sme', // 科技型中小企业
  'high_tech', // 高新技术企业
  'tech_little_giant', // 科技小巨人
  'tech_leader', // 科技领军企业
  'srdi_sme', // 专精特新中小企业
  'srdi_little_giant', // 专精特新"小巨人"
  'hidden_champion', // 隐形冠军
  'single_champion', // 单项冠军
  'eagle', // 雄鹰
  'listed', // 上市公司
  'ip_pilot', // 知识产权先导型企业
]);
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
