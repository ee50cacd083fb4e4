import type { BusinessDate, Fen, LineItem, Message, OrderKind, RuleId } from '@billing/domain';
import type { EntityManager } from 'typeorm';
import { recordEvents } from '../events/events.js';
import { orderEvent } from './order-events.js';
import { OrderLineEntity } from './order-line.entity.js';
import { OrderEntity, type StoredOrderPricing } from './order.entity.js';

/** Stores a priced order with its lines, exactly as the rules engine priced it. */
export async function insertOrder(
  tx: EntityManager,
  order: {
    accountId: string;
    subscriptionId: string | null;
    kind: OrderKind;
    total: Fen;
    orderDate: BusinessDate;
    years?: number | null;
    seats?: number | null;
    periodStart?: BusinessDate | null;
    periodEnd?: BusinessDate | null;
    promotion?: boolean;
    pricing: StoredOrderPricing;
    explanation: string;
    /** The explanation as a message, to be written in the reader's language. */
    explanationMessage?: Message;
    rules: readonly RuleId[];
    lines: readonly LineItem[];
  },
): Promise<OrderEntity> {
  const repo = tx.getRepository(OrderEntity);
  const saved = await repo.save(
    repo.create({
      accountId: order.accountId,
      subscriptionId: order.subscriptionId,
      kind: order.kind,
      status: order.total === 0 ? 'PAID' : 'AWAITING_PAYMENT',
      total: order.total,
      paid: 0,
      refunded: 0,
      orderDate: order.orderDate,
      paidOn: order.total === 0 ? order.orderDate : null,
      years: order.years ?? null,
      seats: order.seats ?? null,
      periodStart: order.periodStart ?? null,
      periodEnd: order.periodEnd ?? null,
      promotion: order.promotion ?? false,
      pricing: order.pricing,
      explanation: order.explanation,
      explanationMessage: order.explanationMessage ?? null,
      rules: [...order.rules],
    }),
  );
  await tx.getRepository(OrderLineEntity).insert(
    order.lines.map((line, position) => ({
      orderId: saved.id,
      position,
      description: line.description,
      message: line.message ?? null,
      quantity: line.quantity,
      months: line.months,
      unitPrice: line.unitPrice,
      amount: line.amount,
      rules: [...line.rules],
    })),
  );
  // A free order is created paid: both of its events.
  await recordEvents(tx, [
    orderEvent('order.created', saved, order.orderDate),
    ...(saved.status === 'PAID' ? [orderEvent('order.paid', saved, order.orderDate)] : []),
  ]);
  return saved;
}
