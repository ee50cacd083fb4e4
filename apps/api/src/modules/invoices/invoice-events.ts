import { toGlobalId } from '../../graphql/node.js';
import { instant, moneyData, ref } from '../events/events.js';
import type { InvoiceEntity } from './invoice.entity.js';

/** An invoice as `Invoice` returns it. */
export function invoiceData(invoice: InvoiceEntity): Record<string, unknown> {
  return {
    id: toGlobalId('Invoice', invoice.id),
    account: ref('Account', invoice.accountId),
    payment: ref('Payment', invoice.paymentId),
    title: invoice.title,
    type: invoice.type,
    status: invoice.status,
    amount: moneyData(invoice.amount),
    credited: moneyData(invoice.credited),
    requestedAt: instant(invoice.requestedAt),
    dueOn: invoice.dueOn ?? null,
    number: invoice.number ?? null,
    issuedOn: invoice.issuedOn ?? null,
    issuedAmount: invoice.issuedAmount === null ? null : moneyData(invoice.issuedAmount),
    issuedAt: instant(invoice.issuedAt),
    creditedOn: invoice.creditedOn ?? null,
    rules: invoice.rules.map((id) => ({ id })),
  };
}
