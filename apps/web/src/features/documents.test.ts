// What the web client's documents ask of the API's connections: the order each list is read in,
// that paging keeps that order, and that nothing deprecated or unshown is selected.
import { readFileSync } from 'node:fs';
import {
  Kind,
  type OperationDefinitionNode,
  NoDeprecatedCustomRule,
  buildSchema,
  parse,
  validate,
  visit,
  type DocumentNode,
  type FieldNode,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import * as generated from '../gql/graphql.js';
import { AccountJournalQuery } from './accounts/account-detail-page.js';
import { AccountsPageQuery } from './accounts/accounts-page.js';
import { ApiTokensPageQuery } from './api-tokens/api-tokens-page.js';
import { AuditTrailQuery } from './audit/audit-trail.js';
import { InvoicesPageQuery } from './invoices/invoices-page.js';
import { OverdueInvoicesQuery } from './invoices/overdue-invoices-page.js';
import { PortalInvoicesQuery } from './portal/invoices-section.js';
import { PortalOrdersQuery, PortalPaymentsQuery } from './portal/orders-section.js';
import { PostpaidBillsQuery } from './portal/postpaid-bills.js';
import { PortalRefundsQuery } from './portal/refunds-section.js';
import { RefundQueueQuery } from './refunds/refund-queue-page.js';
import { SubscriptionCardFragmentDoc } from './subscriptions/subscription-card.js';
import { TestClockAccountsQuery } from './test-clocks/test-clocks-page.js';
import { VerificationQueueQuery } from './verification/verification-queue-page.js';
import { WebhookEndpointPageQuery } from './webhooks/webhook-endpoint-page.js';
import { WebhookEndpointsQuery } from './webhooks/webhooks-page.js';

/** Every field named `name` in the document (fragments included). */
function fieldsNamed(document: DocumentNode, name: string): FieldNode[] {
  const found: FieldNode[] = [];
  visit(document, {
    Field(node) {
      if (node.name.value === name) found.push(node);
    },
  });
  return found;
}

/** The one field named `name` in the document. */
function theField(document: DocumentNode, name: string): FieldNode {
  const found = fieldsNamed(document, name);
  expect(found, `${name} selected once`).toHaveLength(1);
  return found[0]!;
}

/** An argument as written: an enum or number literal, `$variable`, or undefined when absent. */
function argument(field: FieldNode, name: string): string | number | undefined {
  const value = field.arguments?.find((arg) => arg.name.value === name)?.value;
  if (!value) return undefined;
  if (value.kind === Kind.ENUM) return value.value;
  if (value.kind === Kind.INT) return Number(value.value);
  if (value.kind === Kind.VARIABLE) return `$${value.name.value}`;
  return value.kind;
}

function selects(field: FieldNode, name: string): boolean {
  return Boolean(
    field.selectionSet?.selections.some((s) => s.kind === Kind.FIELD && s.name.value === name),
  );
}

describe('list order', () => {
  it.each([
    ['portal payments (also the operator’s account detail)', PortalPaymentsQuery, 'payments'],
    ['payments offered for an invoice', PortalInvoicesQuery, 'payments'],
    ['postpaid bills', PostpaidBillsQuery, 'postpaidBills'],
    ['the account detail’s payment journal', AccountJournalQuery, 'payments'],
    ['a webhook endpoint’s deliveries', WebhookEndpointPageQuery, 'deliveries'],
  ] as const)('%s: newest first', (_list, document, field) => {
    expect(argument(theField(document, field), 'orderBy')).toBe('NEWEST_FIRST');
  });

  it.each([['the verification queue', VerificationQueueQuery, 'accounts']] as const)(
    '%s: newest first, like every list',
    (_list, document, field) => {
      expect(argument(theField(document, field), 'orderBy')).toBe('NEWEST_FIRST');
    },
  );

  // Lists the reader sorts (list-controls.tsx): the order is the `$sort` variable, which the
  // page sets from the URL (newest first unless it says otherwise; the refund queue oldest).
  it.each([
    ['portal orders', PortalOrdersQuery, 'orders'],
    ['portal refunds', PortalRefundsQuery, 'refunds'],
    ['portal invoices', PortalInvoicesQuery, 'invoices'],
    ['the accounts list', AccountsPageQuery, 'accounts'],
    ['the refund review queue', RefundQueueQuery, 'refunds'],
    ['every invoice (the console’s Invoices page)', InvoicesPageQuery, 'invoices'],
  ] as const)(
    '%s: sorted by the $sort variable, never by orderBy too',
    (_list, document, field) => {
      const connection = theField(document, field);
      expect(argument(connection, 'sort')).toBe('$sort');
      expect(argument(connection, 'orderBy')).toBeUndefined();
    },
  );

  it.each([
    ['the refund review queue', RefundQueueQuery, 'refunds'],
    ['the verification queue', VerificationQueueQuery, 'accounts'],
    ['the accounts list', AccountsPageQuery, 'accounts'],
    ['the audit trail', AuditTrailQuery, 'auditLog'],
    ['the API tokens', ApiTokensPageQuery, 'apiTokens'],
    ['the webhook endpoints', WebhookEndpointsQuery, 'webhookEndpoints'],
    ['a webhook endpoint’s deliveries', WebhookEndpointPageQuery, 'deliveries'],
    ['the overdue invoices', OverdueInvoicesQuery, 'overdueInvoices'],
    ['postpaid bills', PostpaidBillsQuery, 'postpaidBills'],
    ['portal orders', PortalOrdersQuery, 'orders'],
    ['portal payments (also the operator’s account detail)', PortalPaymentsQuery, 'payments'],
    ['portal refunds', PortalRefundsQuery, 'refunds'],
    ['portal invoices', PortalInvoicesQuery, 'invoices'],
    ['every invoice (the console’s Invoices page)', InvoicesPageQuery, 'invoices'],
    ['the account detail’s payment journal', AccountJournalQuery, 'payments'],
    ['a test clock’s accounts and their subscriptions', TestClockAccountsQuery, 'accounts'],
  ] as const)(
    '%s is live: read again every few seconds, "load more" asks for a longer first page ($first, no `after`), so a re-read keeps what was loaded',
    (_list, document, field) => {
      const connection = theField(document, field);
      expect(argument(connection, 'first')).toBe('$first');
      expect(argument(connection, 'after')).toBeUndefined();
      expect(argument(connection, 'before')).toBeUndefined();
    },
  );

  it.each([
    ['the audit trail', AuditTrailQuery, 'auditLog'],
    ['the webhook endpoints', WebhookEndpointsQuery, 'webhookEndpoints'],
  ] as const)(
    '%s is sorted by a variable, newest first by default, kept by a re-read and "load more"',
    (_list, document, field) => {
      expect(argument(theField(document, field), 'orderBy')).toBe('$orderBy');
      const operation = document.definitions.find(
        (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
      );
      const orderBy = operation?.variableDefinitions?.find(
        (v) => v.variable.name.value === 'orderBy',
      );
      // A poll and a longer first page send the query's variables again: the order is kept.
      expect(orderBy?.defaultValue).toMatchObject({ kind: Kind.ENUM, value: 'NEWEST_FIRST' });
    },
  );

  it('R-LIFE-6 a subscription shows its latest 20 transitions as a timeline, oldest of them first', () => {
    const history = theField(SubscriptionCardFragmentDoc, 'historyConnection');
    expect(argument(history, 'last')).toBe(20);
    expect(argument(history, 'first')).toBeUndefined();
    // The list's own order (oldest first): `last` then takes its newest end.
    expect(argument(history, 'orderBy')).toBeUndefined();
    const pageInfo = theField(SubscriptionCardFragmentDoc, 'pageInfo');
    expect(selects(pageInfo, 'hasPreviousPage')).toBe(true);
  });
});

describe('totalCount (counted by the API only when selected)', () => {
  it.each([
    ['portal invoices', PortalInvoicesQuery, 'invoices'],
    ['payments offered for an invoice', PortalInvoicesQuery, 'payments'],
    ['postpaid bills', PostpaidBillsQuery, 'postpaidBills'],
    ['the account detail’s payment journal', AccountJournalQuery, 'payments'],
    ['the verification queue', VerificationQueueQuery, 'accounts'],
    ['a subscription’s history', SubscriptionCardFragmentDoc, 'historyConnection'],
  ] as const)('%s does not ask for it (not shown)', (_list, document, field) => {
    expect(selects(theField(document, field), 'totalCount')).toBe(false);
  });
});

describe('deprecated fields', () => {
  const schema = buildSchema(
    readFileSync(new URL('../../../api/schema.graphql', import.meta.url), 'utf8'),
  );
  const documents = Object.entries(generated).filter(
    (entry): entry is [string, DocumentNode] =>
      typeof entry[1] === 'object' && entry[1] !== null && 'kind' in entry[1],
  );

  it('finds the generated documents', () => {
    expect(documents.length).toBeGreaterThan(40);
  });

  it.each(documents)('%s selects no deprecated field', (_name, document) => {
    expect(validate(schema, document, [NoDeprecatedCustomRule]).map((e) => e.message)).toEqual([]);
  });

  it('the rule does catch one (Subscription.history)', () => {
    const deprecated = parse('query { subscription(id: "x") { history { cause } } }');
    expect(validate(schema, deprecated, [NoDeprecatedCustomRule])).toHaveLength(1);
  });
});
