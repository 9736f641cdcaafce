import { useEffect, useMemo } from 'react';
import { usePolledQuery } from '../../api/usePolledQuery';
import type { FireSituationQuery as FireSituationResult } from '../../generated/graphql/graphql';
import { useFireIncidentChanges, useLiveFireAlerts, type LiveAlert } from './live';
import { FireSituationQuery, LatestFireDangerDayQuery } from './operations';

/** Fire is the one emergency on the screen: its figures refresh every minute. */
const FIRE_REFRESH_MS = 60_000;
const INCIDENTS_SHOWN = 50;

type FireIncident = NonNullable<FireSituationResult['activeFireIncidents']>['edges'][number]['node'];

export interface FireSituation {
  /** The highest fire-danger level on the latest rated day; null when nothing is rated. */
  danger: FireSituationResult['highestFireDanger'];
  activeIncidentCount: number;
  /** Newest first. */
  activeIncidents: FireIncident[];
}

export interface FireState {
  situation: FireSituation | null;
  /** Alerts raised while the screen is open, newest first. */
  liveAlerts: LiveAlert[];
  error: boolean;
}

export function useFireSituation(focus: string | null): FireState {
  const [latest] = usePolledQuery({ query: LatestFireDangerDayQuery, variables: { code: focus } }, FIRE_REFRESH_MS);
  const date = latest.data?.fireDangerRatings?.edges[0]?.node.date;
  const [current, refresh] = usePolledQuery(
    // With no rating at all, the day defaults to today (and finds none); the incidents still count.
    { query: FireSituationQuery, variables: { code: focus, date: date ?? null, first: INCIDENTS_SHOWN }, pause: !latest.data },
    FIRE_REFRESH_MS,
  );
  // A fire reported, moved or revised in the area: reload at once rather than at the next beat.
  const changes = useFireIncidentChanges(focus);
  useEffect(() => {
    if (changes > 0) refresh({ requestPolicy: 'network-only' });
  }, [changes, refresh]);
  const liveAlerts = useLiveFireAlerts(focus);
  const data = current.data;
  const situation = useMemo(
    () =>
      // Without its incidents (fire prevention failed) the situation is unknown, not calm.
      data?.activeFireIncidents
        ? {
            danger: data.highestFireDanger,
            activeIncidentCount: data.activeFireIncidents.totalCount,
            activeIncidents: data.activeFireIncidents.edges.map((edge) => edge.node),
          }
        : null,
    [data],
  );
  return { situation, liveAlerts, error: Boolean(latest.error ?? current.error) };
}
