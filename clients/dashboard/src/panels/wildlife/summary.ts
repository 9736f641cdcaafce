import { useMemo } from 'react';
import { useFocusedDivisions } from '../../api/useFocusedDivisions';
import type { WildlifeOfDivisionFragment } from '../../generated/graphql/graphql';
import { addUp } from '../addUp';
import { WildlifeOfDivisionQuery, WildlifeOfProvincesQuery } from './operations';

/** Monitoring of nationally protected species in the focused division, or in both provinces. */
export interface WildlifeSummary {
  /** Monitoring records of every species (rejected ones excluded). */
  observationCount: number;
  natureReserveCount: number;
  /** Class I and II species recorded, most-recorded first. */
  protectedSpecies: WildlifeOfDivisionFragment['protectedSpecies'];
}

function summarize(divisions: WildlifeOfDivisionFragment[]): WildlifeSummary {
  return {
    observationCount: divisions.reduce((sum, division) => sum + division.wildlifeObservationCount, 0),
    // A reserve may straddle the provinces' border.
    natureReserveCount: new Set(divisions.flatMap((division) => division.natureReserves.map((reserve) => reserve.code))).size,
    protectedSpecies: addUp(
      divisions.flatMap((division) => division.protectedSpecies),
      (row) => row.species.code,
      ['observationCount', 'individualCount'],
    ),
  };
}

export interface WildlifeState {
  summary: WildlifeSummary | null;
  error: boolean;
}

export function useWildlife(focus: string | null): WildlifeState {
  const { divisions, error } = useFocusedDivisions(focus, WildlifeOfDivisionQuery, WildlifeOfProvincesQuery);
  const summary = useMemo(() => divisions && summarize(divisions), [divisions]);
  return { summary, error };
}
