import type { CaseAction, CaseStatus, CaseSummary, SlaState } from '@yunju/contracts';
import {
  isCaseChannelCode,
  isCaseKindCode,
  isCaseQueueCode,
  isCaseSlaFilterCode,
  isCaseStatusCode,
  type CaseChannelCode,
  type CaseKindCode,
  type CaseQueueCode,
  type CaseSlaFilterCode,
  type CaseStatusCode,
} from '@yunju/contracts/case-codes';
import { withQuery } from '../../api.ts';
import { intParam } from '../../components/search-params.ts';

/** antd preset tag colours by meaning (UX.md): processing blue, success green, warning gold, error red, default grey. */
export type Tone = 'processing' | 'success' | 'warning' | 'error' | 'default';

/** Status colours, one meaning each. */
export const statusTone: Record<CaseStatus, Tone> = {
  submitted: 'processing',
  accepted: 'processing',
  in_progress: 'processing',
  supplement_requested: 'warning',
  resolved: 'success',
  rated: 'success',
  closed: 'default',
  rejected: 'error',
};

/** Deadline colours: due soon gold (还剩 1 个工作日), overdue red, paused grey. */
export const slaTone: Record<SlaState, Tone> = {
  normal: 'processing',
  due_soon: 'warning',
  overdue: 'error',
  paused: 'default',
  done: 'success',
};

/** The wording of a deadline as an i18n key under `cases.sla` and its day count; null once done. */
export type SlaWording = { key: 'left' | 'dueToday' | 'overdue' | 'overdueDays' | 'paused'; days: number };

export function slaWording(c: Pick<CaseSummary, 'slaState' | 'workingDaysLeft'>): SlaWording | null {
  const left = c.workingDaysLeft;
  if (c.slaState === 'done' || left === null) return null;
  if (c.slaState === 'paused') return { key: 'paused', days: Math.max(0, left) };
  if (c.slaState === 'overdue') return left < 0 ? { key: 'overdueDays', days: -left } : { key: 'overdue', days: 0 };
  return left <= 0 ? { key: 'dueToday', days: 0 } : { key: 'left', days: left };
}

/** What the enterprise should do or wait for next, in plain words (an i18n key under `cases.nextStep`). */
export type NextStep = 'waitAccept' | 'inHandling' | 'supplement' | 'rate' | 'rated' | 'closed' | 'rejected';

export function enterpriseNextStep(status: CaseStatus): NextStep {
  switch (status) {
    case 'submitted':
      return 'waitAccept';
    case 'accepted':
    case 'in_progress':
      return 'inHandling';
    case 'supplement_requested':
      return 'supplement';
    case 'resolved':
      return 'rate';
    case 'rated':
      return 'rated';
    case 'closed':
      return 'closed';
    case 'rejected':
      return 'rejected';
  }
}

/** The next steps that ask the enterprise to act (shown in colour). */
export function isEnterpriseTurn(step: NextStep): boolean {
  return step === 'supplement' || step === 'rate';
}

/** Colour of a queue's count: the deadline queues in their colours, the rest blue. */
export const queueTone: Record<CaseQueueCode, Tone> = {
  to_accept: 'processing',
  in_progress: 'processing',
  co_handling: 'processing',
  due_soon: 'warning',
  overdue: 'error',
  returned: 'default',
  assigned_to_me: 'processing',
};

/** The order the action buttons appear in: the usual next step first, destructive ones last. */
const actionOrder: CaseAction[] = [
  'accept',
  'start',
  'complete_task',
  'resolve',
  'supplement',
  'rate',
  'triage',
  'assign',
  'add_co_handler',
  'request_supplement',
  'transfer',
  'close',
  'reopen',
  'reject',
];

export function orderActions(actions: readonly CaseAction[]): CaseAction[] {
  return actionOrder.filter((a) => actions.includes(a));
}

/** The one primary button of the header: the step that moves the case forward. */
export function primaryAction(actions: readonly CaseAction[]): CaseAction | null {
  return orderActions(actions).find((a) => ['accept', 'start', 'resolve', 'supplement', 'rate', 'triage'].includes(a)) ?? null;
}

/** Actions that end or undo something and therefore ask for a reason and show in red. */
export const dangerActions: readonly CaseAction[] = ['reject'];

/** A rating of 1 or 2 (差评) needs a reason. */
export function ratingNeedsReason(level: number | null | undefined): boolean {
  return typeof level === 'number' && level <= 2;
}

// ——— list parameters (kept in the URL) ———

export interface CaseListParams {
  page: number;
  pageSize: number;
  queue?: CaseQueueCode;
  status?: CaseStatusCode;
  sla?: CaseSlaFilterCode;
  kind?: CaseKindCode;
  channel?: CaseChannelCode;
  department?: string;
  keyword?: string;
  from?: string;
  to?: string;
}

const isoDay = /^\d{4}-\d{2}-\d{2}$/;
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The list parameters of a page URL; unknown values in a shared link are ignored, not sent. */
export function caseParamsFromSearch(params: URLSearchParams): CaseListParams {
  const out: CaseListParams = { page: intParam(params.get('page'), 1), pageSize: intParam(params.get('pageSize'), 20, 200) };
  const queue = params.get('queue');
  const status = params.get('status');
  const sla = params.get('sla');
  const kind = params.get('kind');
  const channel = params.get('channel');
  const department = params.get('department');
  const keyword = params.get('keyword')?.trim().slice(0, 100);
  const from = params.get('from');
  const to = params.get('to');
  if (isCaseQueueCode(queue)) out.queue = queue;
  if (isCaseStatusCode(status)) out.status = status;
  if (isCaseSlaFilterCode(sla)) out.sla = sla;
  if (isCaseKindCode(kind)) out.kind = kind;
  if (isCaseChannelCode(channel)) out.channel = channel;
  if (department && uuid.test(department)) out.department = department;
  if (keyword) out.keyword = keyword;
  if (from && isoDay.test(from)) out.from = from;
  if (to && isoDay.test(to)) out.to = to;
  return out;
}

/** The filter without paging: what the export and the queue counts are about. */
export function filterOf(params: CaseListParams): Omit<CaseListParams, 'page' | 'pageSize'> {
  const { page: _page, pageSize: _pageSize, ...filter } = params;
  return filter;
}

/** `GET /api/cases/export.xlsx` with the current filter, for a plain download link. */
export function exportHref(params: CaseListParams): string {
  return withQuery('/api/cases/export.xlsx', { ...filterOf(params) });
}

/** Whether any filter besides the queue is set (the empty state then says "change the filter"). */
export function hasFilter(params: CaseListParams): boolean {
  const { queue: _queue, ...rest } = filterOf(params);
  return Object.values(rest).some((v) => v !== undefined && v !== '');
}

// ——— materials ———

/** The lower-case extension of a file name ('' without one). */
export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

/** An `accept` attribute for a file input: `.pdf,.jpg`. */
export function acceptOf(fileTypes: readonly string[]): string {
  return fileTypes.map((t) => `.${t}`).join(',');
}

/** Whether a file name has one of the allowed extensions (any when the list is empty). */
export function isAllowedFile(fileName: string, fileTypes: readonly string[]): boolean {
  return fileTypes.length === 0 || fileTypes.includes(extensionOf(fileName));
}

/** 1.2 MB, 340 KB, 12 B */
export function formatBytes(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined) return '';
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
