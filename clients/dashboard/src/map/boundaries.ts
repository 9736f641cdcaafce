import { echarts } from '../charts/echarts';
import type { Region } from '../navigation/scope';

/** The part of a boundary file the screen reads (DataV-style GeoJSON, one file per division). */
interface BoundaryFeature {
  type: 'Feature';
  properties: { adcode: number | string; name: string; centroid?: [number, number]; center?: [number, number]; cp?: [number, number] };
  geometry: unknown;
}

interface BoundaryCollection {
  type: 'FeatureCollection';
  features: BoundaryFeature[];
}

// Heilongjiang (23…) and Jilin (22…): each province's file holds its prefectures, each
// prefecture's file its counties. Loaded on demand, one chunk per file.
const files = import.meta.glob<BoundaryCollection>('@boundaries/2[23]??00.json', { import: 'default' });
const loaders = new Map(Object.entries(files).map(([path, load]) => [/(\d{6})\.json$/.exec(path)![1]!, load]));

/**
 * Registers the boundaries of `regions` with ECharts as one map whose region names are GB/T 2260
 * codes, and returns the map's name and the regions it has no outline for. Outlines are matched by
 * code, then by name: a few zones carry statistical codes that the boundary files do not use.
 */
export async function registerBoundaries(
  boundaryCodes: string[],
  regions: Region[],
): Promise<{ map: string; withoutOutline: Region[] }> {
  const collections = await Promise.all(
    boundaryCodes.map((code) => {
      const load = loaders.get(code);
      if (!load) throw new Error(`No boundary file for ${code}`);
      return load();
    }),
  );
  const byCode = new Map(regions.map((region) => [region.code, region]));
  const byName = new Map(regions.map((region) => [region.name, region]));
  const outlined = new Set<string>();
  const features = collections
    .flatMap((collection) => collection.features)
    .flatMap((feature) => {
      const region = byCode.get(String(feature.properties.adcode)) ?? byName.get(feature.properties.name);
      if (!region) return [];
      outlined.add(region.code);
      // `cp` is where ECharts puts the label: the centroid reads better than the seat of government.
      const cp = feature.properties.centroid ?? feature.properties.center;
      return [{ ...feature, properties: { ...feature.properties, name: region.code, ...(cp ? { cp } : {}) } }];
    });
  const map = `divisions:${boundaryCodes.join('+')}`;
  echarts.registerMap(map, { type: 'FeatureCollection', features } as never);
  return { map, withoutOutline: regions.filter((region) => !outlined.has(region.code)) };
}
