import { useSubscription } from 'urql';
import { graphql } from '../../generated/graphql';
import type { FireAlertLevel, FireAlertRaisedSubscription as FireAlertRaisedResult } from '../../generated/graphql/graphql';

/** Alerts as the platform raises them, in the focused area: pushed by the gateway, not polled. */
export const FireAlertRaisedSubscription = graphql(`
  subscription FireAlertRaised($code: ID) {
    fireAlertRaised(divisionCode: $code) {
      id
      kind
      level
      message
      raisedAt
      division {
        code
        name
        nameEn
      }
    }
  }
`);

/** Any change to a fire in the focused area: the moment to reload the list of active fires. */
export const FireIncidentChangedSubscription = graphql(`
  subscription FireIncidentChanged($code: ID) {
    fireIncidentChanged(divisionCode: $code) {
      kind
      at
      incident {
        id
      }
    }
  }
`);

export type LiveAlert = FireAlertRaisedResult['fireAlertRaised'];

/** The alert levels' colours, as the national warning scale prints them. */
export const ALERT_COLOURS: Record<FireAlertLevel, string> = {
  BLUE: '#1890ff',
  YELLOW: '#fadb14',
  ORANGE: '#fa8c16',
  RED: '#f5222d',
};

const ALERTS_KEPT = 5;

/** The newest alerts raised since the screen opened (or the focus changed), newest first. */
export function useLiveFireAlerts(focus: string | null): LiveAlert[] {
  const [{ data }] = useSubscription(
    { query: FireAlertRaisedSubscription, variables: { code: focus } },
    (previous: LiveAlert[] = [], event) => [event.fireAlertRaised, ...previous.filter((alert) => alert.id !== event.fireAlertRaised.id)].slice(0, ALERTS_KEPT),
  );
  return data ?? [];
}

/** Counts the changes to fires in the focused area, so that a view can reload on each. */
export function useFireIncidentChanges(focus: string | null): number {
  const [{ data }] = useSubscription({ query: FireIncidentChangedSubscription, variables: { code: focus } }, (count: number = 0) => count + 1);
  return data ?? 0;
}
