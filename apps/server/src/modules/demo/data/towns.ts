import type { DemoTown } from '../demo-county.types.ts';

/** Fictional administrative division code of 示范县 (format-valid: province 33, unused county 99). */
export const COUNTY_REGION_CODE = '330699';

/**
 * 15 fictional townships. Codes follow the statistical township code convention:
 * county code + 001–099 for 街道, 100–199 for 镇, 200–399 for 乡.
 * `weight` is the relative share of enterprises; `roads` feed generated addresses.
 */
export const TOWNS: readonly (DemoTown & { weight: number; roads: readonly string[]; industrialZone?: string })[] = [
  { code: '330699001', name: '锦屏街道', kind: 'subdistrict', weight: 15, roads: ['锦屏路', '人民中路', '鼓山西路', '江滨中路'] },
  { code: '330699002', name: '鹿鸣街道', kind: 'subdistrict', weight: 18, roads: ['鹿鸣路', '科创大道', '智造大道', '兴业路'], industrialZone: '示范高新技术产业园区' },
  { code: '330699003', name: '凤栖街道', kind: 'subdistrict', weight: 14, roads: ['凤栖路', '创新路', '医药大道', '康泰路'], industrialZone: '示范县生物医药产业园' },
  { code: '330699101', name: '青溪镇', kind: 'town', weight: 9, roads: ['青溪大道', '工业东路', '溪北路'], industrialZone: '青溪轴承产业园' },
  { code: '330699102', name: '石门镇', kind: 'town', weight: 7, roads: ['石门路', '机电路', '园区一路'] },
  { code: '330699103', name: '龙潭镇', kind: 'town', weight: 6, roads: ['龙潭路', '汽配路', '工业西路'] },
  { code: '330699104', name: '白鹤镇', kind: 'town', weight: 5, roads: ['白鹤路', '纺机路', '振兴路'] },
  { code: '330699105', name: '云岭镇', kind: 'town', weight: 3, roads: ['云岭路', '茶乡路'] },
  { code: '330699106', name: '梅林镇', kind: 'town', weight: 5, roads: ['梅林大道', '制冷路', '五金路'] },
  { code: '330699107', name: '桃源镇', kind: 'town', weight: 4, roads: ['桃源路', '工业园路'] },
  { code: '330699108', name: '莲塘镇', kind: 'town', weight: 4, roads: ['莲塘路', '精工路'] },
  { code: '330699109', name: '清风镇', kind: 'town', weight: 3, roads: ['清风路', '新街'] },
  { code: '330699201', name: '竹溪乡', kind: 'township', weight: 2, roads: ['竹溪路', '茶园路'] },
  { code: '330699202', name: '茶山乡', kind: 'township', weight: 2, roads: ['茶山路', '石桥路'] },
  { code: '330699203', name: '枫林乡', kind: 'township', weight: 1, roads: ['枫林路', '溪口路'] },
];
