import { Alert, Button } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api.ts';
import { useErrorMessage } from './error-message.ts';

/** An inline error box with the problem's message and, for support, its request id. */
export function ProblemAlert({ error, title, action, extra }: { error: unknown; title?: string; action?: ReactNode; extra?: ReactNode }) {
  const { t } = useTranslation();
  const messageOf = useErrorMessage();
  const requestId = isApiError(error) ? error.requestId : null;
  const message = messageOf(error);
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={title ?? message}
      description={
        title || requestId || extra ? (
          <>
            {title ? <div>{message}</div> : null}
            {extra}
            {requestId ? <div className="request-id">{t('common.requestId', { id: requestId })}</div> : null}
          </>
        ) : undefined
      }
      action={action}
    />
  );
}

/** "加载失败" with the problem and a retry button: what every page shows when its query fails. */
export function LoadFailedAlert({ error, onRetry }: { error: unknown; onRetry: () => unknown }) {
  const { t } = useTranslation();
  return <ProblemAlert error={error} title={t('error.loadFailed')} action={<Button onClick={() => void onRetry()}>{t('common.retry')}</Button>} />;
}
