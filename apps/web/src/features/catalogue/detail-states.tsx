import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api.ts';
import { BackButton, DetailPending } from '../../components/detail-states.tsx';
import { useErrorMessage } from '../../components/error-message.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { ProblemAlert } from '../../components/problem-alert.tsx';

export function BackToHall() {
  const { t } = useTranslation();
  // Back to the search the user came from, else the hall.
  return <BackButton fallback="/hall" label={t('catalogue.hall.backToHall')} />;
}

export { DetailPending };

/** The error state of a detail page (404: not found; else the problem and a retry). */
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
