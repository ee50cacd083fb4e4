import {
  extendForForceMajeure,
  freePlanForceMajeureRefusal,
  mayEndAfterForceMajeure,
  msg,
} from '@billing/domain';
import type { DataSource } from 'typeorm';
import { fromRefusal } from '../../graphql/refusal.js';
import { UserErrorCode, userError } from '../../graphql/user-error.js';
import { subscriptionPlan } from '../catalog/subscription-plan.js';
import { recordAudit, type Actor } from '../audit/audit.js';
import { loadCatalog } from '../catalog/catalog.repository.js';
import { nowForAccount } from '../clock/clock.js';
import { idempotentForAccount, type StoredResult } from '../idempotency/idempotency.js';
import { readSubscriptionAsOf } from '../orders/subscription-as-of.js';
import { recordTransition } from '../subscriptions/subscription-events.js';
import { isOpenEnded } from '../subscriptions/subscription-facts.js';
import { SubscriptionEntity } from '../subscriptions/subscription.entity.js';
import { ForceMajeureEventEntity } from './force-majeure.entity.js';
import { requiredText } from './required-text.js';

export interface ForceMajeureArgs {
  subscriptionId: string;
  days: number;
  reason: string;
  idempotencyKey: string;
}

/**
 * R-FM-1: force majeure suspends obligations and the service period is extended by the
 * suspension's length (`extendForForceMajeure`); after 30 days either side may end the agreement
 * (`mayEndAfterForceMajeure`).
 *
 * Decisions:
 * - The stored period end moves (the order keeps the period it paid for). Every date the API
 *   shows or acts on — expiresOn, renewalOpensOn, graceEndsOn, recycling, reminders, the renewal
 *   period (R-RENEW-2: from the previous end) — reads the period end, so they all follow, and the
 *   lifecycle is given no separate `forceMajeureDays` (that would count the days twice). Each
 *   recorded stretch is kept with the period end before and after it.
 * - Each record is a further stretch of force majeure: "may end" is decided on the total days
 *   recorded for the subscription (the spec gives no start date to tell events apart).
 * - Recorded only while the subscription has a period in force (ACTIVE, GRACE or SUSPENDED), and
 *   not while a renewal order awaits payment: it was priced from the current period end.
 */
export class ForceMajeureService {
  constructor(
    private readonly db: DataSource,
    private readonly actor: Actor,
  ) {}

  record(accountId: string, args: ForceMajeureArgs): Promise<StoredResult> {
    return idempotentForAccount(
      this.db,
      accountId,
      { key: args.idempotencyKey, operation: 'recordForceMajeure', input: args },
      async (tx) => {
        const stated = requiredText(args.reason, 'reason', msg('api.fm.reasonRequired'));
        if ('error' in stated) return { ids: {}, userErrors: [stated.error] };
        const reason = stated.text;
        if (!Number.isInteger(args.days) || args.days < 1 || args.days > 3660) {
          return {
            ids: {},
            userErrors: [userError(UserErrorCode.INVALID_INPUT, msg('api.fm.days'), ['days'])],
          };
        }
        const now = await nowForAccount(tx, accountId);
        const catalog = await loadCatalog(tx);
        const sub = await tx
          .getRepository(SubscriptionEntity)
          .findOneByOrFail({ id: args.subscriptionId });
        const current = await readSubscriptionAsOf(tx, sub, catalog, now.today);
        const from = current.state.status;
        if (isOpenEnded(sub) && (from === 'ACTIVE' || from === 'SUSPENDED')) {
          // R-CAT-2: a free plan has no period end for force majeure to extend.
          const { plan } = subscriptionPlan(catalog, sub);
          const refused = freePlanForceMajeureRefusal(
            plan ?? { name: sub.planCode },
            sub.productCode,
          );
          return {
            ids: {},
            userErrors: [
              userError(
                UserErrorCode.INVALID_STATE,
                refused.refusal.text ?? refused.refusal.message,
                ['subscriptionId'],
              ),
            ],
          };
        }
        if (
          (from !== 'ACTIVE' && from !== 'GRACE' && from !== 'SUSPENDED') ||
          !sub.periodStart ||
          !sub.periodEnd
        ) {
          return {
            ids: {},
            userErrors: [
              userError(
                UserErrorCode.INVALID_STATE,
                msg('api.fm.noPeriod', { status: { status: from } }),
                ['subscriptionId'],
              ),
            ],
          };
        }
        if (current.pending.renewalOrderId) {
          return {
            ids: {},
            userErrors: [
              userError(UserErrorCode.INVALID_STATE, msg('api.fm.renewalPending'), [
                'subscriptionId',
              ]),
            ],
          };
        }
        const extended = extendForForceMajeure(
          { start: sub.periodStart, end: sub.periodEnd },
          args.days,
        );
        if (!extended.ok) return { ids: {}, userErrors: [fromRefusal(extended.refusal)] };
        const [sum]: Array<{ total: number }> = await tx.query(
          `SELECT coalesce(sum(days), 0)::int AS total FROM force_majeure_events WHERE subscription_id = $1`,
          [sub.id],
        );
        const total = sum?.total ?? 0;
        const may = mayEndAfterForceMajeure(total + args.days);
        if (!may.ok) return { ids: {}, userErrors: [fromRefusal(may.refusal)] };

        const before = {
          status: from,
          periodEnd: sub.periodEnd,
          expiresOn: current.state.expiresOn,
          graceEndsOn: current.state.graceEndsOn,
          forceMajeureDays: total,
        };
        sub.periodEnd = extended.period.end;
        const after = await readSubscriptionAsOf(tx, sub, catalog, now.today);
        const to = after.state.status;
        // A period end moved past today ends grace (the time-driven transitions select on the stored status).
        sub.status = to;
        await tx.getRepository(SubscriptionEntity).save(sub);
        const explanation = `${extended.reason}; ${may.reason}`;
        const rules = [...new Set([...extended.rules, ...may.rules])];
        await tx.getRepository(ForceMajeureEventEntity).insert({
          subscriptionId: sub.id,
          days: args.days,
          reason,
          recordedOn: now.today,
          recordedAt: now.instant,
          periodEndBefore: before.periodEnd,
          periodEndAfter: extended.period.end,
          explanation,
          rules,
        });
        await recordTransition(tx, {
          subscriptionId: sub.id,
          occurredAt: now.instant,
          effectiveOn: now.today,
          from,
          to,
          cause: 'FORCE_MAJEURE',
          rules: [...rules, 'R-LIFE-6'],
          reason: `${reason}: ${explanation}`,
        });
        await recordAudit(tx, this.actor, {
          action: 'recordForceMajeure',
          objectType: 'Subscription',
          objectId: sub.id,
          accountId,
          before,
          after: {
            status: to,
            periodEnd: sub.periodEnd,
            expiresOn: after.state.expiresOn,
            graceEndsOn: after.state.graceEndsOn,
            forceMajeureDays: total + args.days,
            mayEnd: may.mayEnd,
            days: args.days,
            reason,
          },
          at: now.instant,
        });
        return { ids: { subscription: sub.id }, userErrors: [] };
      },
    );
  }
}
