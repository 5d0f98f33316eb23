import type { DepartmentCaseStats } from '@yunju/contracts';
import type { LegendComponentOption } from 'echarts/components';
import { LegendComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../format.ts';
import { EChart, type BarOption } from '../workbench/echart.tsx';

// The workbench wrapper registers bars, grid and tooltip; this chart adds a legend.
echarts.use([LegendComponent]);

interface Props {
  rows: readonly DepartmentCaseStats[];
  /** Drill-down to the department's cases. */
  onDepartmentClick: (departmentId: string) => void;
}

/** The departments with the most cases, at most this many (the table lists all). */
const MAX_BARS = 15;

/** Submitted, resolved and overdue cases per department as horizontal bars; a click opens the department's cases. */
export default function CaseStatsChart({ rows, onDepartmentClick }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;

  const chart = useMemo(() => {
    // Largest at the top: a horizontal bar chart draws its first category at the bottom.
    const top = [...rows]
      .sort((a, b) => b.submitted + b.backlog - (a.submitted + a.backlog))
      .slice(0, MAX_BARS)
      .reverse();
    const series = [
      { name: t('cases.stats.submitted'), color: '#1668dc', pick: (d: DepartmentCaseStats) => d.submitted },
      { name: t('cases.stats.resolved'), color: '#389e0d', pick: (d: DepartmentCaseStats) => d.resolved },
      { name: t('cases.stats.overdue'), color: '#cf1322', pick: (d: DepartmentCaseStats) => d.overdue },
    ];
    const option: echarts.ComposeOption<LegendComponentOption> & BarOption = {
      legend: { top: 0, data: series.map((s) => s.name) },
      grid: { left: 8, right: 40, top: 32, bottom: 8, containLabel: true },
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        valueFormatter: (v) => formatNumber(Number(v)),
      },
      xAxis: { type: 'value', minInterval: 1, axisLabel: { formatter: (v: number) => formatNumber(v) } },
      yAxis: { type: 'category', data: top.map((d) => d.departmentName), axisTick: { show: false }, triggerEvent: true },
      series: series.map((s) => ({
        type: 'bar' as const,
        name: s.name,
        cursor: 'pointer',
        itemStyle: { color: s.color },
        barMaxWidth: 14,
        data: top.map(s.pick),
      })),
    };
    return {
      ids: top.map((d) => d.departmentId),
      option,
      height: Math.max(240, top.length * 44 + 60),
      summary: [...top]
        .reverse()
        .map((d) => t('cases.stats.ariaRow', { name: d.departmentName, submitted: d.submitted, resolved: d.resolved, overdue: d.overdue }))
        .join(t('common.listSeparator')),
    };
  }, [rows, t, language]); // `language`: re-label when the user switches

  const ids = chart.ids;
  const onBar = useCallback(
    (index: number) => {
      const id = ids[index];
      if (id !== undefined) onDepartmentClick(id);
    },
    [ids, onDepartmentClick],
  );

  return (
    <>
      <EChart option={chart.option} height={chart.height} ariaLabel={t('cases.stats.aria', { summary: chart.summary })} onBarClick={onBar} />
      <p className="card-hint">{t('cases.stats.chartHint', { count: Math.min(rows.length, MAX_BARS) })}</p>
    </>
  );
}
