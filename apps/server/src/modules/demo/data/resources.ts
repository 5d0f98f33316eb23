import type { ResourceAvailability } from '../demo-county.types.ts';

/**
 * Templates for the 385 innovation resources (创新资源). Organisations named here are fictional;
 * the joint innovation centre, technology-transfer institute, enclaves and humanoid-robot centre
 * mirror the kinds of platform the seed report lists, without using real lab or institute names.
 */

export const JOINT_CENTRE = '示范县—高校联合创新中心（示范实验室）';
export const JOINT_CENTRE_TOWN = '330699002';
export const JOINT_CENTRE_ADDRESS = '浙江省示范市示范县鹿鸣街道科创大道1号';
export const TESTING_CENTRE = '示范县检验检测中心';
export const TESTING_CENTRE_TOWN = '330699001';
export const TESTING_CENTRE_ADDRESS = '浙江省示范市示范县锦屏街道江滨中路168号';

export const INSTITUTES = ['智能装备研究所', '动物医药研究所', '精密传动与摩擦学研究所'] as const;

export interface InstrumentTemplate {
  name: string;
  family: string;
  spec: string;
  tags: readonly string[];
}

export const INSTRUMENTS: readonly InstrumentTemplate[] = [
  { name: '三坐标测量仪', family: 'metrology', spec: '测量范围1000×1200×800 mm，示值误差≤(1.5+L/350) μm', tags: ['精密测量', '形位公差'] },
  { name: '圆度仪', family: 'metrology', spec: '圆度测量误差≤0.02 μm，适用于套圈、滚子和轴类零件', tags: ['精密测量', '轴承'] },
  { name: '表面轮廓仪', family: 'metrology', spec: '轮廓与粗糙度一体测量，Z向分辨率0.8 nm', tags: ['精密测量', '表面质量'] },
  { name: '激光跟踪仪', family: 'metrology', spec: '测量半径80 m，空间精度15 μm+6 μm/m', tags: ['大尺寸测量', '装配检测'] },
  { name: '影像测量仪', family: 'metrology', spec: '行程400×300 mm，重复精度2 μm', tags: ['尺寸检测'] },
  { name: '工业CT', family: 'metrology', spec: '225 kV微焦点射线源，三维缺陷与尺寸分析', tags: ['无损检测', '铸件'] },
  { name: '轴承疲劳寿命试验机', family: 'bearing', spec: '可同时试验4套轴承，最高转速12000 r/min', tags: ['轴承', '可靠性'] },
  { name: '轴承振动测量仪', family: 'bearing', spec: '低、中、高三频段振动速度测量', tags: ['轴承', '振动噪声'] },
  { name: '摩擦磨损试验机', family: 'bearing', spec: '球盘、销盘多种摩擦副，载荷0–500 N', tags: ['摩擦学', '润滑'] },
  { name: 'X射线残余应力分析仪', family: 'bearing', spec: '无损测定热处理和磨削后的残余应力', tags: ['热处理', '材料'] },
  { name: '齿轮测量中心', family: 'gear', spec: '模数0.5–20 mm，齿形齿向全参数测量', tags: ['齿轮', '精密测量'] },
  { name: '扫描电子显微镜', family: 'material', spec: '分辨率≤1.0 nm，配能谱仪（EDS）', tags: ['材料表征', '失效分析'] },
  { name: '金相显微镜', family: 'material', spec: '50–1000倍，配图像分析软件', tags: ['金相分析', '热处理'] },
  { name: '直读光谱仪', family: 'material', spec: '铁基、铝基、铜基多基体成分快速分析', tags: ['成分分析', '材料'] },
  { name: '电子万能材料试验机', family: 'material', spec: '最大载荷100 kN，拉伸、压缩、弯曲试验', tags: ['力学性能', '材料'] },
  { name: 'X射线衍射仪', family: 'material', spec: '物相定性定量分析，晶粒尺寸测定', tags: ['材料表征', '物相分析'] },
  { name: '高低温湿热试验箱', family: 'reliability', spec: '温度-70–150 ℃，湿度20%–98%RH', tags: ['环境试验', '可靠性'] },
  { name: '盐雾试验箱', family: 'reliability', spec: '中性盐雾、醋酸盐雾和铜加速醋酸盐雾试验', tags: ['环境试验', '防腐'] },
  { name: '电磁振动试验台', family: 'reliability', spec: '推力30 kN，频率5–3000 Hz', tags: ['振动试验', '可靠性'] },
  { name: '半消声室噪声测试系统', family: 'reliability', spec: '截止频率100 Hz，背景噪声≤18 dB(A)', tags: ['振动噪声', 'NVH'] },
  { name: '焓差实验室（空调性能测试台）', family: 'thermal', spec: '制冷量测试范围2–16 kW，符合空调能效测试要求', tags: ['制冷空调', '能效'] },
  { name: '氦质谱检漏仪', family: 'thermal', spec: '最小可检漏率5×10⁻¹² Pa·m³/s', tags: ['制冷空调', '密封'] },
  { name: '阀门流量特性试验台', family: 'thermal', spec: '流量0.1–50 m³/h，压力0–4.5 MPa', tags: ['流体控制', '阀门'] },
  { name: '高压耐压爆破试验台', family: 'thermal', spec: '最高试验压力100 MPa', tags: ['安全试验', '阀门'] },
  { name: '高效液相色谱仪', family: 'pharma', spec: '四元梯度泵，配紫外/二极管阵列检测器', tags: ['药物分析', '质量控制'] },
  { name: '气相色谱仪', family: 'pharma', spec: '配FID检测器和顶空进样器，残留溶剂测定', tags: ['药物分析', '残留溶剂'] },
  { name: '液相色谱-质谱联用仪', family: 'pharma', spec: '三重四极杆质谱，杂质鉴定与定量', tags: ['药物分析', '杂质研究'] },
  { name: '溶出度仪', family: 'pharma', spec: '8杯，篮法、桨法，自动取样', tags: ['制剂研究', '一致性评价'] },
  { name: '药物稳定性试验箱', family: 'pharma', spec: '长期、加速稳定性试验，温湿度可控', tags: ['制剂研究', '稳定性'] },
  { name: '激光粒度分析仪', family: 'pharma', spec: '测量范围0.01–3500 μm，干湿法进样', tags: ['粒度分析', '原料药'] },
  { name: '傅里叶变换红外光谱仪', family: 'pharma', spec: '波数范围7800–350 cm⁻¹，配ATR附件', tags: ['结构鉴定', '药物分析'] },
  { name: '核磁共振波谱仪', family: 'chem', spec: '400 MHz，氢谱、碳谱及二维谱', tags: ['结构鉴定', '化学合成'] },
  { name: '气相色谱-质谱联用仪', family: 'chem', spec: '单四极杆质谱，挥发性成分定性定量', tags: ['化学分析', '杂质研究'] },
  { name: '差示扫描量热仪', family: 'chem', spec: '温度范围-90–700 ℃，晶型与热性能分析', tags: ['热分析', '晶型研究'] },
  { name: '电感耦合等离子体质谱仪', family: 'chem', spec: '元素杂质痕量分析，检出限ng/L级', tags: ['元素分析', '元素杂质'] },
  { name: '流式细胞仪', family: 'bio', spec: '3激光13色，细胞表型与功能分析', tags: ['生物医药', '细胞分析'] },
  { name: '实时荧光定量PCR仪', family: 'bio', spec: '96孔，多重荧光定量检测', tags: ['分子检测', '动物医药'] },
  { name: '多功能酶标仪', family: 'bio', spec: '吸光、荧光、化学发光多模式检测', tags: ['生物检测', '疫苗评价'] },
  { name: '机器人重复定位精度测试系统', family: 'motion', spec: '依据工业机器人性能测试方法，激光多点测量', tags: ['机器人', '精度测试'] },
  { name: '六维力传感器标定台', family: 'motion', spec: '力/力矩六分量同步标定', tags: ['机器人', '灵巧手'] },
  { name: '光学运动捕捉系统', family: 'motion', spec: '12相机，亚毫米级定位，人形机器人步态分析', tags: ['人形机器人', '运动控制'] },
  { name: '电机测试台架', family: 'motor', spec: '额定转矩200 N·m，效率Map图自动测试', tags: ['电机', '能效'] },
  { name: '功率分析仪', family: 'motor', spec: '6通道，基本精度0.03%', tags: ['电机', '电气测试'] },
  { name: '电磁兼容（EMC）预测试系统', family: 'electronics', spec: '传导、辐射发射预测试', tags: ['电子', 'EMC'] },
  { name: '飞针测试机', family: 'electronics', spec: '8针，电路板开短路及元件参数测试', tags: ['电子电路', '质量检测'] },
  { name: 'X-Ray在线检测仪', family: 'electronics', spec: 'BGA焊点及内部缺陷检测', tags: ['电子', '无损检测'] },
  { name: '五轴联动加工中心', family: 'machining', spec: '工作台Φ650 mm，定位精度5 μm，可共享试制', tags: ['共享制造', '样件试制'] },
  { name: '金属3D打印机', family: 'machining', spec: '激光选区熔化，成形尺寸250×250×300 mm', tags: ['增材制造', '样件试制'] },
  { name: '慢走丝线切割机', family: 'machining', spec: '加工精度±2 μm，表面粗糙度Ra0.1 μm', tags: ['精密加工', '模具'] },
  { name: '熔融指数仪', family: 'polymer', spec: '熔体质量流动速率与体积流动速率测定', tags: ['高分子材料', '注塑'] },
  { name: '热变形维卡温度测定仪', family: 'polymer', spec: '三工位，室温–300 ℃', tags: ['高分子材料', '热性能'] },
  { name: '茶叶农药残留快速检测仪', family: 'food', spec: '有机磷和氨基甲酸酯类农残快速筛查', tags: ['茶叶', '食品安全'] },
  { name: '近红外茶叶品质分析仪', family: 'food', spec: '茶多酚、氨基酸、咖啡碱无损快速测定', tags: ['茶叶', '品质分析'] },
];

/** Instrument families owned by the joint centre and the testing centre. */
export const JOINT_CENTRE_FAMILIES = ['material', 'metrology', 'bearing', 'motion', 'bio', 'pharma', 'chem'] as const;
export const TESTING_CENTRE_FAMILIES = ['metrology', 'material', 'reliability', 'thermal', 'food', 'electronics'] as const;

export interface FixedResource {
  name: string;
  ownerOrg: string;
  departmentCode: string;
  townCode: string;
  address?: string;
  description: string;
  tags: readonly string[];
  availability: ResourceAvailability;
  contactTitle: '老师' | '经理' | '主任' | '先生' | '女士';
}

const JC = JOINT_CENTRE;

/** 24 laboratories: 15 at the joint centre, 9 elsewhere. */
export const LABS: readonly FixedResource[] = [
  ...(
    [
      ['智能装备研究所', '工业视觉检测实验室', '面向轴承、零部件表面缺陷的机器视觉检测算法与装备研发', ['机器视觉', '智能检测']],
      ['智能装备研究所', '纺机智能控制实验室', '纺织机械多轴协同控制、断纱检测和数字孪生', ['智能纺机', '运动控制']],
      ['智能装备研究所', '机器人灵巧手实验室', '灵巧手结构设计、触觉感知与抓取控制', ['人形机器人', '灵巧手']],
      ['智能装备研究所', '数字孪生与工业软件实验室', '产线数字孪生建模、工艺仿真与工业APP开发', ['数字孪生', '工业软件']],
      ['智能装备研究所', '制冷热管理实验室', '制冷阀件流场仿真与热管理系统测试', ['制冷空调', '热管理']],
      ['精密传动与摩擦学研究所', '摩擦学与润滑实验室', '轴承、齿轮摩擦副磨损机理与润滑技术', ['摩擦学', '轴承']],
      ['精密传动与摩擦学研究所', '轴承疲劳寿命试验室', '轴承寿命强化试验与可靠性评估', ['轴承', '可靠性']],
      ['精密传动与摩擦学研究所', '精密磨削工艺实验室', '套圈超精研磨与表面完整性控制', ['精密加工', '轴承']],
      ['精密传动与摩擦学研究所', '热处理与表面工程实验室', '真空热处理、渗碳淬火及涂层工艺', ['热处理', '表面工程']],
      ['动物医药研究所', '动物药物制剂实验室', '兽用缓释制剂、长效注射剂研发', ['动物医药', '制剂研究']],
      ['动物医药研究所', '兽用疫苗评价实验室', '兽用疫苗免疫效果评价与质量研究', ['动物医药', '疫苗']],
      ['动物医药研究所', '药物合成工艺实验室', '原料药绿色合成与连续流工艺开发', ['绿色制药', '工艺开发']],
      ['动物医药研究所', '药物分析与质量研究实验室', '杂质谱研究、分析方法开发与验证', ['药物分析', '质量研究']],
      ['智能装备研究所', '材料表征与失效分析平台', '零部件失效分析、金相与断口分析', ['失效分析', '材料表征']],
      ['动物医药研究所', '中试放大车间', '千升级反应釜中试放大与工艺验证', ['中试', '工艺放大']],
    ] as const
  ).map(([inst, lab, desc, tags]) => ({
    name: `${JC}${inst}${lab}`,
    ownerOrg: JC,
    departmentCode: 'kjj',
    townCode: JOINT_CENTRE_TOWN,
    address: JOINT_CENTRE_ADDRESS,
    description: `联合创新中心${inst}下设实验室，研究方向：${desc}。可承接企业委托研发和测试。`,
    tags: [...tags, '联合创新中心'],
    availability: 'by_appointment' as const,
    contactTitle: '老师' as const,
  })),
  { name: '示范县检验检测中心计量检定实验室', ownerOrg: TESTING_CENTRE, departmentCode: 'scjgj', townCode: TESTING_CENTRE_TOWN, address: TESTING_CENTRE_ADDRESS, description: '开展长度、力学、热工等计量器具检定校准，服务企业量值溯源。', tags: ['计量', '检定校准'], availability: 'open', contactTitle: '主任' },
  { name: '示范县检验检测中心轴承产品质量检验实验室', ownerOrg: TESTING_CENTRE, departmentCode: 'scjgj', townCode: TESTING_CENTRE_TOWN, address: TESTING_CENTRE_ADDRESS, description: '轴承尺寸精度、旋转精度、振动和寿命检验，出具检验报告。', tags: ['轴承', '质量检验'], availability: 'open', contactTitle: '主任' },
  { name: '示范县检验检测中心制冷配件检测实验室', ownerOrg: TESTING_CENTRE, departmentCode: 'scjgj', townCode: TESTING_CENTRE_TOWN, address: TESTING_CENTRE_ADDRESS, description: '制冷阀件密封性、耐压、寿命和性能检测。', tags: ['制冷空调', '质量检验'], availability: 'open', contactTitle: '主任' },
  { name: '示范县检验检测中心茶叶质量检测实验室', ownerOrg: TESTING_CENTRE, departmentCode: 'scjgj', townCode: TESTING_CENTRE_TOWN, address: TESTING_CENTRE_ADDRESS, description: '茶叶理化指标、农残和感官审评检测。', tags: ['茶叶', '食品安全'], availability: 'open', contactTitle: '主任' },
  { name: '示范县生物医药公共检测实验室', ownerOrg: '示范县生物医药产业园公共服务中心', departmentCode: 'swyy', townCode: '330699003', description: '为园区中小医药企业提供药品理化检测、微生物限度和稳定性研究服务。', tags: ['生物医药', '公共检测'], availability: 'by_appointment', contactTitle: '主任' },
  { name: '示范县实验动物与药效评价平台', ownerOrg: '示范县生物医药产业园公共服务中心', departmentCode: 'swyy', townCode: '330699003', description: '普通级和SPF级实验动物设施，开展兽药和人用药药效学评价。', tags: ['动物实验', '药效评价'], availability: 'members_only', contactTitle: '老师' },
  { name: '示范县电机能效测试实验室', ownerOrg: TESTING_CENTRE, departmentCode: 'scjgj', townCode: '330699102', description: '电动机能效、温升和噪声测试。', tags: ['电机', '能效'], availability: 'open', contactTitle: '主任' },
  { name: '示范县工业机器人检测实验室', ownerOrg: '示范县人形机器人创新研发中心', departmentCode: 'gxq', townCode: '330699002', description: '工业机器人和协作机器人性能、安全与可靠性检测。', tags: ['机器人', '检测认证'], availability: 'by_appointment', contactTitle: '经理' },
  { name: '示范县农业科学研究所茶叶加工实验室', ownerOrg: '示范县农业科学研究所', departmentCode: 'nyncj', townCode: '330699105', description: '名优绿茶加工工艺、茶叶深加工产品研发与中试。', tags: ['茶叶', '加工工艺'], availability: 'by_appointment', contactTitle: '老师' },
];

/** 7 innovation teams of the joint centre; the generator adds enterprise-based teams up to 30. */
export const JOINT_CENTRE_TEAMS: readonly (readonly [string, string, readonly string[]])[] = [
  ['智能纺机创新团队', '纺织机械高速化、智能化与节能技术', ['智能纺机']],
  ['高端轴承创新团队', '高速精密轴承设计、材料与可靠性', ['轴承']],
  ['动物医药创新团队', '兽用新药创制与制剂技术', ['动物医药']],
  ['机器人灵巧手创新团队', '人形机器人灵巧手与关节模组', ['人形机器人']],
  ['工业软件创新团队', '工业互联网平台与工业APP', ['工业软件']],
  ['绿色制药工艺创新团队', '原料药连续流与酶催化绿色工艺', ['绿色制药']],
  ['制冷热管理创新团队', '新能源汽车热管理与制冷控制元件', ['热管理', '制冷空调']],
];

/** Enterprise-based expert-team forms (filled with enterprise names by the generator). */
export const ENTERPRISE_TEAM_FORMS: readonly (readonly [string, string, readonly string[]])[] = [
  ['院士专家工作站', '企业与院士团队共建，开展关键共性技术攻关和人才培养', ['院士专家工作站']],
  ['博士后工作站', '企业博士后研究团队，可联合招收博士后开展课题研究', ['博士后', '人才培养']],
  ['研究生联合培养导师团队', '企业导师与高校导师组成的工程硕士联合培养团队', ['研究生联培', '产学研']],
  ['职工创新工作室', '以技术骨干领衔的工艺革新和技能攻关团队', ['职工创新', '工艺改进']],
];

export const FIXED_TEAMS: readonly FixedResource[] = [
  { name: '茶产业科技特派员团队', ownerOrg: '示范县农业科学研究所', departmentCode: 'nyncj', townCode: '330699105', description: '由省级科技特派员领衔，服务茶园绿色防控、机采和品牌加工。', tags: ['科技特派员', '茶叶'], availability: 'open', contactTitle: '老师' },
  { name: '生物医药注册申报专家服务团', ownerOrg: '示范县生物医药产业园公共服务中心', departmentCode: 'swyy', townCode: '330699003', description: '由退休审评专家和注册事务专家组成，提供药品注册申报咨询。', tags: ['药品注册', '咨询'], availability: 'by_appointment', contactTitle: '老师' },
  { name: '知识产权专员服务团队', ownerOrg: '示范县知识产权保护工作站', departmentCode: 'scjgj', townCode: '330699001', description: '专利代理师和知识产权律师组成，提供专利挖掘、布局和维权咨询。', tags: ['知识产权', '专利代理'], availability: 'open', contactTitle: '女士' },
  { name: '研发费用归集辅导团队', ownerOrg: '示范县科技创新服务中心', departmentCode: 'kjj', townCode: '330699001', description: '税务师和会计师组成，辅导企业研发费用归集和加计扣除。', tags: ['加计扣除', '财税辅导'], availability: 'open', contactTitle: '女士' },
  { name: '技术经纪人服务团队', ownerOrg: '示范县技术转移研究院', departmentCode: 'kjj', townCode: '330699002', description: '持证技术经纪人，提供技术需求挖掘、成果匹配和交易撮合。', tags: ['技术经纪', '成果转化'], availability: 'open', contactTitle: '经理' },
];

/** 12 funds and capital resources. */
export const FUNDS: readonly FixedResource[] = [
  { name: '示范县人才科创产业基金', ownerOrg: '示范县产业发展投资有限公司', departmentCode: 'jrb', townCode: '330699001', description: '总规模40亿元，以母子基金方式投资人才科创项目和重点产业链企业。', tags: ['产业基金', '人才项目', '股权投资'], availability: 'by_appointment', contactTitle: '经理' },
  { name: '示范县天使投资引导基金', ownerOrg: '示范县产业发展投资有限公司', departmentCode: 'jrb', townCode: '330699001', description: '投资种子期、初创期科技企业，单个项目投资不超过500万元。', tags: ['天使投资', '初创企业'], availability: 'by_appointment', contactTitle: '经理' },
  { name: '示范县科技成果转化基金', ownerOrg: '示范县产业发展投资有限公司', departmentCode: 'kjj', townCode: '330699002', description: '支持联合创新中心和高校院所科技成果在县内转化。', tags: ['成果转化', '股权投资'], availability: 'by_appointment', contactTitle: '经理' },
  { name: '示范县高端装备产业链协同基金', ownerOrg: '示范县产业发展投资有限公司', departmentCode: 'jxj', townCode: '330699002', description: '围绕轴承、纺机、汽配产业链开展补链强链投资。', tags: ['产业链', '装备制造'], availability: 'by_appointment', contactTitle: '经理' },
  { name: '示范县生物医药产业基金', ownerOrg: '示范县产业发展投资有限公司', departmentCode: 'swyy', townCode: '330699003', description: '投资创新药、动物药和高端制剂项目。', tags: ['生物医药', '股权投资'], availability: 'by_appointment', contactTitle: '经理' },
  { name: '“科技贷”风险池资金', ownerOrg: '示范县科学技术局', departmentCode: 'kjj', townCode: '330699001', description: '财政出资设立风险池，与合作银行按比例分担科技信贷风险。', tags: ['科技信贷', '风险分担'], availability: 'open', contactTitle: '主任' },
  { name: '知识产权质押融资风险补偿资金池', ownerOrg: '示范县市场监督管理局（知识产权局）', departmentCode: 'scjgj', townCode: '330699001', description: '对合作银行知识产权质押贷款损失给予一定比例补偿。', tags: ['知识产权质押', '风险补偿'], availability: 'open', contactTitle: '主任' },
  { name: '“人才贷”风险补偿资金', ownerOrg: '中共示范县委人才工作领导小组办公室', departmentCode: 'rcb', townCode: '330699001', description: '为人才企业信用贷款提供风险补偿。', tags: ['人才贷', '信用贷款'], availability: 'open', contactTitle: '主任' },
  { name: '首台（套）保险补偿资金', ownerOrg: '示范县经济和信息化局', departmentCode: 'jxj', townCode: '330699001', description: '对首台（套）装备保险保费给予补偿。', tags: ['首台套', '保险补偿'], availability: 'open', contactTitle: '主任' },
  { name: '“揭榜挂帅”攻关专项资金', ownerOrg: '示范县科学技术局', departmentCode: 'kjj', townCode: '330699001', description: '每年1000万元，支持十大“专精特新”重大科技攻关项目。', tags: ['揭榜挂帅', '科技攻关'], availability: 'open', contactTitle: '主任' },
  { name: '示范县政府性融资担保资金', ownerOrg: '示范县融资担保有限公司', departmentCode: 'jrb', townCode: '330699001', description: '为科技型小微企业提供低费率融资担保。', tags: ['融资担保', '小微企业'], availability: 'open', contactTitle: '经理' },
  { name: '科技创新券资金池', ownerOrg: '示范县科学技术局', departmentCode: 'kjj', townCode: '330699001', description: '支持中小企业购买检验检测、研发设计等科技服务。', tags: ['创新券', '科技服务'], availability: 'open', contactTitle: '主任' },
];

/** 16 incubators, innovation spaces and enclaves (飞地). */
export const INCUBATORS: readonly FixedResource[] = [
  { name: '示范县科技企业孵化器', ownerOrg: '示范县科技创业服务有限公司', departmentCode: 'kjj', townCode: '330699002', description: '孵化面积3.2万平方米，提供研发办公、中试场地和创业辅导。', tags: ['孵化器', '创业辅导'], availability: 'members_only', contactTitle: '经理' },
  { name: '示范县高层次人才创业园', ownerOrg: '示范县高层次人才创业园管理服务中心', departmentCode: 'gcy', townCode: '330699002', description: '人才项目“拎包入驻”，三年租金减免，配套基金与人才服务。', tags: ['高创园', '人才创业'], availability: 'members_only', contactTitle: '主任' },
  { name: '示范县杭州科创飞地', ownerOrg: '示范县投资促进中心', departmentCode: 'tcz', townCode: '330699002', address: '浙江省杭州市（示范县杭州科创飞地，具体地址以入驻通知为准）', description: '在杭州设立的研发飞地，实行“研发在杭州、转化在示范”。', tags: ['科创飞地', '杭州'], availability: 'members_only', contactTitle: '经理' },
  { name: '示范县上海科创飞地', ownerOrg: '示范县投资促进中心', departmentCode: 'tcz', townCode: '330699002', address: '上海市（示范县上海科创飞地，具体地址以入驻通知为准）', description: '在上海设立的研发和人才飞地，对接长三角高校院所资源。', tags: ['科创飞地', '上海'], availability: 'members_only', contactTitle: '经理' },
  { name: '示范县（北京）联合创新中心', ownerOrg: '示范县投资促进中心', departmentCode: 'tcz', townCode: '330699002', address: '北京市（示范县北京联合创新中心，具体地址以入驻通知为准）', description: '在北京设立的创新飞地，开展项目招引与高端人才对接。', tags: ['科创飞地', '北京'], availability: 'members_only', contactTitle: '经理' },
  { name: '鹿鸣智造众创空间', ownerOrg: '示范县科技创业服务有限公司', departmentCode: 'kjj', townCode: '330699002', description: '面向智能制造创业团队的开放式众创空间。', tags: ['众创空间', '智能制造'], availability: 'open', contactTitle: '经理' },
  { name: '凤栖医药众创空间', ownerOrg: '示范县生物医药产业园公共服务中心', departmentCode: 'swyy', townCode: '330699003', description: '医药研发团队共享实验室和办公空间。', tags: ['众创空间', '生物医药'], availability: 'open', contactTitle: '经理' },
  { name: '锦屏青年创客空间', ownerOrg: '共青团示范县委员会', departmentCode: 'tw', townCode: '330699001', description: '面向青年和大学生的创业空间，提供免费工位和创业指导。', tags: ['众创空间', '青年创业'], availability: 'open', contactTitle: '老师' },
  { name: '示范县研究生联合培养基地', ownerOrg: '示范县科学技术局', departmentCode: 'kjj', townCode: '330699002', description: '工程硕士联合培养基地，研究生入驻企业开展课题研究。', tags: ['研究生联培', '产学研'], availability: 'members_only', contactTitle: '老师' },
  { name: '示范县大学生创业园', ownerOrg: '示范县人力资源和社会保障局', departmentCode: 'rsj', townCode: '330699001', description: '为高校毕业生创业提供场地、补贴和指导。', tags: ['大学生创业'], availability: 'open', contactTitle: '老师' },
  { name: '鹿鸣数字经济小微企业园', ownerOrg: '示范高新技术产业园区管理委员会', departmentCode: 'gxq', townCode: '330699002', description: '软件、工业互联网和数字服务小微企业集聚园区。', tags: ['小微企业园', '数字经济'], availability: 'members_only', contactTitle: '主任' },
  { name: '青溪轴承小微企业园', ownerOrg: '示范县经济和信息化局', departmentCode: 'jxj', townCode: '330699101', description: '轴承配套小微企业标准厂房园区，配套公共热处理中心。', tags: ['小微企业园', '轴承'], availability: 'members_only', contactTitle: '主任' },
  { name: '梅林制冷配件小微企业园', ownerOrg: '示范县经济和信息化局', departmentCode: 'jxj', townCode: '330699106', description: '制冷配件企业集聚园区，共享检测与表面处理设施。', tags: ['小微企业园', '制冷空调'], availability: 'members_only', contactTitle: '主任' },
  { name: '示范县科技企业加速器', ownerOrg: '示范高新技术产业园区管理委员会', departmentCode: 'gxq', townCode: '330699002', description: '为孵化毕业的成长型科技企业提供定制厂房和加速服务。', tags: ['加速器', '成长型企业'], availability: 'members_only', contactTitle: '主任' },
  { name: '示范县机器人产业孵化器', ownerOrg: '示范县人形机器人创新研发中心', departmentCode: 'gxq', townCode: '330699002', description: '孵化灵巧手、关节模组和具身智能应用项目。', tags: ['孵化器', '人形机器人'], availability: 'members_only', contactTitle: '经理' },
  { name: '龙潭汽配创新港', ownerOrg: '示范县龙潭镇人民政府', departmentCode: 'jxj', townCode: '330699103', description: '汽车零部件企业研发中心集聚区与检测服务平台。', tags: ['汽车零部件', '创新载体'], availability: 'members_only', contactTitle: '主任' },
];

/** 25 data resources. */
export const DATA_SETS: readonly FixedResource[] = (
  [
    ['示范县规上工业企业研发投入统计数据集', 'tjj', '示范县统计局', '规上工业企业分年度研发费用、研发人员和研发机构情况（汇总脱敏）', ['研发投入', '统计数据']],
    ['示范县专利授权与有效专利数据集', 'scjgj', '示范县市场监督管理局（知识产权局）', '县内企业专利申请、授权、有效量及IPC分类统计', ['专利', '知识产权']],
    ['示范县高新技术企业名录', 'kjj', '示范县科学技术局', '有效期内高新技术企业名单及证书有效期', ['高新技术企业', '名录']],
    ['示范县科技型中小企业名录', 'kjj', '示范县科学技术局', '当年入库科技型中小企业名单', ['科技型中小企业', '名录']],
    ['示范县技术合同登记数据集', 'kjj', '示范县科学技术局', '技术合同类型、成交额和技术领域统计', ['技术市场', '成果转化']],
    ['示范县大型科研仪器共享目录', 'kjj', '示范县科学技术局', '可共享大型科研仪器的名称、参数、收费标准和预约方式', ['仪器共享', '目录']],
    ['轴承产业链图谱', 'jxj', '示范县经济和信息化局', '轴承产业链上中下游企业、产品和关键技术节点', ['产业链', '轴承']],
    ['智能纺机产业链图谱', 'jxj', '示范县经济和信息化局', '纺机整机、关键零部件和控制系统企业分布', ['产业链', '智能纺机']],
    ['生物医药产业链图谱', 'swyy', '示范县生物医药产业园管理委员会', '原料药、制剂、生物药和动物药企业及产品管线', ['产业链', '生物医药']],
    ['汽车零部件产业链图谱', 'jxj', '示范县经济和信息化局', '汽车零部件企业配套关系与主要客户', ['产业链', '汽车零部件']],
    ['制冷空调配件产业链图谱', 'jxj', '示范县经济和信息化局', '制冷控制元件企业、产品和配套关系', ['产业链', '制冷空调']],
    ['示范县企业技术需求库', 'kjj', '示范县科学技术局', '企业发布的技术难题与合作需求（脱敏）', ['技术需求', '产学研']],
    ['示范县科技成果库', 'kjj', '示范县科学技术局', '可转化科技成果及其成熟度、交易方式', ['科技成果', '成果转化']],
    ['示范县科技专家库', 'kjj', '示范县科学技术局', '入库专家研究领域、单位和服务意愿（假名化）', ['专家', '智力资源']],
    ['示范县重点产业人才需求目录', 'rcb', '中共示范县委人才工作领导小组办公室', '重点产业紧缺人才岗位、专业和薪酬区间', ['人才需求', '紧缺人才']],
    ['示范县工业用地与标准厂房数据集', 'zrzyj', '示范县自然资源和规划局', '可供工业用地、标准厂房和研发用房分布', ['产业空间', '用地']],
    ['示范县惠企政策文件库', 'zwfw', '示范县政务服务管理办公室', '现行有效的惠企政策原文、解读及兑现条件', ['政策', '免申即享']],
    ['示范县科技项目库', 'kjj', '示范县科学技术局', '县级以上科技计划项目立项、验收与绩效', ['科技项目', '绩效']],
    ['示范县企业标准与团体标准数据集', 'scjgj', '示范县市场监督管理局（知识产权局）', '企业主导或参与制定的各级标准清单', ['标准', '质量']],
    ['示范县亩均效益评价数据集', 'jxj', '示范县经济和信息化局', '工业企业亩均税收、亩均增加值和研发强度（分档）', ['亩均效益', '企业评价']],
    ['示范县进出口与技术贸易数据集', 'swj', '示范县商务局', '企业进出口、技术进出口合同登记统计', ['外贸', '技术贸易']],
    ['示范县茶园与茶产业数据集', 'nyncj', '示范县农业农村局', '茶园面积、品种、产量和加工主体分布', ['茶叶', '农业数据']],
    ['示范县企业能耗与碳排放数据集', 'fgj', '示范县发展和改革局', '重点用能企业能耗强度与碳排放（汇总）', ['能耗', '双碳']],
    ['示范县公共数据开放目录', 'sjj', '示范县数据局', '可开放和受限开放的公共数据资源目录', ['公共数据', '数据开放']],
    ['示范县企业信用与经营状况数据接口', 'sjj', '示范县数据局', '企业登记、纳税信用等级与经营异常（授权调用）', ['企业信用', '数据接口']],
  ] as const
).map(([name, dep, owner, desc, tags]) => ({
  name,
  ownerOrg: owner,
  departmentCode: dep,
  townCode: '330699001',
  description: `${desc}。通过公共数据平台按需申请使用。`,
  tags: [...tags, '数据资源'],
  availability: (dep === 'sjj' || dep === 'zwfw' ? 'open' : 'by_appointment') as ResourceAvailability,
  contactTitle: '主任' as const,
}));

/** 18 other platforms and services. */
export const OTHERS: readonly FixedResource[] = [
  { name: '示范县空间推进装备技术转移研究院', ownerOrg: '示范县技术转移研究院', departmentCode: 'kjj', townCode: '330699002', description: '县政府与一家航天推进领域研究所合作共建，推动空间推进高端装备技术在县内转化应用。', tags: ['技术转移', '航天装备'], availability: 'by_appointment', contactTitle: '老师' },
  { name: '示范县人形机器人创新研发中心', ownerOrg: '示范县人形机器人创新研发中心', departmentCode: 'gxq', townCode: '330699002', description: '聚焦灵巧手、关节模组和具身智能，联合县内驱动、电机企业开展产线合作。', tags: ['人形机器人', '灵巧手'], availability: 'by_appointment', contactTitle: '经理' },
  { name: '通用智能机器人产业链创新中心', ownerOrg: '示范高新技术产业园区管理委员会', departmentCode: 'gxq', townCode: '330699002', description: '与高校人工智能研究院共建，开展机器人共性技术攻关与应用场景开放。', tags: ['通用智能机器人', '产业链'], availability: 'by_appointment', contactTitle: '主任' },
  { name: '示范县知识产权保护工作站', ownerOrg: '示范县市场监督管理局（知识产权局）', departmentCode: 'scjgj', townCode: '330699001', description: '提供专利预审、维权援助、纠纷调解和知识产权托管服务。', tags: ['知识产权', '维权援助'], availability: 'open', contactTitle: '主任' },
  { name: '商业秘密保险箱（存证+公证）服务平台', ownerOrg: '示范县市场监督管理局（知识产权局）', departmentCode: 'scjgj', townCode: '330699001', description: '企业技术秘密加密存证、时间戳固定，公证机构同步出具公证文书。', tags: ['商业秘密', '存证公证'], availability: 'open', contactTitle: '主任' },
  { name: '示范县公证处知识产权公证服务', ownerOrg: '示范县公证处', departmentCode: 'sfj', townCode: '330699001', description: '提供知识产权保全证据、电子数据存证公证和侵权取证公证。', tags: ['公证', '证据保全'], availability: 'open', contactTitle: '主任' },
  { name: '示范县科技大市场', ownerOrg: '示范县技术转移研究院', departmentCode: 'kjj', townCode: '330699002', description: '线上线下结合的技术交易平台，常年发布成果和需求，组织成果竞价。', tags: ['技术交易', '成果转化'], availability: 'open', contactTitle: '经理' },
  { name: '轴承产业创新服务综合体', ownerOrg: '示范县轴承行业协会', departmentCode: 'kjj', townCode: '330699101', description: '集检验检测、研发设计、人才培训和标准服务于一体的行业公共服务平台。', tags: ['产业创新服务综合体', '轴承'], availability: 'open', contactTitle: '主任' },
  { name: '智能纺机产业创新服务综合体', ownerOrg: '示范县纺织机械行业协会', departmentCode: 'kjj', townCode: '330699104', description: '服务纺机企业的共性技术研发、工业设计和检测认证平台。', tags: ['产业创新服务综合体', '智能纺机'], availability: 'open', contactTitle: '主任' },
  { name: '生物医药产业创新服务综合体', ownerOrg: '示范县生物医药产业园公共服务中心', departmentCode: 'swyy', townCode: '330699003', description: '提供药品研发外包、注册咨询、公共检测和人才实训。', tags: ['产业创新服务综合体', '生物医药'], availability: 'open', contactTitle: '主任' },
  { name: '示范县工业设计中心', ownerOrg: '示范高新技术产业园区管理委员会', departmentCode: 'jxj', townCode: '330699002', description: '为装备制造企业提供外观设计、结构优化和人机工程设计服务。', tags: ['工业设计'], availability: 'by_appointment', contactTitle: '经理' },
  { name: '示范县中试基地', ownerOrg: '示范高新技术产业园区管理委员会', departmentCode: 'gxq', townCode: '330699002', description: '机械装备和精细化工中试车间，支持科技成果二次开发与小批量试制。', tags: ['中试', '成果转化'], availability: 'by_appointment', contactTitle: '主任' },
  { name: '示范县概念验证中心', ownerOrg: JOINT_CENTRE, departmentCode: 'kjj', townCode: JOINT_CENTRE_TOWN, address: JOINT_CENTRE_ADDRESS, description: '对早期科技成果开展技术可行性和商业可行性验证。', tags: ['概念验证', '早期成果'], availability: 'by_appointment', contactTitle: '老师' },
  { name: '智能纺机创新联合体', ownerOrg: '示范县纺织机械行业协会', departmentCode: 'kjj', townCode: '330699104', description: '龙头企业牵头，联合高校院所和上下游企业开展智能纺机共性技术攻关。', tags: ['创新联合体', '智能纺机'], availability: 'members_only', contactTitle: '主任' },
  { name: '轴承创新联合体', ownerOrg: '示范县轴承行业协会', departmentCode: 'kjj', townCode: '330699101', description: '围绕高端轴承材料、热处理和寿命可靠性开展联合攻关。', tags: ['创新联合体', '轴承'], availability: 'members_only', contactTitle: '主任' },
  { name: '示范县共享制造工厂', ownerOrg: '示范县科技创业服务有限公司', departmentCode: 'jxj', townCode: '330699102', description: '共享精密加工和热处理产能，服务小微企业打样和小批量生产。', tags: ['共享制造', '小微企业'], availability: 'open', contactTitle: '经理' },
  { name: '示范县科技创新服务中心（云局线下专区）', ownerOrg: '示范县科技创新服务中心', departmentCode: 'kjj', townCode: '330699001', description: '云局线下实体窗口，集中受理创新事项，提供政策咨询和多部门协同服务。', tags: ['云局', '一站式服务'], availability: 'open', contactTitle: '主任' },
  { name: '示范县科普教育基地（科技馆）', ownerOrg: '示范县科学技术协会', departmentCode: 'kx', townCode: '330699001', description: '面向公众和企业职工开放的科普展示与科学素质培训场所。', tags: ['科普', '科学素质'], availability: 'open', contactTitle: '老师' },
];

/** R&D platform types offered by enterprises for sharing. */
export const RD_PLATFORM_TYPES: readonly (readonly [string, number])[] = [
  ['省级企业研究院', 2],
  ['省级高新技术企业研究开发中心', 5],
  ['省级企业技术中心', 2],
  ['市级企业技术中心', 3],
  ['市级企业研发中心', 3],
  ['省级工程研究中心', 1],
];
