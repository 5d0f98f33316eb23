import { z } from 'zod';
import { IsoDateTime, pageOf, PageQuery } from './common.ts';

/** One in-app notice (站内消息) of the caller's inbox. */
export const InboxNotice = z.object({
  id: z.string(),
  kind: z.string().describe('e.g. case.submitted'),
  titleZh: z.string(),
  titleEn: z.string(),
  bodyZh: z.string(),
  bodyEn: z.string(),
  link: z.string().nullable().describe('a web route, e.g. /cases/<id>'),
  caseId: z.string().nullable(),
  createdAt: IsoDateTime,
  readAt: IsoDateTime.nullable(),
});
export type InboxNotice = z.infer<typeof InboxNotice>;

export const InboxQuery = PageQuery.extend({
  unread: z.enum(['true', 'false']).optional().transform((v) => v === 'true').describe('only unread notices (true)'),
});
export type InboxQuery = z.infer<typeof InboxQuery>;

export const InboxPage = pageOf(InboxNotice).extend({ unread: z.number().int().describe('unread notices in the whole inbox') });
export type InboxPage = z.infer<typeof InboxPage>;

export const UnreadCount = z.object({ count: z.number().int() });
export type UnreadCount = z.infer<typeof UnreadCount>;

export const MarkAllReadResult = z.object({ updated: z.number().int() });
export type MarkAllReadResult = z.infer<typeof MarkAllReadResult>;
