import { ApartmentOutlined, DownloadOutlined, ScheduleOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { App, Button, Card, Col, Flex, Progress, Row, Segmented, Select, Skeleton, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { lazy, Suspense, useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { DataView } from '../../components/data-view.tsx';
import { downloadFile } from '../../components/download.ts';
import { useErrorMessage } from '../../components/error-message.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { LoadFailedAlert } from '../../components/problem-alert.tsx';
import { intParam, withChanges } from '../../components/search-params.ts';
import { toneColor } from '../../components/tone.ts';
import { formatNumber } from '../../format.ts';
import { labelOf } from '../../i18n/labels.ts';
import { can, useCurrentUser } from '../auth/session.ts';
import { CauseModal } from './cause-modal.tsx';
import { CauseTags } from './cause-tags.tsx';
import { useUncoveredColumns } from './uncovered-columns.tsx';
import type { CoverageCell, UncoveredEnterprise } from '@yunju/contracts';
import { coverageDashboardQuery, coverageFlags, isCoverageFlag, uncoveredExportPath, uncoveredQuery, type CoverageFlag } from './coverage-api.ts';
import { formatRate, percent, rateOf, rateTone } from './coverage-model.ts';
import './coverage.css';
import './locale.ts';

const CoverageCharts = lazy(() => import('./coverage-charts.tsx'));

function thisYear(): number {
  return new Date().getFullYear();
}

/** 五个全覆盖: rates by county, town and industry, yearly trends and the uncovered enterprises. */
export default function CoveragePage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const { message } = App.useApp();
  const messageOf = useErrorMessage();
  const [params, setParams] = useSearchParams();
  const listRef = useRef<HTMLDivElement>(null);
  const [recording, setRecording] = useState<UncoveredEnterprise | null>(null);
  const [exporting, setExporting] = useState(false);

  const year = intParam(params.get('year'), 0, 2100) || undefined;
  const flag: CoverageFlag = isCoverageFlag(params.get('flag')) ? (params.get('flag') as CoverageFlag) : 'iur';
  const groupBy = params.get('groupBy') === 'industry' ? 'industry' : 'town';
  const town = params.get('town') || undefined;
  const industry = params.get('industry') || undefined;
  const page = intParam(params.get('page'), 1);
  const pageSize = intParam(params.get('pageSize'), 20, 200);

  const summary = useQuery({ ...coverageDashboardQuery({ year }), placeholderData: keepPreviousData });
  const shownYear = summary.data?.year ?? year ?? thisYear();
  const uncoveredParams = { year: shownYear, flag, town, industry, page, pageSize };
  const uncovered = useQuery({ ...uncoveredQuery(uncoveredParams), placeholderData: keepPreviousData, enabled: summary.isSuccess });
  const canRecord = can(user, 'coverage.record_cause');

  const update = useCallback(
    (changes: Record<string, string | undefined>, scroll = false) => {
      setParams((current) => withChanges(current, changes));
      if (scroll) window.setTimeout(() => listRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' }), 50);
    },
    [setParams],
  );

  const onGroupClick = useCallback(
    (code: string) => update(groupBy === 'town' ? { town: code, industry: undefined } : { industry: code, town: undefined }, true),
    [update, groupBy],
  );

  const groups = (groupBy === 'town' ? summary.data?.byTown : summary.data?.byIndustry) ?? [];
  const groupName = (code: string | undefined, list: readonly CoverageCell[] | undefined) => list?.find((g) => g.key === code)?.name ?? code;

  const groupColumns: TableColumnsType<CoverageCell> = [
    { key: 'name', title: t(groupBy === 'town' ? 'coverage.town' : 'coverage.industry'), dataIndex: 'name', fixed: 'left', width: 160 },
    { key: 'total', title: t('coverage.totalEnterprises'), dataIndex: 'total', align: 'right', render: (v: number) => formatNumber(v) },
    ...coverageFlags.map((f) => ({
      key: f,
      title: labelOf('coverage.flag', f),
      align: 'right' as const,
      sorter: (a: CoverageCell, b: CoverageCell) => rateOf(a, f).rate - rateOf(b, f).rate,
      render: (_: unknown, g: CoverageCell) => {
        const r = rateOf(g, f);
        const label = formatRate(r.rate);
        if (r.covered >= r.total) return <span style={{ color: toneColor.success }}>{label}</span>;
        return (
          <Button
            type="link"
            size="small"
            style={{ color: toneColor[rateTone(r.rate)], padding: 0 }}
            aria-label={t('coverage.drillCell', { group: g.name, flag: labelOf('coverage.flag', f), count: r.total - r.covered })}
            onClick={() => update({ flag: f, ...(groupBy === 'town' ? { town: g.key, industry: undefined } : { industry: g.key, town: undefined }) }, true)}
          >
            {label}
          </Button>
        );
      },
    })),
  ];

  const listColumns = useUncoveredColumns({ creditCode: true, onRecord: canRecord ? setRecording : null });


  // The uncovered list as it is filtered (flag, year, town, industry), every page: the server's Excel.
  const exportList = async () => {
    setExporting(true);
    try {
      await downloadFile(uncoveredExportPath, { year: shownYear, flag, town, industry }, `uncovered-${flag}-${shownYear}.xlsx`);
    } catch (error) {
      void message.error(messageOf(error));
    } finally {
      setExporting(false);
    }
  };

  const years = useMemo(() => {
    return [...new Set([...(summary.data?.years ?? []), shownYear])].sort((a, b) => b - a);
  }, [summary.data, shownYear]);

  return (
    <>
      <PageHeader
        title={t('coverage.title')}
        subTitle={summary.data ? t('coverage.subtitle', { year: shownYear, total: formatNumber(summary.data.county.total) }) : null}
        extra={
          <Space wrap>
            <Select
              aria-label={t('coverage.year')}
              value={shownYear}
              style={{ width: 120 }}
              options={years.map((y) => ({ value: y, label: t('coverage.yearOption', { year: y }) }))}
              onChange={(y) => update({ year: String(y) })}
            />
            <Link to={`/coverage/fishbone?flag=${flag}&year=${shownYear}`}>
              <Button icon={<ApartmentOutlined />}>{t('coverage.openFishbone')}</Button>
            </Link>
            <Link to={`/coverage/tasks?year=${shownYear}`}>
              <Button icon={<ScheduleOutlined />}>{t('coverage.openTasks')}</Button>
            </Link>
          </Space>
        }
      />
      {summary.error ? <LoadFailedAlert error={summary.error} onRetry={() => summary.refetch()} /> : null}
      {summary.isPending ? (
        <Card>
          <Skeleton active paragraph={{ rows: 6 }} />
        </Card>
      ) : null}
      {summary.data ? (
        <>
          <section aria-label={t('coverage.ratesLabel')}>
            <Row gutter={[12, 12]}>
              {coverageFlags.map((f) => {
                const r = rateOf(summary.data.county, f);
                const tone = rateTone(r.rate);
                const active = f === flag;
                return (
                  <Col key={f} xs={12} md={8} xl={{ flex: '20%' }}>
                    <Card
                      size="small"
                      hoverable
                      className={`stat-card tone-${tone} coverage-rate${active ? ' coverage-rate-active' : ''}`}
                      role="button"
                      tabIndex={0}
                      aria-pressed={active}
                      aria-label={t('coverage.rateCard', { flag: labelOf('coverage.flag', f), rate: formatRate(r.rate), covered: r.covered, total: r.total })}
                      onClick={() => update({ flag: f }, true)}
                      onKeyDown={(e) => {
                        if (e.key === 'Enter' || e.key === ' ') {
                          e.preventDefault();
                          update({ flag: f }, true);
                        }
                      }}
                    >
                      <Typography.Text type="secondary">{labelOf('coverage.flag', f)}</Typography.Text>
                      <div className="coverage-rate-value" style={{ color: toneColor[tone] }}>
                        {formatRate(r.rate)}
                      </div>
                      <Progress percent={percent(r.rate)} showInfo={false} strokeColor={toneColor[tone]} size="small" />
                      <Typography.Text type="secondary" className="coverage-rate-count">
                        {t('coverage.coveredOf', { covered: formatNumber(r.covered), total: formatNumber(r.total) })}
                      </Typography.Text>
                    </Card>
                  </Col>
                );
              })}
            </Row>
          </section>
          <Card
            className="block-gap"
            title={t('coverage.byGroupTitle')}
            extra={
              <Segmented
                value={groupBy}
                onChange={(v) => update({ groupBy: v === 'industry' ? 'industry' : undefined })}
                options={[
                  { value: 'town', label: t('coverage.byTown') },
                  { value: 'industry', label: t('coverage.byIndustry') },
                ]}
              />
            }
          >
            <Table<CoverageCell>
              size="small"
              rowKey="key"
              columns={groupColumns}
              dataSource={groups}
              pagination={groups.length > 15 ? { pageSize: 15, hideOnSinglePage: true } : false}
              scroll={{ x: 860 }}
              aria-label={t('coverage.byGroupTitle')}
            />
          </Card>
          <Suspense
            fallback={
              <Card className="block-gap">
                <Skeleton active paragraph={{ rows: 6 }} />
              </Card>
            }
          >
            <CoverageCharts summary={summary.data} flag={flag} groupBy={groupBy} onGroupClick={onGroupClick} />
          </Suspense>
          <div ref={listRef} className="block-gap">
            <Card
              title={t('coverage.uncoveredTitle', { flag: labelOf('coverage.flag', flag) })}
              extra={
                <Button icon={<DownloadOutlined />} loading={exporting} onClick={() => void exportList()}>
                  {t('coverage.export')}
                </Button>
              }
            >
              <Flex gap={8} wrap align="center" className="coverage-scope">
                <Typography.Text type="secondary">{t('coverage.scope')}</Typography.Text>
                <Tag color="blue">{t('coverage.yearOption', { year: shownYear })}</Tag>
                {town ? (
                  <Tag closable onClose={() => update({ town: undefined })}>
                    {groupName(town, summary.data.byTown)}
                  </Tag>
                ) : null}
                {industry ? (
                  <Tag closable onClose={() => update({ industry: undefined })}>
                    {groupName(industry, summary.data.byIndustry)}
                  </Tag>
                ) : null}
                {!town && !industry ? <Tag>{t('coverage.wholeCounty')}</Tag> : null}
              </Flex>
              {uncovered.error ? <LoadFailedAlert error={uncovered.error} onRetry={() => uncovered.refetch()} /> : null}
              <DataView<UncoveredEnterprise>
                ariaLabel={t('coverage.uncoveredTitle', { flag: labelOf('coverage.flag', flag) })}
                rows={uncovered.data?.items}
                rowKey={(e) => e.enterpriseId}
                columns={listColumns}
                loading={uncovered.isFetching}
                emptyText={t('coverage.uncoveredEmpty')}
                pagination={{
                  page,
                  pageSize,
                  total: uncovered.data?.total ?? 0,
                  onChange: (p, size) => update({ page: String(size === pageSize ? p : 1), pageSize: String(size) }),
                }}
                renderCard={(e) => (
                  <Card size="small" title={<Link to={`/enterprises/${encodeURIComponent(e.enterpriseId)}`}>{e.name}</Link>}>
                    <Flex vertical gap={4}>
                      <span className="mono">{e.creditCode}</span>
                      <span>
                        {e.townName} · <span className="mono">{e.industryCode}</span>
                      </span>
                      <CauseTags causes={e.causes} />
                      {canRecord ? (
                        <div>
                          <Button size="small" onClick={() => setRecording(e)}>
                            {e.causes.length > 0 ? t('coverage.editCauses') : t('coverage.recordCauses')}
                          </Button>
                        </div>
                      ) : null}
                    </Flex>
                  </Card>
                )}
              />
            </Card>
          </div>
        </>
      ) : null}
      {recording ? <CauseModal enterprise={recording} flag={flag} year={shownYear} onClose={() => setRecording(null)} /> : null}
    </>
  );
}
