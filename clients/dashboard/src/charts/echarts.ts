import { BarChart, EffectScatterChart, MapChart, PieChart, ScatterChart } from 'echarts/charts';
import {
  GeoComponent,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { LabelLayout } from 'echarts/features';
import { CanvasRenderer } from 'echarts/renderers';
import { palette } from '../ui/palette';

// Only what the screen draws, to keep the bundle small.
echarts.use([
  BarChart,
  EffectScatterChart,
  MapChart,
  PieChart,
  ScatterChart,
  GeoComponent,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
  LabelLayout,
  CanvasRenderer,
]);

export const THEME = 'forestry-dark';

echarts.registerTheme(THEME, {
  color: palette.series,
  backgroundColor: 'transparent',
  textStyle: { fontFamily: palette.fontFamily, color: palette.text },
  legend: { textStyle: { color: palette.textMuted } },
  tooltip: {
    backgroundColor: 'rgba(4, 22, 44, 0.92)',
    borderColor: palette.line,
    textStyle: { color: palette.text },
  },
  categoryAxis: {
    axisLine: { lineStyle: { color: palette.line } },
    axisTick: { show: false },
    axisLabel: { color: palette.textMuted },
    splitLine: { show: false },
  },
  valueAxis: {
    axisLine: { show: false },
    axisLabel: { color: palette.textMuted },
    splitLine: { lineStyle: { color: palette.grid, type: 'dashed' } },
  },
});

export { echarts };
export type { EChartsCoreOption } from 'echarts/core';
