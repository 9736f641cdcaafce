import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A stand-in for a subgraph that holds every request until `release()`, then forwards it to the
 * real subgraph: it makes "a request is in flight" a state a test can wait for, not a race.
 */
export async function startHoldingProxy(target: string) {
  const bodies: string[] = [];
  let arrived!: () => void;
  const firstArrival = new Promise<void>((resolve) => (arrived = resolve));
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const server = createServer(async (incoming, outgoing) => {
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    bodies.push(Buffer.concat(chunks).toString());
    arrived();
    await released;
    const headers = Object.fromEntries(
      Object.entries(incoming.headers).filter(([name]) => !['host', 'content-length', 'connection'].includes(name)),
    ) as Record<string, string>;
    const answer = await fetch(target, { method: 'POST', headers, body: Buffer.concat(chunks) });
    outgoing.writeHead(answer.status, { 'content-type': 'application/json' }).end(Buffer.from(await answer.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    /** Request bodies received so far. */
    bodies,
    firstArrival,
    release,
    async stop() {
      release();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
