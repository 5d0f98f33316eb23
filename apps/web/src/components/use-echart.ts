import * as echarts from 'echarts/core';
import { useEffect, useRef, type RefObject } from 'react';

/**
 * One ECharts instance on a div: created on mount, resized with its box, disposed on unmount,
 * redrawn (not merged) when `option` changes. Each caller registers the charts and components it
 * draws with `echarts.use` (tree-shaken `echarts/core`). Returns the div's ref and the instance's.
 */
export function useEChart(option: echarts.EChartsCoreOption): { container: RefObject<HTMLDivElement | null>; chart: RefObject<echarts.ECharts | null> } {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const instance = echarts.init(element, undefined, { renderer: 'canvas' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return { container, chart };
}
