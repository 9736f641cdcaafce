import { createRequire } from 'node:module';
import type { Supergraph as SupergraphType } from '@apollo/federation-internals';
import type { PlanNode, QueryPlanner as QueryPlannerType } from '@apollo/query-planner';
import { supergraphForApolloGateway } from '@forestry/schema/gateway-input';
import type { GraphQLSchema } from 'graphql';
import type { GraphQLRequest, RecordedFetch } from './ipc.js';

// The federation libraries are CommonJS and build their schemas with graphql's CommonJS build;
// validation must use that same copy, or graphql's realm check rejects the schema.
const require = createRequire(import.meta.url);
const { Supergraph, parseOperation } = require('@apollo/federation-internals') as typeof import('@apollo/federation-internals');
const { QueryPlanner } = require('@apollo/query-planner') as typeof import('@apollo/query-planner');
const graphql = require('graphql') as typeof import('graphql');

/** What the floor replays: the shape of a query plan, with the subgraph request at each fetch. */
export type FloorTree =
  | { kind: 'fetch'; slot: number; subgraph: string }
  | { kind: 'sequence' | 'parallel'; children: FloorTree[] };

/** Query planning and validation with the same planner our gateway and stock Apollo use. */
export class Planner {
  private readonly supergraph: SupergraphType;
  private readonly planner: QueryPlannerType;
  private readonly apiSchema: GraphQLSchema;

  constructor(supergraphSdl: string) {
    this.supergraph = Supergraph.build(supergraphForApolloGateway(supergraphSdl));
    this.planner = new QueryPlanner(this.supergraph);
    this.apiSchema = this.supergraph.apiSchema().toGraphQLJSSchema();
  }

  /** Validation errors of an operation against the schema clients see (empty when valid). */
  validate(query: string): string[] {
    try {
      return graphql.validate(this.apiSchema, graphql.parse(query)).map((error) => error.message);
    } catch (error) {
      return [(error as Error).message];
    }
  }

  plan(request: GraphQLRequest): PlanNode | undefined {
    const operation = parseOperation(this.supergraph.apiSchema(), request.query, { operationName: request.operationName });
    const node = this.planner.buildQueryPlan(operation).node;
    if (node?.kind === 'Subscription') throw new Error('Subscriptions are not benchmarked');
    return node;
  }

  /** The subgraphs an operation's plan fetches from. */
  subgraphsOf(request: GraphQLRequest): string[] {
    const names = new Set<string>();
    const visit = (node: PlanNode | undefined): void => {
      if (!node) return;
      switch (node.kind) {
        case 'Fetch':
          names.add(node.serviceName);
          break;
        case 'Flatten':
          visit(node.node);
          break;
        case 'Sequence':
        case 'Parallel':
          node.nodes.forEach(visit);
          break;
        case 'Condition':
          visit(node.ifClause);
          visit(node.elseClause);
          break;
        case 'Defer':
          visit(node.primary.node);
          node.deferred.forEach((deferred) => visit(deferred.node));
          break;
      }
    };
    visit(this.plan(request));
    return [...names].sort();
  }
}

/**
 * Pairs the subgraph requests a gateway made with the fetch nodes of the query plan. Fetches the
 * gateway skipped (an entity fetch with no entities to resolve) drop out; a recorded request the
 * plan does not explain is an error. Slots are numbered in plan order.
 */
export function floorTree(plan: PlanNode | undefined, fetches: RecordedFetch[]): { tree: FloorTree; bySlot: RecordedFetch[] } {
  const unused = [...fetches];
  const bySlot: RecordedFetch[] = [];
  const build = (node: PlanNode | undefined): FloorTree | undefined => {
    if (!node) return undefined;
    switch (node.kind) {
      case 'Fetch': {
        const index = unused.findIndex((fetch) => {
          if (fetch.subgraph !== node.serviceName) return false;
          try {
            return (JSON.parse(fetch.body) as { query?: string }).query === node.operation;
          } catch {
            return false;
          }
        });
        if (index < 0) return undefined;
        bySlot.push(unused.splice(index, 1)[0]!);
        return { kind: 'fetch', slot: bySlot.length - 1, subgraph: node.serviceName };
      }
      case 'Flatten':
        return build(node.node);
      case 'Sequence':
      case 'Parallel': {
        const children = node.nodes.map(build).filter((child): child is FloorTree => child !== undefined);
        if (children.length === 0) return undefined;
        if (children.length === 1) return children[0];
        return { kind: node.kind === 'Sequence' ? 'sequence' : 'parallel', children };
      }
      case 'Condition':
        return build(node.ifClause) ?? build(node.elseClause);
      case 'Defer': {
        const children = [build(node.primary.node), ...node.deferred.map((deferred) => build(deferred.node))].filter(
          (child): child is FloorTree => child !== undefined,
        );
        return children.length === 0 ? undefined : children.length === 1 ? children[0] : { kind: 'parallel', children };
      }
    }
  };
  const tree = build(plan);
  if (unused.length > 0) {
    throw new Error(`The gateway made ${unused.length} subgraph request(s) its query plan does not explain (to ${unused.map((fetch) => fetch.subgraph).join(', ')})`);
  }
  if (!tree) throw new Error('The operation made no subgraph request');
  return { tree, bySlot };
}

/** Structure and subgraphs of a floor tree, without the request bodies: variants of one operation must share it. */
export function shapeOf(tree: FloorTree): string {
  return tree.kind === 'fetch' ? tree.subgraph : `${tree.kind}(${tree.children.map(shapeOf).join(',')})`;
}

/**
 * Combines per-fetch measurements along the plan: sequential fetches add up, parallel ones take
 * the slowest.
 */
export function alongPlan(tree: FloorTree, valueOf: (slot: number) => number): number {
  if (tree.kind === 'fetch') return valueOf(tree.slot);
  const values = tree.children.map((child) => alongPlan(child, valueOf));
  return tree.kind === 'sequence' ? values.reduce((sum, value) => sum + value, 0) : Math.max(...values);
}

export function slotsOf(tree: FloorTree): number[] {
  return tree.kind === 'fetch' ? [tree.slot] : tree.children.flatMap(slotsOf);
}

export function describeTree(tree: FloorTree): string {
  return tree.kind === 'fetch' ? `fetch#${tree.slot}(${tree.subgraph})` : `${tree.kind}[${tree.children.map(describeTree).join(', ')}]`;
}
