import { CaseChannel, CaseKind, CaseQueue, CaseStatus, AttachmentExtension, SlaState } from '@yunju/contracts';
import { attachmentExtensionCodes, caseChannelCodes, caseKindCodes, caseQueueCodes, caseSlaFilterCodes, caseStatusCodes } from '@yunju/contracts/case-codes';
import { describe, expect, it } from 'vitest';
import {
  acceptOf,
  caseParamsFromSearch,
  enterpriseNextStep,
  exportHref,
  extensionOf,
  formatBytes,
  hasFilter,
  isAllowedFile,
  isEnterpriseTurn,
  orderActions,
  primaryAction,
  ratingNeedsReason,
  slaTone,
  slaWording,
  statusTone,
} from './case-model.ts';
import { casesEn, casesZhCN } from './locale.ts';

describe('zod-free case codes', () => {
  it('equal the contract enums', () => {
    expect([...caseStatusCodes]).toEqual(CaseStatus.options);
    expect([...caseQueueCodes]).toEqual(CaseQueue.options);
    expect([...caseKindCodes]).toEqual(CaseKind.options);
    expect([...caseChannelCodes]).toEqual(CaseChannel.options);
    expect([...attachmentExtensionCodes]).toEqual(AttachmentExtension.options);
    for (const sla of caseSlaFilterCodes) expect(SlaState.options).toContain(sla);
  });

  it('have labels in both languages for every status, queue, kind and channel', () => {
    for (const messages of [casesZhCN, casesEn]) {
      for (const s of caseStatusCodes) expect(messages.cases.status[s]).toBeTruthy();
      for (const q of caseQueueCodes) expect(messages.cases.queue[q]).toBeTruthy();
      for (const k of caseKindCodes) expect(messages.cases.kind[k]).toBeTruthy();
      for (const c of caseChannelCodes) expect(messages.cases.channel[c]).toBeTruthy();
    }
  });
});

describe('status colours', () => {
  it('follow UX.md: processing blue, success green, warning gold, rejected red, closed grey', () => {
    expect(statusTone.submitted).toBe('processing');
    expect(statusTone.in_progress).toBe('processing');
    expect(statusTone.supplement_requested).toBe('warning');
    expect(statusTone.resolved).toBe('success');
    expect(statusTone.rejected).toBe('error');
    expect(statusTone.closed).toBe('default');
    expect(slaTone.due_soon).toBe('warning');
    expect(slaTone.overdue).toBe('error');
  });
});

describe('slaWording', () => {
  it('says how many working days are left, due today, or how late', () => {
    expect(slaWording({ slaState: 'normal', workingDaysLeft: 3 })).toEqual({ key: 'left', days: 3 });
    expect(slaWording({ slaState: 'due_soon', workingDaysLeft: 1 })).toEqual({ key: 'left', days: 1 });
    expect(slaWording({ slaState: 'due_soon', workingDaysLeft: 0 })).toEqual({ key: 'dueToday', days: 0 });
    expect(slaWording({ slaState: 'overdue', workingDaysLeft: -2 })).toEqual({ key: 'overdueDays', days: 2 });
    // Overdue over a weekend: no working day has passed yet.
    expect(slaWording({ slaState: 'overdue', workingDaysLeft: 0 })).toEqual({ key: 'overdue', days: 0 });
    expect(slaWording({ slaState: 'paused', workingDaysLeft: 4 })).toEqual({ key: 'paused', days: 4 });
    expect(slaWording({ slaState: 'done', workingDaysLeft: null })).toBeNull();
  });

  it('matches the issue wording for one working day left', () => {
    expect(casesZhCN.cases.sla.left.replace('{{days}}', '1')).toBe('还剩 1 个工作日');
  });
});

describe('enterpriseNextStep', () => {
  it('puts the next step in plain words', () => {
    expect(enterpriseNextStep('submitted')).toBe('waitAccept');
    expect(enterpriseNextStep('supplement_requested')).toBe('supplement');
    expect(enterpriseNextStep('resolved')).toBe('rate');
    expect(casesZhCN.cases.nextStep.waitAccept).toBe('等待部门受理');
    expect(casesZhCN.cases.nextStep.supplement).toBe('请补正材料');
    expect(casesZhCN.cases.nextStep.rate).toBe('请对办理结果进行评价');
    expect(isEnterpriseTurn('supplement')).toBe(true);
    expect(isEnterpriseTurn('waitAccept')).toBe(false);
  });
});

describe('actions', () => {
  it('orders the buttons with the forward step first and refusal last', () => {
    expect(orderActions(['reject', 'assign', 'accept', 'transfer'])).toEqual(['accept', 'assign', 'transfer', 'reject']);
    expect(primaryAction(['reject', 'accept'])).toBe('accept');
    expect(primaryAction(['rate', 'reopen'])).toBe('rate');
    expect(primaryAction(['assign', 'transfer'])).toBeNull();
  });

  it('asks a reason for the two lowest ratings', () => {
    expect(ratingNeedsReason(1)).toBe(true);
    expect(ratingNeedsReason(2)).toBe(true);
    expect(ratingNeedsReason(3)).toBe(false);
    expect(ratingNeedsReason(undefined)).toBe(false);
  });
});

describe('list parameters', () => {
  it('reads known filters from the URL and drops the rest', () => {
    const params = caseParamsFromSearch(
      new URLSearchParams('queue=overdue&status=accepted&sla=nonsense&keyword=%20YJ2025%20&from=2025-01-01&to=bad&page=2&pageSize=500&department=not-a-uuid'),
    );
    expect(params).toEqual({ page: 2, pageSize: 20, queue: 'overdue', status: 'accepted', keyword: 'YJ2025', from: '2025-01-01' });
  });

  it('exports the filter without paging', () => {
    expect(exportHref({ page: 3, pageSize: 50, status: 'submitted', keyword: '科技' })).toBe(
      `/api/cases/export.xlsx?status=submitted&keyword=${encodeURIComponent('科技')}`,
    );
    expect(exportHref({ page: 1, pageSize: 20 })).toBe('/api/cases/export.xlsx');
  });

  it('knows whether a filter besides the queue is set', () => {
    expect(hasFilter({ page: 1, pageSize: 20, queue: 'to_accept' })).toBe(false);
    expect(hasFilter({ page: 1, pageSize: 20, keyword: 'x' })).toBe(true);
  });
});

describe('files', () => {
  it('checks extensions case-insensitively and builds accept lists', () => {
    expect(extensionOf('营业执照.PDF')).toBe('pdf');
    expect(extensionOf('README')).toBe('');
    expect(isAllowedFile('a.Jpg', ['pdf', 'jpg'])).toBe(true);
    expect(isAllowedFile('a.docx', ['pdf'])).toBe(false);
    expect(isAllowedFile('a.docx', [])).toBe(true);
    expect(acceptOf(['pdf', 'png'])).toBe('.pdf,.png');
  });

  it('formats sizes', () => {
    expect(formatBytes(12)).toBe('12 B');
    expect(formatBytes(2048)).toBe('2.0 KB');
    expect(formatBytes(300 * 1024)).toBe('300 KB');
    expect(formatBytes(1.5 * 1024 * 1024)).toBe('1.5 MB');
    expect(formatBytes(null)).toBe('');
  });
});
