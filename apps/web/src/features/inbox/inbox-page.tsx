import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { App, Button, Card, Flex, Pagination, Segmented, Skeleton } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useErrorMessage } from '../../components/error-message.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { LoadFailedAlert } from '../../components/problem-alert.tsx';
import { intParam } from '../../components/search-params.ts';
import { useIsPhone } from '../../components/use-is-phone.ts';
import { inboxListQuery, markAllRead } from './inbox-api.ts';
import { NoticeList } from './notice-list.tsx';
import { useOpenNotice } from './use-open-notice.ts';
import './inbox.css';
import './locale.ts'; // this area's strings arrive with its chunk, before the page renders

type View = 'all' | 'unread';

export default function InboxPage() {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const messageOf = useErrorMessage();
  const isPhone = useIsPhone();
  const [searchParams, setSearchParams] = useSearchParams();
  const params = useMemo(
    () => ({
      page: intParam(searchParams.get('page'), 1),
      pageSize: intParam(searchParams.get('pageSize'), 20, 200),
      unread: searchParams.get('unread') === 'true',
    }),
    [searchParams],
  );
  const list = useQuery({ ...inboxListQuery(params), placeholderData: keepPreviousData });
  const open = useOpenNotice();
  const [busy, setBusy] = useState(false);
  const unread = list.data?.unread ?? 0;

  const setView = (view: View) => setSearchParams(view === 'unread' ? { unread: 'true' } : {});
  const onPage = (page: number, pageSize: number) => {
    const next = new URLSearchParams(searchParams);
    next.set('page', String(pageSize === params.pageSize ? page : 1));
    next.set('pageSize', String(pageSize));
    setSearchParams(next);
  };

  const readAll = () => {
    modal.confirm({
      title: t('inbox.markAllRead'),
      content: t('inbox.unreadCount', { count: unread }),
      onOk: async () => {
        setBusy(true);
        try {
          const result = await markAllRead();
          void message.success(t('inbox.markAllReadDone', { count: result.updated }));
        } catch (error) {
          void message.error(messageOf(error));
        } finally {
          setBusy(false);
        }
      },
    });
  };

  return (
    <>
      <PageHeader
        title={t('inbox.title')}
        subTitle={t('inbox.description')}
        extra={
          <Button disabled={unread === 0} loading={busy} onClick={readAll}>
            {t('inbox.markAllRead')}
          </Button>
        }
      />
      <Card>
        <Flex vertical gap={12}>
          <Segmented<View>
            value={params.unread ? 'unread' : 'all'}
            onChange={setView}
            options={[
              { value: 'all', label: t('inbox.all') },
              { value: 'unread', label: unread > 0 ? `${t('inbox.unread')} (${unread})` : t('inbox.unread') },
            ]}
          />
          {list.error ? (
            <LoadFailedAlert error={list.error} onRetry={() => list.refetch()} />
          ) : null}
          {list.isPending ? (
            <Skeleton active />
          ) : list.data ? (
            <div aria-busy={list.isFetching}>
              <NoticeList notices={list.data.items} onOpen={open} emptyText={params.unread ? t('inbox.emptyUnread') : t('inbox.empty')} />
            </div>
          ) : null}
          {list.data && list.data.total > 0 ? (
            <Pagination
              className="list-pagination"
              align="end"
              simple={isPhone}
              current={params.page}
              pageSize={params.pageSize}
              total={list.data.total}
              showTotal={(total) => t('common.total', { total })}
              showSizeChanger={!isPhone}
              onChange={onPage}
            />
          ) : null}
        </Flex>
      </Card>
    </>
  );
}
