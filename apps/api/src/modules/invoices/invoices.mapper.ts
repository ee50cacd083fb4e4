import { ruleRefs } from '../../graphql/explain.type.js';
import { money } from '../../graphql/money.type.js';
import type { InvoiceEntity } from './invoice.entity.js';
import { Invoice, InvoiceStatus, InvoiceType } from './invoice.type.js';

/** The global id format of graphql/node.ts (`Invoice` is not one of its node types yet). */
export function invoiceGlobalId(localId: string): string {
  return Buffer.from(`Invoice:${localId}`, 'utf8').toString('base64url');
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
    dueReason: entity.dueReason,
    issuedAt: entity.issuedAt,
    explanation: entity.explanation,
    rules: ruleRefs(entity.rules),
  });
}
