import { explorerPlugin } from '@graphiql/plugin-explorer';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { buildSchema } from 'graphql';
import { useMemo } from 'react';
import apiSchema from '../../../schema/api.graphql?raw';
import { session } from './session';
import '@graphiql/plugin-explorer/style.css';
import 'graphiql/style.css';

// The repository's example operations open as tabs: a starting point that is known to work.
const examples = import.meta.glob<string>('../../examples/*.graphql', { query: '?raw', import: 'default', eager: true });
const defaultTabs = Object.values(examples).map((query) => ({ query }));

const explorer = explorerPlugin();

/**
 * The schema comes with the app, built from the same checked-in supergraph the gateway serves:
 * the gateway's cost limit refuses GraphiQL's introspection query (lists nested five deep), and
 * a bundled schema needs no round trip.
 */
const schema = buildSchema(apiSchema);

/** A shared link can carry an operation: `/sandbox/?query=…`. */
const linkedQuery = new URLSearchParams(window.location.search).get('query') ?? undefined;

export function Sandbox({ token }: { token: string }) {
  const fetcher = useMemo(
    () => createGraphiQLFetcher({ url: new URL('/graphql', window.location.origin).href, headers: { authorization: `Bearer ${token}` } }),
    [token],
  );
  return (
    <div className="sandbox">
      <header className="sandbox__bar">
        <strong>Forestry GraphQL sandbox</strong>
        <span className="sandbox__endpoint">POST /graphql</span>
        <button type="button" onClick={session.signOut}>
          Sign out
        </button>
      </header>
      <GraphiQL fetcher={fetcher} schema={schema} plugins={[explorer]} defaultTabs={defaultTabs} query={linkedQuery} />
    </div>
  );
}
