import { Card, Empty } from 'antd';
import { format } from 'echarts/core';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { labelOf } from '../../i18n/labels.ts';
import type { CoverageCell, CoverageDashboard } from '@yunju/contracts';
import { coverageFlags, type CoverageFlag } from './coverage-api.ts';
import CoverageChart, { type ChartClick, type ChartOption } from './coverage-chart.tsx';
import { formatRate, percent, rateOf } from './coverage-model.ts';

const flagColors: Record<CoverageFlag, string> = {
  patent: '#1668dc',
  rd_institution: '#13a8a8',
  rd_spending: '#52c41a',
  iur: '#fa8c16',
  high_tech: '#722ed1',
};

/** Rates of one flag per town or industry, lowest first at the top: where the gaps are. */
export function GroupRateChart({
  groups,
  flag,
  title,
  onGroupClick,
}: {
  groups: readonly CoverageCell[];
  flag: CoverageFlag;
  title: string;
  onGroupClick?: ((code: string) => void) | undefined;
}) {
  const { t } = useTranslation();
  // A horizontal bar chart draws its first category at the bottom: highest first puts the lowest on top.
  const sorted = useMemo(() => [...groups].sort((a, b) => rateOf(b, flag).rate - rateOf(a, flag).rate), [groups, flag]);
  const option = useMemo<ChartOption>(
    () => ({
      grid: { left: 8, right: 56, top: 8, bottom: 8, containLabel: true },
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        formatter: (params) => {
          const item = Array.isArray(params) ? params[0] : params;
          const group = item ? sorted[item.dataIndex] : undefined;
          if (!item || !group) return '';
          const r = rateOf(group, flag);
          return (
            `${format.encodeHTML(group.name)}<br/>${format.encodeHTML(labelOf('coverage.flag', flag))}：<b>${formatRate(r.rate)}</b>` +
            `（${r.covered}/${r.total}）` +
            (onGroupClick ? `<div style="margin-top:4px;color:#8c8c8c;font-size:12px">${format.encodeHTML(t('coverage.chart.clickHint'))}</div>` : '')
          );
        },
      },
      xAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
      yAxis: { type: 'category', data: sorted.map((g) => g.name), axisTick: { show: false } },
      series: [
        {
          type: 'bar',
          name: labelOf('coverage.flag', flag),
          cursor: onGroupClick ? 'pointer' : 'default',
          barMaxWidth: 20,
          itemStyle: { color: flagColors[flag] },
          data: sorted.map((g) => percent(rateOf(g, flag).rate)),
          label: { show: true, position: 'right', formatter: (p) => `${String(p.value)}%` },
        },
      ],
    }),
    [sorted, flag, onGroupClick, t],
  );
  const onClick = useCallback(
    (click: ChartClick) => {
      const group = sorted[click.dataIndex];
      if (group && onGroupClick) onGroupClick(group.key);
    },
    [sorted, onGroupClick],
  );
  if (groups.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('coverage.noData')} />;
  const aria = `${title}：${sorted.map((g) => `${g.name} ${formatRate(rateOf(g, flag).rate)}`).join('，')}`;
  return <CoverageChart option={option} height={Math.max(220, sorted.length * 30 + 40)} ariaLabel={aria} onItemClick={onGroupClick ? onClick : undefined} />;
}

/** The five rates by year. */
export function TrendChart({ trend }: { trend: CoverageDashboard['trend'] }) {
  const { t } = useTranslation();
  const years = useMemo(() => [...trend].sort((a, b) => a.key.localeCompare(b.key)), [trend]);
  const option = useMemo<ChartOption>(
    () => ({
      grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
      legend: { top: 0, type: 'scroll' },
      tooltip: { trigger: 'axis', valueFormatter: (v) => `${String(v)}%` },
      xAxis: { type: 'category', data: years.map((y) => y.name) },
      yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
      series: coverageFlags.map((flag) => ({
        type: 'line' as const,
        name: labelOf('coverage.flag', flag),
        smooth: false,
        symbolSize: 7,
        itemStyle: { color: flagColors[flag] },
        data: years.map((y) => percent(rateOf(y, flag).rate)),
      })),
    }),
    [years],
  );
  if (years.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('coverage.noData')} />;
  const aria = `${t('coverage.trendTitle')}：${years
    .map((y) => `${y.name}：${coverageFlags.map((f) => `${labelOf('coverage.flag', f)} ${formatRate(rateOf(y, f).rate)}`).join('、')}`)
    .join('；')}`;
  return <CoverageChart option={option} height={300} ariaLabel={aria} />;
}

/** Both charts of the dashboard, one lazy chunk with ECharts. */
export default function CoverageCharts({
  summary,
  flag,
  groupBy,
  onGroupClick,
}: {
  summary: CoverageDashboard;
  flag: CoverageFlag;
  groupBy: 'town' | 'industry';
  onGroupClick?: ((code: string) => void) | undefined;
}) {
  const { t } = useTranslation();
  const title = t(groupBy === 'town' ? 'coverage.byTownChart' : 'coverage.byIndustryChart', { flag: labelOf('coverage.flag', flag) });
  return (
    <>
      <Card title={title} className="block-gap">
        <GroupRateChart groups={groupBy === 'town' ? summary.byTown : summary.byIndustry} flag={flag} title={title} onGroupClick={onGroupClick} />
      </Card>
      <Card title={t('coverage.trendTitle')} className="block-gap">
        <TrendChart trend={summary.trend} />
      </Card>
    </>
  );
}
