import {
  activationPeriod,
  daysBetween,
  extendForForceMajeure,
  fenParam,
  msg,
  orderCorrectionText,
  repriceOrder,
  type BusinessDate,
  type Message,
  type OrderRepricing,
  type Period,
  type RuleId,
} from '@billing/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { fromRefusal } from '../../graphql/refusal.js';
import { UserErrorCode, userError, type UserError } from '../../graphql/user-error.js';
import { recordAudit, type Actor } from '../audit/audit.js';
import { loadCatalog } from '../catalog/catalog.repository.js';
import { nowForAccount } from '../clock/clock.js';
import { recordEvents, subscriptionEvent } from '../events/events.js';
import { idempotentForAccount, type StoredResult } from '../idempotency/idempotency.js';
import { OrderEntity, type StoredOrderCorrection } from '../orders/order.entity.js';
import { readSubscriptionAsOf } from '../orders/subscription-as-of.js';
import { recordTransition } from '../subscriptions/subscription-events.js';
import { applyPricedState } from '../subscriptions/subscription-facts.js';
import { SubscriptionEntity } from '../subscriptions/subscription.entity.js';
import { requiredText } from './required-text.js';

export interface CorrectOrderArgs {
  orderId: string;
  /** What the customer meant; null keeps the order's. */
  years: number | null;
  seats: number | null;
  note: string;
  idempotencyKey: string;
}

const refusedOrder = (
  code: UserErrorCode,
  message: Message,
  field: string[] = ['orderId'],
): StoredResult => ({
  ids: {},
  userErrors: [userError(code, message, field)],
});

/**
 * R-REF-DUPLICATE "wrong order": an operator re-prices a NEW_SUBSCRIPTION or RENEWAL order the
 * customer got wrong (e.g. 3 years instead of 1) with the years and seats meant, at the SAME
 * price-book date (its order date, R-CAT-1), never above what was ordered. The corrected total
 * is stored next to the original (the refund decision reads it: an ORDER_ERROR refund returns
 * exactly the difference); the original total and lines stay as they were.
 *
 * Decision — fulfilled orders: the subscription's period follows the corrected years. An opening
 * not yet activated keeps waiting with the corrected years and seats (activation starts the
 * corrected period); an activated opening or a renewal moves its period end (keeping any
 * force-majeure days added since, R-FM-1), provided it is the subscription's latest purchase
 * (nothing bought, upgraded or ordered after it: those were priced on the old period), the
 * subscription is ACTIVE, and the corrected period has not already run out — using more than the
 * corrected order is not a wrong order. One correction per order. Correcting moves no money:
 * the difference stays revenue until the ORDER_ERROR refund reverses it.
 */
export class OrderCorrectionService {
  constructor(
    private readonly db: DataSource,
    private readonly actor: Actor,
  ) {}

  correct(accountId: string, args: CorrectOrderArgs): Promise<StoredResult> {
    return idempotentForAccount(
      this.db,
      accountId,
      { key: args.idempotencyKey, operation: 'correctOrder', input: args },
      async (tx) => {
        const stated = requiredText(args.note, 'note', msg('api.correction.noteRequired'));
        if ('error' in stated) return { ids: {}, userErrors: [stated.error] };
        const note = stated.text;
        const order = await tx.getRepository(OrderEntity).findOneByOrFail({ id: args.orderId });
        if (order.kind !== 'NEW_SUBSCRIPTION' && order.kind !== 'RENEWAL') {
          return refusedOrder(
            UserErrorCode.INVALID_STATE,
            msg('api.correction.kind', { orderKind: order.kind }),
          );
        }
        if (order.correction)
          return refusedOrder(
            UserErrorCode.INVALID_STATE,
            msg('api.correction.already', { correctedOn: order.correction.correctedOn }),
          );
        if (order.status === 'AWAITING_PAYMENT') {
          return refusedOrder(UserErrorCode.INVALID_STATE, msg('api.correction.unpaid'));
        }
        if (order.status !== 'PAID' && order.status !== 'FULFILLED') {
          return refusedOrder(
            UserErrorCode.INVALID_STATE,
            msg('api.correction.status', { orderStatus: order.status }),
          );
        }
        const years = args.years ?? order.years;
        const seats = args.seats ?? order.seats;
        if (order.kind === 'RENEWAL' && seats !== order.seats) {
          return refusedOrder(UserErrorCode.INVALID_INPUT, msg('api.correction.renewalSeats'), [
            'seats',
          ]);
        }
        if (years === null || seats === null || (years === order.years && seats === order.seats)) {
          return refusedOrder(UserErrorCode.INVALID_INPUT, msg('api.correction.nothing'), [
            'years',
          ]);
        }

        const now = await nowForAccount(tx, accountId);
        const catalog = await loadCatalog(tx);
        const sub = await tx
          .getRepository(SubscriptionEntity)
          .findOneByOrFail({ id: order.subscriptionId! });
        const priced = repriceOrder(catalog, order, years, seats);
        if (!priced.ok) return { ids: {}, userErrors: [fromRefusal(priced.refusal)] };
        const corrected = priced.value;
        if (corrected.total > order.total) {
          return refusedOrder(
            UserErrorCode.INVALID_INPUT,
            msg('api.correction.costsMore', {
              corrected: fenParam(corrected.total),
              original: fenParam(order.total),
            }),
            [args.years !== null ? 'years' : 'seats'],
          );
        }

        const current = await readSubscriptionAsOf(tx, sub, catalog, now.today);
        const moved = await this.correctedPeriod(
          tx,
          order,
          sub,
          corrected,
          years,
          now.today,
          current.state.status,
        );
        if ('error' in moved) return { ids: {}, userErrors: [moved.error] };

        const before = {
          order: {
            total: order.total,
            correctedTotal: order.correctedTotal,
            periodEnd: order.periodEnd,
          },
          subscription: {
            status: current.state.status,
            seats: sub.seats,
            years: sub.years,
            periodEnd: sub.periodEnd,
          },
        };
        const rules: RuleId[] = [...new Set<RuleId>(['R-REF-DUPLICATE', ...corrected.rules])];
        const text = orderCorrectionText({
          kind: order.kind,
          corrected,
          ordered: order.total,
          correctedTotal: corrected.total,
          periodMoved: moved.subscriptionEnd
            ? { end: moved.subscriptionEnd, was: before.subscription.periodEnd }
            : null,
        });
        const correction: StoredOrderCorrection = {
          years,
          seats,
          total: corrected.total,
          lines: corrected.lines,
          explanation: text.explanation,
          explanationMessage: text.explanationMessage,
          rules,
          note,
          correctedAt: now.instant.toISOString(),
          correctedOn: now.today,
          previousPeriodEnd: moved.orderPeriod ? order.periodEnd : null,
        };
        await tx.getRepository(OrderEntity).update(
          { id: order.id },
          {
            correctedTotal: corrected.total,
            correction,
            ...(moved.orderPeriod ? { periodEnd: moved.orderPeriod.end } : {}),
          },
        );

        if (order.kind === 'NEW_SUBSCRIPTION') {
          // The opening's pricing state (seats, tier bought, R-LEGACY rights) is the corrected one.
          applyPricedState(sub, corrected.subscription);
          sub.years = years;
        }
        if (moved.subscriptionEnd) sub.periodEnd = moved.subscriptionEnd;
        await tx.getRepository(SubscriptionEntity).save(sub);
        // An opening corrected to other seats changes the seats held.
        if (sub.seats !== before.subscription.seats) {
          await recordEvents(tx, [subscriptionEvent('subscription.seats_changed', sub, now.today)]);
        }
        const status = current.state.status;
        await recordTransition(tx, {
          subscriptionId: sub.id,
          occurredAt: now.instant,
          effectiveOn: now.today,
          from: status,
          to: status,
          cause: 'ORDER_CORRECTED',
          rules: moved.subscriptionEnd ? [...rules, 'R-TIME-1'] : rules,
          reason: text.eventReason,
          ...(text.eventReasonMessage ? { reasonMessage: text.eventReasonMessage } : {}),
        });
        await recordAudit(tx, this.actor, {
          action: 'correctOrder',
          objectType: 'Order',
          objectId: order.id,
          accountId,
          before,
          after: {
            order: {
              total: order.total,
              correctedTotal: corrected.total,
              periodEnd: moved.orderPeriod?.end ?? order.periodEnd,
              years,
              seats,
              note,
            },
            subscription: { seats: sub.seats, years: sub.years, periodEnd: sub.periodEnd },
          },
          at: now.instant,
        });
        return { ids: { order: order.id, subscription: sub.id }, userErrors: [] };
      },
    );
  }

  /**
   * Where the periods go once corrected (see the class comment): nothing moves before
   * activation; a fulfilled order's own period and the subscription's end follow the years.
   */
  private async correctedPeriod(
    tx: EntityManager,
    order: OrderEntity,
    sub: SubscriptionEntity,
    corrected: OrderRepricing,
    years: number,
    today: BusinessDate,
    status: string,
  ): Promise<
    { orderPeriod: Period | null; subscriptionEnd: BusinessDate | null } | { error: UserError }
  > {
    if (order.status === 'PAID') {
      // An opening paid but not activated: activation will start the corrected period.
      if (status !== 'PENDING_ACTIVATION')
        return {
          error: stateError(msg('api.correction.notPending', { status: { status } })),
        };
      return { orderPeriod: null, subscriptionEnd: null };
    }
    if (status !== 'ACTIVE')
      return {
        error: stateError(msg('api.correction.notRunning', { status: { status } })),
      };
    if (!order.periodStart || !order.periodEnd || !sub.periodEnd)
      return {
        error: stateError(msg('api.correction.noPeriod')),
      };
    // Bounded by (subscription_id, seq) as row values, so that only the subscription's index
    // gives the order (with `subscription_id = $1 … ORDER BY seq` PostgreSQL may walk the
    // table's seq index through every later order of every other subscription).
    const later: Array<{ kind: string }> = await tx.query(
      `SELECT kind FROM orders
        WHERE (subscription_id, seq) > ($1::uuid, $2::bigint)
          AND (subscription_id, seq) <= ($1::uuid, 9223372036854775807::bigint)
          AND status <> 'CANCELLED'
        ORDER BY subscription_id, seq LIMIT 1`,
      [sub.id, order.seq],
    );
    if (later[0]) {
      return {
        error: stateError(msg('api.correction.later', { orderKind: later[0].kind })),
      };
    }
    if (order.kind === 'NEW_SUBSCRIPTION' && sub.seats !== order.seats) {
      return {
        error: stateError(
          msg('api.correction.seatsChanged', { held: sub.seats, opened: String(order.seats) }),
        ),
      };
    }
    let orderPeriod: Period;
    if (order.kind === 'NEW_SUBSCRIPTION') {
      const period = activationPeriod(order.periodStart, years);
      if (!period.ok) return { error: fromRefusal(period.refusal) };
      orderPeriod = period.period;
    } else {
      orderPeriod = corrected.period!;
    }
    // Force-majeure days added to the period since (R-FM-1) stay added.
    const extended = extendForForceMajeure(
      orderPeriod,
      Math.max(0, daysBetween(order.periodEnd, sub.periodEnd)),
    );
    if (!extended.ok) return { error: fromRefusal(extended.refusal) };
    const subscriptionEnd = extended.period.end;
    if (subscriptionEnd <= today) {
      return {
        error: userError(
          UserErrorCode.INVALID_STATE,
          msg('api.correction.used', { years, end: subscriptionEnd }),
          ['years'],
        ),
      };
    }
    return { orderPeriod, subscriptionEnd };
  }
}

function stateError(message: Message): UserError {
  return userError(UserErrorCode.INVALID_STATE, message, ['orderId']);
}
