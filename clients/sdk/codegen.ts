import { createHash } from 'node:crypto';
import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Plain hex sha256 of the printed operation: the hash Apollo's persisted query protocol sends
 * and checks. (The preset's own 'sha256' setting prefixes the hash with "sha256:".)
 */
const sha256Hex = (operation: string) => createHash('sha256').update(operation).digest('hex');

/** One typed client per schema: the full graph for partners, the public contract for anyone. */
function typedClient(schema: string, operations: string): CodegenConfig['generates'][string] {
  return {
    schema,
    documents: operations,
    preset: 'client',
    presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: sha256Hex } },
    config: {
      enumsAsTypes: true,
      useTypeImports: true,
      strictScalars: true,
      scalars: { Date: 'string', DateTime: 'string', Latitude: 'number', Longitude: 'number', JSON: 'unknown' },
    },
  };
}

const config: CodegenConfig = {
  // The package compiles as Node ESM (NodeNext), which needs file extensions in relative imports.
  importExtension: '.js',
  generates: {
    'src/generated/partner/': typedClient('../../schema/api.graphql', 'operations/partner/*.graphql'),
    'src/generated/public/': typedClient('../../schema/public.graphql', 'operations/public/*.graphql'),
  },
};

export default config;
