import { Button, Flex, Spin } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRevalidator, useRouteError } from 'react-router';
import { isApiError } from '../api.ts';
import { useErrorMessage } from './error-message.ts';

const NotFoundPage = lazy(() => import('../features/shell/not-found-page.tsx'));
const ForbiddenPage = lazy(() => import('../features/shell/forbidden-page.tsx'));

function isChunkLoadError(error: unknown): boolean {
  return error instanceof Error && /dynamically imported module|Importing a module script failed|error loading dynamically/i.test(error.message);
}

/**
 * The error boundary of every route. It ships with the login page, so it stays light (no
 * Typography, Alert or Result); the illustrated 403/404 pages load on demand.
 */
export function RouteError() {
  const error = useRouteError();
  const { t } = useTranslation();
  const messageOf = useErrorMessage();
  const revalidator = useRevalidator();

  const status = isRouteErrorResponse(error) ? error.status : isApiError(error) ? error.status : null;
  if (status === 403 || status === 404) {
    const Page = status === 403 ? ForbiddenPage : NotFoundPage;
    return (
      <Suspense fallback={<Spin />}>
        <Page />
      </Suspense>
    );
  }

  const chunk = isChunkLoadError(error);
  const title = chunk ? t('error.chunkTitle') : isApiError(error) ? t('error.loadFailed') : t('error.title');
  const description = chunk ? t('error.chunkDescription') : messageOf(error);
  const requestId = isApiError(error) ? error.requestId : null;
  return (
    <Flex vertical align="center" justify="center" gap="middle" className="route-error" role="alert">
      <h1 className="page-title">{title}</h1>
      <p className="route-error-text">{description}</p>
      {requestId ? <p className="route-error-text request-id">{t('common.requestId', { id: requestId })}</p> : null}
      <Button
        type="primary"
        onClick={() => {
          if (chunk) window.location.reload();
          else void revalidator.revalidate();
        }}
      >
        {chunk ? t('common.reloadPage') : t('common.retry')}
      </Button>
    </Flex>
  );
}
