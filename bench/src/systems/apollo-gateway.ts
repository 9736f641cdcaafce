/**
 * Peer (b): stock `@apollo/gateway` served by `@apollo/server`'s standalone server with default
 * settings. Its data source only adds the signed viewer header the subgraphs require; the runner
 * renews that credential in a file, which is re-read every 15 s. Like ours, it reads the
 * supergraph with the subgraph-enforced security features as metadata (it refuses them otherwise).
 */
import { readFile } from 'node:fs/promises';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { supergraphForApolloGateway } from '@forestry/schema/gateway-input';

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

const supergraphFile = required('BENCH_SUPERGRAPH_FILE');
const credentialFile = required('BENCH_CREDENTIAL_FILE');
const header = required('BENCH_VIEWER_HEADER');
const port = Number(required('BENCH_PORT'));

let credential = (await readFile(credentialFile, 'utf8')).trim();
setInterval(() => {
  readFile(credentialFile, 'utf8').then(
    (text) => (credential = text.trim()),
    () => undefined,
  );
}, 15_000).unref();

const gateway = new ApolloGateway({
  supergraphSdl: supergraphForApolloGateway(await readFile(supergraphFile, 'utf8')),
  buildService: ({ url }) =>
    new RemoteGraphQLDataSource({
      url,
      willSendRequest({ request }) {
        request.http?.headers.set(header, credential);
      },
    }),
});
const server = new ApolloServer({ gateway });
await startStandaloneServer(server, { listen: { port, host: '127.0.0.1' } });
