import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { DateTimeScalar } from './graphql/scalars.js';
import { AccountsResolver } from './modules/accounts/accounts.resolver.js';
import { AuthResolver } from './modules/auth/auth.resolver.js';
import { NodeResolver } from './graphql/node.resolver.js';
import { VerificationResolver } from './modules/accounts/verification.resolver.js';
import { CatalogResolver } from './modules/catalog/catalog.resolver.js';
import { AccountClockResolver, TestClocksResolver } from './modules/clock/test-clocks.resolver.js';
import { AccountBillingResolver, OrdersResolver } from './modules/orders/orders.resolver.js';
import { SubscriptionsResolver } from './modules/subscriptions/subscriptions.resolver.js';

export const RESOLVERS = [
  AccountsResolver,
  AuthResolver,
  NodeResolver,
  VerificationResolver,
  CatalogResolver,
  SubscriptionsResolver,
  OrdersResolver,
  AccountBillingResolver,
  TestClocksResolver,
  AccountClockResolver,
] as const;

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
