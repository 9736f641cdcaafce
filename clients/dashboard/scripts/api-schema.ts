// Writes the API schema the gateway serves (the supergraph without its federation machinery)
// for GraphQL Code Generator, which cannot read join__ directives.
import { mkdir, writeFile } from 'node:fs/promises';
import { printSchema, Supergraph } from '@apollo/federation-internals';
import { readSchemaFile } from '@forestry/schema';

const target = new URL('../src/generated/api-schema.graphql', import.meta.url);
const apiSchema = Supergraph.build(await readSchemaFile('supergraph')).apiSchema();
await mkdir(new URL('.', target), { recursive: true });
await writeFile(target, `${printSchema(apiSchema)}\n`);
