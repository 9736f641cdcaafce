import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';

/**
 * One request that puts a chosen string where the schema accepts a String or ID: every other
 * required argument and input field holds a plausible value, so that the string reaches as far
 * into the subgraph as validation lets it.
 */
export interface StringProbe {
  operation: 'query' | 'mutation';
  /** The root field, e.g. `reportFireIncident`. */
  field: string;
  /** Where the string goes, e.g. `input.place` or `filter.divisionCode[0]`. */
  position: string;
  /** The input field or argument that receives it: a mutation that stores it echoes it under this name. */
  receiver: string;
  document: string;
  variables(value: string): Record<string, unknown>;
}

type Path = (string | number)[];

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const isEnd = (name: string) => /(^to$|To$|end|End|until|Until|before|Before|closes|Closes|deadline)/.test(name);

/**
 * Real values by input name (a unit code, a pest code, …), read from the seeded data: without
 * them most mutations stop at "unknown unit" and the probed string never reaches the database.
 * A plural name (`pestCodes`) uses the value of its singular.
 */
export type KnownValues = Record<string, string>;

/** A value that passes the usual checks for an input of this name, so that other problems do not mask the probed one. */
function plausibleString(name: string, known: KnownValues): string {
  const real = known[name] ?? known[name.replace(/s$/, '')];
  if (real !== undefined) return real;
  if (/^(provinceCode)$/.test(name)) return '230000';
  if (/divisionCode|DivisionCode|parentCode/.test(name)) return '230724';
  if (/^fromMonth$/.test(name)) return '2026-06';
  if (/month|Month/.test(name)) return '2026-10';
  if (/[Ee]mail/.test(name)) return 'officer@example.org';
  if (/[Pp]hone/.test(name)) return '13800138000';
  if (/IdNumber/.test(name)) return '11010519491231002X';
  if (/CreditCode/.test(name)) return '91350100M000100Y43';
  if (/(Id|^id)$/.test(name)) return '00000000-0000-4000-8000-000000000000';
  if (/reviewer/.test(name)) return '王建华';
  if (/(by|By|er|or|Name|name)$/.test(name)) return '李振江';
  // Long enough for the "at least 10 characters" rules of free text.
  return '林区东坡三号瞭望塔附近发现烟点';
}

/** Today in China, where the departments' "not before today" rules are reckoned. */
function chinaDate(offsetMs: number): string {
  return new Date(Date.now() + 8 * HOUR_MS + offsetMs).toISOString().slice(0, 10);
}

function plausibleScalar(type: string, name: string, known: KnownValues): unknown {
  const now = Date.now();
  switch (type) {
    case 'Int':
      return /year|Year/.test(name) ? 2026 : 1;
    case 'Float':
      return /longitude/i.test(name) ? 128.9 : /latitude/i.test(name) ? 47.7 : 1;
    case 'Longitude':
      return 128.9;
    case 'Latitude':
      return 47.7;
    case 'Boolean':
      return false;
    case 'DateTime':
      // Meetings and shifts are scheduled ahead, for a few hours; everything else happened an hour ago.
      if (name === 'startsAt') return new Date(now + DAY_MS).toISOString();
      if (name === 'endsAt') return new Date(now + DAY_MS + 2 * HOUR_MS).toISOString();
      return new Date(isEnd(name) ? now + 20 * DAY_MS : now - HOUR_MS).toISOString();
    case 'Date':
      return chinaDate(isEnd(name) ? 20 * DAY_MS : 0);
    default:
      return plausibleString(name, known);
  }
}

/** A value for an input type: scalars by name, enums by their first value, input objects with their required fields. */
function plausibleValue(type: GraphQLInputType, name: string, known: KnownValues, depth = 0): unknown {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return [plausibleValue(inner.ofType, name, known, depth)];
  if (isEnumType(inner)) return inner.getValues()[0]!.value;
  if (isInputObjectType(inner)) {
    if (depth > 4) return {};
    return Object.fromEntries(
      Object.values(inner.getFields())
        .filter((field) => isNonNullType(field.type) && field.defaultValue === undefined)
        .map((field) => [field.name, plausibleValue(field.type, field.name, known, depth + 1)]),
    );
  }
  return plausibleScalar(getNamedType(inner).name, name, known);
}

/** Plausible values for the arguments a field requires. */
function requiredArguments(field: GraphQLField<unknown, unknown>, known: KnownValues): Record<string, unknown> {
  return Object.fromEntries(
    field.args
      .filter((argument) => isNonNullType(argument.type) && argument.defaultValue === undefined)
      .map((argument) => [argument.name, plausibleValue(argument.type, argument.name, known)]),
  );
}

/** Every path under an argument that ends at a String or ID (list elements at index 0). */
function stringPaths(type: GraphQLInputType, path: Path, seen: ReadonlySet<string>): Path[] {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return stringPaths(inner.ofType, [...path, 0], seen);
  const named = getNamedType(inner);
  if (named.name === 'String' || named.name === 'ID') return [path];
  if (!isInputObjectType(named) || seen.has(named.name)) return [];
  const inside = new Set([...seen, named.name]);
  return Object.values(named.getFields()).flatMap((field) => stringPaths(field.type, [...path, field.name], inside));
}

/** The input type found at `path` below `type` (list levels included). */
function typeAt(type: GraphQLInputType, path: Path): GraphQLInputType {
  let current = type;
  for (const step of path) {
    const inner = isNonNullType(current) ? current.ofType : current;
    if (typeof step === 'number') current = (inner as { ofType: GraphQLInputType }).ofType;
    else current = (getNamedType(inner) as { getFields(): Record<string, { type: GraphQLInputType }> }).getFields()[step]!.type;
  }
  return current;
}

/** The variables of a field: its required arguments plausible, and `value` at `path`, creating what leads there. */
function variablesWith(field: GraphQLField<unknown, unknown>, path: Path, value: string, known: KnownValues): Record<string, unknown> {
  const variables = requiredArguments(field, known);
  const argument = field.args.find((candidate) => candidate.name === path[0])!;
  let container: Record<string | number, unknown> = variables;
  for (let index = 0; index < path.length - 1; index++) {
    const step = path[index]!;
    if (container[step] == null || (Array.isArray(container[step]) && (container[step] as unknown[]).length === 0)) {
      const stepType = index === 0 ? argument.type : typeAt(argument.type, path.slice(1, index + 1));
      const nextName = String(typeof step === 'number' ? path[index - 1] : step);
      container[step] = plausibleValue(stepType, nextName, known);
    }
    container = container[step] as Record<string | number, unknown>;
  }
  container[path[path.length - 1]!] = value;
  return variables;
}

/** The scalar fields a probe asks back: what a mutation stored can be compared with what was sent. */
function leafSelection(type: GraphQLObjectType): string {
  const leaves = Object.values(type.getFields())
    .filter((field) => isLeafType(getNamedType(field.type)) && field.args.every((argument) => !isNonNullType(argument.type)))
    .map((field) => field.name);
  return `{ __typename ${leaves.join(' ')} }`;
}

function selectionFor(field: GraphQLField<unknown, unknown>): string {
  const named = getNamedType(field.type);
  if (isLeafType(named)) return '';
  if (isObjectType(named)) return leafSelection(named);
  return '{ __typename }';
}

function documentFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const typeOf = (argument: GraphQLArgument) => String(argument.type);
  const declarations = field.args.map((argument) => `$${argument.name}: ${typeOf(argument)}`).join(', ');
  const passes = field.args.map((argument) => `${argument.name}: $${argument.name}`).join(', ');
  return `${kind} Probe${declarations ? `(${declarations})` : ''} { ${field.name}${passes ? `(${passes})` : ''} ${selectionFor(field)} }`;
}

function pathText(path: Path): string {
  return path.map((step, index) => (typeof step === 'number' ? `[${step}]` : index === 0 ? step : `.${step}`)).join('');
}

/** Every String and ID position of every query and mutation field of a schema, as a request template. */
export function stringProbes(schema: GraphQLSchema, known: KnownValues = {}): StringProbe[] {
  const probes: StringProbe[] = [];
  for (const [kind, root] of [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const) {
    for (const field of Object.values(root?.getFields() ?? {})) {
      const document = documentFor(kind, field);
      for (const argument of field.args) {
        for (const path of stringPaths(argument.type, [argument.name], new Set())) {
          const named = path.filter((step): step is string => typeof step === 'string');
          probes.push({
            operation: kind,
            field: field.name,
            position: pathText(path),
            receiver: named[named.length - 1]!,
            document,
            variables: (value) => variablesWith(field, path, value, known),
          });
        }
      }
    }
  }
  return probes;
}

/** A request for a root field of a schema, with plausible values for its required arguments. */
export interface FieldRequest {
  operation: 'query' | 'mutation';
  field: string;
  document: string;
  variables: Record<string, unknown>;
}

/** One request for every query and mutation field of a schema. */
export function rootFieldRequests(schema: GraphQLSchema, known: KnownValues = {}): FieldRequest[] {
  return (
    [
      ['query', schema.getQueryType()],
      ['mutation', schema.getMutationType()],
    ] as const
  ).flatMap(([operation, root]) =>
    Object.values(root?.getFields() ?? {}).map((field) => ({
      operation,
      field: field.name,
      document: documentFor(operation, field),
      variables: requiredArguments(field, known),
    })),
  );
}
