import { parseArgs } from 'node:util';
import { defaultResultsDir } from './paths.js';

export const OPERATION_KEYS = ['county-overview', 'deep-list', 'public-catalogue', 'mutation-mix'] as const;
export type OperationKey = (typeof OPERATION_KEYS)[number];

export const SYSTEMS = ['ours', 'apollo', 'hive', 'floor'] as const;
export type SystemName = (typeof SYSTEMS)[number];

export interface BenchOptions {
  /** Measured seconds per operation and system (and per subgraph fetch for the floor). */
  duration: number;
  /** Unmeasured seconds of the same load before each measurement. */
  warmup: number;
  connections: number;
  /** Server-mode PostgreSQL URL; embedded databases when undefined. */
  postgresUrl: string | undefined;
  operations: OperationKey[];
  systems: SystemName[];
  resultsDir: string;
  /** CPU-profile our gateway during each measured run. */
  profile: boolean;
}

const USAGE = `Usage: npm run bench -- [options]

  --duration <s>      measured seconds per operation and system (default 10, env BENCH_DURATION)
  --warmup <s>        unmeasured seconds of load before each measurement (default 2, env BENCH_WARMUP)
  --connections <n>   concurrent connections (default 10, env BENCH_CONNECTIONS)
  --postgres          run the subgraphs on the PostgreSQL server named by TEST_POSTGRES_URL
  --operations <list> comma-separated subset of ${OPERATION_KEYS.join(', ')}
  --systems <list>    comma-separated subset of ${SYSTEMS.join(', ')} (ours is always measured)
  --results <dir>     where the JSON report goes (default bench/results)
  --profile           CPU-profile our gateway during each measured run and summarise where it spends
                      its time (profiles are kept under <results>/profiles/)
  --help              this text`;

export function positiveNumber(name: string, raw: string | undefined, fallback: number, { integer = false, allowZero = false } = {}): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0 || (!allowZero && value === 0) || (integer && !Number.isInteger(value))) {
    throw new Error(`${name} must be a ${integer ? 'whole ' : ''}number${allowZero ? '' : ' above 0'}, not "${raw}"`);
  }
  return value;
}

function subset<T extends string>(name: string, raw: string | undefined, all: readonly T[]): T[] {
  if (!raw) return [...all];
  const wanted = raw.split(',').map((entry) => entry.trim()).filter(Boolean);
  const unknown = wanted.filter((entry) => !all.includes(entry as T));
  if (unknown.length > 0) throw new Error(`Unknown ${name}: ${unknown.join(', ')} (choose from ${all.join(', ')})`);
  return all.filter((entry) => wanted.includes(entry));
}

/** Reads the command line and `BENCH_*` variables; prints the usage and exits on `--help`. */
export function parseOptions(argv: string[], env: NodeJS.ProcessEnv = process.env): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      duration: { type: 'string' },
      warmup: { type: 'string' },
      connections: { type: 'string' },
      postgres: { type: 'boolean', default: false },
      operations: { type: 'string' },
      systems: { type: 'string' },
      results: { type: 'string' },
      profile: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const postgresUrl = values.postgres ? env.TEST_POSTGRES_URL : undefined;
  if (values.postgres && !postgresUrl) {
    throw new Error('--postgres needs TEST_POSTGRES_URL, e.g. TEST_POSTGRES_URL=postgres://postgres@127.0.0.1:5432/postgres');
  }
  const systems = subset('systems', values.systems, SYSTEMS);
  return {
    duration: positiveNumber('--duration', values.duration ?? env.BENCH_DURATION, 10),
    warmup: positiveNumber('--warmup', values.warmup ?? env.BENCH_WARMUP, 2, { allowZero: true }),
    connections: positiveNumber('--connections', values.connections ?? env.BENCH_CONNECTIONS, 10, { integer: true }),
    postgresUrl,
    operations: subset('operations', values.operations, OPERATION_KEYS),
    // Every ratio is relative to our gateway, and the other systems are checked against its answers.
    systems: systems.includes('ours') ? systems : ['ours', ...systems],
    resultsDir: values.results ?? defaultResultsDir,
    profile: values.profile ?? false,
  };
}
