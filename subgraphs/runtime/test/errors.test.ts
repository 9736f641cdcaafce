import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formatError, parseInput } from '../src/errors.js';

describe('parseInput', () => {
  it('lists every problem with its field path in one BAD_USER_INPUT error', () => {
    const schema = z.object({ area: z.number().positive(), name: z.string().min(1) });
    try {
      parseInput(schema, { area: -1, name: '' });
      expect.unreachable();
    } catch (error) {
      expect((error as GraphQLError).extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        problems: [expect.objectContaining({ field: 'input.area' }), expect.objectContaining({ field: 'input.name' })],
      });
    }
  });
});

describe('formatError', () => {
  const logged: unknown[] = [];
  const log = (error: unknown) => logged.push(error);

  it('masks unexpected errors so that no SQL or stack leaves the process', () => {
    const internal = new Error('relation "secret_table" does not exist at db.internal:5432');
    const formatted = formatError({ message: internal.message, extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['x'] } }, internal, log);
    expect(formatted).toEqual({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(logged).toContain(internal);
  });

  it('translates unique-constraint violations into CONFLICT', () => {
    const error = Object.assign(new Error('Unique constraint failed on the fields: (`code`)'), { code: 'P2002' });
    expect(formatError({ message: error.message }, error, log).extensions?.code).toBe('CONFLICT');
  });

  it('translates values the database cannot take into BAD_USER_INPUT, and a lost connection into DATABASE_UNAVAILABLE', () => {
    const driverError = (code: string) =>
      Object.assign(new Error('Raw query failed'), { code: 'P2010', meta: { driverAdapterError: { cause: { kind: 'postgres', code, originalCode: code } } } });
    expect(formatError({ message: 'x' }, driverError('22021'), log).extensions?.code).toBe('BAD_USER_INPUT');
    expect(formatError({ message: 'x' }, driverError('57P01'), log).extensions?.code).toBe('DATABASE_UNAVAILABLE');
    const lost = new Error('Client has encountered a connection error and is not queryable');
    expect(formatError({ message: lost.message }, lost, log)).toEqual({ message: expect.stringMatching(/retry/), extensions: { code: 'DATABASE_UNAVAILABLE' } });
    // Anything else the database raises stays an internal error.
    expect(formatError({ message: 'x' }, driverError('P0001'), log).extensions?.code).toBe('INTERNAL_SERVER_ERROR');
  });

  it('passes platform errors through without their stack', () => {
    const formatted = formatError({ message: 'nope', extensions: { code: 'NOT_FOUND', stacktrace: ['x'] } }, new GraphQLError('nope'), log);
    expect(formatted).toEqual({ message: 'nope', extensions: { code: 'NOT_FOUND' } });
  });
});
