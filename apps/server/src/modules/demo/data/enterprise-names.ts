/**
 * Parts of fictional enterprise names: 示范 + 字号 (two characters) + 行业词 + 组织形式.
 * The 字号 is built from FIRST × SECOND; BLOCKED lists trade names of real enterprises of the
 * seed county (and other well-known firms) that must never be produced.
 */
export const NAME_PREFIX = '示范';

export const TRADE_NAME_FIRST: readonly string[] = [
  '恒', '锐', '创', '宏', '鑫', '盛', '泰', '德', '嘉', '立', '精', '卓', '宇', '博', '凯', '正', '金', '通',
  '益', '永', '明', '远', '瑞', '祥', '丰', '源', '力', '诚', '信', '安', '华', '海', '东', '越',
  '聚', '启', '合', '汇', '鼎', '科', '翔', '昊', '奥', '辰', '臻', '弘', '毅', '骏', '沃', '澄', '晨',
];

export const TRADE_NAME_SECOND: readonly string[] = [
  '锐', '达', '泰', '昌', '盛', '华', '通', '宇', '力', '杰', '特', '佳', '源', '利', '丰', '驰', '展', '航',
  '腾', '晟', '睿', '翔', '恒', '峰', '川', '阳', '捷', '诺', '瑞', '科', '鼎', '隆', '业', '德', '普', '邦',
  '新', '凯', '尔', '拓',
];

export const BLOCKED_TRADE_NAMES: ReadonlySet<string> = new Set([
  '三花', '万丰', '日发', '京新', '捷昌', '陀曼', '康立', '新和', '和成', '新春', '五洲', '沃尔', '正泰', '华为',
  '德力', '恒力', '华通', '海正', '华海', '通力', '精工', '汇川', '昊华', '宇通', '华昌', '泰达', '鑫达',
]);

export const LEGAL_FORMS_SMALL = ['有限公司'] as const;
export const LEGAL_FORM_LISTED = '股份有限公司';
