import { canLeavePlan, msg } from '@billing/domain';
import type { DataSource } from 'typeorm';
import { UserErrorCode, userError } from '../../graphql/user-error.js';
import { subscriptionPlan } from '../catalog/subscription-plan.js';
import { recordAudit, type Actor } from '../audit/audit.js';
import { loadCatalog } from '../catalog/catalog.repository.js';
import { nowForAccount } from '../clock/clock.js';
import { idempotentForAccount, type StoredResult } from '../idempotency/idempotency.js';
import { readSubscriptionAsOf } from '../orders/subscription-as-of.js';
import { endSubscriptions } from '../subscriptions/subscription-end.js';
import { recordTransition } from '../subscriptions/subscription-events.js';
import { SubscriptionEntity } from '../subscriptions/subscription.entity.js';

export interface LeaveFreePlanArgs {
  subscriptionId: string;
  idempotencyKey: string;
}

/** The history's cause of a subscription its customer left (R-CAT-2, R-LIFE-5). */
export const LEFT_FREE_PLAN = 'LEFT_FREE_PLAN';

/**
 * R-CAT-2, R-LIFE-5: a free plan has no period end, so it ends only when the customer leaves it
 * (here) or an operator terminates it. Leaving terminates it today (the account's clock): no
 * entitlements from today, nothing to refund (nothing was paid), the enterprise number (if any)
 * returns to the pool (R-NUM-4). A paid plan is refused: it ends at its period end, by a refund
 * or by an operator. Leaving a subscription already left changes nothing and succeeds.
 */
export class LeaveFreePlanService {
  constructor(
    private readonly db: DataSource,
    private readonly actor: Actor,
  ) {}

  leave(accountId: string, args: LeaveFreePlanArgs): Promise<StoredResult> {
    return idempotentForAccount(
      this.db,
      accountId,
      { key: args.idempotencyKey, operation: 'leaveFreePlan', input: args },
      async (tx) => {
        const sub = await tx
          .getRepository(SubscriptionEntity)
          .findOneByOrFail({ id: args.subscriptionId });
        const now = await nowForAccount(tx, accountId);
        const catalog = await loadCatalog(tx);
        const { plan, error } = subscriptionPlan(catalog, sub);
        if (error) return { ids: {}, userErrors: [error] };
        const field = ['subscriptionId'];
        const allowed = canLeavePlan(plan, sub.activatedOn ?? now.today, sub.productCode);
        if (!allowed.ok) {
          return {
            ids: {},
            userErrors: [
              userError(
                UserErrorCode.INVALID_STATE,
                allowed.refusal.text ?? allowed.refusal.message,
                field,
              ),
            ],
          };
        }
        const current = await readSubscriptionAsOf(tx, sub, catalog, now.today);
        const from = current.state.status;
        if (from === 'TERMINATED' || from === 'RECYCLED') {
          const [left]: unknown[] = await tx.query(
            `SELECT 1 FROM subscription_events WHERE subscription_id = $1 AND cause = $2 LIMIT 1`,
            [sub.id, LEFT_FREE_PLAN],
          );
          // Idempotent: already left, nothing more to do.
          if (left) return { ids: { subscription: sub.id }, userErrors: [] };
          return {
            ids: {},
            userErrors: [
              userError(
                UserErrorCode.INVALID_STATE,
                msg('api.subscription.alreadyEnded', { status: { status: from } }),
                field,
              ),
            ],
          };
        }
        const before = {
          status: sub.status,
          terminatedOn: sub.terminatedOn,
          terminationCause: sub.terminationCause,
          enterpriseNumber: sub.enterpriseNumber,
        };
        const released = await endSubscriptions(
          tx,
          [
            {
              id: sub.id,
              to: 'TERMINATED',
              on: now.today,
              terminationCause: 'AGREEMENT_ENDED',
              releasesNumber: true,
            },
          ],
          now.instant,
        );
        const number = released.get(sub.id) ?? null;
        const reason = `${allowed.reason}${
          number ? `; enterprise number ${number} returns to the pool (R-NUM-4)` : ''
        }`;
        await recordTransition(tx, {
          subscriptionId: sub.id,
          occurredAt: now.instant,
          effectiveOn: now.today,
          from,
          to: 'TERMINATED',
          cause: LEFT_FREE_PLAN,
          rules: [...allowed.rules, ...(number ? (['R-NUM-4'] as const) : [])],
          reason,
        });
        await recordAudit(tx, this.actor, {
          action: 'leaveFreePlan',
          objectType: 'Subscription',
          objectId: sub.id,
          accountId,
          before,
          after: {
            status: 'TERMINATED',
            terminatedOn: now.today,
            terminationCause: 'AGREEMENT_ENDED',
            releasedNumber: number,
            reason,
          },
          at: now.instant,
        });
        return { ids: { subscription: sub.id }, userErrors: [] };
      },
    );
  }
}
