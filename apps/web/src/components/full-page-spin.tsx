import { Spin } from 'antd';
import { useTranslation } from 'react-i18next';

/** Shown while the first route's code and session load. */
export function FullPageSpin() {
  const { t } = useTranslation();
  return (
    <div className="full-page-center" role="status" aria-live="polite">
      <Spin size="large" />
      <span className="visually-hidden">{t('common.loading')}</span>
    </div>
  );
}
