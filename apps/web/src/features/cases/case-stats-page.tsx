import { DownloadOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { DepartmentCaseStats } from '@yunju/contracts';
import { Button, Card, Col, DatePicker, Descriptions, Empty, Flex, Form, Row, Skeleton, Switch, Table, Tag, Typography, type TableColumnsType } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { lazy, Suspense, useCallback, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { PageHeader } from '../../components/page-header.tsx';
import { LoadFailedAlert } from '../../components/problem-alert.tsx';
import { useIsPhone } from '../../components/use-is-phone.ts';
import { formatNumber } from '../../format.ts';
import { can, useCurrentUser } from '../auth/session.ts';
import { exportHref } from './case-model.ts';
import { defaultStatsRange, formatPercent, formatRating, statsRangeFromSearch, statsTotals } from './case-stats.ts';
import { departmentStatsQuery } from './cases-api.ts';
import './cases.css';
import './locale.ts'; // this area's strings arrive with its chunk, before the page renders

// ECharts loads with this page's chart only.
const StatsChart = lazy(() => import('./case-stats-chart.tsx'));

const nullsLast = (a: number | null, b: number | null) => (a ?? -Infinity) - (b ?? -Infinity);

/** `/cases/stats` 部门办件统计: per department volume, on-time rate, handling days, rating, backlog. */
export default function CaseStatsPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const isPhone = useIsPhone();
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  const range = useMemo(() => statsRangeFromSearch(searchParams, defaultStatsRange(dayjs().format('YYYY-MM-DD'))), [searchParams]);
  const showIdle = searchParams.get('idle') === '1';
  const stats = useQuery({ ...departmentStatsQuery(range), placeholderData: keepPreviousData });
  const all = stats.data?.items ?? [];
  // Departments with no case at all only add noise; they can be shown.
  const rows = showIdle ? all : all.filter((d) => d.submitted + d.resolved + d.backlog + d.ratings > 0);
  const totals = statsTotals(all);

  const drill = useCallback(
    (departmentId: string) => void navigate(`/cases?department=${encodeURIComponent(departmentId)}&from=${range.from}&to=${range.to}`),
    [navigate, range],
  );

  const setRange = (value: [Dayjs | null, Dayjs | null] | null) => {
    const [from, to] = value ?? [null, null];
    const next = new URLSearchParams(searchParams);
    if (from && to) {
      next.set('from', from.format('YYYY-MM-DD'));
      next.set('to', to.format('YYYY-MM-DD'));
    } else {
      next.delete('from');
      next.delete('to');
    }
    setSearchParams(next);
  };

  const casesLink = (d: DepartmentCaseStats, value: number, extra = '') =>
    value > 0 ? <Link to={`/cases?department=${encodeURIComponent(d.departmentId)}${extra}`}>{formatNumber(value)}</Link> : formatNumber(value);

  const columns: TableColumnsType<DepartmentCaseStats> = [
    { key: 'department', title: t('cases.stats.department'), dataIndex: 'departmentName', fixed: 'left', sorter: (a, b) => a.departmentName.localeCompare(b.departmentName, 'zh-CN') },
    {
      key: 'submitted',
      title: t('cases.stats.submitted'),
      align: 'right',
      sorter: (a, b) => a.submitted - b.submitted,
      defaultSortOrder: 'descend',
      render: (_, d) => casesLink(d, d.submitted, `&from=${range.from}&to=${range.to}`),
    },
    { key: 'resolved', title: t('cases.stats.resolved'), align: 'right', sorter: (a, b) => a.resolved - b.resolved, render: (_, d) => formatNumber(d.resolved) },
    {
      key: 'onTime',
      title: t('cases.stats.onTimeRate'),
      align: 'right',
      sorter: (a, b) => nullsLast(a.onTimeRate, b.onTimeRate),
      render: (_, d) =>
        d.onTimeRate === null ? (
          <Typography.Text type="secondary">{t('common.empty')}</Typography.Text>
        ) : (
          <Tag color={d.onTimeRate >= 0.95 ? 'success' : d.onTimeRate >= 0.8 ? 'warning' : 'error'}>{formatPercent(d.onTimeRate)}</Tag>
        ),
    },
    {
      key: 'days',
      title: t('cases.stats.averageDays'),
      align: 'right',
      sorter: (a, b) => nullsLast(a.averageHandlingWorkingDays, b.averageHandlingWorkingDays),
      render: (_, d) => (d.averageHandlingWorkingDays === null ? t('common.empty') : formatNumber(d.averageHandlingWorkingDays)),
    },
    {
      key: 'rating',
      title: t('cases.stats.averageRating'),
      align: 'right',
      sorter: (a, b) => nullsLast(a.averageRating, b.averageRating),
      render: (_, d) => (d.averageRating === null ? t('common.empty') : t('cases.stats.ratingValue', { value: formatRating(d.averageRating), count: d.ratings })),
    },
    { key: 'backlog', title: t('cases.stats.backlog'), align: 'right', sorter: (a, b) => a.backlog - b.backlog, render: (_, d) => casesLink(d, d.backlog) },
    {
      key: 'overdue',
      title: t('cases.stats.overdue'),
      align: 'right',
      sorter: (a, b) => a.overdue - b.overdue,
      render: (_, d) => (d.overdue > 0 ? <Link to={`/cases?department=${encodeURIComponent(d.departmentId)}&sla=overdue`} className="case-overdue-link">{formatNumber(d.overdue)}</Link> : '0'),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('cases.stats.title')}
        subTitle={t('cases.stats.hint')}
        extra={
          can(user, 'case.export') ? (
            <Button icon={<DownloadOutlined />} href={exportHref({ page: 1, pageSize: 20, from: range.from, to: range.to })} download>
              {t('cases.stats.exportCases')}
            </Button>
          ) : undefined
        }
      />
      <Card className="filter-bar">
        <Flex gap={16} wrap align="flex-end">
          <Form layout="vertical" component="div">
            <Form.Item label={t('cases.filter.submittedOn')} className="case-range-item">
              <DatePicker.RangePicker
                value={[dayjs(range.from), dayjs(range.to)]}
                allowClear={false}
                onChange={(v) => setRange(v as [Dayjs | null, Dayjs | null] | null)}
                presets={[
                  { label: t('cases.stats.thisYear'), value: [dayjs().startOf('year'), dayjs()] },
                  { label: t('cases.stats.thisMonth'), value: [dayjs().startOf('month'), dayjs()] },
                  { label: t('cases.stats.last30'), value: [dayjs().subtract(29, 'day'), dayjs()] },
                ]}
                aria-label={t('cases.filter.submittedOn')}
              />
            </Form.Item>
          </Form>
          <label className="case-idle-switch">
            <Switch
              size="small"
              checked={showIdle}
              onChange={(checked) => {
                const next = new URLSearchParams(searchParams);
                if (checked) next.set('idle', '1');
                else next.delete('idle');
                setSearchParams(next);
              }}
            />{' '}
            {t('cases.stats.showIdle')}
          </label>
        </Flex>
      </Card>
      {stats.error ? (
        <div className="block-gap">
          <LoadFailedAlert error={stats.error} onRetry={() => stats.refetch()} />
        </div>
      ) : null}
      {stats.data ? (
        <Row gutter={[16, 16]} className="block-gap">
          {[
            { key: 'submitted', value: formatNumber(totals.submitted) },
            { key: 'resolved', value: formatNumber(totals.resolved) },
            { key: 'onTimeRate', value: totals.onTimeRate === null ? t('common.empty') : formatPercent(totals.onTimeRate) },
            { key: 'backlog', value: formatNumber(totals.backlog) },
            { key: 'overdue', value: formatNumber(totals.overdue) },
          ].map((s) => (
            <Col key={s.key} xs={12} md={8} lg={4}>
              <Card size="small" className={`stat-card${s.key === 'overdue' && totals.overdue > 0 ? ' tone-error' : ' tone-processing'}`}>
                <div className="case-stat-label">{t(`cases.stats.${s.key as 'submitted'}`)}</div>
                <div className="case-stat-value">{s.value}</div>
              </Card>
            </Col>
          ))}
        </Row>
      ) : null}
      <Card className="block-gap" title={t('cases.stats.chartTitle')}>
        {stats.isPending ? (
          <Skeleton active paragraph={{ rows: 6 }} />
        ) : rows.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('cases.stats.empty')} />
        ) : (
          <Suspense fallback={<Skeleton active paragraph={{ rows: 6 }} />}>
            <StatsChart rows={rows} onDepartmentClick={drill} />
          </Suspense>
        )}
      </Card>
      <Card className="block-gap" title={t('cases.stats.tableTitle', { from: range.from, to: range.to })}>
        {isPhone ? (
          rows.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('cases.stats.empty')} />
          ) : (
            <Flex vertical gap={12}>
              {rows.map((d) => (
                <Card key={d.departmentId} size="small" title={d.departmentName}>
                  <Descriptions
                    size="small"
                    column={1}
                    items={columns
                      .filter((c) => c.key !== 'department')
                      .map((c) => ({
                        key: String(c.key),
                        label: c.title as string,
                        children: c.render ? (c.render(undefined, d, 0) as ReactNode) : null,
                      }))}
                  />
                </Card>
              ))}
            </Flex>
          )
        ) : (
          <Table<DepartmentCaseStats>
            size="middle"
            rowKey="departmentId"
            columns={columns}
            dataSource={rows}
            loading={stats.isFetching}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('cases.stats.empty')} /> }}
          />
        )}
      </Card>
    </>
  );
}
