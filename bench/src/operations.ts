import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { Kind, OperationTypeNode, parse, type OperationDefinitionNode } from 'graphql';
import type { Viewer } from '@forestry/subgraph-runtime';
import { viewers } from '@forestry/subgraph-runtime/testing';
import type { GraphQLRequest, RecordParams, RecordedRequest } from './ipc.js';
import type { OperationKey } from './options.js';
import { examplesRoot, operationsRoot, repositoryRoot } from './paths.js';
import { problemWith } from './compare.js';
import type { Planner } from './plan.js';

/** One benchmarked operation: what is sent, by whom, through which surface. */
export interface BenchOperation {
  key: OperationKey;
  title: string;
  /** The files the operation comes from, relative to the repository. */
  sources: string[];
  surface: 'full' | 'public';
  viewer: Viewer;
  /** Requests cycled through in this order (one for a plain query). */
  variants: GraphQLRequest[];
  /** Fields whose values legitimately differ between systems (counters a mutation bumps). */
  volatile: string[];
  subgraphs: string[];
  /**
   * Variants sent for other divisions than the file's default: those the gateway cannot answer
   * cleanly, or whose plan skips a fetch the default makes, are dropped before measuring.
   */
  rotated: boolean;
}

interface OperationFile {
  path: string;
  query: string;
  definition: OperationDefinitionNode;
}

async function readOperationFile(path: string): Promise<OperationFile | undefined> {
  const query = await readFile(path, 'utf8');
  try {
    const definitions = parse(query).definitions.filter((node): node is OperationDefinitionNode => node.kind === Kind.OPERATION_DEFINITION);
    return definitions.length === 1 ? { path, query, definition: definitions[0]! } : undefined;
  } catch {
    return undefined;
  }
}

async function operationFiles(directory: string): Promise<OperationFile[]> {
  const names = (await readdir(directory).catch(() => [] as string[])).filter((name) => name.endsWith('.graphql')).sort();
  const files = await Promise.all(names.map((name) => readOperationFile(join(directory, name))));
  return files.filter((file): file is OperationFile => file !== undefined);
}

function request(file: OperationFile, variables?: Record<string, unknown>): GraphQLRequest {
  return { query: file.query, ...(file.definition.name ? { operationName: file.definition.name.value } : {}), ...(variables ? { variables } : {}) };
}

const source = (file: OperationFile) => relative(repositoryRoot, file.path);

/** Variables that name a division, rotated over the divisions of their default's level. */
const DIVISION_VARIABLES = new Set(['code', 'divisionCode']);
/** Distinct requests per rotated operation: more than the connections, so concurrent requests differ. */
const MAX_ROTATION = 32;

function levelOf(code: string): 'PROVINCE' | 'PREFECTURE' | 'COUNTY' {
  return code.endsWith('0000') ? 'PROVINCE' : code.endsWith('00') ? 'PREFECTURE' : 'COUNTY';
}

/**
 * Real traffic asks for many divisions, not one: an operation with a division-code variable is sent
 * for every division of its default's level in turn (the default first). Identical concurrent
 * requests would also flatter a gateway that merges identical in-flight subgraph requests.
 */
async function divisionRotation(
  file: OperationFile,
  surface: 'full' | 'public',
  viewer: Viewer,
  record: (params: RecordParams) => Promise<RecordedRequest[]>,
): Promise<GraphQLRequest[]> {
  const variable = (file.definition.variableDefinitions ?? []).find(
    (definition) =>
      DIVISION_VARIABLES.has(definition.variable.name.value) &&
      definition.defaultValue?.kind === Kind.STRING &&
      /^\d{6}$/.test(definition.defaultValue.value),
  );
  if (!variable || variable.defaultValue?.kind !== Kind.STRING) return [request(file)];
  const name = variable.variable.name.value;
  const fallback = variable.defaultValue.value;
  const [answer] = await record({
    surface,
    viewer,
    requests: [{ query: 'query BenchDivisions($level: DivisionLevel) { divisions(level: $level) { code } }', variables: { level: levelOf(fallback) } }],
  });
  const codes = ((answer?.body.data as { divisions?: { code: string }[] } | undefined)?.divisions ?? []).map((division) => division.code);
  return [fallback, ...codes.filter((code) => code !== fallback)].slice(0, MAX_ROTATION).map((code) => request(file, { [name]: code }));
}

/**
 * The first candidate (in file order) that the supergraph can answer and that our gateway, with
 * its default limits, answers without errors; the reasons the others were passed over are kept
 * for the error message.
 */
async function firstAnswered(
  key: OperationKey,
  files: OperationFile[],
  planner: Planner,
  answer: (file: OperationFile) => Promise<string | undefined>,
): Promise<OperationFile> {
  const rejected: string[] = [];
  for (const file of files) {
    const problem = planner.validate(file.query)[0] ?? (await answer(file));
    if (!problem) return file;
    rejected.push(`${source(file)}: ${problem}`);
  }
  throw new Error(`No ${key} operation can be benchmarked:\n  ${rejected.join('\n  ')}`);
}

function rootFields(file: OperationFile): string[] {
  return file.definition.selectionSet.selections.flatMap((selection) => (selection.kind === Kind.FIELD ? [selection.name.value] : []));
}

/**
 * A leader's county overview from clients/examples: the query on `division` that reaches the most
 * subgraphs (the cross-department county view once one exists), `county-overview.graphql` on a tie.
 */
async function countyOverview(planner: Planner, record: (params: RecordParams) => Promise<RecordedRequest[]>): Promise<BenchOperation> {
  const candidates = (await operationFiles(examplesRoot)).filter(
    (file) => file.definition.operation === OperationTypeNode.QUERY && rootFields(file).includes('division') && planner.validate(file.query).length === 0,
  );
  const ranked = candidates
    .map((file) => ({ file, subgraphs: planner.subgraphsOf(request(file)) }))
    .sort(
      (a, b) =>
        b.subgraphs.length - a.subgraphs.length ||
        Number(b.file.path.endsWith('/county-overview.graphql')) - Number(a.file.path.endsWith('/county-overview.graphql')) ||
        a.file.path.localeCompare(b.file.path),
    );
  if (ranked.length === 0) throw new Error(`No county overview (a query on division) in ${relative(repositoryRoot, examplesRoot)} is valid against the supergraph`);
  const file = await firstAnswered(
    'county-overview',
    ranked.map((entry) => entry.file),
    planner,
    async (candidate) => {
      const [answer] = await record({ surface: 'full', viewer: viewers.leader, requests: [request(candidate)] });
      return answer ? problemWith(answer.status, answer.body) : 'no answer';
    },
  );
  const chosen = ranked.find((entry) => entry.file === file)!;
  return {
    key: 'county-overview',
    title: `County overview (${chosen.file.definition.name?.value ?? 'anonymous'})`,
    sources: [source(chosen.file)],
    surface: 'full',
    viewer: viewers.leader,
    variants: await divisionRotation(chosen.file, 'full', viewers.leader, record),
    volatile: [],
    subgraphs: chosen.subgraphs,
    rotated: true,
  };
}

async function fromCandidates(
  key: OperationKey,
  title: string,
  { surface, viewer }: { surface: 'full' | 'public'; viewer: Viewer },
  planner: Planner,
  record: (params: RecordParams) => Promise<RecordedRequest[]>,
): Promise<BenchOperation> {
  const file = await firstAnswered(key, await operationFiles(join(operationsRoot, key)), planner, async (candidate) => {
    const [answer] = await record({ surface, viewer, requests: [request(candidate)] });
    return answer ? problemWith(answer.status, answer.body) : 'no answer';
  });
  return {
    key,
    title: `${title} (${file.definition.name?.value ?? 'anonymous'})`,
    sources: [source(file)],
    surface,
    viewer,
    variants: await divisionRotation(file, surface, viewer, record),
    volatile: [],
    subgraphs: planner.subgraphsOf(request(file)),
    rotated: true,
  };
}

const round2 = (value: number) => Math.round(value * 100) / 100;

/**
 * Re-surveys (the example `RecordResurvey`) and stock corrections, alternating, over distinct
 * sub-compartments so that concurrent requests never touch the same record. Every update sets
 * absolute values that alternate between two states, so the data every system sees stays the
 * same; only the version counter and timestamp move. Creations are left out on purpose: they
 * would grow the tables between one system's run and the next.
 */
async function mutationMix(
  planner: Planner,
  connections: number,
  record: (params: RecordParams) => Promise<RecordedRequest[]>,
): Promise<BenchOperation> {
  const viewer = viewers.staff('forest-resources');
  const directory = join(operationsRoot, 'mutation-mix');
  const [targetsFile, correctionFile, resurveyFile] = await Promise.all([
    readOperationFile(join(directory, 'targets.graphql')),
    readOperationFile(join(directory, 'correct-stand.graphql')),
    readOperationFile(join(examplesRoot, 'record-resurvey.graphql')),
  ]);
  if (!targetsFile || !correctionFile) throw new Error(`${relative(repositoryRoot, directory)} is incomplete`);
  const kinds = [resurveyFile, correctionFile].filter((file): file is OperationFile => file !== undefined && planner.validate(file.query).length === 0);
  if (kinds.length === 0 || planner.validate(targetsFile.query).length > 0) {
    throw new Error('The mutation mix is not valid against the supergraph');
  }
  const wanted = Math.min(100, Math.max(32, 2 * connections));
  const [answer] = await record({ surface: 'full', viewer, requests: [request(targetsFile, { first: Math.min(200, 2 * wanted) })] });
  type Target = { id: string; averageAge: number; stockVolume: number };
  const candidates = ((answer?.body.data as { subCompartments?: { edges: { node: Target }[] } } | undefined)?.subCompartments?.edges ?? []).map(
    (edge) => edge.node,
  );
  const update = (kind: OperationFile, target: Target, second: boolean) =>
    request(kind, {
      id: target.id,
      input:
        kind === resurveyFile
          ? { surveyYear: 2025, averageAge: target.averageAge + (second ? 1 : 0) }
          : { stockVolume: second ? round2(Math.max(0, target.stockVolume - 1)) : target.stockVolume },
    });
  // Only records the subgraph accepts every kind of update for: an update validates the whole
  // record, and a stored value the validation rejects would turn every request into an error.
  const probes = await record({ surface: 'full', viewer, requests: candidates.flatMap((target) => kinds.map((kind) => update(kind, target, false))) });
  const accepted = candidates.filter((_, index) => probes.slice(index * kinds.length, (index + 1) * kinds.length).every((probe) => !probe.body.errors?.length));
  // An even count keeps each target on one kind of update, so that every answer depends only on its request.
  const targets = accepted.slice(0, Math.min(wanted, accepted.length - (accepted.length % 2)));
  if (targets.length < Math.max(2, 2 * connections)) {
    throw new Error(
      `The mutation mix needs ${2 * connections} sub-compartments to update; ${candidates.length} found, ${accepted.length} accept updates`,
    );
  }
  const variants: GraphQLRequest[] = [];
  // Two passes over the targets: the first sets state A, the second state B, and so on, round after round.
  for (let index = 0; index < 2 * targets.length; index++) {
    variants.push(update(kinds[index % kinds.length]!, targets[index % targets.length]!, index >= targets.length));
  }
  return {
    key: 'mutation-mix',
    title: `Mutation mix (${kinds.map((kind) => kind.definition.name?.value).join(' + ')})`,
    sources: [...kinds, targetsFile].map(source),
    surface: 'full',
    viewer,
    variants,
    volatile: ['version', 'updatedAt'],
    subgraphs: [...new Set(kinds.flatMap((kind) => planner.subgraphsOf(request(kind))))].sort(),
    rotated: false,
  };
}

export async function selectOperations(
  keys: OperationKey[],
  planners: { full: Planner; public: Planner },
  connections: number,
  record: (params: RecordParams) => Promise<RecordedRequest[]>,
): Promise<BenchOperation[]> {
  const operations: BenchOperation[] = [];
  for (const key of keys) {
    if (key === 'county-overview') operations.push(await countyOverview(planners.full, record));
    if (key === 'deep-list') operations.push(await fromCandidates(key, 'Deep entity list', { surface: 'full', viewer: viewers.leader }, planners.full, record));
    if (key === 'public-catalogue') {
      operations.push(await fromCandidates(key, 'Public catalogue', { surface: 'public', viewer: viewers.anonymous }, planners.public, record));
    }
    if (key === 'mutation-mix') operations.push(await mutationMix(planners.full, connections, record));
  }
  return operations;
}
