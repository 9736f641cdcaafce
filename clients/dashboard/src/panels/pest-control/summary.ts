import { useMemo } from 'react';
import { useFocusedDivisions } from '../../api/useFocusedDivisions';
import type { PestOfDivisionFragment, PestSeverity } from '../../generated/graphql/graphql';
import { addUp } from '../addUp';
import { PestOfDivisionQuery, PestOfProvincesQuery } from './operations';

const MEASURES = ['area', 'occurrenceCount'] as const;

export const SEVERITIES = ['LIGHT', 'MODERATE', 'SEVERE'] as const satisfies readonly PestSeverity[];

type Infestation = PestOfDivisionFragment['pestInfestation'];

/** Open pest infestation of the focused division, or of both provinces added up. */
export interface PestSummary {
  area: number;
  occurrenceCount: number;
  /** Found and not yet treated. */
  activeOccurrenceCount: number;
  bySeverity: Infestation['bySeverity'];
  /** Largest area first. */
  byPest: Infestation['byPest'];
}

function summarize(divisions: PestOfDivisionFragment[]): PestSummary {
  const infestations = divisions.map((division) => division.pestInfestation);
  return {
    area: infestations.reduce((sum, infestation) => sum + infestation.area, 0),
    occurrenceCount: infestations.reduce((sum, infestation) => sum + infestation.occurrenceCount, 0),
    activeOccurrenceCount: divisions.reduce((sum, division) => sum + division.activePestOccurrenceCount, 0),
    bySeverity: addUp(
      infestations.flatMap((infestation) => infestation.bySeverity),
      (row) => row.severity,
      MEASURES,
    ),
    byPest: addUp(
      infestations.flatMap((infestation) => infestation.byPest),
      (row) => row.pest.code,
      MEASURES,
    ),
  };
}

export interface PestState {
  summary: PestSummary | null;
  error: boolean;
}

export function usePestInfestation(focus: string | null): PestState {
  const { divisions, error } = useFocusedDivisions(focus, PestOfDivisionQuery, PestOfProvincesQuery);
  const summary = useMemo(() => divisions && summarize(divisions), [divisions]);
  return { summary, error };
}
