import { CheckOutlined, PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ExpiringCertificate, PipelineCandidate, Plan, PlanTask, QualificationKind } from '@yunju/contracts';
import { App, Button, Card, Col, Flex, Progress, Row, Select, Skeleton, Space, Statistic, Table, Tabs, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useErrorMessage } from '../../components/error-message.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { LoadFailedAlert } from '../../components/problem-alert.tsx';
import { isQualificationKind, qualificationKinds } from '../../components/qualification-kinds.ts';
import { intParam } from '../../components/search-params.ts';
import { formatDate, formatNumber } from '../../format.ts';
import { labelOf } from '../../i18n/labels.ts';
import { can, useCurrentUser } from '../auth/session.ts';
import { completePlanTask, cultivationSummaryQuery, expiringQuery, pipelineQuery, plansQuery } from './cultivation-api.ts';
import { LadderTab } from './ladder-tab.tsx';
import { PlanModal } from './plan-modal.tsx';
import { UnmetCriteria } from './tier-panel.tsx';
import { townsQuery } from './enterprises-api.ts';
import './enterprises.css';
import './locale.ts';

const tabs = ['pipeline', 'expiring', 'plans', 'ladder'] as const;
type Tab = (typeof tabs)[number];
const fileLink = (id: string, tab?: string) => `/enterprises/${encodeURIComponent(id)}${tab ? `?tab=${tab}` : ''}`;

/** 梯队培育: tier counts, candidates per tier ranked by closeness, expiring certificates, multi-department plans. */
export default function CultivationPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab: Tab = (tabs as readonly string[]).includes(params.get('tab') ?? '') ? (params.get('tab') as Tab) : 'pipeline';
  const summary = useQuery(cultivationSummaryQuery);
  const set = (changes: Record<string, string | undefined>) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      for (const [k, v] of Object.entries(changes)) {
        if (v === undefined || v === '') next.delete(k);
        else next.set(k, v);
      }
      return next;
    });

  return (
    <>
      <PageHeader title={t('enterprise.cultivation.title')} subTitle={t('enterprise.cultivation.subtitle')} />
      {summary.error ? <LoadFailedAlert error={summary.error} onRetry={() => summary.refetch()} /> : null}
      {summary.isPending ? (
        <Card>
          <Skeleton active />
        </Card>
      ) : null}
      {summary.data ? (
        <section aria-label={t('enterprise.cultivation.countsLabel')}>
          <Row gutter={[12, 12]}>
            {summary.data.tiers.map((tier) => (
              <Col key={tier.kind} xs={12} sm={8} lg={6} xxl={4}>
                <Link to={`/enterprises?qualification=${tier.kind}`} className="stat-link">
                  <Card size="small" hoverable className="stat-card tone-processing">
                    <Statistic title={labelOf('qualification', tier.kind)} value={formatNumber(tier.count)} />
                  </Card>
                </Link>
              </Col>
            ))}
            <Col xs={12} sm={8} lg={6} xxl={4}>
              <Card size="small" hoverable className="stat-card tone-warning" onClick={() => set({ tab: 'expiring' })}>
                <Statistic title={t('enterprise.cultivation.expiringCount')} value={formatNumber(summary.data.expiringWithin6Months)} styles={{ content: { color: '#d48806' } }} />
              </Card>
            </Col>
            <Col xs={12} sm={8} lg={6} xxl={4}>
              <Card size="small" hoverable className="stat-card tone-processing" onClick={() => set({ tab: 'plans' })}>
                <Statistic title={t('enterprise.cultivation.openPlans')} value={formatNumber(summary.data.openPlans)} />
              </Card>
            </Col>
            <Col xs={12} sm={8} lg={6} xxl={4}>
              <Card size="small" className="stat-card tone-success">
                <Statistic title={t('enterprise.cultivation.acrossDepartments')} value={formatNumber(summary.data.cultivatedAcrossDepartments)} />
              </Card>
            </Col>
          </Row>
        </section>
      ) : null}
      <Card className="block-gap">
        <Tabs
          activeKey={tab}
          onChange={(key) => set({ tab: key === 'pipeline' ? undefined : key, page: undefined })}
          items={[
            { key: 'pipeline', label: t('enterprise.cultivation.tabs.pipeline'), children: <PipelineTab kindParam={params.get('kind')} town={params.get('town') ?? undefined} set={set} /> },
            { key: 'expiring', label: t('enterprise.cultivation.tabs.expiring'), children: <ExpiringTab page={intParam(params.get('page'), 1)} set={set} /> },
            { key: 'plans', label: t('enterprise.cultivation.tabs.plans'), children: <PlansTab /> },
            { key: 'ladder', label: t('enterprise.cultivation.tabs.ladder'), children: <LadderTab /> },
          ]}
        />
      </Card>
    </>
  );
}

function PipelineTab({ kindParam, town, set }: { kindParam: string | null; town: string | undefined; set: (c: Record<string, string | undefined>) => void }) {
  const { t } = useTranslation();
  const kind: QualificationKind = isQualificationKind(kindParam) ? kindParam : 'high_tech';
  const pipeline = useQuery({ ...pipelineQuery(kind, town), placeholderData: keepPreviousData });
  const towns = useQuery(townsQuery);
  const columns: TableColumnsType<PipelineCandidate> = [
    { key: 'rank', title: t('enterprise.cultivation.rank'), width: 64, render: (_, __, i) => i + 1 },
    { key: 'name', title: t('enterprise.name'), render: (_, c) => <Link to={fileLink(c.enterpriseId, 'tiers')}>{c.name}</Link> },
    { key: 'town', title: t('enterprise.town'), dataIndex: 'townName' },
    {
      key: 'closeness',
      title: t('enterprise.cultivation.closeness'),
      width: 160,
      render: (_, c) => <Progress percent={Math.round(c.closeness * 100)} size="small" status={c.unmet === 0 ? 'success' : 'normal'} />,
    },
    { key: 'unmet', title: t('enterprise.cultivation.unmet'), width: 96, render: (_, c) => (c.unmet === 0 ? <Tag color="success">{t('enterprise.cultivation.eligible')}</Tag> : <Tag color="warning">{t('enterprise.tier.unmetCount', { count: c.unmet })}</Tag>) },
    {
      key: 'gaps',
      title: t('enterprise.cultivation.gaps'),
      render: (_, c) => (c.unmetCriteria.length > 0 ? <UnmetCriteria criteria={c.unmetCriteria} ariaLabel={t('enterprise.cultivation.gapsOf', { name: c.name })} /> : null),
    },
  ];
  return (
    <Flex vertical gap={12}>
      <Space wrap>
        <Select<QualificationKind>
          aria-label={t('enterprise.cultivation.tier')}
          value={kind}
          style={{ width: 220 }}
          options={qualificationKinds.map((k) => ({ value: k, label: labelOf('qualification', k) }))}
          onChange={(k) => set({ kind: k })}
        />
        <Select<string>
          aria-label={t('enterprise.town')}
          allowClear
          placeholder={t('enterprise.townPlaceholder')}
          value={town}
          style={{ width: 200 }}
          showSearch={{ optionFilterProp: 'label' }}
          options={(towns.data ?? []).map((tw) => ({ value: tw.code, label: tw.name }))}
          onChange={(v) => set({ town: v })}
        />
        {pipeline.data ? <Typography.Text type="secondary">{t('enterprise.cultivation.pipelineTotal', { total: formatNumber(pipeline.data.total), tier: labelOf('qualification', kind) })}</Typography.Text> : null}
      </Space>
      {pipeline.error ? <LoadFailedAlert error={pipeline.error} onRetry={() => pipeline.refetch()} /> : null}
      <Table<PipelineCandidate>
        size="small"
        rowKey="enterpriseId"
        aria-label={t('enterprise.cultivation.tabs.pipeline')}
        loading={pipeline.isFetching}
        columns={columns}
        dataSource={pipeline.data?.items}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showTotal: (total) => t('common.total', { total }) }}
        scroll={{ x: 900 }}
        locale={{ emptyText: t('enterprise.cultivation.pipelineEmpty') }}
      />
    </Flex>
  );
}

function ExpiringTab({ page, set }: { page: number; set: (c: Record<string, string | undefined>) => void }) {
  const { t } = useTranslation();
  const expiring = useQuery({ ...expiringQuery(page), placeholderData: keepPreviousData });
  const columns: TableColumnsType<ExpiringCertificate> = [
    { key: 'name', title: t('enterprise.name'), render: (_, c) => <Link to={fileLink(c.enterpriseId, 'qualifications')}>{c.enterpriseName}</Link> },
    { key: 'kind', title: t('enterprise.qual.kind'), render: (_, c) => labelOf('qualification', c.kind) },
    { key: 'level', title: t('enterprise.qual.level'), render: (_, c) => t(`enterprise.levels.${c.level}`) },
    { key: 'no', title: t('enterprise.qual.certificateNo'), render: (_, c) => <span className="mono">{c.certificateNo}</span> },
    { key: 'expiresOn', title: t('enterprise.qual.expiresOn'), render: (_, c) => formatDate(c.expiresOn) },
    { key: 'days', title: t('enterprise.cultivation.daysLeft'), render: (_, c) => <Tag color={c.daysLeft <= 30 ? 'error' : 'warning'}>{t('enterprise.qual.expiring', { days: c.daysLeft })}</Tag> },
  ];
  return (
    <>
      {expiring.error ? <LoadFailedAlert error={expiring.error} onRetry={() => expiring.refetch()} /> : null}
      <Table<ExpiringCertificate>
        size="small"
        rowKey="qualificationId"
        aria-label={t('enterprise.cultivation.tabs.expiring')}
        loading={expiring.isFetching}
        columns={columns}
        dataSource={expiring.data?.items}
        scroll={{ x: 760 }}
        locale={{ emptyText: t('enterprise.cultivation.expiringEmpty') }}
        pagination={{ current: page, pageSize: 20, total: expiring.data?.total ?? 0, showTotal: (total) => t('common.total', { total }), onChange: (p) => set({ page: String(p) }) }}
      />
    </>
  );
}

function PlanTasks({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const { message } = App.useApp();
  const messageOf = useErrorMessage();
  const [busy, setBusy] = useState<string | null>(null);
  const canComplete = (task: PlanTask) => can(user, 'cultivation.manage') && !task.doneAt && (user.role === 'bureau_admin' || task.departmentId === user.departmentId);
  const complete = async (task: PlanTask) => {
    setBusy(task.id);
    try {
      await completePlanTask(plan.id, task.id, {});
      void message.success(t('enterprise.cultivation.taskDone'));
    } catch (error) {
      void message.error(messageOf(error));
    } finally {
      setBusy(null);
    }
  };
  return (
    <Table<PlanTask>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={plan.tasks}
      scroll={{ x: 600 }}
      columns={[
        { key: 'department', title: t('enterprise.cultivation.department'), dataIndex: 'departmentName' },
        { key: 'title', title: t('enterprise.cultivation.taskTitle'), dataIndex: 'title' },
        { key: 'due', title: t('enterprise.cultivation.dueOn'), render: (_, task) => formatDate(task.dueOn) },
        {
          key: 'state',
          title: t('enterprise.corrections.status'),
          render: (_, task) =>
            task.doneAt ? (
              <Tag color="success">{t('enterprise.cultivation.doneOn', { date: formatDate(task.doneAt) })}</Tag>
            ) : canComplete(task) ? (
              <Button size="small" icon={<CheckOutlined />} loading={busy === task.id} onClick={() => void complete(task)}>
                {t('enterprise.cultivation.complete')}
              </Button>
            ) : (
              <Tag color="processing">{t('enterprise.cultivation.inProgress')}</Tag>
            ),
        },
      ]}
    />
  );
}

function PlansTab() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [page, setPage] = useState(1);
  const [status, setStatus] = useState<'open' | 'completed' | undefined>(undefined);
  const [creating, setCreating] = useState(false);
  const plans = useQuery({ ...plansQuery({ page, status }), placeholderData: keepPreviousData });
  const columns: TableColumnsType<Plan> = [
    { key: 'enterprise', title: t('enterprise.name'), render: (_, p) => <Link to={fileLink(p.enterpriseId, 'tiers')}>{p.enterpriseName}</Link> },
    { key: 'target', title: t('enterprise.cultivation.targetKind'), render: (_, p) => labelOf('qualification', p.targetKind) },
    { key: 'title', title: t('enterprise.cultivation.planTitle'), dataIndex: 'title' },
    { key: 'departments', title: t('enterprise.cultivation.departments'), align: 'right', dataIndex: 'departments' },
    {
      key: 'progress',
      title: t('enterprise.cultivation.progress'),
      width: 160,
      render: (_, p) => {
        const done = p.tasks.filter((task) => task.doneAt).length;
        return <Progress size="small" percent={p.tasks.length ? Math.round((done / p.tasks.length) * 100) : 0} format={() => `${done}/${p.tasks.length}`} />;
      },
    },
    {
      key: 'status',
      title: t('enterprise.corrections.status'),
      render: (_, p) =>
        p.status === 'completed' ? (
          <Space size={4} wrap>
            <Tag color="success">{t('enterprise.cultivation.completed')}</Tag>
            {p.acrossDepartments ? <Tag color="blue">{t('enterprise.cultivation.acrossDepartmentsTag')}</Tag> : null}
          </Space>
        ) : (
          <Tag color="processing">{t('enterprise.cultivation.open')}</Tag>
        ),
    },
  ];
  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" wrap gap={8}>
        <Select<'open' | 'completed' | ''>
          aria-label={t('enterprise.corrections.status')}
          value={status ?? ''}
          style={{ width: 160 }}
          onChange={(v) => {
            setStatus(v === '' ? undefined : v);
            setPage(1);
          }}
          options={[
            { value: '', label: t('common.all') },
            { value: 'open', label: t('enterprise.cultivation.open') },
            { value: 'completed', label: t('enterprise.cultivation.completed') },
          ]}
        />
        {can(user, 'cultivation.manage') ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('enterprise.cultivation.newPlan')}
          </Button>
        ) : null}
      </Flex>
      {plans.error ? <LoadFailedAlert error={plans.error} onRetry={() => plans.refetch()} /> : null}
      <Table<Plan>
        size="small"
        rowKey="id"
        aria-label={t('enterprise.cultivation.tabs.plans')}
        loading={plans.isFetching}
        columns={columns}
        dataSource={plans.data?.items}
        expandable={{ expandedRowRender: (p) => <PlanTasks plan={p} /> }}
        scroll={{ x: 860 }}
        locale={{ emptyText: t('enterprise.cultivation.plansEmpty') }}
        pagination={{ current: page, pageSize: 20, total: plans.data?.total ?? 0, showTotal: (total) => t('common.total', { total }), onChange: setPage }}
      />
      {creating ? <PlanModal onClose={() => setCreating(false)} /> : null}
    </Flex>
  );
}
