import { useEffect, useRef } from 'react';
import type { ECElementEvent, ECharts } from 'echarts/core';
import { echarts, THEME, type EChartsCoreOption } from './echarts';

interface EChartProps {
  option: EChartsCoreOption;
  onClick?: (event: ECElementEvent) => void;
  /** Names the chart for assistive technology (the canvas itself says nothing). */
  label: string;
  className?: string;
}

/** One ECharts instance that follows its box's size and redraws when the option changes. */
export function EChart({ option, onClick, label, className }: EChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);

  useEffect(() => {
    const element = container.current!;
    const instance = echarts.init(element, THEME);
    chart.current = instance;
    const resize = new ResizeObserver(() => instance.resize());
    resize.observe(element);
    return () => {
      resize.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  useEffect(() => {
    const instance = chart.current;
    if (!instance || !onClick) return;
    instance.on('click', onClick);
    return () => {
      instance.off('click', onClick);
    };
  }, [onClick]);

  return <div ref={container} className={className ?? 'chart'} role="img" aria-label={label} />;
}
