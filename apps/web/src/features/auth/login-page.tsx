import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Form, Input } from 'antd';
import type { LoginInput } from '@yunju/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { isApiError } from '../../api.ts';
import { LanguageSwitch } from '../../components/language-switch.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { ProblemAlert } from '../../components/problem-alert.tsx';
import { useCountdown } from '../../components/use-countdown.ts';
import { safeNextPath } from '../../format.ts';
import { applySession, login } from './session.ts';

export default function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const [searchParams] = useSearchParams();
  const [form] = Form.useForm<LoginInput>();
  const [retryUntil, setRetryUntil] = useState<number | null>(null);
  const secondsLeft = useCountdown(retryUntil);
  const state = location.state as { sessionExpired?: boolean; loggedOut?: boolean } | null;

  const mutation = useMutation({
    mutationFn: (values: LoginInput) => login(values.username.trim(), values.password),
    onSuccess: async (session) => {
      applySession(session);
      // The signed-in area's loader sends a user with a must-change password to that form first.
      await navigate(safeNextPath(searchParams.get('next')), { replace: true });
    },
    onError: (error) => {
      setRetryUntil(isApiError(error) && error.retryAfterSeconds ? Date.now() + error.retryAfterSeconds * 1000 : null);
    },
  });

  const throttled = secondsLeft > 0;
  const waitText =
    secondsLeft >= 60
      ? t('duration.minutes', { minutes: Math.floor(secondsLeft / 60), seconds: secondsLeft % 60 })
      : t('duration.seconds', { seconds: secondsLeft });
  // Once the wait is over the 429 no longer applies: hide it.
  const showError = mutation.isError && !(isApiError(mutation.error, 'auth.too_many_attempts') && !throttled);

  return (
    <div className="login-page">
      <header className="login-topbar">
        <div className="brand">
          <span className="brand-mark" aria-hidden>
            云
          </span>
          <span className="brand-name">{t('app.fullName')}</span>
        </div>
        <LanguageSwitch />
      </header>
      <main className="login-main">
        {/* A styled <section>, not antd Card: Card pulls Tabs, Menu and Skeleton into this page. */}
        <section className="login-card">
          <PageHeader title={t('login.heading')} subTitle={t('app.tagline')} />
          {(state?.sessionExpired || state?.loggedOut) && !mutation.isError ? (
            <Alert
              className="login-alert"
              type={state.loggedOut ? 'success' : 'info'}
              showIcon
              role="status"
              title={state.loggedOut ? t('user.loggedOut') : t('login.sessionExpired')}
            />
          ) : null}
          {showError ? (
            <div className="login-alert">
              <ProblemAlert
                error={mutation.error}
                extra={throttled ? <div>{t('login.retryAfter', { time: waitText })}</div> : null}
              />
            </div>
          ) : null}
          <Form<LoginInput>
            form={form}
            name="login"
            layout="vertical"
            requiredMark={false}
            onFinish={(values) => mutation.mutate(values)}
            disabled={mutation.isPending}
          >
            <Form.Item
              label={t('login.username')}
              name="username"
              rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}
            >
              <Input
                prefix={<UserOutlined aria-hidden />}
                autoComplete="username"
                autoFocus
                maxLength={64}
                size="large"
                placeholder={t('login.usernamePlaceholder')}
              />
            </Form.Item>
            <Form.Item label={t('login.password')} name="password" rules={[{ required: true, message: t('login.passwordRequired') }]}>
              <Input.Password
                prefix={<LockOutlined aria-hidden />}
                autoComplete="current-password"
                maxLength={128}
                size="large"
                placeholder={t('login.passwordPlaceholder')}
              />
            </Form.Item>
            <Button type="primary" htmlType="submit" size="large" block loading={mutation.isPending} disabled={throttled}>
              {t('login.submit')}
            </Button>
          </Form>
          <p className="login-notice">{t('login.notice')}</p>
        </section>
      </main>
    </div>
  );
}
