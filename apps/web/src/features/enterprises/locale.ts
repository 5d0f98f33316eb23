import { addStrings } from '../../i18n/add-strings.ts';

/** Strings of the enterprise files (企业档案), also used by the qualification tags and the walk-in page. */
export const enterprisesZhCN = {
  enterprise: {
    listTitle: '企业档案',
    detailTitle: '企业档案',
    name: '企业名称',
    creditCode: '统一社会信用代码',
    town: '所属乡镇',
    industry: '行业',
    industryCode: '行业代码',
    size: '企业规模',
    aboveScale: '规上企业',
    qualifications: '资质荣誉',
    keyword: '关键字',
    keywordPlaceholder: '企业名称或统一社会信用代码',
    townPlaceholder: '全部乡镇（街道）',
    aboveScaleOnly: '规上企业',
    notAboveScale: '非规上企业',
    qualificationPlaceholder: '全部资质',
    empty: '没有符合条件的企业，请调整筛选条件后重新查询。',
    noQualifications: '暂无资质认定',
    basicInfo: '基本信息',
    upcoming: '服务事项办理记录、研发机构和“五个全覆盖”情况将在相关功能上线后在此分栏显示。',
    backToList: '返回企业档案',
  },
};

export const enterprisesEn: typeof enterprisesZhCN = {
  enterprise: {
    listTitle: 'Enterprise files',
    detailTitle: 'Enterprise file',
    name: 'Name',
    creditCode: 'Unified social credit code',
    town: 'Town',
    industry: 'Industry',
    industryCode: 'Industry code',
    size: 'Size',
    aboveScale: 'Above scale',
    qualifications: 'Qualifications',
    keyword: 'Keyword',
    keywordPlaceholder: 'Name or unified social credit code',
    townPlaceholder: 'All towns',
    aboveScaleOnly: 'Above scale only',
    notAboveScale: 'Not above scale',
    qualificationPlaceholder: 'All qualifications',
    empty: 'No enterprise matches; change the filters and search again.',
    noQualifications: 'No qualifications yet',
    basicInfo: 'Basic information',
    upcoming: 'Cases, R&D institutions and the "five full coverages" will appear here as tabs once those features open.',
    backToList: 'Back to enterprise files',
  },
};

// The strings ride with this area's lazy chunks, not the login page's entry chunk: every page
// (and component used elsewhere) of the area imports this file (see i18n/add-strings.ts).
addStrings(enterprisesZhCN, enterprisesEn);
