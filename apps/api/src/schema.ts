import {
  DirectiveLocation,
  GraphQLDirective,
  isInterfaceType,
  isObjectType,
  Kind,
  lexicographicSortSchema,
  parse,
  printSchema,
  specifiedDirectives,
  type GraphQLField,
  type GraphQLSchema,
} from 'graphql';
import { buildSchema, getMetadataStorage } from 'type-graphql';
import { guardRootFields } from './graphql/input-boundary.js';
import { DateTimeScalar } from './graphql/scalars.js';
import { AccountsResolver } from './modules/accounts/accounts.resolver.js';
import { ApiTokenFieldsResolver, AuthResolver } from './modules/access/access.resolver.js';
import { NodeResolver } from './graphql/node.resolver.js';
import { VerificationResolver } from './modules/verification/verification.resolver.js';
import { CatalogResolver } from './modules/catalog/catalog.resolver.js';
import { DashboardResolver } from './modules/dashboard/dashboard.resolver.js';
import { ServiceUsageResolver } from './modules/usage/service-usage.resolver.js';
import { JournalResolver } from './modules/journal/journal.resolver.js';
import { OrderJournalResolver } from './modules/orders/order-journal.resolver.js';
import { PaymentJournalResolver } from './modules/payments/payment-journal.resolver.js';
import { TestClocksResolver } from './modules/clock/test-clocks.resolver.js';
import { AccountBillingResolver, OrdersResolver } from './modules/orders/orders.resolver.js';
import { SubscriptionsResolver } from './modules/subscription-changes/subscriptions.resolver.js';
import {
  SubscriptionChangeFieldsResolver,
  SubscriptionChangesResolver,
} from './modules/subscription-changes/subscription-changes.resolver.js';
import {
  AccountContractPricesResolver,
  ContractPricesResolver,
} from './modules/contracts/contract-prices.resolver.js';
import { ValueAddedResolver } from './modules/value-added/value-added.resolver.js';
import { BillingEventsResolver } from './modules/events/events.resolver.js';
import {
  WebhookDeliveriesResolver,
  WebhookEndpointsResolver,
} from './modules/webhooks/webhooks.resolver.js';
import { QuoteResolver } from './modules/quote/quote.resolver.js';
import {
  AccountRefundsResolver,
  OrderRefundsResolver,
  RefundPartResolver,
  RefundsResolver,
} from './modules/refunds/refunds.resolver.js';
import { TestClockPayoutsResolver } from './modules/refunds/payouts-due.js';
import {
  AccountInvoicesResolver,
  InvoicesResolver,
  PaymentInvoiceResolver,
} from './modules/invoices/invoices.resolver.js';
import { PaymentsResolver } from './modules/payments/payments.resolver.js';
import { AuditEntryResolver, AuditResolver } from './modules/audit/audit.resolver.js';
import {
  AccountAuditResolver,
  AuditEntryAccountResolver,
} from './modules/accounts/account-audit.resolver.js';
import { AccountClockResolver } from './modules/accounts/account-clock.resolver.js';
import { SubscriptionRemindersResolver } from './modules/lifecycle/lifecycle.resolver.js';
import { AccountPostpaidResolver, PostpaidResolver } from './modules/postpaid/postpaid.resolver.js';
import {
  OperationsResolver,
  OrderCorrectionFieldsResolver,
  SubscriptionOperationsFieldsResolver,
  TerminationNoticeFieldsResolver,
} from './modules/operations/operations.resolver.js';

/**
 * `@operatorOnly` marks a field only operators may read or call: a customer gets FORBIDDEN. The
 * SDK's generator leaves such nested fields out of the documents every role shares
 * (packages/sdk/scripts/generate-operations.mjs). Put on a field with type-graphql's
 * `@Directive('@operatorOnly')`, next to its `@Field`, `@FieldResolver`, `@Query` or `@Mutation`.
 */
export const OperatorOnlyDirective = new GraphQLDirective({
  name: 'operatorOnly',
  description:
    'Only operators may read or call this field; a customer gets FORBIDDEN (with null for a field).',
  locations: [DirectiveLocation.FIELD_DEFINITION],
});

/** Whether a field of the schema carries `@operatorOnly`. */
export function isOperatorOnly(field: GraphQLField<unknown, unknown>): boolean {
  return (
    field.astNode?.directives?.some(
      (directive) => directive.name.value === OperatorOnlyDirective.name,
    ) ?? false
  );
}

export const RESOLVERS = [
  AccountsResolver,
  AuthResolver,
  ApiTokenFieldsResolver,
  NodeResolver,
  VerificationResolver,
  CatalogResolver,
  SubscriptionsResolver,
  OrdersResolver,
  AccountBillingResolver,
  TestClocksResolver,
  DashboardResolver,
  ServiceUsageResolver,
  JournalResolver,
  OrderJournalResolver,
  PaymentJournalResolver,
  AccountClockResolver,
  SubscriptionChangesResolver,
  SubscriptionChangeFieldsResolver,
  QuoteResolver,
  RefundsResolver,
  RefundPartResolver,
  OrderRefundsResolver,
  AccountRefundsResolver,
  TestClockPayoutsResolver,
  InvoicesResolver,
  PaymentInvoiceResolver,
  AccountInvoicesResolver,
  PaymentsResolver,
  AuditResolver,
  AccountAuditResolver,
  AuditEntryResolver,
  AuditEntryAccountResolver,
  SubscriptionRemindersResolver,
  PostpaidResolver,
  AccountPostpaidResolver,
  OperationsResolver,
  SubscriptionOperationsFieldsResolver,
  TerminationNoticeFieldsResolver,
  OrderCorrectionFieldsResolver,
  ContractPricesResolver,
  AccountContractPricesResolver,
  ValueAddedResolver,
  BillingEventsResolver,
  WebhookEndpointsResolver,
  WebhookDeliveriesResolver,
] as const;

/**
 * A plain field (no resolver method, no middleware: the API uses none) is read by graphql-js's
 * default resolver instead of a type-graphql wrapper that reads the same property: a page of
 * orders with their lines resolves hundreds of such fields, and the wrapper was a call, an
 * object and a closure each. type-graphql's own `simple` option, set on every field whose
 * schema name is its property name (a renamed field keeps the wrapper, which reads the
 * property under its other name).
 */
function useDefaultResolvers(): void {
  for (const field of getMetadataStorage().fields)
    if (field.simple === undefined && field.schemaName === field.name) field.simple = true;
}

export async function buildApiSchema(): Promise<GraphQLSchema> {
  useDefaultResolvers();
  const schema = await buildSchema({
    resolvers: [...RESOLVERS],
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    directives: [...specifiedDirectives, OperatorOnlyDirective],
    validate: false,
    emitSchemaFile: false,
  });
  describeRootTypes(schema);
  return guardRootFields(schema);
}

/** type-graphql builds the root types without a description; the playground shows these. */
function describeRootTypes(schema: GraphQLSchema): void {
  const query = schema.getQueryType();
  if (query)
    query.description =
      'Reads. Amounts are exact (integer fen, shown as yuan with two decimals) and dates are Asia/Shanghai business dates; each answer carries the ids of the rules that decided it (docs/billing-rules.md).';
  const mutation = schema.getMutationType();
  if (mutation)
    mutation.description =
      'Changes. A business refusal is not an error: the payload’s `userErrors` says why and nothing changed. Mutations taking an `idempotencyKey` may be retried safely with the same key.';
}

export const SCHEMA_HEADER =
  '# The public GraphQL contract of the billing API, emitted from apps/api/src.\n' +
  '# Do not edit: run `pnpm --filter @billing/api generate` and commit the result.\n\n';

/**
 * The committed schema text: a stable, sorted print of the schema the code builds. graphql-js's
 * `printSchema` prints the definition of `@operatorOnly` but not its uses, so the printed text is
 * parsed back and ` @operatorOnly` is inserted at the end of each marked field's definition (by
 * the parser's offsets), leaving every other byte as `printSchema` wrote it.
 */
export function printContract(schema: GraphQLSchema): string {
  const sorted = lexicographicSortSchema(schema);
  const printed = printSchema(sorted);
  const ends: number[] = [];
  for (const definition of parse(printed).definitions) {
    if (
      definition.kind !== Kind.OBJECT_TYPE_DEFINITION &&
      definition.kind !== Kind.INTERFACE_TYPE_DEFINITION
    )
      continue;
    const type = sorted.getType(definition.name.value);
    if (!isObjectType(type) && !isInterfaceType(type)) continue;
    for (const field of definition.fields ?? []) {
      const defined = type.getFields()[field.name.value];
      if (defined && isOperatorOnly(defined) && field.loc) ends.push(field.loc.end);
    }
  }
  let text = printed;
  for (const end of ends.sort((a, b) => b - a))
    text = `${text.slice(0, end)} @${OperatorOnlyDirective.name}${text.slice(end)}`;
  return `${SCHEMA_HEADER}${text}\n`;
}
