import { useMemo } from 'react';
import { EChart } from '../../charts/EChart';
import type { EChartsCoreOption } from '../../charts/echarts';
import { useI18n } from '../../i18n/I18n';
import { Panel, PanelStatus } from '../../ui/Panel';
import { palette } from '../../ui/palette';
import { SEVERITIES, type PestState } from './summary';

const PESTS_SHOWN = 7;
const SEVERITY_COLOURS = { LIGHT: '#ffd666', MODERATE: '#ff9c3d', SEVERE: '#ff4d4f' } as const;
const QUARANTINE_COLOUR = '#ff4d4f';
const OTHER_COLOUR = '#ff9c3d';

/** 林业有害生物: open infestation by severity, and the pests with the largest area, quarantine pests marked. */
export function PestPanel({ state }: { state: PestState }) {
  const i18n = useI18n();
  const { t, shortName, fullName, compact, percent } = i18n;
  const { summary } = state;
  const option = useMemo<EChartsCoreOption | null>(() => {
    if (!summary || summary.byPest.length === 0) return null;
    // Horizontal bars are drawn bottom-up: the largest goes last to stand on top.
    const pests = summary.byPest.slice(0, PESTS_SHOWN).reverse();
    return {
      grid: { left: 8, right: 40, top: 4, bottom: 4, containLabel: true },
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        valueFormatter: (value: number) => `${compact(value)} ${t('unit.hectare')}`,
      },
      xAxis: { type: 'value', axisLabel: { show: false }, splitLine: { show: false } },
      yAxis: {
        type: 'category',
        data: pests.map((row) => shortName(row.pest)),
        axisLabel: { width: 110, overflow: 'truncate' },
      },
      series: [
        {
          type: 'bar',
          name: t('pest.area'),
          barWidth: '55%',
          barMaxWidth: 18,
          data: pests.map((row) => ({
            name: fullName(row.pest),
            value: row.area,
            itemStyle: { color: row.pest.isQuarantinePest ? QUARANTINE_COLOUR : OTHER_COLOUR, borderRadius: [0, 4, 4, 0] },
          })),
          label: { show: true, position: 'right', color: palette.text, formatter: ({ value }: { value: number }) => compact(value) },
        },
      ],
    };
  }, [summary, i18n]);

  const severities = summary?.bySeverity;
  const total = severities?.reduce((sum, row) => sum + row.area, 0) ?? 0;
  return (
    <Panel title={t('pest.byPest')} note={t('unit.hectare')} className="panel--pests">
      {!option || !severities ? (
        <PanelStatus error={state.error} empty={summary?.byPest.length === 0} />
      ) : (
        <div className="pests">
          <div className="pests__legend">
            <span className="pests__key pests__key--quarantine">{t('pest.quarantine')}</span>
            <span className="pests__key">{t('pest.other')}</span>
          </div>
          <div className="pests__chart">
            <EChart option={option} label={t('pest.byPest')} />
          </div>
          <div className="severity" aria-label={t('pest.bySeverity')}>
            {SEVERITIES.map((severity) => {
              const area = severities.find((row) => row.severity === severity)?.area ?? 0;
              return (
                <div
                  key={severity}
                  className="severity__part"
                  style={{ flexGrow: area, background: SEVERITY_COLOURS[severity] }}
                  title={`${t(`severity.${severity}`)} ${compact(area)} ${t('unit.hectare')}`}
                />
              );
            })}
          </div>
          <div className="severity__labels">
            {SEVERITIES.map((severity) => {
              const area = severities.find((row) => row.severity === severity)?.area ?? 0;
              return (
                <span key={severity}>
                  <i style={{ background: SEVERITY_COLOURS[severity] }} />
                  {t(`severity.${severity}`)} {percent(total > 0 ? area / total : 0)}
                </span>
              );
            })}
          </div>
        </div>
      )}
    </Panel>
  );
}
