import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Types and typed documents for the SDK's operations (src/operations/generated.graphql, written
 * by scripts/generate-operations.mjs), from the committed API contract.
 */
const config: CodegenConfig = {
  schema: '../../apps/api/schema.graphql',
  documents: ['src/operations/*.graphql'],
  emitLegacyCommonJSImports: false,
  generates: {
    './src/gql/': {
      preset: 'client',
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        // Documents as strings: a fraction of the AST's size, sent as they are.
        documentMode: 'string',
        scalars: { Decimal: 'string', Date: 'string', DateTime: 'string', JSON: 'unknown' },
      },
      presetConfig: { fragmentMasking: false },
    },
  },
};

export default config;
