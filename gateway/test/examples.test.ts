import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { repositoryRoot } from '@forestry/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../src/testing.js';

const examplesDir = join(repositoryRoot, 'clients', 'examples');
const examples = (await readdir(examplesDir)).filter((file) => file.endsWith('.graphql')).sort();

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack?.stop());

/** Every leaf list in a response is non-empty and no top-level field is null. */
function expectRealData(value: unknown, path: string): void {
  if (Array.isArray(value)) {
    expect(value.length, `${path} is an empty list`).toBeGreaterThan(0);
    value.forEach((item, index) => expectRealData(item, `${path}[${index}]`));
  } else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) expectRealData(child, `${path}.${key}`);
  }
}

describe('clients/examples', () => {
  it('has examples to run', () => {
    expect(examples.length).toBeGreaterThanOrEqual(3);
  });

  it.each(examples)('%s returns data and no errors through the gateway', async (file) => {
    const query = await readFile(join(examplesDir, file), 'utf8');
    const { status, data, errors } = await stack.request(query);
    expect(errors).toBeUndefined();
    expect(status).toBe(200);
    for (const [field, value] of Object.entries(data ?? {})) {
      expect(value, `${field} is null`).not.toBeNull();
      expectRealData(value, field);
    }
  });
});
