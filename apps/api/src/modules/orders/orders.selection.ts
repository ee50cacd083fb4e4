import type { GraphQLResolveInfo } from 'graphql';
import { propertiesFor, selectedNodeFields } from '../../graphql/selection.js';
import type { OrderEntity } from './order.entity.js';

/**
 * What each field of `Order` reads of the order's row, for lists that read only what their
 * selection needs: a page of 20 orders showing their kind, status, total and lines reads 6 of
 * the row's 25 columns, not its pricing, explanation or correction. A field not listed here
 * (`correction`) makes the list read every column. A field that reads a property not listed
 * for it throws when resolved from such a list (`entitySource`), and
 * test/order-columns.test.ts resolves every listed field both ways.
 */
const ORDER_FIELD_NEEDS: Readonly<Record<string, readonly (keyof OrderEntity & string)[]>> = {
  __typename: [],
  id: [],
  kind: ['kind'],
  status: ['status'],
  orderDate: ['orderDate'],
  years: ['years'],
  seats: ['seats'],
  periodStart: ['periodStart'],
  periodEnd: ['periodEnd'],
  paidOn: ['paidOn'],
  fulfilmentDueOn: ['fulfilmentDueOn'],
  explanation: ['explanation', 'explanationMessage'],
  rules: ['rules'],
  createdAt: ['createdAt'],
  total: ['total'],
  paid: ['paid'],
  outstanding: ['total', 'paid'],
  refunded: ['refunded'],
  account: ['accountId'],
  subscription: ['subscriptionId'],
  lines: [],
  payments: [],
  refunds: [],
  journalEntries: [],
};

/** The order properties a list of orders must read for this selection (null: all of them). */
export function orderPropertiesFor(
  info: GraphQLResolveInfo,
): (keyof OrderEntity & string)[] | null {
  return propertiesFor(selectedNodeFields(info), ORDER_FIELD_NEEDS);
}
