import type { InboxNotice, InboxPage, InboxQuery, MarkAllReadResult, UnreadCount } from '@yunju/contracts';
import type { Db } from '../../platform/db.ts';
import { authorize, type RequestContext } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { listUserIdsForRecipients, type Recipients } from '../identity/index.ts';
import { countUnread, insertNotifications, listInboxRows, markAllRead, markRead, type NotificationRow } from './notifications.repository.ts';

/** One notice, in Chinese and English, as a module hands it to `notify`. */
export interface Notice {
  /** Namespaced event, e.g. `case.submitted`. */
  kind: string;
  titleZh: string;
  titleEn: string;
  bodyZh: string;
  bodyEn: string;
  /** A web route such as `/cases/<id>`, or null. */
  link: string | null;
  caseId?: string | null;
}

/**
 * Writes one in-app notice per recipient in the caller's transaction and returns how many were
 * written (0 when nobody matches). SMS / e-mail follow after the commit: the rows are the
 * outbox that `dispatchPending` drains, so nothing is sent for a transaction that rolls back.
 */
export async function notify(tx: Db, tenantId: string, recipients: Recipients, notice: Notice): Promise<number> {
  if (notice.link !== null && !notice.link.startsWith('/')) throw new Error(`notice link must be a web route starting with /: ${notice.link}`);
  const userIds = await listUserIdsForRecipients(tx, tenantId, recipients);
  return insertNotifications(
    tx,
    userIds.map((recipientUserId) => ({
      tenantId,
      recipientUserId,
      kind: notice.kind,
      titleZh: notice.titleZh,
      titleEn: notice.titleEn,
      bodyZh: notice.bodyZh,
      bodyEn: notice.bodyEn,
      link: notice.link,
      caseId: notice.caseId ?? null,
    })),
  );
}

function toNotice(r: NotificationRow): InboxNotice {
  return {
    id: r.id,
    kind: r.kind,
    titleZh: r.titleZh,
    titleEn: r.titleEn,
    bodyZh: r.bodyZh,
    bodyEn: r.bodyEn,
    link: r.link,
    caseId: r.caseId,
    createdAt: r.createdAt.toISOString(),
    readAt: r.readAt?.toISOString() ?? null,
  };
}

/** The caller's own notices, newest first, with the inbox's unread count. */
export async function listInbox(db: Db, ctx: RequestContext, q: InboxQuery): Promise<InboxPage> {
  const actor = authorize(ctx, 'inbox.read');
  const [{ rows, total }, unread] = await Promise.all([
    listInboxRows(db, actor.tenantId, actor.userId, q.unread, { limit: q.pageSize, offset: (q.page - 1) * q.pageSize }),
    countUnread(db, actor.tenantId, actor.userId),
  ]);
  return { items: rows.map(toNotice), total, page: q.page, pageSize: q.pageSize, unread };
}

/** How many of the caller's notices are unread (the bell's badge). */
export async function unreadCount(db: Db, ctx: RequestContext): Promise<UnreadCount> {
  const actor = authorize(ctx, 'inbox.read');
  return { count: await countUnread(db, actor.tenantId, actor.userId) };
}

// Marking read is bookkeeping of one's own inbox, not a change to the county's records: no
// audit row is written for it (the notice itself is the trace of the event it reports).

/** Marks one of the caller's notices read; someone else's notice does not exist (404). */
export async function markNoticeRead(db: Db, ctx: RequestContext, id: string): Promise<void> {
  const actor = authorize(ctx, 'inbox.read');
  if (!(await markRead(db, actor.tenantId, actor.userId, id, new Date()))) throw notFound();
}

/** Marks every unread notice of the caller read; returns how many changed. */
export async function markAllNoticesRead(db: Db, ctx: RequestContext): Promise<MarkAllReadResult> {
  const actor = authorize(ctx, 'inbox.read');
  return { updated: await markAllRead(db, actor.tenantId, actor.userId, new Date()) };
}
