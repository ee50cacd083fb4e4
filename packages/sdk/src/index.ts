export { createBillingClient, type BillingClient, type BillingClientOptions } from './client.js';
export { BillingGraphQLError, BillingTransportError } from './errors.js';
export * from './operations/accounts.js';
export type * from './gql/graphql.js';
