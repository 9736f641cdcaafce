import { useMemo } from 'react';
import { useFocusedDivisions } from '../../api/useFocusedDivisions';
import type { ForestOfDivisionFragment } from '../../generated/graphql/graphql';
import { addUp } from '../addUp';
import { ForestOfDivisionQuery, ForestOfProvincesQuery } from './operations';

type Statistics = ForestOfDivisionFragment['forestStatistics'];

const MEASURES = ['area', 'stockVolume', 'subCompartmentCount'] as const;

/** The forest of the focused division, or of both provinces added up. */
export interface ForestSummary extends Pick<Statistics, (typeof MEASURES)[number]> {
  stockVolumePerHectare: number;
  bySpecies: Statistics['bySpecies'];
  byOrigin: Statistics['byOrigin'];
  byAgeClass: Statistics['byAgeClass'];
  byForestCategory: Statistics['byForestCategory'];
  byDivision: Statistics['byDivision'];
}

function summarize(divisions: ForestOfDivisionFragment[]): ForestSummary {
  const statistics = divisions.map((division) => division.forestStatistics);
  const [totals] = addUp(statistics, () => 'total', MEASURES);
  const area = totals?.area ?? 0;
  const stockVolume = totals?.stockVolume ?? 0;
  return {
    area,
    stockVolume,
    subCompartmentCount: totals?.subCompartmentCount ?? 0,
    // Recomputed rather than averaged: provinces differ in size.
    stockVolumePerHectare: area > 0 ? stockVolume / area : 0,
    bySpecies: addUp(
      statistics.flatMap((row) => row.bySpecies),
      (row) => row.species.code,
      MEASURES,
    ),
    byOrigin: addUp(
      statistics.flatMap((row) => row.byOrigin),
      (row) => row.origin,
      MEASURES,
    ),
    byAgeClass: addUp(
      statistics.flatMap((row) => row.byAgeClass),
      (row) => row.ageClass,
      MEASURES,
    ),
    byForestCategory: addUp(
      statistics.flatMap((row) => row.byForestCategory),
      (row) => row.forestCategory,
      MEASURES,
    ),
    byDivision: addUp(
      statistics.flatMap((row) => row.byDivision),
      (row) => row.division.code,
      MEASURES,
    ),
  };
}

export interface ForestState {
  summary: ForestSummary | null;
  error: boolean;
}

export function useForestResources(focus: string | null): ForestState {
  const { divisions, error } = useFocusedDivisions(focus, ForestOfDivisionQuery, ForestOfProvincesQuery);
  const summary = useMemo(() => divisions && summarize(divisions), [divisions]);
  return { summary, error };
}
