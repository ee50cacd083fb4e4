import type { CodegenConfig } from '@graphql-codegen/cli';

const scalars = { Decimal: 'string', Date: 'string', DateTime: 'string', JSON: 'unknown' };

/**
 * Types and typed documents for the SDK's operations (src/operations/generated.graphql, written
 * by scripts/generate-operations.mjs), from the committed API contract; and the schema's object
 * types, which the webhook events' `data` snapshots are typed from (src/webhook-events.ts).
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
        scalars,
      },
      presetConfig: { fragmentMasking: false },
    },
    // Every object type as the API returns it: a nullable field is `T | null`, always present.
    // Not re-exported as a whole (its enums repeat graphql.ts's); src/webhook-events.ts reads it.
    './src/gql/schema-types.ts': {
      documents: [],
      plugins: [{ add: { content: '/* eslint-disable */' } }, 'typescript'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars,
        avoidOptionals: { field: true },
        maybeValue: 'T | null',
        skipTypename: true,
      },
    },
  },
};

export default config;
