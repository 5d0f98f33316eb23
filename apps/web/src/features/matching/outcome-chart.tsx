import type { OutcomeTable } from '@yunju/contracts';
import { format } from 'echarts/core';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../format.ts';
import { labelOf } from '../../i18n/labels.ts';
import { EChart, type BarOption } from '../workbench/echart.tsx';
import type { OutcomeMetricCode } from './matching-model.ts';
import { metricNumber } from './outcome-model.ts';

interface Props {
  table: OutcomeTable;
  metric: OutcomeMetricCode;
  /** Drill-down to the records of one row. */
  onRowClick: (key: string, label: string) => void;
}

/** One metric by the chosen dimension as horizontal bars; a click opens the records of that row. A separate chunk: ECharts loads only here. */
export default function OutcomeChart({ table, metric, onRowClick }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const chart = useMemo(() => {
    // Months read top-down in calendar order; the other dimensions largest at the top.
    const rows = table.by === 'month' ? [...table.rows].reverse() : [...table.rows].sort((a, b) => metricNumber(metric, a.values) - metricNumber(metric, b.values));
    const name = labelOf('matching.outcome.metric', metric);
    const hint = t('matching.outcome.clickToList');
    const option: BarOption = {
      grid: { left: 8, right: 56, top: 8, bottom: 8, containLabel: true },
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        formatter: (params) => {
          const item = Array.isArray(params) ? params[0] : params;
          if (!item) return '';
          return (
            `${format.encodeHTML(item.name)}<br/>${format.encodeHTML(name)}` +
            `<b style="margin-left:16px;float:right">${formatNumber(Number(item.value))}</b>` +
            `<div style="clear:both;margin-top:4px;color:#8c8c8c;font-size:12px">${format.encodeHTML(hint)}</div>`
          );
        },
      },
      xAxis: { type: 'value', minInterval: metric === 'contract_value' ? 0 : 1, axisLabel: { formatter: (v: number) => formatNumber(v) } },
      yAxis: { type: 'category', data: rows.map((r) => r.label), axisTick: { show: false }, triggerEvent: true },
      series: [
        {
          type: 'bar',
          name,
          cursor: 'pointer',
          data: rows.map((r) => metricNumber(metric, r.values)),
          itemStyle: { color: metric === 'contract_value' ? '#d48806' : metric === 'problems_solved' ? '#389e0d' : '#1668dc' },
          barMaxWidth: 22,
          label: { show: true, position: 'right', formatter: (p) => formatNumber(Number(p.value)) },
        },
      ],
    };
    return {
      rows,
      option,
      height: Math.max(200, rows.length * 30 + 40),
      summary: [...rows]
        .reverse()
        .map((r) => `${r.label} ${formatNumber(metricNumber(metric, r.values))}`)
        .join(t('common.listSeparator')),
    };
  }, [table, metric, t, language]); // `language`: re-label when the user switches

  const rows = chart.rows;
  const onBar = useCallback(
    (index: number) => {
      const row = rows[index];
      if (row) onRowClick(row.key, row.label);
    },
    [rows, onRowClick],
  );

  return <EChart option={chart.option} height={chart.height} ariaLabel={t('matching.outcome.aria', { metric: labelOf('matching.outcome.metric', metric), summary: chart.summary })} onBarClick={onBar} />;
}
