import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import { repositoryRoot } from './paths.js';

/** The parts of a V8 `.cpuprofile` (written by `node --cpu-prof`) the summary reads. */
interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileEntry {
  name: string;
  /** Share of the non-idle samples taken while the function itself was running. */
  selfPercent: number;
}

export interface ProfileSummary {
  file: string;
  samples: number;
  byFunction: ProfileEntry[];
  byPackage: ProfileEntry[];
}

/** Microseconds on the monotonic clock V8 stamps its samples with. */
export function monotonicMicros(): number {
  return Number(process.hrtime.bigint() / 1000n);
}

function location(url: string): string {
  if (!url) return '';
  const path = url.startsWith('file://') ? fileURLToPath(url) : url;
  const modules = path.lastIndexOf('node_modules/');
  return modules >= 0 ? path.slice(modules + 'node_modules/'.length) : relative(repositoryRoot, path);
}

function packageOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('node:')) return 'node (built-in)';
  const path = location(url);
  if (url.includes('node_modules/')) {
    const parts = path.split('/');
    return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
  }
  return path.split('/').slice(0, path.startsWith('subgraphs/') ? 2 : 1).join('/');
}

/**
 * Self time by function and by package, over the samples taken between `from` and `to`
 * (monotonic microseconds): the measured run, without start-up and warm-up.
 */
export async function summariseProfile(file: string, window: { from: number; to: number }, top = 15): Promise<ProfileSummary> {
  const profile = JSON.parse(await readFile(file, 'utf8')) as CpuProfile;
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const byFunction = new Map<string, number>();
  const byPackage = new Map<string, number>();
  let counted = 0;
  let time = profile.startTime;
  profile.samples.forEach((id, index) => {
    time += profile.timeDeltas[index] ?? 0;
    if (time < window.from || time > window.to) return;
    const frame = nodes.get(id)?.callFrame;
    if (!frame || frame.functionName === '(idle)') return;
    counted++;
    const where = location(frame.url);
    const name = `${frame.functionName || '(anonymous)'}${where ? ` ${where}:${frame.lineNumber + 1}` : ''}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + 1);
    const owner = packageOf(frame.url, frame.functionName);
    byPackage.set(owner, (byPackage.get(owner) ?? 0) + 1);
  });
  const ranked = (counts: Map<string, number>) =>
    [...counts]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, count]) => ({ name, selfPercent: Math.round((count / Math.max(1, counted)) * 1000) / 10 }));
  return { file: relative(repositoryRoot, file), samples: counted, byFunction: ranked(byFunction), byPackage: ranked(byPackage) };
}

export function formatProfile(operation: string, summary: ProfileSummary): string {
  const lines = [`Our gateway's CPU profile, ${operation} (${summary.samples} samples in the measured run; self time):`];
  lines.push(`  by package:  ${summary.byPackage.slice(0, 8).map((entry) => `${entry.name} ${entry.selfPercent}%`).join(', ')}`);
  for (const entry of summary.byFunction.slice(0, 10)) lines.push(`  ${entry.selfPercent.toFixed(1).padStart(5)}%  ${entry.name}`);
  return lines.join('\n');
}
