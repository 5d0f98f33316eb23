import type { DemoIndustry } from '../demo-county.types.ts';

/**
 * GB/T 4754-2017 (国民经济行业分类) classes used by the demo enterprises: section letter + 4-digit
 * class code. The mix follows the seed county's industries: textile machinery, bearings and
 * transmission parts, pharmaceuticals (incl. veterinary drugs), auto parts, refrigeration and
 * air-conditioning components, motors and actuators, robots, tea, software and R&D services.
 *
 * weight      relative number of enterprises
 * nameWords   industry words used in enterprise names (示范 + 字号 + 行业词 + 有限公司)
 * scale       relative chance of being a larger firm (above-scale ranking)
 * techFactor  relative propensity for R&D qualifications (high-tech, tech SME)
 * instruments keys into INSTRUMENTS (resources.ts) that such firms typically own
 */
export interface IndustryProfile extends DemoIndustry {
  weight: number;
  nameWords: readonly string[];
  scale: number;
  techFactor: number;
  instruments: readonly string[];
  focus: string; // short phrase for descriptions
}

export const INDUSTRIES: readonly IndustryProfile[] = [
  { code: 'C3451', name: '滚动轴承制造', weight: 150, nameWords: ['轴承', '精密轴承', '轴承科技', '轴承制造'], scale: 1.3, techFactor: 1.1, instruments: ['bearing', 'metrology', 'material'], focus: '精密滚动轴承及套圈' },
  { code: 'C3452', name: '滑动轴承制造', weight: 25, nameWords: ['滑动轴承', '自润滑轴承'], scale: 0.9, techFactor: 1.0, instruments: ['bearing', 'material'], focus: '自润滑滑动轴承' },
  { code: 'C3453', name: '齿轮及齿轮减、变速箱制造', weight: 40, nameWords: ['传动', '减速机', '齿轮'], scale: 1.0, techFactor: 1.0, instruments: ['gear', 'metrology'], focus: '精密齿轮与减速器' },
  { code: 'C3551', name: '纺织专用设备制造', weight: 110, nameWords: ['纺机', '纺织机械', '织造装备'], scale: 1.3, techFactor: 1.2, instruments: ['metrology', 'motion', 'material'], focus: '智能纺织机械' },
  { code: 'C3670', name: '汽车零部件及配件制造', weight: 135, nameWords: ['汽车零部件', '汽配', '汽车部件'], scale: 1.2, techFactor: 1.0, instruments: ['metrology', 'reliability', 'material'], focus: '汽车零部件' },
  { code: 'C3464', name: '制冷、空调设备制造', weight: 90, nameWords: ['制冷', '制冷配件', '空调配件', '热管理'], scale: 1.3, techFactor: 1.1, instruments: ['thermal', 'reliability', 'metrology'], focus: '制冷空调控制元件' },
  { code: 'C3443', name: '阀门和旋塞制造', weight: 55, nameWords: ['阀门', '流体控制', '阀业'], scale: 1.0, techFactor: 0.9, instruments: ['thermal', 'metrology'], focus: '流体控制阀门' },
  { code: 'C2710', name: '化学药品原料药制造', weight: 45, nameWords: ['药业', '制药', '医药化工'], scale: 1.5, techFactor: 1.4, instruments: ['pharma', 'chem'], focus: '化学原料药' },
  { code: 'C2720', name: '化学药品制剂制造', weight: 38, nameWords: ['制药', '药业', '医药'], scale: 1.4, techFactor: 1.4, instruments: ['pharma', 'chem'], focus: '化学药品制剂' },
  { code: 'C2740', name: '中成药生产', weight: 14, nameWords: ['中药', '药业'], scale: 0.9, techFactor: 1.0, instruments: ['pharma'], focus: '中成药' },
  { code: 'C2750', name: '兽用药品制造', weight: 16, nameWords: ['动物药业', '兽药'], scale: 0.9, techFactor: 1.2, instruments: ['pharma', 'bio'], focus: '兽用药品' },
  { code: 'C2761', name: '生物药品制造', weight: 16, nameWords: ['生物制药', '生物医药', '生物技术'], scale: 0.9, techFactor: 1.5, instruments: ['bio', 'pharma'], focus: '生物药品' },
  { code: 'C3484', name: '机械零部件加工', weight: 120, nameWords: ['机械', '精密机械', '五金机械', '精工'], scale: 0.8, techFactor: 0.8, instruments: ['metrology', 'machining'], focus: '精密机械零部件' },
  { code: 'C3391', name: '黑色金属铸造', weight: 28, nameWords: ['铸造', '精密铸造'], scale: 0.8, techFactor: 0.6, instruments: ['material'], focus: '铸件' },
  { code: 'C3360', name: '金属表面处理及热处理加工', weight: 24, nameWords: ['热处理', '表面处理'], scale: 0.6, techFactor: 0.6, instruments: ['material'], focus: '热处理与表面处理' },
  { code: 'C3421', name: '金属切削机床制造', weight: 28, nameWords: ['数控机床', '机床'], scale: 1.0, techFactor: 1.2, instruments: ['metrology', 'machining', 'motion'], focus: '数控机床' },
  { code: 'C3491', name: '工业机器人制造', weight: 20, nameWords: ['机器人', '智能装备', '自动化'], scale: 0.8, techFactor: 1.5, instruments: ['motion', 'metrology'], focus: '工业机器人与灵巧手' },
  { code: 'C3812', name: '电动机制造', weight: 32, nameWords: ['电机', '电气'], scale: 1.0, techFactor: 1.0, instruments: ['motor', 'reliability'], focus: '电动机' },
  { code: 'C3813', name: '微特电机及组件制造', weight: 20, nameWords: ['驱动', '微电机', '线性驱动'], scale: 1.0, techFactor: 1.3, instruments: ['motor', 'motion'], focus: '线性驱动与微特电机' },
  { code: 'C3982', name: '电子电路制造', weight: 28, nameWords: ['电子', '电路科技'], scale: 0.9, techFactor: 1.1, instruments: ['electronics', 'reliability'], focus: '电子电路' },
  { code: 'C4011', name: '工业自动控制系统装置制造', weight: 24, nameWords: ['自控', '智能控制', '仪表'], scale: 0.8, techFactor: 1.3, instruments: ['electronics', 'motion'], focus: '工业自动控制系统' },
  { code: 'C2929', name: '塑料零件及其他塑料制品制造', weight: 30, nameWords: ['塑业', '塑料制品', '新材料'], scale: 0.7, techFactor: 0.7, instruments: ['polymer'], focus: '工程塑料零件' },
  { code: 'C1530', name: '精制茶加工', weight: 34, nameWords: ['茶业', '茶叶'], scale: 0.4, techFactor: 0.3, instruments: ['food'], focus: '高山绿茶' },
  { code: 'I6513', name: '应用软件开发', weight: 45, nameWords: ['软件', '信息技术', '数字科技'], scale: 0.3, techFactor: 1.4, instruments: [], focus: '工业软件与数字化服务' },
  { code: 'M7320', name: '工程和技术研究和试验发展', weight: 28, nameWords: ['科技', '技术研究', '智能科技'], scale: 0.2, techFactor: 1.6, instruments: ['metrology'], focus: '工程技术研发服务' },
  { code: 'M7530', name: '科技中介服务', weight: 14, nameWords: ['科技服务', '技术转移', '知识产权服务'], scale: 0.1, techFactor: 0.5, instruments: [], focus: '科技中介服务' },
];

/** Towns where an industry clusters (multiplies the town weight for that industry). */
export const TOWN_AFFINITY: Readonly<Record<string, readonly string[]>> = {
  '330699002': ['C3551', 'C3491', 'C3813', 'C4011', 'I6513', 'M7320', 'C3421'],
  '330699003': ['C2710', 'C2720', 'C2740', 'C2750', 'C2761'],
  '330699101': ['C3451', 'C3452', 'C3453', 'C3360'],
  '330699102': ['C3812', 'C3813', 'C3982', 'C3484'],
  '330699103': ['C3670', 'C3391', 'C2929'],
  '330699104': ['C3551', 'C3484'],
  '330699105': ['C1530'],
  '330699106': ['C3464', 'C3443'],
  '330699107': ['C3670', 'C3484'],
  '330699108': ['C3451', 'C3484', 'C3360'],
  '330699201': ['C1530'],
  '330699202': ['C1530'],
  '330699203': ['C1530'],
};
