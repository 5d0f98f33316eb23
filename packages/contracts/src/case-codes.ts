// Free of zod on purpose: the web imports this through `@yunju/contracts/case-codes`.
// The enums of `cases.ts` are the truth; a web unit test checks that these lists equal them.

/** Case statuses, in the order of the lifecycle. */
export const caseStatusCodes = ['submitted', 'accepted', 'in_progress', 'supplement_requested', 'resolved', 'rated', 'closed', 'rejected'] as const;
export type CaseStatusCode = (typeof caseStatusCodes)[number];

/** An officer's work queues, in the order the queue tabs show them. */
export const caseQueueCodes = ['to_accept', 'in_progress', 'co_handling', 'due_soon', 'overdue', 'returned', 'assigned_to_me'] as const;
export type CaseQueueCode = (typeof caseQueueCodes)[number];

/** Deadline states a list can filter on. */
export const caseSlaFilterCodes = ['due_soon', 'overdue', 'paused'] as const;
export type CaseSlaFilterCode = (typeof caseSlaFilterCodes)[number];

/** What a case is about. */
export const caseKindCodes = ['item', 'request', 'resource'] as const;
export type CaseKindCode = (typeof caseKindCodes)[number];

/** Where a case was filed. */
export const caseChannelCodes = ['online', 'desk'] as const;
export type CaseChannelCode = (typeof caseChannelCodes)[number];

const isOneOf =
  <T extends string>(list: readonly T[]) =>
  (value: string | null | undefined): value is T =>
    typeof value === 'string' && (list as readonly string[]).includes(value);

export const isCaseStatusCode = isOneOf(caseStatusCodes);
export const isCaseQueueCode = isOneOf(caseQueueCodes);
export const isCaseSlaFilterCode = isOneOf(caseSlaFilterCodes);
export const isCaseKindCode = isOneOf(caseKindCodes);
export const isCaseChannelCode = isOneOf(caseChannelCodes);

/** File extensions `POST /api/attachments` accepts (attachments.ts `AttachmentExtension`); a free-form upload offers these. */
export const attachmentExtensionCodes = ['pdf', 'jpg', 'jpeg', 'png', 'doc', 'docx', 'xls', 'xlsx', 'zip', 'txt'] as const;
