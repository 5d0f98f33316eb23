// Free of zod on purpose: the web imports this through `@yunju/contracts/qualification-kinds`.

/** Qualification kinds of the tier ladder (seed report §2, GLOSSARY.md), from the base up. */
export const qualificationKinds = [
  'tech_sme', // 科技型中小企业
  'high_tech', // 高新技术企业
  'tech_little_giant', // 科技小巨人
  'tech_leader', // 科技领军企业
  'srdi_sme', // 专精特新中小企业
  'srdi_little_giant', // 专精特新"小巨人"
  'hidden_champion', // 隐形冠军
  'single_champion', // 单项冠军
  'eagle', // 雄鹰
  'listed', // 上市公司
  'ip_pilot', // 知识产权先导型企业
] as const;

export type QualificationKindValue = (typeof qualificationKinds)[number];

/** Whether a string (a URL parameter, a stored code) is a known kind. */
export function isQualificationKind(value: string | null | undefined): value is QualificationKindValue {
  return typeof value === 'string' && (qualificationKinds as readonly string[]).includes(value);
}
