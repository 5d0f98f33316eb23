import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import { BarChart, LineChart } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import type { ECElementEvent } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect } from 'react';
import { useEChart } from '../../components/use-echart.ts';

// Only what the coverage pages draw (bars and lines); this file is imported lazily.
echarts.use([BarChart, LineChart, GridComponent, TooltipComponent, LegendComponent, CanvasRenderer]);

export type ChartOption = echarts.ComposeOption<BarSeriesOption | LineSeriesOption | GridComponentOption | TooltipComponentOption | LegendComponentOption>;

export interface ChartClick {
  /** Index in the category axis. */
  dataIndex: number;
  seriesIndex: number;
}

interface CoverageChartProps {
  option: ChartOption;
  height: number;
  /** The chart as text for screen readers (a canvas says nothing). */
  ariaLabel: string;
  onItemClick?: ((click: ChartClick) => void) | undefined;
}

export default function CoverageChart({ option, height, ariaLabel, onItemClick }: CoverageChartProps) {
  const { container, chart } = useEChart(option);

  useEffect(() => {
    const instance = chart.current;
    if (!instance || !onItemClick) return;
    const onClick = (params: ECElementEvent) => {
      if (typeof params.dataIndex === 'number') onItemClick({ dataIndex: params.dataIndex, seriesIndex: params.seriesIndex ?? 0 });
    };
    instance.on('click', onClick);
    return () => {
      if (!instance.isDisposed()) instance.off('click', onClick);
    };
  }, [onItemClick]);

  return <div ref={container} role="img" aria-label={ariaLabel} style={{ width: '100%', height }} />;
}
