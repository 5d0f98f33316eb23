import type { CauseTaxonomy, CoverageFlag } from '@yunju/contracts';

/** How each flag is computed from the file (see `refreshCoverage` in the enterprises module). */
export const FLAG_DEFINITIONS: Record<CoverageFlag, { zh: string; en: string }> = {
  patent: { zh: '专利：当年有发明或实用新型专利申请、授权，或年末拥有有效发明专利', en: 'Patents: an invention or utility patent applied for or granted in the year, or valid invention patents held at year end' },
  rd_institution: { zh: '研发机构：已建有县级及以上研发机构（认定年份不晚于当年）', en: 'R&D institution: a county-level or higher R&D institution recognised in or before the year' },
  rd_spending: { zh: '研发费用：当年研发费用大于 0', en: 'R&D spending: R&D spending above 0 in the year' },
  iur: { zh: '产学研合作：当年有在执行的产学研合作项目', en: 'IUR cooperation: an industry-university-research project active in the year' },
  high_tech: { zh: '高新技术企业：当年 12 月 31 日持有有效的高新技术企业证书', en: 'High-tech status: a valid high-tech enterprise certificate on 31 December of the year' },
};

export const FLAG_NAMES: Record<CoverageFlag, { zh: string; en: string }> = {
  patent: { zh: '专利', en: 'Patents' },
  rd_institution: { zh: '研发机构', en: 'R&D institution' },
  rd_spending: { zh: '研发费用', en: 'R&D spending' },
  iur: { zh: '产学研合作', en: 'IUR cooperation' },
  high_tech: { zh: '高新技术企业', en: 'High-tech status' },
};

/** The default cause taxonomy of the fishbone (a county may replace it). */
export const DEFAULT_TAXONOMY: CauseTaxonomy = {
  categories: [
    { code: 'talent', name: '人才', subCauses: [{ code: 'talent_no_rd_staff', name: '缺少专职研发人员' }, { code: 'talent_high_level', name: '缺少高层次人才' }, { code: 'talent_recruitment', name: '人才引进和留用难' }] },
    { code: 'funding', name: '资金', subCauses: [{ code: 'funding_rd_budget', name: '研发投入不足' }, { code: 'funding_financing', name: '融资困难' }, { code: 'funding_cash_flow', name: '资金周转紧张' }] },
    { code: 'awareness', name: '意识', subCauses: [{ code: 'awareness_owner', name: '企业主创新意识不强' }, { code: 'awareness_policy', name: '对政策不了解' }, { code: 'awareness_no_need', name: '认为没有必要' }] },
    { code: 'technology', name: '技术', subCauses: [{ code: 'technology_base', name: '技术基础薄弱' }, { code: 'technology_partner', name: '缺少合作高校院所' }, { code: 'technology_transfer', name: '成果转化能力弱' }] },
    { code: 'policy', name: '政策', subCauses: [{ code: 'policy_threshold', name: '认定门槛偏高' }, { code: 'policy_paperwork', name: '申报材料复杂' }, { code: 'policy_gap', name: '政策覆盖不到' }] },
    { code: 'service', name: '服务', subCauses: [{ code: 'service_matching', name: '服务对接不足' }, { code: 'service_agency', name: '缺少中介服务' }, { code: 'service_guidance', name: '部门指导不够' }] },
  ],
};

/** Finds a code in the taxonomy: a category, or a sub-cause with its category. */
export function resolveCause(t: CauseTaxonomy, code: string): { category: string; causeCode: string } | undefined {
  for (const c of t.categories) {
    if (c.code === code) return { category: c.code, causeCode: c.code };
    if (c.subCauses.some((s) => s.code === code)) return { category: c.code, causeCode: code };
  }
  return undefined;
}
