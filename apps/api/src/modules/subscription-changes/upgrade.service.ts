import { msg, upgradeToQidian } from '@billing/domain';
import type { DataSource } from 'typeorm';
import { fromRefusal } from '../../graphql/refusal.js';
import { UserErrorCode, userError } from '../../graphql/user-error.js';
import { recordAudit, type Actor } from '../audit/audit.js';
import { loadCatalog } from '../catalog/catalog.repository.js';
import { nowForAccount } from '../clock/clock.js';
import { idempotentForAccount, type StoredResult } from '../idempotency/idempotency.js';
import { recordEvents } from '../events/events.js';
import { onPaidInFull } from '../orders/fulfilment.js';
import { OrderEntity } from '../orders/order.entity.js';
import { insertOrder } from '../orders/order-writer.js';
import { readSubscriptionAsOf } from '../orders/subscription-as-of.js';
import { recordTransition } from '../subscriptions/subscription-events.js';
import { SubscriptionEntity } from '../subscriptions/subscription.entity.js';

export interface UpgradeArgs {
  subscriptionId: string;
  toProductCode: string;
  idempotencyKey: string;
}

export class UpgradeService {
  constructor(
    private readonly db: DataSource,
    private readonly actor: Actor,
  ) {}

  /**
   * R-MIG-1, R-MIG-2: EQQ → Qidian keeps the seats and the period end and costs nothing; on or
   * before the cut-off it joins the original-price promotion (legacy seats E at price P). Recorded
   * as an UPGRADE order of 0 CNY (its line from the rules engine), fulfilled at once, and as a
   * subscription event (R-LIFE-6).
   */
  upgrade(accountId: string, args: UpgradeArgs): Promise<StoredResult> {
    return idempotentForAccount(
      this.db,
      accountId,
      { key: args.idempotencyKey, operation: 'upgradeSubscription', input: args },
      async (tx) => {
        const now = await nowForAccount(tx, accountId);
        const catalog = await loadCatalog(tx);
        const sub = await tx
          .getRepository(SubscriptionEntity)
          .findOneByOrFail({ id: args.subscriptionId });
        const current = await readSubscriptionAsOf(tx, sub, catalog, now.today);
        const upgraded = upgradeToQidian({
          catalog,
          subscription: current.priced,
          date: now.today,
        });
        if (!upgraded.ok) return { ids: {}, userErrors: [fromRefusal(upgraded.refusal)] };
        const target = upgraded.subscription.productCode;
        if (args.toProductCode !== target) {
          return {
            ids: {},
            userErrors: [
              userError(
                UserErrorCode.INVALID_INPUT,
                msg('api.upgrade.target', {
                  fromProduct: sub.productCode,
                  target,
                  requested: args.toProductCode,
                }),
                ['toProductCode'],
              ),
            ],
          };
        }

        const before = {
          productCode: sub.productCode,
          planCode: sub.planCode,
          seats: sub.seats,
          periodEnd: sub.periodEnd,
          migration: sub.migration,
        };
        const order = await insertOrder(tx, {
          accountId,
          subscriptionId: sub.id,
          kind: 'UPGRADE',
          total: upgraded.total,
          orderDate: now.today,
          seats: sub.seats,
          periodEnd: sub.periodEnd,
          promotion: upgraded.promotion,
          pricing: { subscription: upgraded.subscription },
          explanation: upgraded.reason,
          explanationMessage: upgraded.reasonMessage,
          rules: upgraded.rules,
          lines: upgraded.lines,
        });
        // 0 CNY: paid in full as placed, so fulfilment stores the upgraded state at once.
        const fulfilled = await onPaidInFull(tx, order, now);
        await tx.getRepository(OrderEntity).save(order);
        await recordEvents(tx, fulfilled);
        await recordTransition(tx, {
          subscriptionId: sub.id,
          occurredAt: now.instant,
          effectiveOn: now.today,
          from: current.state.status,
          to: current.state.status,
          cause: 'UPGRADED',
          rules: upgraded.rules,
          reason: upgraded.reason,
          reasonMessage: upgraded.reasonMessage,
        });
        const after = await tx.getRepository(SubscriptionEntity).findOneByOrFail({ id: sub.id });
        await recordAudit(tx, this.actor, {
          action: 'upgradeSubscription',
          objectType: 'Subscription',
          objectId: sub.id,
          accountId,
          before,
          after: {
            productCode: after.productCode,
            planCode: after.planCode,
            seats: after.seats,
            periodEnd: after.periodEnd,
            migration: after.migration,
            order: { id: order.id, kind: order.kind, total: order.total, status: order.status },
          },
          at: now.instant,
        });
        return { ids: { order: order.id, subscription: sub.id }, userErrors: [] };
      },
    );
  }
}
