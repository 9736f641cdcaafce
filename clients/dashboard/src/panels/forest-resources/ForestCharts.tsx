import { useMemo } from 'react';
import { EChart } from '../../charts/EChart';
import type { EChartsCoreOption } from '../../charts/echarts';
import { useI18n } from '../../i18n/I18n';
import { Panel, PanelStatus } from '../../ui/Panel';
import { palette } from '../../ui/palette';
import type { ForestState } from './summary';

const SPECIES_SHOWN = 8;
const AGE_ORDER = ['YOUNG', 'MIDDLE_AGED', 'NEAR_MATURE', 'MATURE', 'OVER_MATURE'] as const;

/** Area of the stands each dominant species leads, largest first. */
export function SpeciesChart({ state }: { state: ForestState }) {
  const i18n = useI18n();
  const { t, shortName, fullName, compact } = i18n;
  const { summary } = state;
  const option = useMemo<EChartsCoreOption | null>(() => {
    if (!summary) return null;
    // Horizontal bars are drawn bottom-up: the largest goes last to stand on top.
    const ordered = summary.bySpecies.slice(0, SPECIES_SHOWN).reverse();
    return {
      grid: { left: 8, right: 48, top: 6, bottom: 4, containLabel: true },
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        valueFormatter: (value: number) => `${compact(value)} ${t('unit.hectare')}`,
      },
      xAxis: { type: 'value', axisLabel: { show: false }, splitLine: { show: false } },
      yAxis: {
        type: 'category',
        data: ordered.map((row) => shortName(row.species)),
        // Every species named, however short the panel: the font shrinks before a label is skipped.
        axisLabel: { width: 110, overflow: 'truncate', interval: 0, fontSize: 11 },
      },
      series: [
        {
          type: 'bar',
          name: t('forest.area'),
          data: ordered.map((row) => ({ value: row.area, name: fullName(row.species) })),
          barWidth: '55%',
          barMaxWidth: 18,
          itemStyle: {
            borderRadius: [0, 4, 4, 0],
            color: { type: 'linear', x: 0, y: 0, x2: 1, y2: 0, colorStops: [{ offset: 0, color: '#0f6b78' }, { offset: 1, color: '#3ee8a0' }] },
          },
          label: { show: true, position: 'right', color: palette.text, formatter: ({ value }: { value: number }) => compact(value) },
        },
      ],
    };
    // i18n changes with the language, and with it every label.
  }, [summary, i18n]);
  return (
    <Panel title={t('forest.bySpecies')} note={t('unit.hectare')}>
      {option ? <EChart option={option} label={t('forest.bySpecies')} /> : <PanelStatus error={state.error} />}
    </Panel>
  );
}

/** Young to over-mature: area and stock per age class. */
export function AgeClassChart({ state }: { state: ForestState }) {
  const i18n = useI18n();
  const { t, compact } = i18n;
  const { summary } = state;
  const option = useMemo<EChartsCoreOption | null>(() => {
    if (!summary) return null;
    const byClass = new Map(summary.byAgeClass.map((row) => [row.ageClass, row]));
    return {
      grid: { left: 8, right: 8, top: 30, bottom: 4, containLabel: true },
      legend: { top: 0, right: 0, itemWidth: 10, itemHeight: 10 },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: {
        type: 'category',
        data: AGE_ORDER.map((ageClass) => t(`ageClass.${ageClass}`)),
        // Two-word English classes (Middle-aged…) take two lines under their bars.
        axisLabel: { interval: 0, formatter: (label: string) => label.replace('-', '-\n') },
      },
      yAxis: [
        { type: 'value', splitNumber: 3, axisLabel: { formatter: (value: number) => compact(value) } },
        { type: 'value', splitNumber: 3, axisLabel: { formatter: (value: number) => compact(value) }, splitLine: { show: false } },
      ],
      series: [
        {
          type: 'bar',
          name: `${t('forest.area')} (${t('unit.hectare')})`,
          data: AGE_ORDER.map((ageClass) => byClass.get(ageClass)?.area ?? 0),
          barWidth: '40%',
          itemStyle: { borderRadius: [4, 4, 0, 0] },
          tooltip: { valueFormatter: (value: number) => `${compact(value)} ${t('unit.hectare')}` },
        },
        {
          type: 'bar',
          name: `${t('forest.stockVolume')} (${t('unit.cubicMetre')})`,
          yAxisIndex: 1,
          data: AGE_ORDER.map((ageClass) => byClass.get(ageClass)?.stockVolume ?? 0),
          barWidth: '40%',
          itemStyle: { borderRadius: [4, 4, 0, 0] },
          tooltip: { valueFormatter: (value: number) => `${compact(value)} ${t('unit.cubicMetre')}` },
        },
      ],
    };
  }, [summary, i18n]);
  return (
    <Panel title={t('forest.byAgeClass')}>
      {option ? <EChart option={option} label={t('forest.byAgeClass')} /> : <PanelStatus error={state.error} />}
    </Panel>
  );
}

/** Natural against planted, public-welfare against commercial: two rings side by side. */
export function CompositionChart({ state }: { state: ForestState }) {
  const i18n = useI18n();
  const { t, compact, percent } = i18n;
  const { summary } = state;
  const option = useMemo<EChartsCoreOption | null>(() => {
    if (!summary) return null;
    const origins = summary.byOrigin.map((row) => ({ name: t(`origin.${row.origin}`), value: row.area }));
    const categories = summary.byForestCategory.map((row) => ({ name: t(`forestCategory.${row.forestCategory}`), value: row.area }));
    // Shares go into the legend: labels around two rings side by side would not fit a narrow column.
    const shares = new Map(
      [origins, categories].flatMap((slices) => {
        const total = slices.reduce((sum, slice) => sum + slice.value, 0);
        return slices.map((slice) => [slice.name, total > 0 ? slice.value / total : 0] as const);
      }),
    );
    const ring = (center: string, data: { name: string; value: number }[], colors: string[]) => ({
      type: 'pie',
      center: [center, '42%'],
      radius: ['44%', '64%'],
      color: colors,
      data,
      label: { show: false },
      tooltip: { valueFormatter: (value: number) => `${compact(value)} ${t('unit.hectare')}` },
    });
    const ringTitle = (text: string, left: string) => ({
      // One word a line, to fit inside the ring.
      text: text.replace(' ', '\n'),
      left,
      top: '38%',
      textAlign: 'center',
      textStyle: { color: palette.textMuted, fontSize: 13, fontWeight: 'normal' },
    });
    return {
      tooltip: { trigger: 'item' },
      legend: {
        bottom: 0,
        itemWidth: 9,
        itemHeight: 9,
        itemGap: 10,
        textStyle: { fontSize: 11 },
        formatter: (name: string) => `${name} ${percent(shares.get(name) ?? 0)}`,
      },
      title: [ringTitle(t('forest.byOrigin'), '25%'), ringTitle(t('forest.byCategory'), '75%')],
      series: [ring('25%', origins, ['#3ee8a0', '#35d0ff']), ring('75%', categories, ['#ffc53d', '#9b8cff'])],
    };
  }, [summary, i18n]);
  return (
    <Panel title={`${t('forest.byOrigin')} · ${t('forest.byCategory')}`}>
      {option ? <EChart option={option} label={`${t('forest.byOrigin')} · ${t('forest.byCategory')}`} /> : <PanelStatus error={state.error} />}
    </Panel>
  );
}
