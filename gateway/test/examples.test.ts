import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { repositoryRoot } from '@forestry/schema';
import { viewers } from '@forestry/subgraph-runtime/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../src/testing.js';

const examplesDir = join(repositoryRoot, 'clients', 'examples');
const examples = (await readdir(examplesDir)).filter((file) => file.endsWith('.graphql')).sort();

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
  // The audit log example reads earlier attempts: a wildlife officer's refused fire report.
  const refused = await stack.request(
    `mutation ReportFireOutsideOwnDepartment {
      reportFireIncident(input: { divisionCode: "230724", place: "五营林业局21林班1小班", longitude: 129.3462, latitude: 48.3123,
        cause: UNKNOWN, detection: PUBLIC_REPORT, reportedBy: "赵丽华", burnedArea: 0.3, affectedForestArea: 0.2 }) { id }
    }`,
    undefined,
    viewers.staff('wildlife', '230724'),
  );
  expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  await stack.deliverAuditEntries();
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
