import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { startTracing, tracingEnabled } from '../src/tracing.js';

const packageRoot = fileURLToPath(new URL('..', import.meta.url));

/** Runs a module in a process of its own (tracing is registered once per process); returns its stdout. */
function runModule(source: string, env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', source], { cwd: packageRoot, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(stdout) : reject(new Error(`exit ${code}: ${stderr}`))));
  });
}

describe('startTracing', () => {
  it('registers nothing without an exporter or an OTLP endpoint', () => {
    const saved = { ...process.env };
    delete process.env.OTEL_EXPORTER_OTLP_ENDPOINT;
    delete process.env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT;
    try {
      expect(startTracing({ serviceName: 'forestry-test' })).toBeUndefined();
      expect(tracingEnabled()).toBe(false);
    } finally {
      process.env = saved;
    }
  });

  it('exports over OTLP/HTTP to the endpoint in the environment, and log lines carry the trace ids', async () => {
    const exports: { path: string; body: string }[] = [];
    const collector = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk));
      request.on('end', () => {
        exports.push({ path: request.url ?? '', body });
        response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
    const { port } = collector.address() as AddressInfo;
    try {
      const stdout = await runModule(
        `
        import { trace } from '@opentelemetry/api';
        import { createLogger, startTracing } from '@forestry/subgraph-runtime';
        const tracing = startTracing({ serviceName: 'forestry-default' });
        const log = createLogger('check');
        trace.getTracer('check').startActiveSpan('checked work', (span) => {
          log.info('inside a span');
          span.end();
        });
        log.info('outside any span');
        await tracing.shutdown();
        `,
        { ...process.env, OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${port}`, OTEL_SERVICE_NAME: 'forestry-renamed', LOG_LEVEL: 'info' },
      );
      const lines = stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
      const inside = lines.find((line) => line.msg === 'inside a span');
      const outside = lines.find((line) => line.msg === 'outside any span');
      expect(inside?.trace_id).toMatch(/^[0-9a-f]{32}$/);
      expect(inside?.span_id).toMatch(/^[0-9a-f]{16}$/);
      expect(outside).toBeDefined();
      expect(outside).not.toHaveProperty('trace_id');

      expect(exports.map((exported) => exported.path)).toEqual(['/v1/traces']);
      const body = exports[0]!.body;
      expect(body).toContain('checked work');
      expect(body).toContain(inside!.trace_id as string);
      expect(body).toContain('"forestry-renamed"');
      expect(body).not.toContain('forestry-default');
    } finally {
      collector.close();
    }
  });
});
