import { atContractPrice, priceAddSeats, removeSeats } from '@billing/domain';
import type { DataSource } from 'typeorm';
import { fromRefusal } from '../../graphql/refusal.js';
import { recordAudit, type Actor } from '../audit/audit.js';
import { loadCatalog } from '../catalog/catalog.repository.js';
import { nowForAccount } from '../clock/clock.js';
import { contractPriceEntries } from '../contracts/contract-prices.service.js';
import { idempotentForAccount, type StoredResult } from '../idempotency/idempotency.js';
import { recordEvents, subscriptionEvent } from '../events/events.js';
import { onPaidInFull } from '../orders/fulfilment.js';
import { OrderEntity } from '../orders/order.entity.js';
import { insertOrder } from '../orders/order-writer.js';
import { purchaseRefusal } from '../accounts/account-standing.js';
import { readSubscriptionAsOf, reservedSeatsRefusal } from '../orders/subscription-as-of.js';
import { recordTransition } from '../subscriptions/subscription-events.js';
import { applyPricedState } from '../subscriptions/subscription-facts.js';
import { SubscriptionEntity } from '../subscriptions/subscription.entity.js';

export interface SeatChangeArgs {
  subscriptionId: string;
  seats: number;
  idempotencyKey: string;
}

export class SeatsService {
  constructor(
    private readonly db: DataSource,
    private readonly actor: Actor,
  ) {}

  /**
   * R-SEAT-1, R-SEAT-2, R-SEAT-3, R-SEAT-4, R-LEGACY-2, R-CAT-3, R-CAT-4: an ADD_SEATS order priced
   * on the account's today. The seats count once it is paid in full (`onPaidInFull`); until then
   * they are reserved against the plan's maximum (see `reservedSeatsRefusal`).
   */
  addSeats(accountId: string, args: SeatChangeArgs): Promise<StoredResult> {
    return idempotentForAccount(
      this.db,
      accountId,
      { key: args.idempotencyKey, operation: 'addSeats', input: args },
      async (tx) => {
        const standing = await purchaseRefusal(tx, accountId, ['subscriptionId']);
        if (standing) return { ids: {}, userErrors: [standing] };
        const now = await nowForAccount(tx, accountId);
        const catalog = await loadCatalog(tx);
        const sub = await tx
          .getRepository(SubscriptionEntity)
          .findOneByOrFail({ id: args.subscriptionId });
        const current = await readSubscriptionAsOf(tx, sub, catalog, now.today);
        const priced = priceAddSeats({
          catalog,
          // R-CAT-2: added seats of a contract-priced plan at the contract price in force today.
          subscription: atContractPrice(
            current.priced,
            await contractPriceEntries(tx, accountId),
            now.today,
          ),
          addSeats: args.seats,
          date: now.today,
        });
        if (!priced.ok) return { ids: {}, userErrors: [fromRefusal(priced.refusal)] };
        const reserved = reservedSeatsRefusal(catalog, current, priced.newTotalSeats);
        if (reserved) return { ids: {}, userErrors: [fromRefusal(reserved)] };

        const order = await insertOrder(tx, {
          accountId,
          subscriptionId: sub.id,
          kind: 'ADD_SEATS',
          total: priced.total,
          orderDate: now.today,
          seats: args.seats,
          periodStart: priced.periodStart,
          periodEnd: priced.periodEnd,
          pricing: { bookId: priced.bookId, subscription: priced.subscription },
          explanation: priced.reason,
          explanationMessage: priced.reasonMessage,
          rules: priced.rules,
          lines: priced.lines,
        });
        // A free add (0 billable months, or a free plan) is paid in full as placed.
        if (order.status === 'PAID') {
          const fulfilled = await onPaidInFull(tx, order, now);
          await tx.getRepository(OrderEntity).save(order);
          await recordEvents(tx, fulfilled);
        }
        await recordAudit(tx, this.actor, {
          action: 'addSeats',
          objectType: 'Order',
          objectId: order.id,
          accountId,
          before: {
            subscriptionId: sub.id,
            seats: sub.seats,
            pendingSeats: current.pending.addedSeats,
          },
          after: {
            order: {
              kind: order.kind,
              total: order.total,
              status: order.status,
              seats: args.seats,
            },
            seatsOncePaid: priced.newTotalSeats,
          },
          at: now.instant,
        });
        return { ids: { order: order.id, subscription: sub.id }, userErrors: [] };
      },
    );
  }

  /**
   * R-SEAT-5: the count drops at once and nothing is refunded; R-MIG-4 lowers the legacy seats E
   * and re-reads P. Recorded as a subscription event (R-LIFE-6), in the audit trail and as the
   * billing event `subscription.seats_changed`.
   */
  removeSeats(accountId: string, args: SeatChangeArgs): Promise<StoredResult> {
    return idempotentForAccount(
      this.db,
      accountId,
      { key: args.idempotencyKey, operation: 'removeSeats', input: args },
      async (tx) => {
        const now = await nowForAccount(tx, accountId);
        const catalog = await loadCatalog(tx);
        const subs = tx.getRepository(SubscriptionEntity);
        const sub = await subs.findOneByOrFail({ id: args.subscriptionId });
        const current = await readSubscriptionAsOf(tx, sub, catalog, now.today);
        const removed = removeSeats({
          catalog,
          subscription: current.priced,
          removeSeats: args.seats,
          date: now.today,
        });
        if (!removed.ok) return { ids: {}, userErrors: [fromRefusal(removed.refusal)] };

        const before = { seats: sub.seats, legacySeats: sub.legacySeats, migration: sub.migration };
        applyPricedState(sub, removed.subscription);
        await subs.save(sub);
        await recordEvents(tx, [subscriptionEvent('subscription.seats_changed', sub, now.today)]);
        await recordTransition(tx, {
          subscriptionId: sub.id,
          occurredAt: now.instant,
          effectiveOn: now.today,
          from: current.state.status,
          to: current.state.status,
          cause: 'SEATS_REMOVED',
          rules: removed.rules,
          reason: removed.reason,
        });
        await recordAudit(tx, this.actor, {
          action: 'removeSeats',
          objectType: 'Subscription',
          objectId: sub.id,
          accountId,
          before,
          after: {
            seats: sub.seats,
            legacySeats: sub.legacySeats,
            migration: sub.migration,
            refund: removed.refund,
          },
          at: now.instant,
        });
        return { ids: { subscription: sub.id }, userErrors: [] };
      },
    );
  }
}
