import { atContractPrice, canRenew, priceRenewal } from '@billing/domain';
import type { DataSource } from 'typeorm';
import { fromRefusal } from '../../graphql/refusal.js';
import { recordAudit, type Actor } from '../audit/audit.js';
import { loadCatalog } from '../catalog/catalog.repository.js';
import { nowForAccount } from '../clock/clock.js';
import { contractPriceEntries } from '../contracts/contract-prices.service.js';
import { idempotentForAccount, type StoredResult } from '../idempotency/idempotency.js';
import { recordEvents } from '../events/events.js';
import { onPaidInFull } from '../orders/fulfilment.js';
import { OrderEntity } from '../orders/order.entity.js';
import { insertOrder } from '../orders/order-writer.js';
import { purchaseRefusal } from '../accounts/account-standing.js';
import { pendingRenewalRefusal, readSubscriptionAsOf } from '../orders/subscription-as-of.js';
import { SubscriptionEntity } from '../subscriptions/subscription.entity.js';

export interface RenewArgs {
  subscriptionId: string;
  years: number;
  idempotencyKey: string;
}

export class RenewalsService {
  constructor(
    private readonly db: DataSource,
    private readonly actor: Actor,
  ) {}

  /**
   * R-RENEW-1 (window, through grace) and R-CAT-4 (sunset) decide whether; R-RENEW-2, R-RENEW-3,
   * R-LEGACY-1 and R-MIG-3 price a RENEWAL order for the period from the previous end. Paid in
   * full, `onPaidInFull` moves the period end and records the due date (R-RENEW-5).
   */
  renew(accountId: string, args: RenewArgs): Promise<StoredResult> {
    return idempotentForAccount(
      this.db,
      accountId,
      { key: args.idempotencyKey, operation: 'renewSubscription', input: args },
      async (tx) => {
        const standing = await purchaseRefusal(tx, accountId, ['subscriptionId']);
        if (standing) return { ids: {}, userErrors: [standing] };
        const now = await nowForAccount(tx, accountId);
        const catalog = await loadCatalog(tx);
        const sub = await tx
          .getRepository(SubscriptionEntity)
          .findOneByOrFail({ id: args.subscriptionId });
        const current = await readSubscriptionAsOf(tx, sub, catalog, now.today);
        const allowed = canRenew(current.lifecycle, now.today);
        if (!allowed.ok) return { ids: {}, userErrors: [fromRefusal(allowed.refusal)] };
        const pending = pendingRenewalRefusal(current);
        if (pending) return { ids: {}, userErrors: [fromRefusal(pending)] };
        const priced = priceRenewal({
          catalog,
          // R-CAT-2, R-RENEW-3: a contract-priced plan renews at the price in force on the
          // renewal's order date, as a catalog plan renews at the book in force that day.
          subscription: atContractPrice(
            current.priced,
            await contractPriceEntries(tx, accountId),
            now.today,
          ),
          years: args.years,
          date: now.today,
        });
        if (!priced.ok) return { ids: {}, userErrors: [fromRefusal(priced.refusal)] };

        const order = await insertOrder(tx, {
          accountId,
          subscriptionId: sub.id,
          kind: 'RENEWAL',
          total: priced.total,
          orderDate: now.today,
          years: priced.years,
          seats: sub.seats,
          periodStart: priced.periodStart,
          periodEnd: priced.periodEnd,
          promotion: priced.promotionUsed,
          pricing: { bookId: priced.bookId, subscription: priced.subscription },
          explanation: priced.reason,
          explanationMessage: priced.reasonMessage,
          rules: [...new Set([...allowed.rules, ...priced.rules])],
          lines: priced.lines,
        });
        if (order.status === 'PAID') {
          const fulfilled = await onPaidInFull(tx, order, now);
          await tx.getRepository(OrderEntity).save(order);
          await recordEvents(tx, fulfilled);
        }
        await recordAudit(tx, this.actor, {
          action: 'renewSubscription',
          objectType: 'Order',
          objectId: order.id,
          accountId,
          before: {
            subscriptionId: sub.id,
            status: current.state.status,
            periodEnd: sub.periodEnd,
          },
          after: {
            order: {
              kind: order.kind,
              total: order.total,
              status: order.status,
              periodStart: order.periodStart,
              periodEnd: order.periodEnd,
            },
          },
          at: now.instant,
        });
        return { ids: { order: order.id, subscription: sub.id }, userErrors: [] };
      },
    );
  }
}
