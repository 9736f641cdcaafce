import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { openSync, closeSync, readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';

/** A process the runner started; stopped by its own id only. */
export interface ManagedProcess {
  name: string;
  child: ChildProcess;
  pid: number;
  logFile: string;
  /** Resolves when the process has exited (for whatever reason). */
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

const running = new Set<ManagedProcess>();

/** Kills whatever is still running when the runner exits abnormally (normal paths stop in order). */
process.on('exit', () => {
  for (const managed of running) managed.child.kill('SIGKILL');
});

export function startProcess(
  name: string,
  command: string,
  args: string[],
  options: { env: NodeJS.ProcessEnv; logFile: string; cwd?: string; ipc?: boolean },
): ManagedProcess {
  const log = openSync(options.logFile, 'a');
  const stdio: StdioOptions = ['ignore', log, log];
  if (options.ipc) stdio.push('ipc');
  const child = spawn(command, args, { env: options.env, stdio, cwd: options.cwd });
  closeSync(log);
  if (child.pid === undefined) throw new Error(`Could not start ${name} (${command})`);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const managed: ManagedProcess = {
    name,
    child,
    pid: child.pid,
    logFile: options.logFile,
    exited,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
      }
      running.delete(managed);
    },
  };
  running.add(managed);
  void exited.then(() => running.delete(managed));
  return managed;
}

/** The last lines a process logged, for error messages. */
export function logTail(managed: Pick<ManagedProcess, 'logFile'>, lines = 20): string {
  try {
    return readFileSync(managed.logFile, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

/** Waits until `probe` succeeds, failing early when the process dies. */
export async function waitUntil(
  managed: ManagedProcess,
  probe: () => Promise<boolean>,
  { timeoutMs = 120_000, what = 'ready' }: { timeoutMs?: number; what?: string } = {},
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let dead = false;
  void managed.exited.then(() => (dead = true));
  while (Date.now() < deadline) {
    if (dead) throw new Error(`${managed.name} exited before it was ${what}:\n${logTail(managed)}`);
    if (await probe().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${managed.name} was not ${what} within ${timeoutMs / 1000} s:\n${logTail(managed)}`);
}

// --- Resource use, from /proc (Linux); null elsewhere. ---

async function childrenOf(pid: number): Promise<number[]> {
  const tasks = await readdir(`/proc/${pid}/task`).catch(() => [] as string[]);
  const children: number[] = [];
  for (const task of tasks) {
    const text = await readFile(`/proc/${pid}/task/${task}/children`, 'utf8').catch(() => '');
    children.push(...text.split(' ').filter(Boolean).map(Number));
  }
  return children;
}

/** The process and all its descendants (a gateway that forks workers is measured whole). */
export async function processTree(pid: number): Promise<number[]> {
  const tree = [pid];
  for (let index = 0; index < tree.length; index++) tree.push(...(await childrenOf(tree[index]!)));
  return tree;
}

async function statusField(pid: number, field: string): Promise<number | null> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => null);
  const match = status?.match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'));
  return match ? Number(match[1]) * 1024 : null;
}

/** Peak resident memory (VmHWM) of a process tree, in bytes: the sum of each process's peak. */
export async function peakRss(pid: number): Promise<number | null> {
  let total: number | null = null;
  for (const member of await processTree(pid)) {
    const peak = await statusField(member, 'VmHWM');
    if (peak !== null) total = (total ?? 0) + peak;
  }
  return total;
}

let ticksPerSecond: number | undefined;
function clockTicks(): number {
  if (ticksPerSecond === undefined) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

/** User + system CPU seconds used so far by a process tree. */
export async function cpuSeconds(pid: number): Promise<number | null> {
  let total: number | null = null;
  for (const member of await processTree(pid)) {
    const stat = await readFile(`/proc/${member}/stat`, 'utf8').catch(() => null);
    if (!stat) continue;
    // Fields after the parenthesised command name; utime and stime are the 14th and 15th fields.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    total = (total ?? 0) + (Number(fields[11]) + Number(fields[12])) / clockTicks();
  }
  return total;
}
