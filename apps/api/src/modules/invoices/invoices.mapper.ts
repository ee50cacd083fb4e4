import { fromGlobalId, toGlobalId } from '../../graphql/node.js';
import { inCallerLanguage } from '../../locale.js';
import { ruleRefs } from '../../graphql/explain.type.js';
import { money } from '../../graphql/money.type.js';
import type { InvoiceEntity, InvoiceVoidEntity } from './invoice.entity.js';
import { creditedAfterIssue } from './invoice-credit.js';
import { Invoice, InvoiceStatus, InvoiceType, VoidedFapiao } from './invoice.type.js';

/** The invoice's global id (graphql/node.ts): `node(id)` resolves it. */
export function invoiceGlobalId(localId: string): string {
  return toGlobalId('Invoice', localId);
}

export function toInvoice(entity: InvoiceEntity): Invoice {
  return Object.assign(new Invoice(), {
    id: invoiceGlobalId(entity.id),
    entity,
    title: entity.title,
    type: InvoiceType[entity.type],
    amount: money(entity.amount),
    credited: money(entity.credited),
    status: InvoiceStatus[entity.status],
    requestedAt: entity.requestedAt,
    dueOn: entity.dueOn,
    dueReason: inCallerLanguage(entity.dueReason, entity.dueReasonMessage),
    issuedAt: entity.issuedAt,
    number: entity.number,
    issuedOn: entity.issuedOn,
    issuedAmount: entity.issuedAmount === null ? null : money(entity.issuedAmount),
    creditedOn: entity.creditedOn,
    explanation: inCallerLanguage(entity.explanation, entity.explanationMessage),
    rules: ruleRefs(entity.rules),
  });
}

export function toVoidedFapiao(entity: InvoiceVoidEntity): VoidedFapiao {
  return Object.assign(new VoidedFapiao(), {
    number: entity.number,
    issuedOn: entity.issuedOn,
    amount: money(entity.amount),
    reason: entity.reason,
    voidedAt: entity.voidedAt,
  });
}

/** The local id of an invoice's global id; null when malformed or of another type. */
export function invoiceLocalId(globalId: string): string | null {
  return fromGlobalId(globalId, 'Invoice')?.id ?? null;
}

/** Where the fapiao of an issued invoice is downloaded (Bearer token, like /graphql). */
export function documentPath(entity: InvoiceEntity): string | null {
  return entity.number === null ? null : `/invoices/${invoiceGlobalId(entity.id)}.pdf`;
}

/** Where the red-letter credit note of an issued invoice is downloaded, once refunds credited it. */
export function creditNotePath(entity: InvoiceEntity): string | null {
  return entity.number !== null && creditedAfterIssue(entity) > 0
    ? `/invoices/${invoiceGlobalId(entity.id)}/credit-note.pdf`
    : null;
}
