import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Result, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { isApiError } from '../api.ts';
import { PageHeader } from './page-header.tsx';
import { LoadFailedAlert } from './problem-alert.tsx';

/** Back to the page (list or notice) the user came from, else to `fallback`. */
export function BackButton({ fallback, label }: { fallback: string; label: string }) {
  const navigate = useNavigate();
  return (
    <Button
      icon={<ArrowLeftOutlined />}
      onClick={() => {
        if (window.history.state && (window.history.state as { idx?: number }).idx) void navigate(-1);
        else void navigate(fallback);
      }}
    >
      {label}
    </Button>
  );
}

/** A detail page while its record loads. */
export function DetailPending({ title }: { title: string }) {
  return (
    <>
      <PageHeader title={title} />
      <Card>
        <Skeleton active paragraph={{ rows: 8 }} />
      </Card>
    </>
  );
}

/**
 * What a detail page shows while its record has not arrived: a skeleton while loading, "not
 * found" (with `back`) on 404, else the load failure with a retry.
 */
export function DetailLoadState({ title, query, notFound, back }: { title: string; query: { isPending: boolean; error: unknown; refetch: () => unknown }; notFound: string; back: ReactNode }) {
  if (query.isPending) return <DetailPending title={title} />;
  if (isApiError(query.error) && query.error.status === 404) {
    return (
      <>
        <PageHeader title={title} />
        <Result status="404" subTitle={notFound} extra={back} />
      </>
    );
  }
  return (
    <>
      <PageHeader title={title} extra={back} />
      <LoadFailedAlert error={query.error} onRetry={() => query.refetch()} />
    </>
  );
}
