import type { TierRule } from '@yunju/contracts';

const WAN = 1_000_000; // fen per 万元

/**
 * The default tier ladder, from the base up. Criteria are the measurable conditions of each
 * document, evaluated on the latest statistics year of the file. Where a document scores or
 * judges qualitatively (e.g. the tech-based SME score, market share), a measurable proxy is used
 * and said so in `source`. A county may replace the ladder (PUT /api/cultivation/ladder).
 */
export const DEFAULT_TIER_RULES: TierRule[] = [
  {
    kind: 'tech_sme',
    nameZh: '科技型中小企业',
    nameEn: 'Tech-based SME',
    rank: 1,
    validityYears: 1,
    source: '《科技型中小企业评价办法》（国科发政〔2017〕115号）第六条：职工总数不超过 500 人、年销售收入不超过 2 亿元；综合评价得分不低于 60 分（此处以“有研发投入”“拥有知识产权”两项代替评分）',
    criteria: [
      { key: 'employees', metric: 'employees_max', labelZh: '从业人员', labelEn: 'Employees', threshold: 500 },
      { key: 'revenue', metric: 'revenue_max', labelZh: '营业收入', labelEn: 'Revenue', threshold: 20_000 * WAN },
      { key: 'rd', metric: 'rd_spending_min', labelZh: '研发费用', labelEn: 'R&D spending', threshold: 1 },
      { key: 'ip', metric: 'owned_ip', labelZh: '自主知识产权', labelEn: 'Owned IP', threshold: 1 },
    ],
  },
  {
    kind: 'high_tech',
    nameZh: '高新技术企业',
    nameEn: 'High-tech enterprise',
    rank: 2,
    validityYears: 3,
    source: '《高新技术企业认定管理办法》（国科发火〔2016〕32号）第十一条：注册成立一年以上；拥有自主知识产权；科技人员占职工总数不低于 10%；近三个会计年度研发费用占销售收入比例：5000 万元以下不低于 5%，5000 万至 2 亿元不低于 4%，2 亿元以上不低于 3%；近一年高新技术产品（服务）收入占总收入不低于 60%（此处按最近一个统计年度计算）',
    criteria: [
      { key: 'founded', metric: 'founded_years', labelZh: '注册成立年限', labelEn: 'Years registered', threshold: 1 },
      { key: 'ip', metric: 'owned_ip', labelZh: '自主知识产权', labelEn: 'Owned IP', threshold: 1 },
      { key: 'tech_staff', metric: 'tech_staff_share', labelZh: '科技人员占比', labelEn: 'S&T staff share', threshold: 0.1 },
      {
        key: 'rd_intensity',
        metric: 'rd_intensity_by_revenue',
        labelZh: '研发费用占比',
        labelEn: 'R&D spending ratio',
        bands: [
          { maxRevenueFen: 5_000 * WAN, share: 0.05 },
          { maxRevenueFen: 20_000 * WAN, share: 0.04 },
          { maxRevenueFen: null, share: 0.03 },
        ],
      },
      { key: 'high_tech_revenue', metric: 'high_tech_revenue_share', labelZh: '高新技术产品收入占比', labelEn: 'High-tech product revenue share', threshold: 0.6 },
    ],
  },
  {
    kind: 'srdi_sme',
    nameZh: '专精特新中小企业',
    nameEn: 'SRDI SME',
    rank: 3,
    validityYears: 3,
    source: '《优质中小企业梯度培育管理暂行办法》（工信部企业〔2022〕63号）附件2：从事特定细分市场 2 年以上；上年度研发费用总额不低于 100 万元且占营业收入比重不低于 3%；上年度营业收入不低于 1000 万元（专业化、精细化、特色化指标由省级评分，此处不计）',
    criteria: [
      { key: 'founded', metric: 'founded_years', labelZh: '成立年限', labelEn: 'Years in business', threshold: 2 },
      { key: 'rd_spending', metric: 'rd_spending_min', labelZh: '研发费用', labelEn: 'R&D spending', threshold: 100 * WAN },
      { key: 'rd_intensity', metric: 'rd_intensity', labelZh: '研发费用占比', labelEn: 'R&D spending ratio', threshold: 0.03 },
      { key: 'revenue', metric: 'revenue_min', labelZh: '营业收入', labelEn: 'Revenue', threshold: 1_000 * WAN },
    ],
  },
  {
    kind: 'srdi_little_giant',
    nameZh: '专精特新“小巨人”',
    nameEn: 'SRDI little giant',
    rank: 4,
    validityYears: 3,
    source: '《优质中小企业梯度培育管理暂行办法》（工信部企业〔2022〕63号）附件3：已认定为省级专精特新中小企业；研发人员占比不低于 15%；拥有Ⅰ类知识产权（此处以有效发明专利 2 项代替）；营业收入 1 亿元以上的企业研发费用占比不低于 3%',
    criteria: [
      { key: 'prerequisite', metric: 'holds', labelZh: '专精特新中小企业资格', labelEn: 'SRDI SME status', kind: 'srdi_sme' },
      { key: 'rd_staff', metric: 'rd_staff_share', labelZh: '研发人员占比', labelEn: 'R&D staff share', threshold: 0.15 },
      { key: 'invention', metric: 'invention_patents', labelZh: '有效发明专利', labelEn: 'Valid invention patents', threshold: 2 },
      { key: 'revenue', metric: 'revenue_min', labelZh: '营业收入', labelEn: 'Revenue', threshold: 10_000 * WAN },
      { key: 'rd_intensity', metric: 'rd_intensity', labelZh: '研发费用占比', labelEn: 'R&D spending ratio', threshold: 0.03 },
    ],
  },
  {
    kind: 'tech_little_giant',
    nameZh: '科技小巨人',
    nameEn: 'Tech little giant',
    rank: 5,
    validityYears: 3,
    source: '省级科技小巨人企业培育工作通知（各省条件不一；此处为本县配置：高新技术企业、研发费用占比不低于 4%、有效发明专利 5 项以上、营业收入 5000 万元以上，县可调整）',
    criteria: [
      { key: 'prerequisite', metric: 'holds', labelZh: '高新技术企业资格', labelEn: 'High-tech status', kind: 'high_tech' },
      { key: 'rd_intensity', metric: 'rd_intensity', labelZh: '研发费用占比', labelEn: 'R&D spending ratio', threshold: 0.04 },
      { key: 'invention', metric: 'invention_patents', labelZh: '有效发明专利', labelEn: 'Valid invention patents', threshold: 5 },
      { key: 'revenue', metric: 'revenue_min', labelZh: '营业收入', labelEn: 'Revenue', threshold: 5_000 * WAN },
    ],
  },
  {
    kind: 'hidden_champion',
    nameZh: '隐形冠军',
    nameEn: 'Hidden champion',
    rank: 6,
    validityYears: 3,
    source: '省级隐形冠军企业培育办法（细分市场占有率由省级评审；此处为本县配置：专精特新“小巨人”、营业收入 2 亿元以上、研发费用占比不低于 3%，县可调整）',
    criteria: [
      { key: 'prerequisite', metric: 'holds', labelZh: '专精特新“小巨人”资格', labelEn: 'SRDI little giant status', kind: 'srdi_little_giant' },
      { key: 'revenue', metric: 'revenue_min', labelZh: '营业收入', labelEn: 'Revenue', threshold: 20_000 * WAN },
      { key: 'rd_intensity', metric: 'rd_intensity', labelZh: '研发费用占比', labelEn: 'R&D spending ratio', threshold: 0.03 },
    ],
  },
  {
    kind: 'tech_leader',
    nameZh: '科技领军企业',
    nameEn: 'Tech leader',
    rank: 7,
    validityYears: 3,
    source: '省级科技领军企业培育办法（此处为本县配置：高新技术企业、省级及以上研发机构、营业收入 10 亿元以上、研发费用占比不低于 3%、有效发明专利 20 项以上，县可调整）',
    criteria: [
      { key: 'prerequisite', metric: 'holds', labelZh: '高新技术企业资格', labelEn: 'High-tech status', kind: 'high_tech' },
      { key: 'institution', metric: 'rd_institution', labelZh: '研发机构级别', labelEn: 'R&D institution level', level: 'provincial' },
      { key: 'revenue', metric: 'revenue_min', labelZh: '营业收入', labelEn: 'Revenue', threshold: 100_000 * WAN },
      { key: 'rd_intensity', metric: 'rd_intensity', labelZh: '研发费用占比', labelEn: 'R&D spending ratio', threshold: 0.03 },
      { key: 'invention', metric: 'invention_patents', labelZh: '有效发明专利', labelEn: 'Valid invention patents', threshold: 20 },
    ],
  },
  {
    kind: 'single_champion',
    nameZh: '单项冠军',
    nameEn: 'Single-item champion',
    rank: 8,
    validityYears: 3,
    source: '《制造业单项冠军企业认定管理办法》（工业和信息化部，2016 年发布、2023 年修订）：长期专注细分产品领域（此处以成立 10 年以上计），主导产品市场占有率全球前列（由工信部评审，此处不计）；营业收入门槛为本县配置 4 亿元',
    criteria: [
      { key: 'founded', metric: 'founded_years', labelZh: '成立年限', labelEn: 'Years in business', threshold: 10 },
      { key: 'revenue', metric: 'revenue_min', labelZh: '营业收入', labelEn: 'Revenue', threshold: 40_000 * WAN },
      { key: 'rd_intensity', metric: 'rd_intensity', labelZh: '研发费用占比', labelEn: 'R&D spending ratio', threshold: 0.03 },
    ],
  },
  {
    kind: 'eagle',
    nameZh: '雄鹰企业',
    nameEn: 'Eagle enterprise',
    rank: 9,
    validityYears: null,
    source: '浙江省“雄鹰行动”培育企业（省级遴选；此处为本县配置：营业收入 50 亿元以上、省级及以上研发机构、高新技术企业，县可调整）',
    criteria: [
      { key: 'prerequisite', metric: 'holds', labelZh: '高新技术企业资格', labelEn: 'High-tech status', kind: 'high_tech' },
      { key: 'institution', metric: 'rd_institution', labelZh: '研发机构级别', labelEn: 'R&D institution level', level: 'provincial' },
      { key: 'revenue', metric: 'revenue_min', labelZh: '营业收入', labelEn: 'Revenue', threshold: 500_000 * WAN },
    ],
  },
];
