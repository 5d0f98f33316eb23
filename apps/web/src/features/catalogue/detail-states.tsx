import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Result, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { isApiError } from '../../api.ts';
import { useErrorMessage } from '../../components/error-message.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { ProblemAlert } from '../../components/problem-alert.tsx';

export function BackToHall() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Button
      icon={<ArrowLeftOutlined />}
      onClick={() => {
        // Back to the search the user came from, else the hall.
        if (window.history.state && (window.history.state as { idx?: number }).idx) void navigate(-1);
        else void navigate('/hall');
      }}
    >
      {t('catalogue.hall.backToHall')}
    </Button>
  );
}

/** Loading and error states of a detail page. */
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

export function DetailError({ title, error, notFound, retry }: { title: string; error: unknown; notFound: string; retry: () => void }) {
  const { t } = useTranslation();
  const messageOf = useErrorMessage();
  if (isApiError(error) && error.status === 404) {
    return (
      <>
        <PageHeader title={title} />
        <Result status="404" subTitle={notFound || messageOf(error)} extra={<BackToHall />} />
      </>
    );
  }
  return (
    <>
      <PageHeader title={title} extra={<BackToHall />} />
      <ProblemAlert error={error} title={t('error.loadFailed')} action={<Button onClick={retry}>{t('common.retry')}</Button>} />
    </>
  );
}
