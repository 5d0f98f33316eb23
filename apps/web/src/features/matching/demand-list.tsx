import type { DemandKind, DemandStatus, DemandSummary } from '@yunju/contracts';
import { useQuery } from '@tanstack/react-query';
import { Card, Flex, Form, Input, Space, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataView } from '../../components/data-view.tsx';
import { LoadFailedAlert } from '../../components/problem-alert.tsx';
import { formatDate, formatDateTime } from '../../format.ts';
import { labelOf } from '../../i18n/labels.ts';
import { demandListQuery, type DemandListParams } from './matching-api.ts';
import { demandStatuses, demandStatusPrefix } from './matching-model.ts';
import { ConfidentialTag, DemandStatusTag } from './matching-tags.tsx';
import { StatusFilterItems } from './status-filter.tsx';

const demandPath = (id: string) => `/matching/demands/${encodeURIComponent(id)}`;

interface Props {
  kind: DemandKind;
  params: DemandListParams;
  onParams: (next: DemandListParams) => void;
  /** Show the enterprise column (brokers, leaders). */
  showEnterprise: boolean;
  emptyText: string;
}

/** Technical problems or talent needs: a filter bar, then a table (cards on a phone). */
export function DemandList({ kind, params, onParams, showEnterprise, emptyText }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ q?: string; status?: DemandStatus }>();
  const query = useQuery(demandListQuery({ ...params, kind }));
  const statusPrefix = demandStatusPrefix(kind);

  const title = (d: DemandSummary) => (
    <Space size={4} wrap>
      <Link to={demandPath(d.id)}>{d.title}</Link>
      {d.confidential ? <ConfidentialTag /> : null}
    </Space>
  );
  const columns: TableColumnsType<DemandSummary> = [
    { key: 'number', title: t('matching.field.number'), render: (_, d) => <span className="mono nowrap">{d.number}</span> },
    { key: 'title', title: kind === 'talent_need' ? t('matching.field.role') : t('matching.field.title'), render: (_, d) => title(d) },
    ...(showEnterprise ? [{ key: 'enterprise', title: t('matching.field.enterprise'), dataIndex: 'enterpriseName' }] : []),
    { key: 'industry', title: t('matching.field.industry'), dataIndex: 'industryName' },
    {
      key: 'band',
      title: kind === 'talent_need' ? t('matching.field.salaryBand') : t('matching.field.budgetBand'),
      render: (_, d) => (d.salaryBand ? labelOf('matching.salaryBand', d.salaryBand) : d.budgetBand ? labelOf('matching.budgetBand', d.budgetBand) : t('common.empty')),
    },
    { key: 'status', title: t('matching.field.status'), render: (_, d) => <DemandStatusTag kind={d.kind} status={d.status} /> },
    { key: 'deadline', title: t('matching.field.deadline'), render: (_, d) => <span className="nowrap">{formatDate(d.deadline) || t('common.empty')}</span> },
    { key: 'postedAt', title: t('matching.field.postedAt'), render: (_, d) => <span className="nowrap">{formatDateTime(d.postedAt)}</span> },
  ];

  const card = (d: DemandSummary) => (
    <Card size="small">
      <Flex vertical gap={4}>
        <Flex justify="space-between" gap={8} align="baseline">
          <span className="mono">{d.number}</span>
          <DemandStatusTag kind={d.kind} status={d.status} />
        </Flex>
        <div className="match-rec-name">{title(d)}</div>
        <Typography.Text type="secondary">
          {showEnterprise ? `${d.enterpriseName} · ` : ''}
          {d.industryName}
        </Typography.Text>
        <Typography.Text type="secondary">
          {t('matching.field.postedAt')} {formatDate(d.postedAt)}
          {d.deadline ? ` · ${t('matching.field.deadline')} ${formatDate(d.deadline)}` : ''}
        </Typography.Text>
      </Flex>
    </Card>
  );

  return (
    <>
      <Form
        form={form}
        layout="inline"
        className="match-filter"
        initialValues={{ q: params.q, status: params.status }}
        onFinish={(v) => onParams({ ...params, page: 1, q: v.q?.trim() || undefined, status: v.status })}
      >
        <Form.Item name="q" label={t('matching.list.keyword')}>
          <Input allowClear placeholder={kind === 'talent_need' ? t('matching.list.needKeywordPlaceholder') : t('matching.list.keywordPlaceholder')} />
        </Form.Item>
        <StatusFilterItems options={demandStatuses.map((s) => ({ value: s, label: labelOf(statusPrefix, s) }))} onReset={() => onParams({ page: 1 })} />
      </Form>
      {query.error ? <LoadFailedAlert error={query.error} onRetry={() => query.refetch()} /> : null}
      <DataView<DemandSummary>
        ariaLabel={kind === 'talent_need' ? t('matching.list.needsLabel') : t('matching.list.problemsLabel')}
        rows={query.data?.items}
        rowKey={(d) => d.id}
        columns={columns}
        renderCard={card}
        loading={query.isFetching}
        emptyText={params.q || params.status ? t('matching.list.emptyFiltered') : emptyText}
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
