/**
 * Majors, skills and desired roles for the pseudonymous talent pool (人才库).
 * `levels` lists the education levels at which the major is offered.
 */
import type { TalentEducation } from '../demo-county.types.ts';

export interface MajorProfile {
  major: string;
  levels: readonly TalentEducation[];
  weight: number;
  skills: readonly string[];
  roles: readonly string[];
}

export const MAJORS: readonly MajorProfile[] = [
  { major: '机械设计制造及其自动化', levels: ['博士', '硕士', '本科'], weight: 14, skills: ['SolidWorks', 'AutoCAD', '公差分析', '有限元分析', '机构设计', 'GD&T'], roles: ['机械设计工程师', '研发工程师', '工艺工程师'] },
  { major: '机械工程', levels: ['博士', '硕士'], weight: 6, skills: ['ANSYS', '动力学仿真', '轴承设计', '摩擦学', '可靠性分析'], roles: ['研发工程师', '技术负责人', '仿真工程师'] },
  { major: '材料成型及控制工程', levels: ['硕士', '本科'], weight: 5, skills: ['热处理工艺', '铸造工艺', '金相分析', '失效分析'], roles: ['工艺工程师', '材料工程师', '质量工程师'] },
  { major: '材料科学与工程', levels: ['博士', '硕士', '本科'], weight: 5, skills: ['材料表征', 'SEM', 'XRD', '表面工程', '涂层技术'], roles: ['材料工程师', '研发工程师'] },
  { major: '车辆工程', levels: ['硕士', '本科'], weight: 5, skills: ['汽车零部件设计', 'NVH分析', 'CATIA', 'APQP'], roles: ['产品工程师', '研发工程师', '项目工程师'] },
  { major: '能源与动力工程', levels: ['硕士', '本科'], weight: 4, skills: ['制冷系统设计', '换热器设计', 'CFD仿真', '热管理'], roles: ['热管理工程师', '研发工程师', '测试工程师'] },
  { major: '电气工程及其自动化', levels: ['硕士', '本科'], weight: 7, skills: ['PLC编程', '电机控制', '电路设计', '变频调速'], roles: ['电气工程师', '自动化工程师'] },
  { major: '自动化', levels: ['硕士', '本科'], weight: 6, skills: ['运动控制', 'PLC编程', '机器视觉', '工业机器人编程'], roles: ['自动化工程师', '控制算法工程师', '调试工程师'] },
  { major: '机器人工程', levels: ['硕士', '本科'], weight: 3, skills: ['ROS', '运动规划', '灵巧手控制', '传感器融合'], roles: ['机器人算法工程师', '机器人应用工程师'] },
  { major: '控制科学与工程', levels: ['博士', '硕士'], weight: 3, skills: ['控制算法', '伺服驱动', '状态估计', 'MATLAB/Simulink'], roles: ['控制算法工程师', '技术负责人'] },
  { major: '测控技术与仪器', levels: ['硕士', '本科'], weight: 3, skills: ['精密测量', '三坐标测量', '传感器', 'LabVIEW'], roles: ['测试工程师', '计量工程师', '质量工程师'] },
  { major: '计算机科学与技术', levels: ['博士', '硕士', '本科'], weight: 6, skills: ['Java', 'Python', '数据库', '分布式系统', '机器学习'], roles: ['软件工程师', '算法工程师', '数据工程师'] },
  { major: '软件工程', levels: ['硕士', '本科'], weight: 5, skills: ['TypeScript', 'Java', 'MES开发', '工业APP开发', 'DevOps'], roles: ['软件工程师', '工业软件工程师'] },
  { major: '数据科学与大数据技术', levels: ['硕士', '本科'], weight: 3, skills: ['Python', 'SQL', '数据分析', '工业大数据'], roles: ['数据分析师', '数据工程师'] },
  { major: '药学', levels: ['博士', '硕士', '本科'], weight: 6, skills: ['药物分析', 'HPLC', '方法学验证', '质量研究', 'GMP'], roles: ['药物分析研究员', 'QA专员', 'QC分析员'] },
  { major: '制药工程', levels: ['硕士', '本科'], weight: 5, skills: ['工艺放大', 'GMP', '连续流工艺', '验证管理'], roles: ['工艺工程师', '生产技术员', 'EHS工程师'] },
  { major: '药物化学', levels: ['博士', '硕士'], weight: 3, skills: ['有机合成', '路线设计', '杂质研究', '核磁解析'], roles: ['合成研究员', '工艺研发主管'] },
  { major: '药剂学', levels: ['博士', '硕士'], weight: 2, skills: ['制剂处方开发', '一致性评价', '溶出研究'], roles: ['制剂研发工程师'] },
  { major: '生物工程', levels: ['硕士', '本科'], weight: 3, skills: ['细胞培养', '发酵工艺', '纯化工艺', 'PCR'], roles: ['生物工艺工程师', '研发助理'] },
  { major: '动物医学', levels: ['博士', '硕士', '本科'], weight: 3, skills: ['兽药药效评价', '动物实验', '疫苗评价'], roles: ['兽药研发员', '临床试验专员'] },
  { major: '化学工程与工艺', levels: ['硕士', '本科'], weight: 4, skills: ['化工工艺', '反应工程', 'Aspen模拟', '安全评价'], roles: ['工艺工程师', 'EHS工程师'] },
  { major: '高分子材料与工程', levels: ['硕士', '本科'], weight: 2, skills: ['注塑工艺', '改性配方', '模流分析'], roles: ['材料工程师', '工艺工程师'] },
  { major: '工业设计', levels: ['硕士', '本科'], weight: 2, skills: ['产品造型', 'Rhino', '人机工程'], roles: ['工业设计师'] },
  { major: '知识产权', levels: ['硕士', '本科'], weight: 2, skills: ['专利检索', '专利撰写', '专利分析', '商业秘密管理'], roles: ['知识产权专员', '专利工程师'] },
  { major: '工商管理', levels: ['硕士', '本科'], weight: 3, skills: ['项目管理', '技术转移', '商业计划', '投融资'], roles: ['技术转移经理人', '项目经理', '科技服务专员'] },
  { major: '会计学', levels: ['硕士', '本科', '大专'], weight: 3, skills: ['研发费用归集', '高企申报', '税务筹划'], roles: ['财务专员', '科技项目申报专员'] },
  { major: '茶学', levels: ['硕士', '本科', '大专'], weight: 2, skills: ['茶叶加工', '茶叶审评', '茶园管理'], roles: ['茶叶加工技术员', '品控专员'] },
  { major: '机电一体化技术', levels: ['大专'], weight: 8, skills: ['设备维护', 'PLC编程', '电气装配', '数控操作'], roles: ['设备工程师', '装配调试技术员'] },
  { major: '数控技术', levels: ['大专'], weight: 7, skills: ['数控编程', '五轴加工', 'CAM', '精密测量'], roles: ['数控编程员', '加工中心操作技师'] },
  { major: '模具设计与制造', levels: ['大专'], weight: 3, skills: ['模具设计', 'UG', '冲压工艺'], roles: ['模具设计师', '模具钳工'] },
  { major: '工业机器人技术', levels: ['大专'], weight: 4, skills: ['机器人编程', '离线仿真', '工作站集成'], roles: ['机器人运维工程师', '自动化技术员'] },
  { major: '药品生产技术', levels: ['大专'], weight: 4, skills: ['GMP', '制剂生产', '设备清洁验证'], roles: ['生产技术员', 'QC检验员'] },
  { major: '汽车制造与试验技术', levels: ['大专'], weight: 3, skills: ['汽车零部件检测', '装配工艺', 'PPAP'], roles: ['质量检验员', '工艺技术员'] },
];
