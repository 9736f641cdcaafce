// Writes the API schema the gateway serves (the supergraph without its federation machinery)
// for GraphiQL, which gets it with the app rather than by introspection (see src/Sandbox.tsx).
import { mkdir, writeFile } from 'node:fs/promises';
import { printSchema, Supergraph } from '@apollo/federation-internals';
import { readSchemaFile } from '@forestry/schema';

const target = new URL('../src/generated/api-schema.graphql', import.meta.url);
const apiSchema = Supergraph.build(await readSchemaFile('supergraph')).apiSchema();
await mkdir(new URL('.', target), { recursive: true });
await writeFile(target, `${printSchema(apiSchema)}\n`);
