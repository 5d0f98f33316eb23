import { addStrings } from '../../i18n/add-strings.ts';

/** Strings of the inbox (消息中心) and the header bell; loaded with the area's chunks. */
export const inboxZhCN = {
  inbox: {
    title: '消息中心',
    description: '办件受理、补正、办结、督办等通知均在此汇总，点击消息可直达对应页面。',
    bell: '消息',
    bellUnread: '消息，{{count}} 条未读',
    recent: '未读消息',
    all: '全部消息',
    unread: '未读消息',
    markAllRead: '全部已读',
    markAllReadDone: '已将 {{count}} 条消息标为已读',
    markRead: '标为已读',
    viewAll: '查看全部消息',
    empty: '暂无消息。办件有新进展时，系统会在此通知您。',
    emptyUnread: '没有未读消息。',
    unreadTag: '未读',
    unreadCount: '{{count}} 条未读',
    noLink: '该消息无对应页面',
  },
};

export const inboxEn: typeof inboxZhCN = {
  inbox: {
    title: 'Inbox',
    description: 'Notices about cases being accepted, sent back for supplements, concluded or supervised; click one to open its page.',
    bell: 'Notices',
    bellUnread: 'Notices, {{count}} unread',
    recent: 'Unread notices',
    all: 'All notices',
    unread: 'Unread',
    markAllRead: 'Mark all as read',
    markAllReadDone: '{{count}} notices marked as read',
    markRead: 'Mark as read',
    viewAll: 'Open the inbox',
    empty: 'No notices yet. You will be notified here when a case moves on.',
    emptyUnread: 'No unread notices.',
    unreadTag: 'Unread',
    unreadCount: '{{count}} unread',
    noLink: 'This notice has no page to open',
  },
};

// The strings ride with this area's lazy chunks, not the login page's entry chunk: every page
// (and component used elsewhere) of the area imports this file (see i18n/add-strings.ts).
addStrings(inboxZhCN, inboxEn);
