import { queryOptions } from '@tanstack/react-query';
import type { InboxNotice, InboxPage, MarkAllReadResult, UnreadCount } from '@yunju/contracts';
import { api } from '../../api.ts';
import { queryClient } from '../../query-client.ts';

export interface InboxParams {
  page: number;
  pageSize: number;
  /** Only unread notices. */
  unread?: boolean;
}

/** The bell's figure: polled every 60 s while the tab is visible, and again on window focus. */
export const unreadCountQuery = queryOptions({
  queryKey: ['inbox', 'unread-count'],
  queryFn: ({ signal }) => api.get<UnreadCount>('/api/inbox/unread-count', undefined, signal),
  staleTime: 0,
  refetchInterval: 60_000,
  refetchOnWindowFocus: true,
});

export const inboxListQuery = ({ page, pageSize, unread }: InboxParams) =>
  queryOptions({
    queryKey: ['inbox', 'list', { page, pageSize, unread: unread === true }],
    queryFn: ({ signal }) => api.get<InboxPage>('/api/inbox', { page, pageSize, unread: unread ? 'true' : undefined }, signal),
    staleTime: 0,
  });

export async function markRead(id: string): Promise<void> {
  await api.post<void>(`/api/inbox/${encodeURIComponent(id)}/read`);
  await queryClient.invalidateQueries({ queryKey: ['inbox'] });
}

export async function markAllRead(): Promise<MarkAllReadResult> {
  const result = await api.post<MarkAllReadResult>('/api/inbox/read-all');
  await queryClient.invalidateQueries({ queryKey: ['inbox'] });
  return result;
}

/** The title and body in the UI language (English falls back to Chinese when missing). */
export function noticeText(notice: Pick<InboxNotice, 'titleZh' | 'titleEn' | 'bodyZh' | 'bodyEn'>, language: string): { title: string; body: string } {
  if (language === 'en') return { title: notice.titleEn || notice.titleZh, body: notice.bodyEn || notice.bodyZh };
  return { title: notice.titleZh || notice.titleEn, body: notice.bodyZh || notice.bodyEn };
}

/** The notice's link when it is a route of this app (never another site or a `javascript:` URL). */
export function noticeRoute(link: string | null | undefined): string | null {
  if (!link || !link.startsWith('/') || link.startsWith('//') || link.startsWith('/\\')) return null;
  return link;
}

/** Badge text: 99+ beyond 99. */
export function badgeText(count: number): string {
  return count > 99 ? '99+' : String(count);
}
