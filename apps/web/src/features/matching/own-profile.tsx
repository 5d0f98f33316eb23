import type { UseQueryResult } from '@tanstack/react-query';
import { Alert, App, Button, Card, Flex, Result, Skeleton, Typography, type FormInstance } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api.ts';
import { useErrorMessage } from '../../components/error-message.ts';
import { bodyPath, toFormFieldErrors } from '../../components/field-errors.ts';
import { LoadFailedAlert } from '../../components/problem-alert.tsx';
import { formatDateTime } from '../../format.ts';

/**
 * Saving one's own profile (expert or talent): spins while saving, says "saved", and puts the
 * server's field errors on the form's fields (the rest, and the summary, into `problems`).
 */
export function useOwnProfileSave<V>(form: FormInstance<V>): { busy: boolean; problems: string[]; save: (work: () => Promise<unknown>) => Promise<void>; onFinishFailed: () => void } {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const messageOf = useErrorMessage();
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const save = async (work: () => Promise<unknown>) => {
    setBusy(true);
    setProblems([]);
    try {
      await work();
      void message.success(t('matching.profile.saved'));
    } catch (error) {
      if (isApiError(error) && error.fieldErrors.length > 0) {
        const { fields, unmatched } = toFormFieldErrors(error.fieldErrors, i18n.language, bodyPath);
        form.setFields(fields as never);
        setProblems([messageOf(error), ...unmatched]);
      } else {
        setProblems([messageOf(error)]);
      }
    } finally {
      setBusy(false);
    }
  };
  return { busy, problems, save, onFinishFailed: () => setProblems([t('matching.form.fixFields')]) };
}

/** The end of an own-profile form: the problems, the save button and when it was last saved. */
export function OwnProfileSaveBar({ busy, problems, updatedAt }: { busy: boolean; problems: readonly string[]; updatedAt: string }) {
  const { t } = useTranslation();
  return (
    <>
      {problems.length > 0 ? <Alert className="match-gap" type="error" showIcon role="alert" title={problems[0]} description={problems.length > 1 ? problems.slice(1).join('；') : undefined} /> : null}
      <Flex gap={12} wrap align="center">
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('matching.profile.save')}
        </Button>
        <Typography.Text type="secondary">{t('matching.profile.updatedAt', { time: formatDateTime(updatedAt) })}</Typography.Text>
      </Flex>
    </>
  );
}

/** Loading, the form, "no profile linked to this account" (404) or a retryable load failure. */
export function OwnProfileBody<T>({ query, notLinked, children }: { query: UseQueryResult<T>; notLinked: string; children: (profile: T) => ReactNode }) {
  if (query.isPending) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 10 }} />
      </Card>
    );
  }
  if (query.data) return <>{children(query.data)}</>;
  if (isApiError(query.error) && query.error.status === 404) return <Result status="info" subTitle={notLinked} />;
  return <LoadFailedAlert error={query.error} onRetry={() => query.refetch()} />;
}
