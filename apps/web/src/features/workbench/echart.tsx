import type { BarSeriesOption } from 'echarts/charts';
import { BarChart } from 'echarts/charts';
import type { GridComponentOption, TooltipComponentOption } from 'echarts/components';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import type { ECElementEvent, ElementEvent } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect } from 'react';
import { useEChart } from '../../components/use-echart.ts';

// Only what the workbench draws; `import * as echarts from 'echarts'` would add ~200 kB gzip.
echarts.use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

export type BarOption = echarts.ComposeOption<BarSeriesOption | GridComponentOption | TooltipComponentOption>;

interface EChartProps {
  option: BarOption;
  height: number;
  /** The chart as text for screen readers (a canvas says nothing). */
  ariaLabel: string;
  /**
   * Index (in the y-axis data order) of the clicked category of a horizontal bar chart: its bar,
   * the rest of its row (the band the axis tooltip shades) or its axis label (set
   * `yAxis.triggerEvent` for that). The pointer turns into a hand over all three.
   */
  onBarClick?: ((index: number) => void) | undefined;
}

export function EChart({ option, height, ariaLabel, onBarClick }: EChartProps) {
  const { container, chart } = useEChart(option);

  useEffect(() => {
    const instance = chart.current;
    if (!instance || !onBarClick) return;
    const zr = instance.getZr();
    /** The category row under an empty spot of the grid, else null. */
    const rowAt = (event: ElementEvent): number | null => {
      if (event.target || !instance.containPixel({ gridIndex: 0 }, [event.offsetX, event.offsetY])) return null;
      const index = Math.round(instance.convertFromPixel({ yAxisIndex: 0 }, event.offsetY));
      return Number.isInteger(index) && index >= 0 ? index : null;
    };
    // A bar (or its value label) and an axis label: ECharts knows the data index.
    const onItemClick = (params: ECElementEvent) => {
      if ((params.componentType === 'series' || params.componentType === 'yAxis') && typeof params.dataIndex === 'number') {
        onBarClick(params.dataIndex);
      }
    };
    // The empty part of a row: not an ECharts element, so ask the grid.
    const onRowClick = (event: ElementEvent) => {
      const index = rowAt(event);
      if (index !== null) onBarClick(index);
    };
    const onRowHover = (event: ElementEvent) => {
      if (rowAt(event) !== null) zr.setCursorStyle('pointer');
    };
    instance.on('click', onItemClick);
    zr.on('click', onRowClick);
    zr.on('mousemove', onRowHover);
    return () => {
      // The mount effect's cleanup may have disposed the instance already.
      if (instance.isDisposed()) return;
      instance.off('click', onItemClick);
      zr.off('click', onRowClick);
      zr.off('mousemove', onRowHover);
    };
  }, [onBarClick]);

  return <div ref={container} role="img" aria-label={ariaLabel} style={{ width: '100%', height }} />;
}
