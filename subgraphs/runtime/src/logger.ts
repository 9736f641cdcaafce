import { pino, type Logger } from 'pino';

/** Structured JSON logs on stdout, one line per event; `LOG_LEVEL` sets the threshold. */
export function createLogger(service: string): Logger {
  return pino({
    name: service,
    level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info'),
    base: { service },
  });
}

export type { Logger };
