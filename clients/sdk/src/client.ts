import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { DocumentNode, OperationDefinitionNode } from 'graphql';

/** One error of a GraphQL response; `extensions.code` says what went wrong (see the platform's README). */
export interface ForestryGraphQLError {
  message: string;
  path?: readonly (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}

/**
 * The gateway answered with errors (or not with a GraphQL response at all). `codes` lists the
 * errors' `extensions.code`; `data` holds whatever part of the result did arrive.
 */
export class ForestryError extends Error {
  override readonly name = 'ForestryError';

  constructor(
    message: string,
    readonly errors: readonly ForestryGraphQLError[],
    /** The HTTP status of the response. */
    readonly status: number,
    readonly data?: unknown,
  ) {
    super(message);
  }

  get codes(): string[] {
    return this.errors.flatMap((error) => (error.extensions?.code ? [error.extensions.code] : []));
  }

  /** The code of the first error, e.g. `BAD_USER_INPUT`, `FORBIDDEN`, `UNAUTHENTICATED`. */
  get code(): string | undefined {
    return this.codes[0];
  }
}

export interface ForestryClientOptions {
  /** The gateway's GraphQL endpoint, e.g. `https://gateway.example/graphql`. */
  endpoint: string | URL;
  /**
   * A bearer token, or a function that returns a current one (called before every request).
   * Without a token the gateway answers as to the public.
   */
  token?: string | (() => string | Promise<string>);
  /** Defaults to the global `fetch`. */
  fetch?: typeof fetch;
}

/** Variables may be left out when the operation requires none. */
type VariablesArgument<Variables> = Record<string, never> extends Variables ? [variables?: Variables] : [variables: Variables];

/** What a paginated field returns (a Relay connection), as far as the pager needs it. */
export interface Connection {
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

export interface ForestryClient {
  /**
   * Runs a generated operation as a trusted document: only its hash and variables travel.
   * Resolves to the typed data; rejects with a `ForestryError` when the response carries errors.
   */
  execute<Result, Variables>(document: TypedDocumentNode<Result, Variables>, ...variables: VariablesArgument<Variables>): Promise<Result>;
  /**
   * Every page of a connection, one request per page, following `pageInfo.endCursor` until
   * `hasNextPage` is false. The operation must take an `$after: String` variable; stop early
   * with `break`. Query fields are nullable (a department's outage nulls only its own fields, and
   * `execute` rejects then), so `connectionOf` may return null: there is nothing to page.
   */
  pages<Result, Variables extends { after?: string | null }, Page extends Connection>(
    document: TypedDocumentNode<Result, Variables>,
    variables: Variables,
    connectionOf: (data: Result) => Page | null | undefined,
  ): AsyncGenerator<Page, void, undefined>;
}

interface PersistedDocument extends DocumentNode {
  /** Added by GraphQL Code Generator's client preset: the sha256 of the operation text in the manifest. */
  __meta__?: { hash?: string };
}

function operationNameOf(document: DocumentNode): string | undefined {
  for (const definition of document.definitions) {
    // Compared as text: importing graphql's Kind would bring graphql into browser bundles.
    if ((definition.kind as string) === 'OperationDefinition') return (definition as OperationDefinitionNode).name?.value;
  }
  return undefined;
}

async function readResponse(response: Response): Promise<{ data?: unknown; errors?: ForestryGraphQLError[] } | undefined> {
  const text = await response.text();
  try {
    const body: unknown = JSON.parse(text);
    return body && typeof body === 'object' ? (body as { data?: unknown; errors?: ForestryGraphQLError[] }) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A client for the platform's gateway that sends only trusted documents: operations generated
 * into this package, identified by their sha256 hash (Apollo's persisted query protocol). It uses
 * nothing but `fetch`, so it runs in browsers as in Node.
 */
export function createForestryClient(options: ForestryClientOptions): ForestryClient {
  const endpoint = String(options.endpoint);
  const send = options.fetch ?? globalThis.fetch.bind(globalThis);

  async function execute<Result, Variables>(
    document: TypedDocumentNode<Result, Variables>,
    ...[variables]: VariablesArgument<Variables>
  ): Promise<Result> {
    const sha256Hash = (document as PersistedDocument).__meta__?.hash;
    if (!sha256Hash) throw new TypeError('Not a trusted document: use the operations generated into @forestry/sdk');
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
    const token = typeof options.token === 'function' ? await options.token() : options.token;
    if (token) headers.authorization = `Bearer ${token}`;
    const response = await send(endpoint, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        operationName: operationNameOf(document),
        variables: variables ?? {},
        extensions: { persistedQuery: { version: 1, sha256Hash } },
      }),
    });
    const body = await readResponse(response);
    if (!body) {
      throw new ForestryError(`${endpoint} answered HTTP ${response.status} without a GraphQL response`, [], response.status);
    }
    if (body.errors?.length) {
      const first = body.errors[0]!;
      const code = first.extensions?.code;
      throw new ForestryError(code ? `${code}: ${first.message}` : first.message, body.errors, response.status, body.data ?? undefined);
    }
    if (body.data === undefined || body.data === null) {
      throw new ForestryError(`${endpoint} answered HTTP ${response.status} without data`, [], response.status);
    }
    return body.data as Result;
  }

  async function* pages<Result, Variables extends { after?: string | null }, Page extends Connection>(
    document: TypedDocumentNode<Result, Variables>,
    variables: Variables,
    connectionOf: (data: Result) => Page | null | undefined,
  ): AsyncGenerator<Page, void, undefined> {
    let after = variables.after ?? null;
    for (;;) {
      const page = connectionOf(await execute(document, ...([{ ...variables, after }] as VariablesArgument<Variables>)));
      if (!page) return;
      yield page;
      const { hasNextPage, endCursor } = page.pageInfo;
      if (!hasNextPage) return;
      // A cursor that does not move would request the same page forever.
      if (!endCursor || endCursor === after) throw new Error(`The connection reported a next page without a new cursor (${endCursor ?? 'none'})`);
      after = endCursor;
    }
  }

  return { execute, pages };
}
