import { Empty } from 'antd';
import type { InboxNotice } from '@yunju/contracts';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../format.ts';
import { noticeText } from './inbox-api.ts';

interface NoticeListProps {
  notices: readonly InboxNotice[];
  onOpen: (notice: InboxNotice) => void;
  emptyText: string;
  /** Smaller rows for the bell's popover. */
  compact?: boolean;
}

/** Notices as a list of buttons: unread ones bold with a dot; a click reads and opens the notice. */
export function NoticeList({ notices, onOpen, emptyText, compact }: NoticeListProps) {
  const { t, i18n } = useTranslation();
  if (notices.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} />;
  return (
    <ul className={compact ? 'notice-list notice-list-compact' : 'notice-list'}>
      {notices.map((notice) => {
        const { title, body } = noticeText(notice, i18n.language);
        const unread = notice.readAt === null;
        return (
          <li key={notice.id}>
            <button type="button" className={unread ? 'notice-item notice-unread' : 'notice-item'} onClick={() => onOpen(notice)}>
              <span className="notice-dot" aria-hidden />
              <span className="notice-main">
                <span className="notice-title">
                  {unread ? <span className="visually-hidden">{t('inbox.unreadTag')} </span> : null}
                  {title}
                </span>
                {body ? <span className="notice-body">{body}</span> : null}
                <span className="notice-time">{formatDateTime(notice.createdAt)}</span>
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
