import type { EngagementStatus, EngagementSummary } from '@yunju/contracts';
import { useQuery } from '@tanstack/react-query';
import { Card, Flex, Form, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataView } from '../../components/data-view.tsx';
import { LoadFailedAlert } from '../../components/problem-alert.tsx';
import { formatDateTime } from '../../format.ts';
import { labelOf } from '../../i18n/labels.ts';
import { engagementListQuery, type EngagementListParams } from './matching-api.ts';
import { EngagementStatusTag } from './matching-tags.tsx';
import { StatusFilterItems } from './status-filter.tsx';

const engagementStatuses: EngagementStatus[] = ['recommended', 'contact_requested', 'consented', 'meeting', 'agreement', 'solved', 'interview', 'hired', 'declined', 'cancelled'];
export const engagementPath = (id: string) => `/matching/engagements/${encodeURIComponent(id)}`;

interface Props {
  params: EngagementListParams;
  onParams: (next: EngagementListParams) => void;
  emptyText: string;
  /** Hide the enterprise column (the enterprise's own list). */
  hideEnterprise?: boolean;
  /** Hide the candidate (the talent's own list: it is always the talent). */
  hideCandidate?: boolean;
}

/** Brokerages (对接记录): who was matched with which demand, and how far it got. */
export function EngagementList({ params, onParams, emptyText, hideEnterprise = false, hideCandidate = false }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ status?: EngagementStatus }>();
  const query = useQuery(engagementListQuery(params));

  const columns: TableColumnsType<EngagementSummary> = [
    {
      key: 'demand',
      title: t('matching.engagement.demand'),
      render: (_, e) => (
        <Flex vertical>
          <Link to={engagementPath(e.id)}>{e.demandTitle}</Link>
          <Typography.Text type="secondary" className="mono">
            {e.demandNumber}
          </Typography.Text>
        </Flex>
      ),
    },
    ...(hideEnterprise ? [] : [{ key: 'enterprise', title: t('matching.field.enterprise'), dataIndex: 'enterpriseName' }]),
    ...(hideCandidate
      ? []
      : [
          {
            key: 'candidate',
            title: t('matching.engagement.candidate'),
            render: (_: unknown, e: EngagementSummary) => t('matching.engagement.candidateWithKind', { name: e.candidateName, kind: labelOf('matching.kind', e.candidateKind) }),
          },
        ]),
    { key: 'status', title: t('matching.field.status'), render: (_, e) => <EngagementStatusTag status={e.status} candidateKind={e.candidateKind} /> },
    { key: 'updatedAt', title: t('matching.engagement.updatedAt'), render: (_, e) => <span className="nowrap">{formatDateTime(e.updatedAt)}</span> },
  ];

  const card = (e: EngagementSummary) => (
    <Card size="small">
      <Flex vertical gap={4}>
        <Flex justify="space-between" gap={8} align="baseline">
          <span className="mono">{e.demandNumber}</span>
          <EngagementStatusTag status={e.status} candidateKind={e.candidateKind} />
        </Flex>
        <Link to={engagementPath(e.id)} className="match-rec-name">
          {e.demandTitle}
        </Link>
        <Typography.Text type="secondary">
          {hideEnterprise ? '' : e.enterpriseName}
          {hideEnterprise || hideCandidate ? '' : ' · '}
          {hideCandidate ? '' : t('matching.engagement.candidateWithKind', { name: e.candidateName, kind: labelOf('matching.kind', e.candidateKind) })}
        </Typography.Text>
        <Typography.Text type="secondary">{formatDateTime(e.updatedAt)}</Typography.Text>
      </Flex>
    </Card>
  );

  return (
    <>
      <Form form={form} layout="inline" className="match-filter" initialValues={{ status: params.status }} onFinish={(v) => onParams({ ...params, page: 1, status: v.status })}>
        <StatusFilterItems options={engagementStatuses.map((s) => ({ value: s, label: labelOf('matching.engagementStatus', s) }))} onReset={() => onParams({ page: 1 })} />
      </Form>
      {query.error ? <LoadFailedAlert error={query.error} onRetry={() => query.refetch()} /> : null}
      <DataView<EngagementSummary>
        ariaLabel={t('matching.engagement.listLabel')}
        rows={query.data?.items}
        rowKey={(e) => e.id}
        columns={columns}
        renderCard={card}
        loading={query.isFetching}
        emptyText={params.status ? t('matching.list.emptyFiltered') : emptyText}
        pagination={{
          page: query.data?.page ?? params.page ?? 1,
          pageSize: query.data?.pageSize ?? params.pageSize ?? 20,
          total: query.data?.total ?? 0,
          onChange: (page, pageSize) => onParams({ ...params, page, pageSize }),
        }}
      />
    </>
  );
}
