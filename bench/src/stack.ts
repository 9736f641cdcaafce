import { join } from 'node:path';
import type { ChildMessage, ParentMessage, RecordedRequest, RecordParams, StackInfo } from './ipc.js';
import { logTail, startProcess, type ManagedProcess } from './processes.js';
import { stackEntry } from './paths.js';

export interface Stack {
  info: StackInfo;
  process: ManagedProcess;
  /** Sends requests through the stack's own gateway and returns its answers with the subgraph requests it made. */
  record(params: RecordParams): Promise<RecordedRequest[]>;
  stop(): Promise<void>;
}

/** Starts every subgraph the checked-in supergraph names, with seeded databases, in a child process. */
export async function startStack(options: { runDir: string; postgresUrl: string | undefined; env: NodeJS.ProcessEnv }): Promise<Stack> {
  const env: NodeJS.ProcessEnv = { ...options.env };
  if (options.postgresUrl) env.TEST_POSTGRES_URL = options.postgresUrl;
  else delete env.TEST_POSTGRES_URL;
  const managed = startProcess('subgraph stack', process.execPath, [stackEntry], {
    env,
    logFile: join(options.runDir, 'stack.log'),
    ipc: true,
  });
  const pending = new Map<number, { resolve(result: RecordedRequest[]): void; reject(error: Error): void }>();
  let nextId = 1;

  const info = await new Promise<StackInfo>((resolve, reject) => {
    managed.child.on('message', (message: ChildMessage) => {
      if (message.type === 'ready') resolve(message.info);
      else if (message.type === 'failed') reject(new Error(`The subgraph stack failed to start:\n${message.message}`));
      else if (message.type === 'reply') {
        const waiting = pending.get(message.id);
        pending.delete(message.id);
        if (message.error !== undefined) waiting?.reject(new Error(message.error));
        else waiting?.resolve(message.result ?? []);
      }
    });
    void managed.exited.then((code) => {
      const error = new Error(`The subgraph stack exited (code ${code}):\n${logTail(managed)}`);
      reject(error);
      for (const waiting of pending.values()) waiting.reject(error);
      pending.clear();
    });
  });

  return {
    info,
    process: managed,
    record(params) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        managed.child.send({ type: 'record', id, params } satisfies ParentMessage);
      });
    },
    stop: () => managed.stop(),
  };
}
