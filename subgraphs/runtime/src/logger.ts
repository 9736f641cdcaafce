import { pino, type Logger } from 'pino';
import { activeTraceIds } from './tracing.js';

/** Structured JSON logs on stdout, one line per event; `LOG_LEVEL` sets the threshold. */
export function createLogger(service: string): Logger {
  return pino({
    name: service,
    level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info'),
    base: { service },
    // Lines written while a span is active carry its ids, so logs and traces can be joined.
    mixin: () => activeTraceIds() ?? {},
  });
}

export type { Logger };
