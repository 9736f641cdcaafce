import type { Viewer } from '@forestry/subgraph-runtime';
import type { Client as WsClient, ExecutionResult } from 'graphql-ws';
import { expect } from 'vitest';

type Result = ExecutionResult<Record<string, any>, Record<string, unknown>>;

export interface Subscription {
  /** The next result; rejects with what ended the subscription if it ended in an error. */
  next(): Promise<Result>;
  /** Resolves true once the server completed the subscription. */
  finished(): Promise<boolean>;
  close(): void;
}

/** A graphql-ws subscription whose results a test takes one at a time. */
export function subscribe(client: WsClient, query: string, variables: Record<string, unknown> = {}): Subscription {
  const results: Result[] = [];
  let ended: { error?: unknown } | undefined;
  let wake: () => void = () => {};
  const close = client.subscribe<Record<string, any>, Record<string, unknown>>(
    { query, variables },
    {
      next: (result) => {
        results.push(result);
        wake();
      },
      error: (error) => {
        ended = { error };
        wake();
      },
      complete: () => {
        ended ??= {};
        wake();
      },
    },
  );
  const settle = async () => {
    while (results.length === 0 && !ended) await new Promise<void>((resolve) => (wake = resolve));
  };
  return {
    async next() {
      await settle();
      const result = results.shift();
      if (result) return result;
      throw ended!.error ?? new Error('The subscription completed');
    },
    async finished() {
      while (!ended) await new Promise<void>((resolve) => (wake = resolve));
      return ended.error === undefined;
    },
    close,
  };
}

/**
 * Waits until the subgraphs hold exactly `count` open subscriptions: a subscription is in place
 * end to end (gateway, subgraph, event bus) before a test raises the event it expects.
 */
export async function waitForSubscriptions(subgraphs: Iterable<{ activeSubscriptions(): number }>, count: number): Promise<void> {
  const list = [...subgraphs];
  await expect
    .poll(() => list.reduce((sum, subgraph) => sum + subgraph.activeSubscriptions(), 0), { timeout: 20_000, interval: 20 })
    .toBe(count);
}

/** Reports a fire in a sub-compartment of `county` through the gateway, as a fire-prevention staff member. */
export async function reportFire(
  gateway: { request: (query: string, variables?: Record<string, unknown>, viewer?: Viewer | null) => Promise<{ data?: any; errors?: unknown }> },
  county: string,
  staff: Viewer,
): Promise<{ id: string; subCompartment: { id: string; code: string } }> {
  const stands = await gateway.request(
    `query($county: ID!) { subCompartments(first: 1, filter: { divisionCode: $county }) { edges { node { id code longitude latitude } } } }`,
    { county },
  );
  expect(stands.errors).toBeUndefined();
  const stand = stands.data.subCompartments.edges[0].node;
  const reported = await gateway.request(
    `mutation($input: ReportFireIncidentInput!) { reportFireIncident(input: $input) { id } }`,
    {
      input: {
        divisionCode: county,
        subCompartmentId: stand.id,
        place: '林场东坡',
        longitude: stand.longitude,
        latitude: stand.latitude,
        detection: 'PATROL',
        reportedBy: '王建华',
        burnedArea: 0.6,
        affectedForestArea: 0.4,
      },
    },
    staff,
  );
  expect(reported.errors).toBeUndefined();
  return { id: reported.data.reportFireIncident.id, subCompartment: { id: stand.id, code: stand.code } };
}
