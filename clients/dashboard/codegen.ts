import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  // The API schema the gateway serves to authenticated callers, written by `npm run compose`.
  schema: '../../schema/api.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/generated/**'],
  generates: {
    'src/generated/graphql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        strictScalars: true,
        scalars: { Date: 'string', DateTime: 'string', Latitude: 'number', Longitude: 'number', JSON: 'unknown' },
      },
    },
  },
};

export default config;
