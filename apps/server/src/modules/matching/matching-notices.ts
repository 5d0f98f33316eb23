import type { Notice } from '../notifications/index.ts';

/** Inbox notices of matching, in Chinese and English. */
export type MatchingNoticeKind =
  | 'matching.demand_posted'
  | 'matching.invited'
  | 'matching.pushed'
  | 'matching.pushed_to_expert'
  | 'matching.pushed_to_talent'
  | 'matching.talent_consented'
  | 'matching.contact_requested'
  | 'matching.consented'
  | 'matching.declined'
  | 'matching.meeting'
  | 'matching.agreement'
  | 'matching.solved'
  | 'matching.interview'
  | 'matching.hired'
  | 'matching.cancelled';

export interface NoticeFacts {
  demandNumber: string;
  title: string;
  link: string;
  candidateName?: string;
  note?: string | null;
}

const texts: Record<MatchingNoticeKind, (f: NoticeFacts) => { titleZh: string; titleEn: string; bodyZh: string; bodyEn: string }> = {
  'matching.demand_posted': (f) => ({ titleZh: `新需求待撮合：${f.demandNumber}`, titleEn: `New demand to broker: ${f.demandNumber}`, bodyZh: f.title, bodyEn: f.title }),
  'matching.invited': (f) => ({ titleZh: `您受邀查看需求 ${f.demandNumber}`, titleEn: `You are invited to view demand ${f.demandNumber}`, bodyZh: f.title, bodyEn: f.title }),
  'matching.pushed': (f) => ({
    titleZh: `撮合推荐：${f.candidateName ?? ''}`,
    titleEn: `Recommended: ${f.candidateName ?? ''}`,
    bodyZh: `科技局为您的需求“${f.title}”（${f.demandNumber}）推荐了 ${f.candidateName ?? ''}，请查看并决定是否申请联系。`,
    bodyEn: `The bureau recommends ${f.candidateName ?? ''} for your demand “${f.title}” (${f.demandNumber}).`,
  }),
  'matching.pushed_to_expert': (f) => ({ titleZh: `有企业需求与您匹配：${f.demandNumber}`, titleEn: `A demand fits your profile: ${f.demandNumber}`, bodyZh: f.title, bodyEn: f.title }),
  'matching.pushed_to_talent': (f) => ({
    titleZh: `有用人需求与您匹配：${f.demandNumber}`,
    titleEn: `A job fits your profile: ${f.demandNumber}`,
    bodyZh: `科技局将您推荐给“${f.title}”的用人单位。单位申请联系后，须经您同意才会向其提供您的联系电话。`,
    bodyEn: `The bureau recommended you for “${f.title}”. If the employer asks to contact you, your phone is shared only after you consent.`,
  }),
  'matching.talent_consented': (f) => ({
    titleZh: `${f.candidateName ?? '人才'}已同意联系`,
    titleEn: `${f.candidateName ?? 'The talent'} consented to contact`,
    bodyZh: `需求“${f.title}”：联系电话已公开，可安排面试。`,
    bodyEn: `“${f.title}”: the phone number is now shared; an interview can be arranged.`,
  }),
  'matching.contact_requested': (f) => ({
    titleZh: `企业申请与您联系：${f.demandNumber}`,
    titleEn: `An enterprise asks to contact you: ${f.demandNumber}`,
    bodyZh: `需求“${f.title}”的企业希望与您联系。您同意后，双方联系方式才会相互公开。`,
    bodyEn: `The enterprise behind “${f.title}” asks to contact you. Contact details are shared only after you consent.`,
  }),
  'matching.consented': (f) => ({ titleZh: `${f.candidateName ?? '对方'}已同意联系`, titleEn: `${f.candidateName ?? 'The candidate'} consented to contact`, bodyZh: `需求“${f.title}”：联系方式已公开，可安排对接洽谈。`, bodyEn: `“${f.title}”: contact details are now shared.` }),
  'matching.declined': (f) => ({ titleZh: `${f.candidateName ?? '对方'}婉拒了联系`, titleEn: `${f.candidateName ?? 'The candidate'} declined`, bodyZh: `需求“${f.title}”：${f.note ?? ''}`, bodyEn: `“${f.title}”: ${f.note ?? ''}` }),
  'matching.meeting': (f) => ({ titleZh: `对接洽谈已安排：${f.demandNumber}`, titleEn: `Meeting arranged: ${f.demandNumber}`, bodyZh: f.title, bodyEn: f.title }),
  'matching.agreement': (f) => ({ titleZh: `产学研合作协议已登记：${f.demandNumber}`, titleEn: `IUR agreement recorded: ${f.demandNumber}`, bodyZh: f.title, bodyEn: f.title }),
  'matching.solved': (f) => ({ titleZh: `企业确认难题已解决：${f.demandNumber}`, titleEn: `Problem confirmed solved: ${f.demandNumber}`, bodyZh: f.title, bodyEn: f.title }),
  'matching.interview': (f) => ({ titleZh: `面试已安排：${f.demandNumber}`, titleEn: `Interview arranged: ${f.demandNumber}`, bodyZh: `${f.title} · ${f.candidateName ?? ''}`, bodyEn: `${f.title} · ${f.candidateName ?? ''}` }),
  'matching.hired': (f) => ({ titleZh: `人才已录用：${f.demandNumber}`, titleEn: `Hired: ${f.demandNumber}`, bodyZh: `${f.title} · ${f.candidateName ?? ''}`, bodyEn: `${f.title} · ${f.candidateName ?? ''}` }),
  'matching.cancelled': (f) => ({ titleZh: `对接已终止：${f.demandNumber}`, titleEn: `Engagement cancelled: ${f.demandNumber}`, bodyZh: `${f.title}${f.note ? `：${f.note}` : ''}`, bodyEn: `${f.title}${f.note ? `: ${f.note}` : ''}` }),
};

export function matchingNotice(kind: MatchingNoticeKind, f: NoticeFacts): Notice {
  return { kind, ...texts[kind](f), link: f.link };
}
