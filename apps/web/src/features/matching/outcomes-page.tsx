import { useQuery } from '@tanstack/react-query';
import type { OutcomeTable } from '@yunju/contracts';
import { Card, Empty, Flex, Segmented, Select, Skeleton, Table, Typography, type TableColumnsType } from 'antd';
import { lazy, Suspense, useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { PageHeader } from '../../components/page-header.tsx';
import { LoadFailedAlert } from '../../components/problem-alert.tsx';
import { useIsPhone } from '../../components/use-is-phone.ts';
import { formatDate } from '../../format.ts';
import { labelOf } from '../../i18n/labels.ts';
import { outcomesQuery } from './matching-api.ts';
import { outcomeDimensions, outcomeMetrics, type OutcomeDimensionCode, type OutcomeMetricCode } from './matching-model.ts';
import { metricDisplay, periodCodes, periodRange, recordsHref, type PeriodCode } from './outcome-model.ts';
import { OutcomeTotals, unitOf } from './outcome-totals.tsx';
import './matching.css';
import './locale.ts'; // this area's strings arrive with its chunk, before the page renders

// ECharts loads with the chart only.
const OutcomeChart = lazy(() => import('./outcome-chart.tsx'));

type Row = OutcomeTable['rows'][number];

/** `/matching/outcomes`: outcome counters by month, department, town or industry; every figure opens its records. */
export default function OutcomesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const isPhone = useIsPhone();
  const [searchParams, setSearchParams] = useSearchParams();
  const by: OutcomeDimensionCode = (outcomeDimensions as readonly string[]).includes(searchParams.get('by') ?? '') ? (searchParams.get('by') as OutcomeDimensionCode) : 'month';
  const metric: OutcomeMetricCode = (outcomeMetrics as readonly string[]).includes(searchParams.get('metric') ?? '') ? (searchParams.get('metric') as OutcomeMetricCode) : 'problems_solved';
  const period: PeriodCode = (periodCodes as readonly string[]).includes(searchParams.get('period') ?? '') ? (searchParams.get('period') as PeriodCode) : 'thisYear';
  const range = useMemo(() => periodRange(period, formatDate(new Date())), [period]);
  const query = useQuery(outcomesQuery({ by, ...range }));

  const set = (patch: Record<string, string>) => {
    const next = new URLSearchParams(searchParams);
    for (const [k, v] of Object.entries(patch)) next.set(k, v);
    setSearchParams(next, { replace: true });
  };
  const onRowClick = useCallback(
    (key: string, label: string) => void navigate(recordsHref({ metric, by, key, label, ...range })),
    [navigate, metric, by, range],
  );

  const cell = (row: Row, m: OutcomeMetricCode) => {
    const value = metricDisplay(m, row.values);
    if (row.values[m] === 0) return <span className="match-number-link">{value}</span>;
    return (
      <Link
        className="match-number-link"
        to={recordsHref({ metric: m, by, key: row.key, label: row.label, ...range })}
        aria-label={t('matching.outcome.link', { label: `${row.label} ${labelOf('matching.outcome.metric', m)}`, value })}
      >
        {value}
      </Link>
    );
  };
  const columns: TableColumnsType<Row> = [
    { key: 'label', title: labelOf('matching.outcome.column', by), dataIndex: 'label', fixed: 'left' },
    ...outcomeMetrics.map((m) => ({
      key: m,
      title: m === 'contract_value' ? t('matching.outcome.withUnit', { label: labelOf('matching.outcome.metric', m), unit: unitOf(m) }) : labelOf('matching.outcome.metric', m),
      align: 'right' as const,
      render: (_: unknown, row: Row) => cell(row, m),
    })),
  ];

  const data = query.data;
  return (
    <>
      <PageHeader title={t('matching.outcome.title')} subTitle={t('matching.outcome.hint')} />
      <Flex vertical gap={16}>
        <Flex gap={12} wrap align="center">
          <Typography.Text type="secondary">{t('matching.outcome.range')}</Typography.Text>
          <Segmented<PeriodCode> value={period} onChange={(v) => set({ period: v })} options={periodCodes.map((p) => ({ value: p, label: t(`matching.outcome.${p}`) }))} />
          <Typography.Text type="secondary">{t('matching.outcome.by')}</Typography.Text>
          {isPhone ? (
            <Select<OutcomeDimensionCode> value={by} onChange={(v) => set({ by: v })} style={{ minWidth: 140 }} options={outcomeDimensions.map((d) => ({ value: d, label: labelOf('matching.outcome.dimension', d) }))} />
          ) : (
            <Segmented<OutcomeDimensionCode> value={by} onChange={(v) => set({ by: v })} options={outcomeDimensions.map((d) => ({ value: d, label: labelOf('matching.outcome.dimension', d) }))} />
          )}
        </Flex>
        {query.error ? <LoadFailedAlert error={query.error} onRetry={() => query.refetch()} /> : null}
        {query.isPending ? (
          <Card>
            <Skeleton active paragraph={{ rows: 8 }} />
          </Card>
        ) : null}
        {data ? (
          <>
            <section aria-label={t('matching.outcome.totals')}>
              <OutcomeTotals table={data} from={range.from} to={range.to} />
            </section>
            <Card
              title={t('matching.outcome.chartTitle', { metric: labelOf('matching.outcome.metric', metric), dimension: labelOf('matching.outcome.dimension', by) })}
              extra={
                <Select<OutcomeMetricCode>
                  aria-label={t('matching.outcome.metricPick')}
                  value={metric}
                  onChange={(v) => set({ metric: v })}
                  style={{ minWidth: 160 }}
                  options={outcomeMetrics.map((m) => ({ value: m, label: labelOf('matching.outcome.metric', m) }))}
                />
              }
            >
              {data.rows.length === 0 ? (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('matching.outcome.empty')} />
              ) : (
                <>
                  <Suspense fallback={<Skeleton active paragraph={{ rows: 6 }} />}>
                    <OutcomeChart table={data} metric={metric} onRowClick={onRowClick} />
                  </Suspense>
                  <p className="card-hint">{t('matching.outcome.chartHint')}</p>
                </>
              )}
            </Card>
            <Card title={t('matching.outcome.tableLabel')}>
              {isPhone ? (
                <Flex vertical gap={12}>
                  {data.rows.map((row) => (
                    <Card key={row.key} size="small" title={row.label}>
                      {outcomeMetrics.map((m) => (
                        <Flex key={m} justify="space-between">
                          <span>{labelOf('matching.outcome.metric', m)}</span>
                          {cell(row, m)}
                        </Flex>
                      ))}
                    </Card>
                  ))}
                  {data.rows.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('matching.outcome.empty')} /> : null}
                </Flex>
              ) : (
                <Table<Row>
                  aria-label={t('matching.outcome.tableLabel')}
                  size="middle"
                  rowKey={(r) => r.key}
                  columns={columns}
                  dataSource={data.rows}
                  pagination={false}
                  scroll={{ x: 'max-content' }}
                  locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('matching.outcome.empty')} /> }}
                  summary={() =>
                    data.rows.length > 0 ? (
                      <Table.Summary.Row>
                        <Table.Summary.Cell index={0}>
                          <strong>{t('matching.outcome.total')}</strong>
                        </Table.Summary.Cell>
                        {outcomeMetrics.map((m, i) => (
                          <Table.Summary.Cell key={m} index={i + 1} align="right">
                            <strong>{metricDisplay(m, data.totals)}</strong>
                          </Table.Summary.Cell>
                        ))}
                      </Table.Summary.Row>
                    ) : null
                  }
                />
              )}
            </Card>
          </>
        ) : null}
      </Flex>
    </>
  );
}
