/**
 * The benchmark's subgraphs: `startTestStack` in a process of its own (seeded databases, embedded
 * or on TEST_POSTGRES_URL), driven by the runner over IPC. Its gateway is only used to record the
 * subgraph requests each operation's query plan makes; the gateways under test run elsewhere.
 */
import { startTestStack } from '@forestry/gateway';
import type { ChildMessage, ParentMessage, RecordedFetch, RecordedRequest, RecordParams } from './ipc.js';

function send(message: ChildMessage): void {
  process.send?.(message);
}

function headersOf(headers: unknown): Record<string, string> {
  if (!headers) return {};
  return Object.fromEntries(new Headers(headers as ConstructorParameters<typeof Headers>[0]).entries());
}

function urlOf(input: Parameters<typeof fetch>[0]): string {
  if (typeof input === 'string') return input;
  return input instanceof URL ? input.href : input.url;
}

const originalFetch = globalThis.fetch;
const subgraphByUrl = new Map<string, string>();
let recording: RecordedFetch[] | null = null;

// The gateway's data sources call the global fetch for every subgraph request; while a request is
// being recorded, each of those calls is kept with its answer.
globalThis.fetch = async (input, init) => {
  const sink = recording;
  const url = urlOf(input);
  const subgraph = sink ? subgraphByUrl.get(url) : undefined;
  if (!sink || !subgraph) return originalFetch(input, init);
  const response = await originalFetch(input, init);
  sink.push({
    subgraph,
    url,
    headers: headersOf(init?.headers),
    body: typeof init?.body === 'string' ? init.body : String(init?.body ?? ''),
    status: response.status,
    response: await response.clone().text(),
  });
  return response;
};

try {
  const stack = await startTestStack();
  for (const [name, subgraph] of stack.subgraphs) subgraphByUrl.set(subgraph.url, name);

  const record = async ({ surface, viewer, requests }: RecordParams): Promise<RecordedRequest[]> => {
    const url = surface === 'public' ? stack.gateway.publicUrl : stack.gateway.url;
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (surface === 'full') headers.authorization = `Bearer ${await stack.tokenFor(viewer)}`;
    const results: RecordedRequest[] = [];
    // One at a time, so that every subgraph request belongs to the client request being recorded.
    for (const request of requests) {
      const fetches: RecordedFetch[] = [];
      recording = fetches;
      try {
        const response = await originalFetch(url, { method: 'POST', headers, body: JSON.stringify(request) });
        results.push({ status: response.status, body: (await response.json()) as RecordedRequest['body'], fetches });
      } finally {
        recording = null;
      }
    }
    return results;
  };

  process.on('message', (message: ParentMessage) => {
    if (message.type !== 'record') return;
    record(message.params).then(
      (result) => send({ type: 'reply', id: message.id, result }),
      (error: Error) => send({ type: 'reply', id: message.id, error: error.stack ?? error.message }),
    );
  });

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    // Server mode drops the databases it created; embedded ones vanish with the process.
    void stack.stop().finally(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  process.on('disconnect', stop);

  send({
    type: 'ready',
    info: {
      subgraphs: Object.fromEntries([...stack.subgraphs].map(([name, subgraph]) => [name, subgraph.url])),
      gatewayUrl: stack.gateway.url,
    },
  });
} catch (error) {
  send({ type: 'failed', message: (error as Error).stack ?? String(error) });
  process.exit(1);
}
