import type { Viewer } from '@forestry/subgraph-runtime';

/** A GraphQL request as a client sends it. */
export interface GraphQLRequest {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
}

export interface GraphQLBody {
  data?: unknown;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** One request the gateway sent to a subgraph while answering a client request. */
export interface RecordedFetch {
  subgraph: string;
  url: string;
  headers: Record<string, string>;
  body: string;
  status: number;
  response: string;
}

export interface RecordedRequest {
  status: number;
  body: GraphQLBody;
  fetches: RecordedFetch[];
}

export interface RecordParams {
  surface: 'full' | 'public';
  /** The viewer whose token is sent on the full surface; the public surface is anonymous. */
  viewer: Viewer;
  requests: GraphQLRequest[];
}

export interface StackInfo {
  /** Subgraph URLs by name. */
  subgraphs: Record<string, string>;
  gatewayUrl: string;
}

export type ParentMessage = { type: 'record'; id: number; params: RecordParams };
export type ChildMessage =
  | { type: 'ready'; info: StackInfo }
  | { type: 'failed'; message: string }
  | { type: 'reply'; id: number; result?: RecordedRequest[]; error?: string };
