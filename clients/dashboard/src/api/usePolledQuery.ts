import { useEffect } from 'react';
import { useQuery, type AnyVariables, type UseQueryArgs, type UseQueryResponse } from 'urql';
import { REFRESH_INTERVAL_MS } from './client';

/** urql's useQuery, re-run from the network on the screen's refresh beat (or a faster one) while it is not paused. */
export function usePolledQuery<Data, Variables extends AnyVariables>(
  args: UseQueryArgs<Variables, Data>,
  intervalMs = REFRESH_INTERVAL_MS,
): UseQueryResponse<Data, Variables> {
  const response = useQuery<Data, Variables>(args);
  const [, reexecute] = response;
  useEffect(() => {
    if (args.pause) return;
    const timer = setInterval(() => reexecute({ requestPolicy: 'network-only' }), intervalMs);
    return () => clearInterval(timer);
  }, [args.pause, reexecute, intervalMs]);
  return response;
}
