import type { Latency, LoadStats } from './load.js';
import type { SystemName } from './options.js';
import type { ProfileSummary } from './profile.js';

export interface FloorFetch {
  slot: number;
  subgraph: string;
  url: string;
  throughput: number;
  latency: Latency;
  errors: LoadStats['errors'];
  subgraphCpuMsPerRequest: number | null;
}

export interface SystemResult {
  system: SystemName;
  /** Successful operations per second. */
  throughput: number;
  /** Milliseconds per operation. */
  latency: Latency;
  errors: LoadStats['errors'];
  responses: number;
  seconds: number;
  /** CPU time of the gateway process per successful operation (ms); null for the floor. */
  gatewayCpuMsPerRequest: number | null;
  /** CPU time of the subgraph process per successful operation (ms). */
  subgraphCpuMsPerRequest: number | null;
  /** Peak resident memory of the gateway process, started fresh for this operation; null for the floor. */
  peakRssBytes: number | null;
  /** How the floor was computed: the plan's shape and each fetch replayed on its own. */
  floor?: { plan: string; fetches: FloorFetch[] };
  /** Where our gateway spent its CPU during the measured run (with `--profile`). */
  profile?: ProfileSummary;
}

export interface Ratio {
  /** ours ÷ other: above 1 means we serve more. */
  throughput: number;
  /** ours ÷ other: above 1 means we are slower. */
  p50: number;
  p95: number;
  p99: number;
}

export interface OperationResult {
  key: string;
  title: string;
  sources: string[];
  surface: 'full' | 'public';
  viewer: string;
  subgraphs: string[];
  variants: number;
  systems: SystemResult[];
  /** Our gateway relative to each other system. */
  ratios: Partial<Record<Exclude<SystemName, 'ours'>, Ratio>>;
}

export function ratiosOf(systems: SystemResult[]): OperationResult['ratios'] {
  const ours = systems.find((result) => result.system === 'ours');
  if (!ours) return {};
  const ratios: OperationResult['ratios'] = {};
  for (const other of systems) {
    if (other.system === 'ours') continue;
    ratios[other.system] = {
      throughput: ours.throughput / other.throughput,
      p50: ours.latency.p50 / other.latency.p50,
      p95: ours.latency.p95 / other.latency.p95,
      p99: ours.latency.p99 / other.latency.p99,
    };
  }
  return ratios;
}

const LABELS: Record<SystemName, string> = {
  ours: 'ours',
  apollo: 'apollo (b)',
  hive: 'hive (c)',
  floor: 'floor (d)',
};

function fixed(value: number | null | undefined, digits = 1): string {
  return value === null || value === undefined || !Number.isFinite(value) ? '–' : value.toFixed(digits);
}

function times(value: number): string {
  return Number.isFinite(value) ? `${value.toFixed(2)}×` : '–';
}

function table(header: string[], rows: string[][], alignLeft: number): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) =>
    cells.map((cell, column) => (column < alignLeft ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ').trimEnd();
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

export function formatResults(results: OperationResult[]): string {
  const rows: string[][] = [];
  for (const operation of results) {
    operation.systems.forEach((result, index) =>
      rows.push([
        index === 0 ? operation.key : '',
        LABELS[result.system],
        fixed(result.throughput),
        String(result.responses),
        fixed(result.latency.p50),
        fixed(result.latency.p95),
        fixed(result.latency.p99),
        String(result.errors.total),
        fixed(result.gatewayCpuMsPerRequest, 2),
        fixed(result.subgraphCpuMsPerRequest, 2),
        result.peakRssBytes === null ? '–' : fixed(result.peakRssBytes / 2 ** 20, 0),
      ]),
    );
  }
  const measurements = table(
    ['operation', 'system', 'req/s', 'responses', 'p50 ms', 'p95 ms', 'p99 ms', 'errors', 'gw CPU ms/req', 'subgraph CPU ms/req', 'peak RSS MiB'],
    rows,
    2,
  );
  const ratioRows: string[][] = [];
  for (const operation of results) {
    Object.entries(operation.ratios).forEach(([system, ratio], index) =>
      ratioRows.push([
        index === 0 ? operation.key : '',
        `ours ÷ ${LABELS[system as SystemName]}`,
        times(ratio.throughput),
        times(ratio.p50),
        times(ratio.p95),
        times(ratio.p99),
      ]),
    );
  }
  const ratios = ratioRows.length
    ? `\n\nRatios (req/s above 1: we serve more; latency above 1: we are slower)\n\n${table(
        ['operation', 'compared with', 'req/s', 'p50', 'p95', 'p99'],
        ratioRows,
        2,
      )}`
    : '';
  return `${measurements}${ratios}`;
}
