import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { DateTimeScalar } from './graphql/scalars.js';
import { AccountsResolver } from './modules/accounts/accounts.resolver.js';
import { AuthResolver } from './modules/auth/auth.resolver.js';
import { NodeResolver } from './graphql/node.resolver.js';

export const RESOLVERS = [AccountsResolver, AuthResolver, NodeResolver] as const;

export function buildApiSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [...RESOLVERS],
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    validate: false,
    emitSchemaFile: false,
  });
}

export const SCHEMA_HEADER =
  '# The public GraphQL contract of the billing API, emitted from apps/api/src.\n' +
  '# Do not edit: run `pnpm --filter @billing/api generate` and commit the result.\n\n';

/** The committed schema text: a stable, sorted print of the schema the code builds. */
export function printContract(schema: GraphQLSchema): string {
  return `${SCHEMA_HEADER}${printSchema(lexicographicSortSchema(schema))}\n`;
}
