import { readFileSync } from 'node:fs';

/**
 * The 300 pseudonymised expert records copied verbatim from the matching evaluation corpus
 * (see NOTICE.md for source and licence). Read once, synchronously, from experts.jsonl next to
 * this file; the records are never modified.
 */
export interface ExpertSourceRecord {
  id: string;
  kind: 'expert';
  name: string;
  org: string;
  attrs: { rank?: string; province?: string; discipline?: string; orgType?: string };
  outputs: { title: string; year?: number; type?: string }[];
}

let cache: readonly ExpertSourceRecord[] | undefined;

export function loadExpertRecords(): readonly ExpertSourceRecord[] {
  if (!cache) {
    const text = readFileSync(new URL('./experts.jsonl', import.meta.url), 'utf8');
    cache = text
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as ExpertSourceRecord);
  }
  return cache;
}

/** Field labels and the title keywords that assign them (also the selection rule, see NOTICE.md). */
export const EXPERT_FIELDS: readonly (readonly [string, readonly string[]])[] = [
  ['医药健康', ['医药', '制药', '药物', '药品', '生物医药', '疫苗', '医疗器械', '兽药']],
  ['装备制造', ['装备制造', '机械', '智能制造', '机器人', '汽车', '零部件', '新材料', '材料产业', '工业机器人', '制造企业']],
  ['知识产权', ['专利', '知识产权', '商业秘密', '标准化', '技术标准']],
  ['技术创新', ['技术创新', '研发', '高新技术', '创新能力', '创新绩效', '自主创新', '企业创新']],
  ['产学研合作', ['产学研', '技术转移', '科技成果', '成果转化', '协同创新', '创新联合体', '校企合作']],
  ['中小企业与产业集群', ['中小企业', '产业集群', '专精特新', '块状经济', '县域', '隐形冠军', '民营企业']],
  ['数字化与供应链', ['数字化', '供应链', '工业互联网', '数字经济', '智能化']],
  ['科技金融', ['风险投资', '创业投资', '科技金融', '知识产权质押', '科技贷款', '创投']],
  ['科技人才', ['科技人才', '创新人才', '研究生培养', '工程师', '人才集聚', '技能人才']],
];

/** Province (short form, as in the source attrs) inferred from an institution name. */
const REGION_RULES: readonly (readonly [RegExp, string])[] = [
  [/武警后勤学院|^天津|南开/, '天津'],
  [/^上海|复旦|同济|东华大学|华东政法|华东理工|华东师范|中欧国际工商/, '上海'],
  [/^浙江|^杭州|^宁波|^温州|^绍兴|中国计量/, '浙江'],
  [/^南京|^东南大学|^江南大学|^江苏|^苏州|^淮海|^扬州|中国药科|河海大学|中国矿业/, '江苏'],
  [/^中南大学|^中南林业|^湖南|^湘潭|国防科技大学/, '湖南'],
  [/^中南财经|^华中|^武汉|^湖北|中国地质大学（武汉）/, '湖北'],
  [/^中山大学|^暨南|^华南|^广东|^广州|^深圳|香港理工大学深圳/, '广东'],
  [/^西安|^西北|^长安大学|^陕西/, '陕西'],
  [/^四川|^电子科技大学|^西南财经|^西南交通|^成都/, '四川'],
  [/^西南大学|^重庆/, '重庆'],
  [/^哈尔滨|^黑龙江|^东北林业|^东北农业/, '黑龙江'],
  [/^大连|^东北大学|^东北财经|^辽宁|^沈阳/, '辽宁'],
  [/^吉林|^长春|^东北师范/, '吉林'],
  [/^山东|^中国海洋|^青岛|^济南/, '山东'],
  [/^中国科学技术大学|^合肥|^安徽/, '安徽'],
  [/^厦门|^福州|^福建|^华侨大学/, '福建'],
  [/^南昌|^江西|^九江/, '江西'],
  [/^河南|^郑州/, '河南'],
  [/^河北|^燕山/, '河北'],
  [/^山西/, '山西'],
  [/^新疆/, '新疆'],
  [/^昆明|^云南/, '云南'],
  [/^贵州/, '贵州'],
  [/^广西/, '广西'],
  [/^海南/, '海南'],
  [/^兰州|^甘肃/, '甘肃'],
  [/^内蒙古/, '内蒙古'],
  [/^宁夏/, '宁夏'],
  [/^青海/, '青海'],
  [/^西藏/, '西藏'],
  [/^香港/, '香港'],
  [/^澳门/, '澳门'],
  [/^北京|^清华|^中国人民大学|^中国政法|^中国社会科学院|^中国科学院|^中国农业科学院|^中国科学技术信息研究所|^农业部|^财政部|^对外经济贸易|^中央财经|^首都|^国家/, '北京'],
];

export function inferRegion(org: string, province: string | undefined): string {
  if (province) return province;
  for (const [re, region] of REGION_RULES) if (re.test(org)) return region;
  return '未注明';
}
