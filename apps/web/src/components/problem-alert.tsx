import { Alert } from 'antd';
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
