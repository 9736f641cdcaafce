import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ECElementEvent } from 'echarts/core';
import { EChart } from '../charts/EChart';
import { echarts, type EChartsCoreOption } from '../charts/echarts';
import { useI18n } from '../i18n/I18n';
import type { Region } from '../navigation/scope';
import { PanelStatus } from '../ui/Panel';
import { palette } from '../ui/palette';
import { registerBoundaries } from './boundaries';

/** Tooltips are HTML: text from the API (a place as a reporter typed it) must not become markup. */
function lines(texts: string[]): string {
  return texts.map((text) => echarts.format.encodeHTML(text)).join('<br/>');
}

const ADMINISTRATIVE_SUFFIX = / (Korean Autonomous Prefecture|Prefecture|County|District|City)$/;

/** A point of attention on the map, e.g. a fire being fought. */
export interface MapMarker {
  id: string;
  longitude: number;
  latitude: number;
  /** Shown on hover, one line each (plain text). */
  description: string[];
}

interface DivisionMapProps {
  boundaryCodes: string[];
  regions: Region[];
  /** The figure each region is shaded by, by code; absent while loading. */
  values: ReadonlyMap<string, number> | null;
  valueName: string;
  formatValue(value: number): string;
  selected: string | null;
  onSelect(code: string): void;
  markers: MapMarker[];
  markerName: string;
}

interface LoadedMap {
  key: string;
  map: string;
  withoutOutline: Region[];
}

/** The focused area's divisions, shaded by a figure; clicking one drills down. */
export function DivisionMap({ boundaryCodes, regions, values, valueName, formatValue, selected, onSelect, markers, markerName }: DivisionMapProps) {
  const i18n = useI18n();
  const { t, shortName, fullName } = i18n;
  const key = boundaryCodes.join('+');
  const [loaded, setLoaded] = useState<LoadedMap | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let current = true;
    registerBoundaries(boundaryCodes, regions).then(
      (result) => current && setLoaded({ key, ...result }),
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
    // The boundary files fix the regions: a new list of the same regions needs no reload.
  }, [key]);

  const byCode = useMemo(() => new Map(regions.map((region) => [region.code, region])), [regions]);
  const option = useMemo<EChartsCoreOption | null>(() => {
    if (!loaded || loaded.key !== key) return null;
    // Labels sit close together: English drops the kind of division ("Heihe", not "Heihe Prefecture").
    const name = (code: string) => {
      const region = byCode.get(code);
      return region ? shortName(region).replace(ADMINISTRATIVE_SUFFIX, '') : code;
    };
    const shown = [...(values?.values() ?? [])];
    const [min, max] = [Math.min(0, ...shown), Math.max(1, ...shown)];
    return {
      tooltip: {
        trigger: 'item',
        formatter: ({ name: code, value }: { name: string; value: unknown }) => {
          const region = byCode.get(code);
          const figure = typeof value === 'number' && !Number.isNaN(value) ? formatValue(value) : '—';
          return lines([region ? fullName(region) : code, `${valueName}: ${figure}`]);
        },
      },
      visualMap: {
        show: values !== null && selected === null,
        type: 'continuous',
        min,
        max,
        seriesIndex: 0,
        left: 16,
        bottom: 16,
        itemHeight: 120,
        itemWidth: 12,
        text: [formatValue(max), formatValue(min)],
        textStyle: { color: palette.textMuted },
        inRange: { color: palette.choropleth },
        calculable: false,
      },
      geo: {
        map: loaded.map,
        roam: false,
        layoutCenter: ['50%', '52%'],
        layoutSize: '92%',
        selectedMode: false,
        itemStyle: { areaColor: palette.mapArea, borderColor: palette.mapBorder, borderWidth: 1 },
        emphasis: { itemStyle: { areaColor: '#1e90c8' }, label: { color: '#fff' } },
        label: { show: true, color: palette.text, fontSize: 11, formatter: ({ name: code }: { name: string }) => name(code) },
        regions: selected
          ? [{ name: selected, itemStyle: { areaColor: palette.selected, borderColor: '#fff', borderWidth: 2 }, label: { color: '#04101f', fontWeight: 'bold' } }]
          : [],
      },
      series: [
        {
          type: 'map',
          geoIndex: 0,
          data: selected ? [] : regions.map((region) => ({ name: region.code, value: values?.get(region.code) ?? Number.NaN })),
        },
        {
          // Divisions without an outline in the boundary files still get a place to click.
          type: 'scatter',
          coordinateSystem: 'geo',
          symbolSize: 12,
          itemStyle: { color: palette.accent, borderColor: '#fff', borderWidth: 1 },
          label: { show: true, position: 'right', color: palette.text, fontSize: 11, formatter: ({ name: code }: { name: string }) => name(code) },
          tooltip: { formatter: ({ name: code }: { name: string }) => lines([name(code), t('forest.noPolygon')]) },
          data: loaded.withoutOutline.map((region) => ({ name: region.code, value: [region.longitude, region.latitude] })),
        },
        {
          type: 'effectScatter',
          name: markerName,
          coordinateSystem: 'geo',
          symbolSize: 11,
          rippleEffect: { scale: 3.5, brushType: 'stroke' },
          itemStyle: { color: palette.alert, shadowBlur: 10, shadowColor: palette.alert },
          tooltip: { formatter: ({ data }: { data: { description: string[] } }) => lines(data.description) },
          data: markers.map((marker) => ({ name: marker.id, value: [marker.longitude, marker.latitude], description: marker.description })),
          zlevel: 1,
        },
      ],
    };
  }, [loaded, key, byCode, values, valueName, formatValue, selected, markers, markerName, i18n]);

  const select = useCallback(
    (event: ECElementEvent) => {
      if (event.name && byCode.has(event.name)) onSelect(event.name);
    },
    [byCode, onSelect],
  );

  if (failed) return <PanelStatus error />;
  if (!option) return <PanelStatus />;
  return <EChart option={option} onClick={select} label={valueName} className="chart chart--map" />;
}
