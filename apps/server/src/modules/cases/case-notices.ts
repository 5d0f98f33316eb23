import type { Notice } from '../notifications/index.ts';

/** The in-app notices of the case module, in Chinese and English. */
const templates = {
  'case.submitted': {
    titleZh: '新申请待受理',
    titleEn: 'New case to accept',
    zh: (c: CaseRef) => `企业提交了申请（${c.number}）“${c.title}”，请及时受理。`,
    en: (c: CaseRef) => `An enterprise filed case ${c.number} “${c.title}”; please accept it in time.`,
  },
  'case.accepted': {
    titleZh: '申请已受理',
    titleEn: 'Your case was accepted',
    zh: (c: CaseRef) => `您的申请（${c.number}）“${c.title}”已受理，承诺办结日期为 ${c.dueOn}。`,
    en: (c: CaseRef) => `Your case ${c.number} “${c.title}” was accepted; it is due by ${c.dueOn}.`,
  },
  'case.rejected': {
    titleZh: '申请不予受理',
    titleEn: 'Your case was not accepted',
    zh: (c: CaseRef, d?: string) => `您的申请（${c.number}）“${c.title}”不予受理。理由：${d ?? ''}`,
    en: (c: CaseRef, d?: string) => `Your case ${c.number} “${c.title}” was not accepted. Reason: ${d ?? ''}`,
  },
  'case.supplement_requested': {
    titleZh: '请补正材料',
    titleEn: 'Please supplement your case',
    zh: (c: CaseRef, d?: string) => `您的申请（${c.number}）“${c.title}”需要补正：${d ?? ''}。补正期间办理时限暂停计算。`,
    en: (c: CaseRef, d?: string) => `Your case ${c.number} “${c.title}” needs a supplement: ${d ?? ''}. The deadline is paused meanwhile.`,
  },
  'case.supplemented': {
    titleZh: '企业已补正材料',
    titleEn: 'The enterprise supplemented its case',
    zh: (c: CaseRef) => `申请（${c.number}）“${c.title}”已补正，时限恢复计算，办结期限为 ${c.dueOn}。`,
    en: (c: CaseRef) => `Case ${c.number} “${c.title}” was supplemented; the deadline runs again and is now ${c.dueOn}.`,
  },
  'case.transferred': {
    titleZh: '转来申请待受理',
    titleEn: 'A case was transferred to your department',
    zh: (c: CaseRef, d?: string) => `申请（${c.number}）“${c.title}”已转至本部门办理。转办理由：${d ?? ''}`,
    en: (c: CaseRef, d?: string) => `Case ${c.number} “${c.title}” was transferred to your department. Reason: ${d ?? ''}`,
  },
  'case.triaged': {
    titleZh: '分拨申请待受理',
    titleEn: 'A request was routed to your department',
    zh: (c: CaseRef) => `科技局已将诉求（${c.number}）“${c.title}”分拨至本部门牵头办理。`,
    en: (c: CaseRef) => `The bureau routed request ${c.number} “${c.title}” to your department as lead.`,
  },
  'case.co_handler_added': {
    titleZh: '新的协办任务',
    titleEn: 'New co-handling task',
    zh: (c: CaseRef, d?: string) => `申请（${c.number}）“${c.title}”邀请本部门协同办理${d ? `：${d}` : ''}。`,
    en: (c: CaseRef, d?: string) => `Your department is asked to co-handle case ${c.number} “${c.title}”${d ? `: ${d}` : ''}.`,
  },
  'case.task_completed': {
    titleZh: '协办任务已完成',
    titleEn: 'A co-handling task was completed',
    zh: (c: CaseRef, d?: string) => `申请（${c.number}）“${c.title}”的协办部门已完成办理：${d ?? ''}`,
    en: (c: CaseRef, d?: string) => `A co-handling department finished its part of case ${c.number} “${c.title}”: ${d ?? ''}`,
  },
  'case.assigned': {
    titleZh: '申请已分派给您',
    titleEn: 'A case was assigned to you',
    zh: (c: CaseRef) => `申请（${c.number}）“${c.title}”已分派给您办理，办结期限为 ${c.dueOn}。`,
    en: (c: CaseRef) => `Case ${c.number} “${c.title}” was assigned to you; it is due by ${c.dueOn}.`,
  },
  'case.resolved': {
    titleZh: '申请已办结',
    titleEn: 'Your case was resolved',
    zh: (c: CaseRef, d?: string) => `您的申请（${c.number}）“${c.title}”已办结：${d ?? ''}。欢迎对本次服务作出评价。`,
    en: (c: CaseRef, d?: string) => `Your case ${c.number} “${c.title}” was resolved: ${d ?? ''}. Please rate the service.`,
  },
  'case.rated': {
    titleZh: '企业已评价',
    titleEn: 'The enterprise rated a case',
    zh: (c: CaseRef, d?: string) => `企业对申请（${c.number}）“${c.title}”作出评价：${d ?? ''}。`,
    en: (c: CaseRef, d?: string) => `The enterprise rated case ${c.number} “${c.title}”: ${d ?? ''}.`,
  },
  'case.bad_rating': {
    titleZh: '差评待整改',
    titleEn: 'Bad rating: follow-up required',
    zh: (c: CaseRef, d?: string) => `申请（${c.number}）“${c.title}”收到差评（${d ?? ''}），已生成整改跟进任务，请及时回访整改。`,
    en: (c: CaseRef, d?: string) => `Case ${c.number} “${c.title}” received a bad rating (${d ?? ''}); a follow-up task was opened.`,
  },
  'case.reopened': {
    titleZh: '企业申请重新办理',
    titleEn: 'The enterprise reopened a case',
    zh: (c: CaseRef, d?: string) => `企业对申请（${c.number}）“${c.title}”的办理结果有异议，已重新进入办理。理由：${d ?? ''}`,
    en: (c: CaseRef, d?: string) => `The enterprise reopened case ${c.number} “${c.title}”. Reason: ${d ?? ''}`,
  },
  'case.closed': {
    titleZh: '申请已归档',
    titleEn: 'Your case was closed',
    zh: (c: CaseRef) => `您的申请（${c.number}）“${c.title}”已办结归档。`,
    en: (c: CaseRef) => `Your case ${c.number} “${c.title}” was closed.`,
  },
  'case.escalated': {
    titleZh: '超期督办',
    titleEn: 'Overdue case under supervision',
    zh: (c: CaseRef) => `申请（${c.number}）“${c.title}”已超过办结期限（${c.dueOn}），列入督办，请牵头部门尽快办结。`,
    en: (c: CaseRef) => `Case ${c.number} “${c.title}” passed its due date (${c.dueOn}) and is under supervision; the lead department should resolve it promptly.`,
  },
} as const;

export interface CaseRef {
  id: string;
  number: string;
  title: string;
  dueOn: string;
}

export type CaseNoticeKind = keyof typeof templates;

/** The notice of `kind` about case `c`; `detail` is a reason, note or rating as the template says (one text, or one per language). */
export function caseNotice(kind: CaseNoticeKind, c: CaseRef, detail?: string | { zh: string; en: string }): Notice {
  const t = templates[kind];
  const zh = typeof detail === 'string' ? detail : detail?.zh;
  const en = typeof detail === 'string' ? detail : detail?.en;
  return { kind, titleZh: t.titleZh, titleEn: t.titleEn, bodyZh: t.zh(c, zh), bodyEn: t.en(c, en), link: `/cases/${c.id}`, caseId: c.id };
}

/** 好差评 levels as the rating form names them. */
export const ratingLabels: Record<number, { zh: string; en: string }> = {
  5: { zh: '非常满意', en: 'very satisfied' },
  4: { zh: '满意', en: 'satisfied' },
  3: { zh: '基本满意', en: 'fairly satisfied' },
  2: { zh: '不满意', en: 'dissatisfied' },
  1: { zh: '非常不满意', en: 'very dissatisfied' },
};
