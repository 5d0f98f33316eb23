import type { QualificationKind } from '@yunju/contracts';

/** Chinese and English names of the qualification kinds (seed report §2, GLOSSARY.md). */
export const QUALIFICATION_NAMES: Record<QualificationKind, { zh: string; en: string }> = {
  tech_sme: { zh: '科技型中小企业', en: 'Tech-based SME' },
  high_tech: { zh: '高新技术企业', en: 'High-tech enterprise' },
  tech_little_giant: { zh: '科技小巨人', en: 'Tech little giant' },
  tech_leader: { zh: '科技领军企业', en: 'Tech leader' },
  srdi_sme: { zh: '专精特新中小企业', en: 'SRDI SME' },
  srdi_little_giant: { zh: '专精特新“小巨人”', en: 'SRDI little giant' },
  hidden_champion: { zh: '隐形冠军', en: 'Hidden champion' },
  single_champion: { zh: '单项冠军', en: 'Single-item champion' },
  eagle: { zh: '雄鹰企业', en: 'Eagle enterprise' },
  listed: { zh: '上市公司', en: 'Listed company' },
  ip_pilot: { zh: '知识产权先导型企业', en: 'IP pilot enterprise' },
};
export const qualificationNameZh = (kind: string): string => QUALIFICATION_NAMES[kind as QualificationKind]?.zh ?? kind;
