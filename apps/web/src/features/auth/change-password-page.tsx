import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Input, Space, Typography } from 'antd';
import type { ChangePasswordInput, SessionInfo } from '@yunju/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { api, isApiError } from '../../api.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { ProblemAlert } from '../../components/problem-alert.tsx';
import { safeNextPath } from '../../format.ts';
import { passwordProblems } from './password-rules.ts';
import { applySession, useCurrentUser } from './session.ts';
import './locale.ts'; // this area's strings arrive with its chunk, before the page renders

interface Values extends ChangePasswordInput {
  confirmPassword: string;
}

type FieldName = keyof Values;
const fieldNames: readonly FieldName[] = ['currentPassword', 'newPassword', 'confirmPassword'];

/** Which field a problem code is about, when it names no path. */
const fieldOfCode: Record<string, FieldName> = {
  'auth.wrong_current_password': 'currentPassword',
  'auth.weak_password': 'newPassword',
  'auth.password_reused': 'newPassword',
};

export default function ChangePasswordPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const [form] = Form.useForm<Values>();
  // An error that no field can show (network, server): above the form.
  const [formError, setFormError] = useState<unknown>(null);

  const mutation = useMutation({
    mutationFn: ({ currentPassword, newPassword }: Values) =>
      api.post<SessionInfo>('/api/auth/password', { currentPassword, newPassword } satisfies ChangePasswordInput),
    onMutate: () => setFormError(null),
    onSuccess: async (session) => {
      applySession(session); // the session rotated: new CSRF token, mustChangePassword cleared
      form.resetFields();
      void message.success(t('password.success'));
      await navigate(safeNextPath(searchParams.get('next')), { replace: true });
    },
    onError: (error) => {
      // Show each problem at its field; what the user typed stays in the form.
      if (!isApiError(error)) return setFormError(error);
      const fieldErrors = new Map<FieldName, string[]>();
      const add = (field: FieldName, text: string) => fieldErrors.set(field, [...(fieldErrors.get(field) ?? []), text]);
      const localized = (m: { message: string; messageEn: string }) => (i18n.language === 'en' ? m.messageEn : m.message);
      for (const fieldError of error.fieldErrors) {
        const field = fieldNames.find((name) => name === fieldError.path.split('.')[0]);
        if (field) add(field, localized(fieldError));
      }
      const codeField = fieldOfCode[error.code];
      if (codeField && !fieldErrors.has(codeField)) add(codeField, error.messageFor(i18n.language) ?? t('error.unknown'));
      if (fieldErrors.size === 0) return setFormError(error);
      form.setFields([...fieldErrors].map(([name, errors]) => ({ name, errors })));
      form.scrollToField([...fieldErrors.keys()][0] ?? 'currentPassword');
    },
  });

  return (
    <>
      <PageHeader title={t('password.title')} subTitle={`${user.displayName} · ${user.username}`} />
      <Card className="narrow-card">
        <Space orientation="vertical" size={16} className="full-width">
          {user.mustChangePassword ? <Alert type="warning" showIcon title={t('password.mustChange')} /> : null}
          {formError ? <ProblemAlert error={formError} /> : null}
          <Form<Values> form={form} name="password" layout="vertical" onFinish={(values) => mutation.mutate(values)} disabled={mutation.isPending}>
            <Form.Item label={t('password.current')} name="currentPassword" rules={[{ required: true, message: t('password.currentRequired') }]}>
              <Input.Password autoComplete="current-password" maxLength={128} />
            </Form.Item>
            <Form.Item
              label={t('password.new')}
              name="newPassword"
              extra={<Typography.Text type="secondary">{t('password.rules')}</Typography.Text>}
              dependencies={['currentPassword']}
              rules={[
                { required: true, message: t('password.newRequired') },
                ({ getFieldValue }) => ({
                  validator: async (_, value: string | undefined) => {
                    if (!value) return;
                    const problems = passwordProblems(value);
                    if (problems.includes('too_short')) throw new Error(t('password.tooShort'));
                    if (problems.length > 0) throw new Error(t('password.tooFewClasses'));
                    if (value === getFieldValue('currentPassword')) throw new Error(t('password.sameAsCurrent'));
                  },
                }),
              ]}
            >
              <Input.Password autoComplete="new-password" maxLength={128} />
            </Form.Item>
            <Form.Item
              label={t('password.confirm')}
              name="confirmPassword"
              dependencies={['newPassword']}
              rules={[
                { required: true, message: t('password.confirmRequired') },
                ({ getFieldValue }) => ({
                  validator: async (_, value: string | undefined) => {
                    if (value && value !== getFieldValue('newPassword')) throw new Error(t('password.mismatch'));
                  },
                }),
              ]}
            >
              <Input.Password autoComplete="new-password" maxLength={128} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={mutation.isPending}>
              {t('password.submit')}
            </Button>
          </Form>
        </Space>
      </Card>
    </>
  );
}
