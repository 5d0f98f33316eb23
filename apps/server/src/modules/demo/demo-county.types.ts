/**
 * Plain-object shape of the generated demo county (示范县). See ./README.md.
 * Produced by generateDemoCounty(); no database or HTTP types here: the server inserts these objects.
 */

export type TownKind = 'town' | 'subdistrict' | 'township';

export type ServiceItemCategory =
  | 'project' // 科技项目
  | 'talent' // 人才
  | 'ip' // 知识产权
  | 'finance' // 金融
  | 'platform' // 平台载体
  | 'transfer' // 成果转化
  | 'policy' // 政策兑现
  | 'cultivation'; // 企业培育

export type ServiceChannel = 'online' | 'desk';

export type ResourceKind = 'lab' | 'rd_platform' | 'instrument' | 'expert_team' | 'fund' | 'incubator' | 'data' | 'other';
export type ResourceAvailability = 'open' | 'by_appointment' | 'members_only';

export type EnterpriseSize = 'large' | 'medium' | 'small' | 'micro';

export type QualificationKind =
  | 'tech_sme' // 科技型中小企业
  | 'high_tech' // 高新技术企业
  | 'tech_little_giant' // 科技小巨人
  | 'tech_leader' // 科技领军企业
  | 'srdi_sme' // 专精特新中小企业
  | 'srdi_little_giant' // 专精特新"小巨人"
  | 'hidden_champion' // 隐形冠军
  | 'single_champion' // 单项冠军
  | 'eagle' // 雄鹰
  | 'listed' // 上市公司
  | 'ip_pilot'; // 知识产权先导型企业

export type QualificationLevel = 'national' | 'provincial' | 'city' | 'county';

/** Optional stage: eagle = cultivating (培育) / certified (认定); ip_pilot = pilot (先导) → compliant (合规) → leading (引领). */
export type QualificationStage = 'cultivating' | 'certified' | 'pilot' | 'compliant' | 'leading';

export interface Qualification {
  kind: QualificationKind;
  level: QualificationLevel;
  certificateNo: string;
  issuedOn: string; // YYYY-MM-DD
  expiresOn: string | null; // YYYY-MM-DD; null = no expiry (e.g. listed)
  stage?: QualificationStage;
}

export interface DemoTown {
  code: string; // 9-digit township code: county code + 001–099 街道 / 100–199 镇 / 200–399 乡
  name: string;
  kind: TownKind;
}

export interface DemoDepartment {
  code: string;
  name: string;
  shortName: string;
  isBureau: boolean; // true only for the science and technology bureau (科技局) that runs the cloud bureau
}

export interface DemoIndustry {
  code: string; // GB/T 4754-2017 section letter + 4-digit class, e.g. 'C3451'
  name: string;
}

export interface DemoServiceMaterial {
  name: string;
  required: boolean;
  fileTypes: string[];
}

export interface DemoServiceItem {
  code: string;
  name: string;
  category: ServiceItemCategory;
  leadDepartmentCode: string;
  coDepartmentCodes: string[];
  promisedDays: number; // working days
  channels: ServiceChannel[];
  conditions: string[];
  materials: DemoServiceMaterial[];
  legalBasis: string;
  description: string;
}

export interface DemoResource {
  code: string;
  name: string;
  kind: ResourceKind;
  ownerOrg: string;
  departmentCode: string;
  townCode: string;
  address: string;
  contactName: string; // surname + title only, e.g. '王老师'
  contactPhone: string; // generated, fictional
  description: string;
  tags: string[];
  availability: ResourceAvailability;
  /** Credit code of the owning demo enterprise, when the owner is one of the generated enterprises. */
  ownerCreditCode?: string;
}

export interface DemoEnterprise {
  creditCode: string; // valid GB 32100-2015 USCC, region 330699
  name: string;
  townCode: string;
  industryCode: string;
  size: EnterpriseSize;
  isAboveScale: boolean; // revenue2024Fen >= 2,000 万元
  foundedOn: string;
  address: string;
  legalRepresentative: string; // '张某某' form only
  contactPhone: string;
  revenue2024Fen: number;
  rdSpending2024Fen: number;
  employees2024: number;
  qualifications: Qualification[];
  /** R&D staff (研发人员) in 2024; optional extra. */
  rdStaff2024?: number;
}

export type ExpertRank = '正高级' | '副高级' | '中级' | '初级';
export type ExpertOrgType = 'university' | 'institute' | 'enterprise' | 'hospital' | 'other';

export interface DemoExpert {
  code: string; // the pseudonymised corpus id, e.g. 'E000442027615'
  name: string; // pseudonym, e.g. '专家E0004420'
  title: string;
  rank: ExpertRank;
  org: string;
  orgType: ExpertOrgType;
  region: string;
  disciplines: string[];
  fields: string[];
  outputs: { title: string; year: number; type: string }[];
  availability: 'available' | 'busy' | 'unavailable';
  consentToContact: boolean;
  /** true when rank was not in the source record and was inferred from the project types. */
  rankInferred?: boolean;
}

export type TalentEducation = '博士' | '硕士' | '本科' | '大专';

export interface DemoTalent {
  code: string;
  name: string; // pseudonym, e.g. '人才T0001'
  education: TalentEducation;
  major: string;
  skills: string[];
  experienceYears: number;
  desiredRole: string;
  desiredTown: string | null; // town code
}

export interface DemoTenant {
  code: string;
  name: string;
  province: string;
  city: string;
  /** 6-digit administrative division code used in positions 3–8 of the generated USCCs. */
  regionCode?: string;
}

export interface DemoCounty {
  tenant: DemoTenant;
  towns: DemoTown[];
  departments: DemoDepartment[];
  industries: DemoIndustry[];
  serviceItems: DemoServiceItem[];
  resources: DemoResource[];
  enterprises: DemoEnterprise[];
  experts: DemoExpert[];
  talents: DemoTalent[];
}
