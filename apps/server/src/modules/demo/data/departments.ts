import type { DemoDepartment } from '../demo-county.types.ts';

/**
 * The 33 county bodies whose innovation functions the cloud bureau pools (seed report §1).
 * Modelled on a Zhejiang county after the 2019 institutional reform: government departments,
 * vertically managed branches (税务, 生态环境分局, 金融监管支局), people's organisations (科协, 工商联,
 * 总工会, 团县委), Party offices that co-handle talent and institution registration (人才办, 编办)
 * and park management bodies. All names use the fictional county name 示范县.
 * `itemPrefix` prefixes the codes of service items the department leads.
 */
export const DEPARTMENTS: readonly (DemoDepartment & { itemPrefix: string })[] = [
  { code: 'kjj', name: '示范县科学技术局', shortName: '科技局', isBureau: true, itemPrefix: 'KJ' },
  { code: 'fgj', name: '示范县发展和改革局', shortName: '发改局', isBureau: false, itemPrefix: 'FG' },
  { code: 'jxj', name: '示范县经济和信息化局', shortName: '经信局', isBureau: false, itemPrefix: 'JX' },
  { code: 'czj', name: '示范县财政局', shortName: '财政局', isBureau: false, itemPrefix: 'CZ' },
  { code: 'rsj', name: '示范县人力资源和社会保障局', shortName: '人社局', isBureau: false, itemPrefix: 'RS' },
  { code: 'scjgj', name: '示范县市场监督管理局（知识产权局）', shortName: '市场监管局', isBureau: false, itemPrefix: 'SJ' },
  { code: 'zrzyj', name: '示范县自然资源和规划局', shortName: '资规局', isBureau: false, itemPrefix: 'ZG' },
  { code: 'swj', name: '示范县商务局', shortName: '商务局', isBureau: false, itemPrefix: 'SW' },
  { code: 'jtj', name: '示范县教育体育局', shortName: '教体局', isBureau: false, itemPrefix: 'JT' },
  { code: 'nyncj', name: '示范县农业农村局', shortName: '农业农村局', isBureau: false, itemPrefix: 'NY' },
  { code: 'swuj', name: '国家税务总局示范县税务局', shortName: '税务局', isBureau: false, itemPrefix: 'SS' },
  { code: 'jrb', name: '示范县人民政府金融工作办公室', shortName: '金融办', isBureau: false, itemPrefix: 'JR' },
  { code: 'zwfw', name: '示范县政务服务管理办公室', shortName: '政务服务办', isBureau: false, itemPrefix: 'ZW' },
  { code: 'tjj', name: '示范县统计局', shortName: '统计局', isBureau: false, itemPrefix: 'TJ' },
  { code: 'sthj', name: '示范市生态环境局示范分局', shortName: '生态环境分局', isBureau: false, itemPrefix: 'HB' },
  { code: 'gaj', name: '示范县公安局', shortName: '公安局', isBureau: false, itemPrefix: 'GA' },
  { code: 'sfj', name: '示范县司法局', shortName: '司法局', isBureau: false, itemPrefix: 'SF' },
  { code: 'kx', name: '示范县科学技术协会', shortName: '科协', isBureau: false, itemPrefix: 'KX' },
  { code: 'gsl', name: '示范县工商业联合会', shortName: '工商联', isBureau: false, itemPrefix: 'GL' },
  { code: 'gxq', name: '示范高新技术产业园区管理委员会', shortName: '高新区管委会', isBureau: false, itemPrefix: 'GX' },
  { code: 'swyy', name: '示范县生物医药产业园管理委员会', shortName: '医药园区管委会', isBureau: false, itemPrefix: 'YY' },
  { code: 'rcb', name: '中共示范县委人才工作领导小组办公室', shortName: '人才办', isBureau: false, itemPrefix: 'RC' },
  { code: 'wjj', name: '示范县卫生健康局', shortName: '卫健局', isBureau: false, itemPrefix: 'WJ' },
  { code: 'zjj', name: '示范县住房和城乡建设局', shortName: '住建局', isBureau: false, itemPrefix: 'ZJ' },
  { code: 'mzj', name: '示范县民政局', shortName: '民政局', isBureau: false, itemPrefix: 'MZ' },
  { code: 'sjj', name: '示范县数据局', shortName: '数据局', isBureau: false, itemPrefix: 'SD' },
  { code: 'tcz', name: '示范县投资促进中心', shortName: '投促中心', isBureau: false, itemPrefix: 'TC' },
  { code: 'yjj', name: '示范县应急管理局', shortName: '应急管理局', isBureau: false, itemPrefix: 'YJ' },
  { code: 'jrjg', name: '国家金融监督管理总局示范监管支局', shortName: '金融监管支局', isBureau: false, itemPrefix: 'JG' },
  { code: 'zgh', name: '示范县总工会', shortName: '总工会', isBureau: false, itemPrefix: 'GH' },
  { code: 'tw', name: '共青团示范县委员会', shortName: '团县委', isBureau: false, itemPrefix: 'TW' },
  { code: 'bb', name: '中共示范县委机构编制委员会办公室', shortName: '县委编办', isBureau: false, itemPrefix: 'BB' },
  { code: 'gcy', name: '示范县高层次人才创业园管理服务中心', shortName: '高创园', isBureau: false, itemPrefix: 'GC' },
];
