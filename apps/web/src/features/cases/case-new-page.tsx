import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import type { CaseDetail } from '@yunju/contracts';
import { Alert, App, Button, Card, Descriptions, Flex, Skeleton, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { PageHeader } from '../../components/page-header.tsx';
import { ProblemAlert } from '../../components/problem-alert.tsx';
import { useCurrentUser } from '../auth/session.ts';
import { itemQuery, resourceQuery } from '../catalogue/catalogue-api.ts';
import { CaseWizard, type WizardTarget } from './case-wizard.tsx';
import './cases.css';
import './locale.ts'; // this area's strings arrive with its chunk, before the page renders

function BackButton({ to }: { to: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Button icon={<ArrowLeftOutlined />} onClick={() => void navigate(to)}>
      {to === '/hall' ? t('cases.wizard.backToHall') : t('cases.wizard.backToGuide')}
    </Button>
  );
}

/** After a successful submission: the case page, with a notice there and here. */
export function useOpenSubmitted() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  return (detail: CaseDetail) => {
    void message.success(t('cases.wizard.submitted', { number: detail.number }));
    void navigate(`/cases/${encodeURIComponent(detail.id)}`, { replace: true, state: { submitted: detail.number } });
  };
}

function Loading({ title }: { title: string }) {
  return (
    <>
      <PageHeader title={title} />
      <Card>
        <Skeleton active paragraph={{ rows: 6 }} />
      </Card>
    </>
  );
}

/** `/cases/new?item=<id>` (a service item), `?resource=<id>` (using a resource), or a free-form request (诉求). */
export default function CaseNewPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const user = useCurrentUser();
  const onSubmitted = useOpenSubmitted();
  const itemId = params.get('item');
  const resourceId = itemId ? null : params.get('resource');
  const item = useQuery({ ...itemQuery(itemId ?? ''), enabled: itemId !== null });
  const resource = useQuery({ ...resourceQuery(resourceId ?? ''), enabled: resourceId !== null });
  const retry = (
    <Button onClick={() => void (itemId ? item.refetch() : resource.refetch())}>{t('common.retry')}</Button>
  );

  if (itemId !== null) {
    if (item.isPending) return <Loading title={t('cases.wizard.applyTitle')} />;
    if (item.error) {
      return (
        <>
          <PageHeader title={t('cases.wizard.applyTitle')} extra={<BackButton to="/hall" />} />
          <ProblemAlert error={item.error} title={t('error.loadFailed')} action={retry} />
        </>
      );
    }
    const d = item.data;
    const guide = `/hall/items/${encodeURIComponent(d.id)}`;
    const unavailable = d.status !== 'in_force' ? t('cases.wizard.itemWithdrawn') : !d.channels.includes('online') ? t('cases.wizard.itemNotOnline') : null;
    return (
      <>
        <PageHeader
          title={t('cases.wizard.applyFor', { name: d.name })}
          subTitle={
            <Flex gap={8} wrap align="center">
              <span className="mono">{d.code}</span>
              <span>· {d.leadDepartment.name}</span>
              <Tag color="blue">{t('cases.promisedDaysValue', { days: d.promisedDays })}</Tag>
            </Flex>
          }
          extra={<BackButton to={guide} />}
        />
        {unavailable ? (
          <Alert type="warning" showIcon title={unavailable} action={<Link to={guide}>{t('cases.wizard.viewGuide')}</Link>} />
        ) : (
          <CaseWizard target={{ kind: 'item', item: d }} draftKey={`${user.id}.item.${d.id}.v${d.version}`} onSubmitted={onSubmitted} />
        )}
      </>
    );
  }

  if (resourceId !== null) {
    if (resource.isPending) return <Loading title={t('cases.wizard.reserveTitle')} />;
    if (resource.error) {
      return (
        <>
          <PageHeader title={t('cases.wizard.reserveTitle')} extra={<BackButton to="/hall" />} />
          <ProblemAlert error={resource.error} title={t('error.loadFailed')} action={retry} />
        </>
      );
    }
    const r = resource.data;
    const target: WizardTarget = { kind: 'resource', resource: r };
    return (
      <>
        <PageHeader title={t('cases.wizard.reserveFor', { name: r.name })} subTitle={`${r.ownerOrg} · ${r.departmentName}`} extra={<BackButton to={`/hall/resources/${encodeURIComponent(r.id)}`} />} />
        {r.status !== 'in_force' ? (
          <Alert type="warning" showIcon title={t('cases.wizard.resourceWithdrawn')} />
        ) : (
          <CaseWizard target={target} draftKey={`${user.id}.resource.${r.id}`} onSubmitted={onSubmitted} />
        )}
      </>
    );
  }

  return (
    <>
      <PageHeader title={t('cases.wizard.requestPageTitle')} subTitle={t('cases.wizard.requestPageHint')} extra={<BackButton to="/hall" />} />
      <Card size="small" className="case-gap">
        <Descriptions
          size="small"
          column={1}
          items={[{ key: 'routing', label: t('cases.wizard.howItWorks'), children: t('cases.wizard.requestHow') }]}
        />
      </Card>
      <CaseWizard target={{ kind: 'request' }} draftKey={`${user.id}.request`} onSubmitted={onSubmitted} />
    </>
  );
}
