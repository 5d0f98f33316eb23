import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import type { OutcomeRecord } from '@yunju/contracts';
import { Button, Card, Flex, Typography, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { DataView } from '../../components/data-view.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { LoadFailedAlert } from '../../components/problem-alert.tsx';
import { intParam } from '../../components/search-params.ts';
import { formatDate, formatDateTime } from '../../format.ts';
import { labelOf } from '../../i18n/labels.ts';
import { engagementPath } from './engagement-list.tsx';
import { outcomeRecordsQuery, type OutcomeRecordsParams } from './matching-api.ts';
import { formatYuan, outcomeDimensions, outcomeMetrics, type OutcomeDimensionCode, type OutcomeMetricCode } from './matching-model.ts';
import { EngagementStatusTag } from './matching-tags.tsx';
import './matching.css';
import './locale.ts'; // this area's strings arrive with its chunk, before the page renders

const isDate = (v: string | null) => (v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined);

/** `/matching/outcomes/records`: the records behind one outcome figure (a total or one row of a dimension). */
export default function OutcomeRecordsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  const params = useMemo<OutcomeRecordsParams>(() => {
    const metric = (outcomeMetrics as readonly string[]).includes(searchParams.get('metric') ?? '') ? (searchParams.get('metric') as OutcomeMetricCode) : 'problems_solved';
    const by = (outcomeDimensions as readonly string[]).includes(searchParams.get('by') ?? '') ? (searchParams.get('by') as OutcomeDimensionCode) : undefined;
    const key = searchParams.get('key') ?? undefined;
    return {
      metric,
      ...(by && key !== undefined ? { by, key } : {}),
      from: isDate(searchParams.get('from')),
      to: isDate(searchParams.get('to')),
      page: intParam(searchParams.get('page'), 1),
      pageSize: intParam(searchParams.get('pageSize'), 20, 200),
    };
  }, [searchParams]);
  const query = useQuery(outcomeRecordsQuery(params));
  const metricLabel = labelOf('matching.outcome.metric', params.metric);
  const group = searchParams.get('label') ?? (params.key ? params.key : null);
  const title = group ? t('matching.outcome.recordsFor', { metric: metricLabel, group }) : t('matching.outcome.records', { metric: metricLabel });
  const period = params.from || params.to ? t('matching.outcome.periodValue', { from: params.from ?? '…', to: params.to ?? '…' }) : t('matching.outcome.allTime');
  const showAmount = params.metric === 'iur_projects' || params.metric === 'contract_value';

  const columns: TableColumnsType<OutcomeRecord> = [
    {
      key: 'demand',
      title: t('matching.outcome.recordTitle'),
      render: (_, r) => (
        <Flex vertical>
          <Link to={engagementPath(r.engagementId)}>{r.demandTitle}</Link>
          <Typography.Text type="secondary" className="mono">
            {r.demandNumber}
          </Typography.Text>
        </Flex>
      ),
    },
    { key: 'enterprise', title: t('matching.outcome.recordEnterprise'), dataIndex: 'enterpriseName' },
    { key: 'candidate', title: t('matching.engagement.candidate'), dataIndex: 'candidateName' },
    { key: 'status', title: t('matching.field.status'), render: (_, r) => <EngagementStatusTag status={r.status} /> },
    { key: 'at', title: t('matching.outcome.recordAt'), render: (_, r) => <span className="nowrap">{formatDateTime(r.at)}</span> },
    ...(showAmount ? [{ key: 'amount', title: t('matching.outcome.recordAmount'), align: 'right' as const, render: (_: unknown, r: OutcomeRecord) => (r.amountYuan === null ? t('common.empty') : formatYuan(r.amountYuan)) }] : []),
  ];

  const card = (r: OutcomeRecord) => (
    <Card size="small">
      <Flex vertical gap={4}>
        <Flex justify="space-between" gap={8}>
          <span className="mono">{r.demandNumber}</span>
          <EngagementStatusTag status={r.status} />
        </Flex>
        <Link to={engagementPath(r.engagementId)} className="match-rec-name">
          {r.demandTitle}
        </Link>
        <Typography.Text type="secondary">
          {r.enterpriseName} · {r.candidateName}
        </Typography.Text>
        <Typography.Text type="secondary">
          {formatDate(r.at)}
          {showAmount && r.amountYuan !== null ? ` · ${formatYuan(r.amountYuan)}` : ''}
        </Typography.Text>
      </Flex>
    </Card>
  );

  return (
    <>
      <PageHeader
        title={title}
        subTitle={period}
        extra={
          <Button icon={<ArrowLeftOutlined />} onClick={() => void navigate('/matching/outcomes')}>
            {t('matching.outcome.backToOutcomes')}
          </Button>
        }
      />
      {query.error ? <LoadFailedAlert error={query.error} onRetry={() => query.refetch()} /> : null}
      <DataView<OutcomeRecord>
        ariaLabel={title}
        rows={query.data?.items}
        rowKey={(r) => r.engagementId}
        columns={columns}
        renderCard={card}
        loading={query.isFetching}
        emptyText={t('matching.outcome.recordsEmpty')}
        pagination={{
          page: query.data?.page ?? params.page ?? 1,
          pageSize: query.data?.pageSize ?? params.pageSize ?? 20,
          total: query.data?.total ?? 0,
          onChange: (page, pageSize) => {
            const next = new URLSearchParams(searchParams);
            next.set('page', String(page));
            next.set('pageSize', String(pageSize));
            setSearchParams(next);
          },
        }}
      />
    </>
  );
}
