import { describe, expect, it } from 'vitest';
import { composeSchemaFiles, readSchemaFile, schemaFiles, type SchemaFile } from '../src/index.js';

const composed = await composeSchemaFiles();

describe('generated schema files', () => {
  it('compose without errors', () => {
    expect(composed.supergraph).toContain('@join__graph(name: "forest-resources"');
  });

  it.each(Object.keys(schemaFiles) as SchemaFile[])('schema/%s is current (run `npm run compose`)', async (name) => {
    expect(await readSchemaFile(name)).toBe(composed[name]);
  });
});
