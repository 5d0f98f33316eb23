import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageHeader } from '../../components/page-header.tsx';

export default function ForbiddenPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <>
      <PageHeader title={t('forbidden.title')} />
      <Result
        status="403"
        subTitle={t('forbidden.description')}
        extra={
          <Button type="primary" onClick={() => void navigate('/')}>
            {t('common.backToWorkbench')}
          </Button>
        }
      />
    </>
  );
}
