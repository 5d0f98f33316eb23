import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Flex, Result, Skeleton, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { isApiError } from '../../api.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { useErrorMessage } from '../../components/error-message.ts';
import { ProblemAlert } from '../../components/problem-alert.tsx';
import { QualificationTags } from '../../components/qualification-tags.tsx';
import { labelOf } from '../../i18n/labels.ts';
import { can, useCurrentUser } from '../auth/session.ts';
import { enterpriseQuery } from './enterprises-api.ts';
import './locale.ts'; // this area's strings arrive with its chunk, before the page renders

export default function EnterpriseDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const messageOf = useErrorMessage();
  const enterprise = useQuery(enterpriseQuery(id));
  const canList = can(user, 'enterprise.read_all');
  const back = canList ? (
    <Button icon={<ArrowLeftOutlined />} onClick={() => void navigate('/enterprises')}>
      {t('enterprise.backToList')}
    </Button>
  ) : (
    <Button icon={<ArrowLeftOutlined />} onClick={() => void navigate('/')}>
      {t('common.backToWorkbench')}
    </Button>
  );

  if (enterprise.isPending) {
    return (
      <>
        <PageHeader title={t('enterprise.detailTitle')} />
        <Card>
          <Skeleton active paragraph={{ rows: 6 }} />
        </Card>
      </>
    );
  }

  if (enterprise.error) {
    // Outside the caller's scope the server answers 404, like a record that does not exist.
    if (isApiError(enterprise.error) && enterprise.error.status === 404) {
      return (
        <>
          <PageHeader title={t('enterprise.detailTitle')} />
          <Result status="404" subTitle={messageOf(enterprise.error)} extra={back} />
        </>
      );
    }
    return (
      <>
        <PageHeader title={t('enterprise.detailTitle')} extra={back} />
        <ProblemAlert
          error={enterprise.error}
          title={t('error.loadFailed')}
          action={<Button onClick={() => void enterprise.refetch()}>{t('common.retry')}</Button>}
        />
      </>
    );
  }

  const e = enterprise.data;
  return (
    <>
      <PageHeader
        title={e.name}
        subTitle={
          <Flex gap={4} wrap>
            {e.isAboveScale ? <Tag color="success">{t('enterprise.aboveScale')}</Tag> : null}
            <Tag>{labelOf('size', e.size)}</Tag>
          </Flex>
        }
        extra={back}
      />
      <Flex vertical gap={16}>
        <Card title={t('enterprise.basicInfo')}>
          <Descriptions
            column={{ xs: 1, sm: 1, md: 2, xl: 3 }}
            items={[
              { key: 'name', label: t('enterprise.name'), children: e.name },
              { key: 'creditCode', label: t('enterprise.creditCode'), children: <span className="mono">{e.creditCode}</span> },
              { key: 'town', label: t('enterprise.town'), children: e.townName },
              { key: 'industry', label: t('enterprise.industry'), children: e.industryName },
              { key: 'industryCode', label: t('enterprise.industryCode'), children: <span className="mono">{e.industryCode}</span> },
              { key: 'size', label: t('enterprise.size'), children: labelOf('size', e.size) },
              { key: 'aboveScale', label: t('enterprise.aboveScale'), children: e.isAboveScale ? t('common.yes') : t('common.no') },
              { key: 'qualifications', label: t('enterprise.qualifications'), span: 'filled', children: <QualificationTags kinds={e.qualifications} /> },
            ]}
          />
        </Card>
        <Alert type="info" showIcon title={t('enterprise.upcoming')} />
      </Flex>
    </>
  );
}
