import { BellOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { App, Badge, Button, Flex, Popover, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useErrorMessage } from '../../components/error-message.ts';
import { ProblemAlert } from '../../components/problem-alert.tsx';
import { badgeText, inboxListQuery, markAllRead, unreadCountQuery } from './inbox-api.ts';
import { NoticeList } from './notice-list.tsx';
import { useOpenNotice } from './use-open-notice.ts';
import './inbox.css';
import './locale.ts'; // this area's strings arrive with its chunk, before the page renders

function BellPanel({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const messageOf = useErrorMessage();
  const recent = useQuery(inboxListQuery({ page: 1, pageSize: 6, unread: true }));
  const open = useOpenNotice(onClose);
  const [busy, setBusy] = useState(false);
  const unread = recent.data?.unread ?? 0;

  const readAll = async () => {
    setBusy(true);
    try {
      const result = await markAllRead();
      void message.success(t('inbox.markAllReadDone', { count: result.updated }));
    } catch (error) {
      void message.error(messageOf(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="bell-panel">
      {recent.isPending ? (
        <Skeleton active paragraph={{ rows: 3 }} />
      ) : recent.error ? (
        <ProblemAlert error={recent.error} />
      ) : (
        <NoticeList compact notices={recent.data.items} onOpen={open} emptyText={t('inbox.emptyUnread')} />
      )}
      <Flex justify="space-between" align="center" className="bell-panel-footer">
        <Button type="link" size="small" disabled={unread === 0} loading={busy} onClick={() => void readAll()}>
          {t('inbox.markAllRead')}
        </Button>
        <Link to="/inbox" onClick={onClose}>
          {t('inbox.viewAll')}
        </Link>
      </Flex>
    </div>
  );
}

/** The header bell: the unread count (polled), and a panel of the latest unread notices. */
export function InboxBell() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const unread = useQuery(unreadCountQuery);
  const count = unread.data?.count ?? 0;
  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      open={open}
      onOpenChange={setOpen}
      title={count > 0 ? `${t('inbox.recent')} · ${t('inbox.unreadCount', { count })}` : t('inbox.recent')}
      content={open ? <BellPanel onClose={() => setOpen(false)} /> : null}
      destroyOnHidden
    >
      <Button type="text" aria-label={count > 0 ? t('inbox.bellUnread', { count }) : t('inbox.bell')} aria-haspopup="dialog">
        <Badge count={count} overflowCount={99} size="small" title={badgeText(count)}>
          <BellOutlined className="bell-icon" />
        </Badge>
      </Button>
    </Popover>
  );
}
