import { recordEvents, subscriptionEvent } from '../events/events.js';
import { orderEvent } from '../orders/order-events.js';
import {
  activationPeriodFor,
  canActivate,
  contractPriceInForce,
  isFreePlan,
  msg,
  noSuchMessage,
  pickEnterpriseNumber,
  priceOpening,
  renderMessage,
  type BusinessDate,
  type Message,
  type ProductCode,
  type RuleId,
} from '@billing/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { withAccountLock } from '../../db/transaction.js';
import { fromRefusal } from '../../graphql/refusal.js';
import { UserErrorCode, userError, type UserError } from '../../graphql/user-error.js';
import { subscriptionPlan } from '../catalog/subscription-plan.js';
import { AccountEntity } from '../accounts/account.entity.js';
import { recordAudit, type Actor } from '../audit/audit.js';
import { loadCatalog } from '../catalog/catalog.repository.js';
import { nowForAccount, type Now } from '../clock/clock.js';
import { contractPriceEntries } from '../contracts/contract-prices.service.js';
import { idempotentForAccount, type StoredResult } from '../idempotency/idempotency.js';
import { returnedRows } from '../../db/due-scope.js';
import { OrderEntity } from '../orders/order.entity.js';
import { insertOrder } from '../orders/order-writer.js';
import { purchaseRefusal } from '../accounts/account-standing.js';
import { applyPricedState } from '../subscriptions/subscription-facts.js';
import { endSubscriptions } from '../subscriptions/subscription-end.js';
import { recordTransition } from '../subscriptions/subscription-events.js';
import { SubscriptionEntity } from '../subscriptions/subscription.entity.js';

export interface OpenSubscriptionArgs {
  accountId: string;
  productCode: string;
  planCode: string;
  seats: number;
  years: number;
  /** R-NUM-2: the number of the customer's 400/800 hotline contract (EQQ), assigned at activation. */
  hotlineContractNumber?: string | null;
  idempotencyKey: string;
}

/** Why a free subscription ended when a paid plan of its product was activated. */
export const MOVED_TO_PAID_PLAN = 'MOVED_TO_PAID_PLAN';

export class SubscriptionsService {
  constructor(
    private readonly db: DataSource,
    private readonly actor: Actor,
  ) {}

  /** R-OPEN-1: a new subscription waiting for payment and activation, priced on the order date. */
  openSubscription(args: OpenSubscriptionArgs): Promise<StoredResult> {
    return idempotentForAccount(
      this.db,
      args.accountId,
      { key: args.idempotencyKey, operation: 'openSubscription', input: args },
      async (tx) => {
        const standing = await purchaseRefusal(tx, args.accountId, ['accountId']);
        if (standing) return { ids: {}, userErrors: [standing] };
        const now = await nowForAccount(tx, args.accountId);
        const catalog = await loadCatalog(this.db);
        // R-CAT-2: a contract-priced plan opens at the account's contract price in force today.
        const contractPrices = await contractPriceEntries(tx, args.accountId);
        const priced = priceOpening({
          catalog,
          productCode: args.productCode as ProductCode,
          planCode: args.planCode,
          seats: args.seats,
          years: args.years,
          orderDate: now.today,
          customUnitPrice: contractPriceInForce(
            contractPrices,
            args.productCode,
            args.planCode,
            now.today,
          ),
        });
        if (!priced.ok) return { ids: {}, userErrors: [fromRefusal(priced.refusal)] };
        const hotline = await this.hotlineNumber(tx, args);
        if ('error' in hotline) return { ids: {}, userErrors: [hotline.error] };
        const subs = tx.getRepository(SubscriptionEntity);
        const sub = subs.create({
          accountId: args.accountId,
          productCode: priced.subscription.productCode,
          planCode: priced.subscription.planCode,
          seats: priced.subscription.seats,
          status: 'PENDING_ACTIVATION',
          years: priced.years,
          openedOn: now.today,
          requestedNumber: hotline.number,
          serviceData: {},
          remindersSent: [],
        });
        applyPricedState(sub, priced.subscription);
        await subs.save(sub);
        await recordTransition(tx, {
          subscriptionId: sub.id,
          occurredAt: now.instant,
          effectiveOn: now.today,
          from: null,
          to: 'PENDING_ACTIVATION',
          cause: 'OPENED',
          rules: ['R-OPEN-1', 'R-OPEN-2'],
          ...openedReason(),
        });
        const order = await insertOrder(tx, {
          accountId: args.accountId,
          subscriptionId: sub.id,
          kind: 'NEW_SUBSCRIPTION',
          total: priced.total,
          orderDate: now.today,
          years: priced.years,
          seats: args.seats,
          pricing: { bookId: priced.bookId, subscription: priced.subscription },
          explanation: priced.reason,
          explanationMessage: priced.reasonMessage,
          rules: priced.rules,
          lines: priced.lines,
        });
        await recordAudit(tx, this.actor, {
          action: 'openSubscription',
          objectType: 'Order',
          objectId: order.id,
          accountId: args.accountId,
          after: {
            order: { kind: order.kind, total: order.total, status: order.status },
            subscriptionId: sub.id,
            hotlineContractNumber: sub.requestedNumber,
          },
          at: now.instant,
        });
        return { ids: { order: order.id, subscription: sub.id }, userErrors: [] };
      },
    );
  }

  /**
   * R-OPEN-2, R-OPEN-3: activation needs full payment and approved materials; the period starts
   * today. R-OPEN-5: an EQQ opening gets a free enterprise number from the pool (R-NUM-3).
   */
  async activate(
    subscriptionId: string,
  ): Promise<{ subscriptionId: string | null; userErrors: UserError[] }> {
    const found = await this.db.getRepository(SubscriptionEntity).findOneBy({ id: subscriptionId });
    if (!found)
      return {
        subscriptionId: null,
        userErrors: [
          userError(UserErrorCode.NOT_FOUND, noSuchMessage('subscription'), ['subscriptionId']),
        ],
      };
    return withAccountLock(this.db, found.accountId, async (tx) => {
      const sub = await tx
        .getRepository(SubscriptionEntity)
        .findOneByOrFail({ id: subscriptionId });
      if (sub.status !== 'PENDING_ACTIVATION' || sub.activatedOn) {
        return {
          subscriptionId: sub.id,
          userErrors: [
            userError(
              UserErrorCode.INVALID_STATE,
              msg('api.subscription.notPending', { status: { status: sub.status } }),
              ['subscriptionId'],
            ),
          ],
        };
      }
      const now = await nowForAccount(tx, sub.accountId);
      const account = await tx.getRepository(AccountEntity).findOneByOrFail({ id: sub.accountId });
      const opening = await tx
        .getRepository(OrderEntity)
        .findOneBy({ subscriptionId: sub.id, kind: 'NEW_SUBSCRIPTION' });
      const ready = canActivate({
        paidInFull: !!opening && opening.paid >= opening.total,
        materialsApproved: account.verificationStatus === 'APPROVED',
      });
      if (!ready.ok)
        return {
          subscriptionId: sub.id,
          userErrors: [fromRefusal(ready.refusal, ['subscriptionId'])],
        };
      const catalog = await loadCatalog(tx);
      const { plan, error } = subscriptionPlan(catalog, sub);
      if (error) return { subscriptionId: sub.id, userErrors: [error] };
      // R-OPEN-3; R-CAT-2: a free plan has no period end.
      const period = activationPeriodFor(plan, now.today, sub.years, sub.productCode);
      if (!period.ok) return { subscriptionId: sub.id, userErrors: [fromRefusal(period.refusal)] };
      const before = { status: sub.status, periodStart: sub.periodStart, periodEnd: sub.periodEnd };
      sub.status = 'ACTIVE';
      sub.activatedOn = now.today;
      sub.periodStart = period.start;
      sub.periodEnd = period.end;
      let numberRules: readonly RuleId[] = [];
      if (sub.productCode === 'EQQ' && !sub.enterpriseNumber) {
        const number = sub.requestedNumber
          ? await this.claimContractNumber(tx, sub, sub.requestedNumber)
          : await this.assignNumber(tx, sub);
        if ('error' in number) return { subscriptionId: sub.id, userErrors: [number.error] };
        sub.enterpriseNumber = number.number;
        numberRules = number.rules;
      }
      await tx.getRepository(SubscriptionEntity).save(sub);
      if (opening) {
        await tx.getRepository(OrderEntity).update(
          { id: opening.id },
          {
            status: 'FULFILLED',
            fulfilledOn: now.today,
            periodStart: sub.periodStart,
            periodEnd: sub.periodEnd,
          },
        );
      }
      await recordTransition(tx, {
        subscriptionId: sub.id,
        occurredAt: now.instant,
        effectiveOn: now.today,
        from: 'PENDING_ACTIVATION',
        to: 'ACTIVE',
        cause: 'ACTIVATED',
        rules: [
          ...new Set([
            ...ready.rules,
            ...period.rules,
            ...(sub.enterpriseNumber ? (['R-OPEN-5'] as const) : []),
            ...numberRules,
          ]),
        ],
        ...activationReason(period, sub.enterpriseNumber, numberRules),
      });
      // R-CAT-2: a free plan ends only when the customer leaves it or moves to a paid plan;
      // a paid plan of the same product taking effect is that move.
      const movedFrom = isFreePlan(plan, now.today)
        ? []
        : await this.endFreePlansMovedFrom(tx, sub, plan.name, now);
      await recordAudit(tx, this.actor, {
        action: 'activateSubscription',
        objectType: 'Subscription',
        objectId: sub.id,
        accountId: sub.accountId,
        before,
        after: {
          status: sub.status,
          periodStart: sub.periodStart,
          periodEnd: sub.periodEnd,
          enterpriseNumber: sub.enterpriseNumber,
          ...(movedFrom.length > 0 ? { endedFreePlans: movedFrom } : {}),
        },
        at: now.instant,
      });
      await recordEvents(tx, [
        subscriptionEvent('subscription.activated', sub, now.today),
        // The opening is fulfilled as the service opens (R-OPEN-2, R-OPEN-3).
        ...(opening
          ? [
              orderEvent(
                'order.fulfilled',
                {
                  ...opening,
                  status: 'FULFILLED',
                  fulfilledOn: now.today,
                  periodStart: sub.periodStart,
                  periodEnd: sub.periodEnd,
                },
                now.today,
              ),
            ]
          : []),
      ]);
      return { subscriptionId: sub.id, userErrors: [] };
    });
  }

  /**
   * Ends the account's free subscriptions of `paid`'s product (no period end, still running) as
   * the paid one is activated: the customer moved to a paid plan (R-CAT-2). Returns their ids.
   */
  private async endFreePlansMovedFrom(
    tx: EntityManager,
    paid: SubscriptionEntity,
    paidPlanName: string,
    now: { today: BusinessDate; instant: Date },
  ): Promise<string[]> {
    const free: Array<{ id: string; plan_code: string }> = await tx.query(
      `SELECT id, plan_code FROM subscriptions
        WHERE account_id = $1 AND product_code = $2 AND id <> $3
          AND status = 'ACTIVE' AND period_end IS NULL AND terminated_on IS NULL
        FOR UPDATE`,
      [paid.accountId, paid.productCode, paid.id],
    );
    if (free.length === 0) return [];
    const released = await endSubscriptions(
      tx,
      free.map((row) => ({
        id: row.id,
        to: 'TERMINATED' as const,
        on: now.today,
        terminationCause: 'AGREEMENT_ENDED',
        releasesNumber: true,
      })),
      now.instant,
    );
    for (const row of free) {
      const number = released.get(row.id) ?? null;
      await recordTransition(tx, {
        subscriptionId: row.id,
        occurredAt: now.instant,
        effectiveOn: now.today,
        from: 'ACTIVE',
        to: 'TERMINATED',
        cause: MOVED_TO_PAID_PLAN,
        rules: ['R-CAT-2', 'R-LIFE-6', ...(number ? (['R-NUM-4'] as const) : [])],
        reason: `Moved to the paid plan ${paidPlanName}, activated on ${now.today}: the free plan ends that day (R-CAT-2)${
          number ? `; enterprise number ${number} returns to the pool (R-NUM-4)` : ''
        }`,
      });
    }
    return free.map((row) => row.id);
  }

  /**
   * R-NUM-2: the hotline-contract number asked for at opening (the operator who opened or
   * activates has seen the contract), validated by the rules. Refused when another subscription
   * holds it now; the check is repeated at activation, which claims it.
   */
  private async hotlineNumber(
    tx: EntityManager,
    args: OpenSubscriptionArgs,
  ): Promise<{ number: string | null } | { error: UserError }> {
    const given = args.hotlineContractNumber?.trim();
    if (!given) return { number: null };
    const field = ['hotlineContractNumber'];
    if (args.productCode !== 'EQQ') {
      return {
        error: userError(UserErrorCode.INVALID_INPUT, msg('api.number.eqqOnly'), field),
      };
    }
    const picked = pickEnterpriseNumber([], args.seats, given);
    if (!picked.ok) return { error: fromRefusal(picked.refusal) };
    const [held]: Array<{ subscription_id: string | null }> = await tx.query(
      `SELECT subscription_id FROM enterprise_numbers WHERE number = $1`,
      [picked.number],
    );
    if (held?.subscription_id) return { error: numberHeld(picked.number, field) };
    if (await lostByAccount(tx, args.accountId, picked.number))
      return {
        error: numberLost(picked.number, field, msg('api.number.lost.open')),
      };
    return { number: picked.number };
  }

  /**
   * R-NUM-2: assigns the hotline-contract number whatever the seats, from the pool when it is
   * there (`inPool`), else added to the numbers; a number another subscription holds is refused.
   * A contract number is never handed out from the pool, even after it is released (R-NUM-4).
   */
  private async claimContractNumber(
    tx: EntityManager,
    sub: SubscriptionEntity,
    requested: string,
  ): Promise<{ number: string; rules: readonly RuleId[] } | { error: UserError }> {
    const [row]: Array<{ subscription_id: string | null }> = await tx.query(
      `SELECT subscription_id FROM enterprise_numbers WHERE number = $1 FOR UPDATE`,
      [requested],
    );
    if (row?.subscription_id && row.subscription_id !== sub.id)
      return { error: numberHeld(requested, ['subscriptionId']) };
    if (await lostByAccount(tx, sub.accountId, requested))
      return {
        error: numberLost(requested, ['subscriptionId'], msg('api.number.lost.reopen')),
      };
    const picked = pickEnterpriseNumber(row ? [requested] : [], sub.seats, requested);
    if (!picked.ok) return { error: fromRefusal(picked.refusal, []) };
    const claimed: unknown[] = picked.inPool
      ? await tx.query(
          `UPDATE enterprise_numbers SET subscription_id = $2, released_at = NULL, hotline_contract = true
            WHERE number = $1 AND (subscription_id IS NULL OR subscription_id = $2) RETURNING number`,
          [picked.number, sub.id],
        )
      : await tx.query(
          `INSERT INTO enterprise_numbers (number, grade, subscription_id, hotline_contract) VALUES ($1, $2, $3, true)
           ON CONFLICT (number) DO NOTHING RETURNING number`,
          [picked.number, picked.grade, sub.id],
        );
    if (returnedRows(claimed).length === 0)
      return { error: numberHeld(requested, ['subscriptionId']) };
    return { number: picked.number, rules: picked.rules };
  }

  /**
   * Picks from the free pool at the grade the seats earn and claims it (R-NUM-3).
   *
   * The pool's reuse rule (R-NUM-4, R-LIFE-3): a released number (recycling, or a refund or
   * termination that ended the subscription) is back in the pool at once and goes to any other
   * account in the pool's usual order (lowest number first within the grade), with no cooling-off;
   * it never goes back to the account that lost it, which must buy anew with a new number. The
   * releases are recorded by a trigger in `number_releases`, whichever code released the number.
   */
  private async assignNumber(
    tx: EntityManager,
    sub: SubscriptionEntity,
  ): Promise<{ number: string; rules: readonly RuleId[] } | { error: UserError }> {
    for (let attempt = 0; attempt < 5; attempt++) {
      const free: Array<{ number: string }> = await tx.query(
        `SELECT number FROM (
           SELECT e.number, e.grade, row_number() OVER (PARTITION BY e.grade ORDER BY e.number) AS n
             FROM enterprise_numbers e
            WHERE e.subscription_id IS NULL AND NOT e.hotline_contract
              AND NOT EXISTS (SELECT 1 FROM number_releases r WHERE r.account_id = $1 AND r.number = e.number)) ranked
          WHERE n <= 20 ORDER BY grade, number`,
        [sub.accountId],
      );
      const picked = pickEnterpriseNumber(
        free.map((row) => row.number),
        sub.seats,
      );
      if (!picked.ok)
        return {
          error: userError(UserErrorCode.NOT_FOUND, picked.refusal.text ?? picked.refusal.message),
        };
      const claimed: unknown[] = await tx.query(
        `UPDATE enterprise_numbers SET subscription_id = $2, released_at = NULL
          WHERE number = $1 AND subscription_id IS NULL RETURNING number`,
        [picked.number, sub.id],
      );
      if (returnedRows(claimed).length > 0) return { number: picked.number, rules: picked.rules };
    }
    return {
      error: userError(UserErrorCode.INVALID_STATE, msg('api.number.claimRetry')),
    };
  }
}

/** R-LIFE-3, R-NUM-4: whether the account once held `number` and lost it when it was released. */
async function lostByAccount(
  tx: EntityManager,
  accountId: string,
  number: string,
): Promise<boolean> {
  const rows: unknown[] = await tx.query(
    `SELECT 1 FROM number_releases WHERE account_id = $1 AND number = $2 LIMIT 1`,
    [accountId, number],
  );
  return rows.length > 0;
}

function numberLost(number: string, field: string[], next: Message): UserError {
  return userError(UserErrorCode.INVALID_STATE, msg('api.number.lost', { number, next }), field);
}

function numberHeld(number: string, field: string[]): UserError {
  return userError(UserErrorCode.INVALID_STATE, msg('api.number.held', { number }), field);
}

export type { Now };

/** The reason of the OPENED event, in English and as its message (R-OPEN-2). */
function openedReason(): { reason: string; reasonMessage: Message } {
  const reasonMessage = msg('event.opened');
  return { reason: renderMessage(reasonMessage, 'en'), reasonMessage };
}

/**
 * Why a subscription became active (R-OPEN-3), with the enterprise number it was given
 * (R-OPEN-5): its English text, and its message for every other language.
 */
function activationReason(
  period: { readonly reason: string; readonly reasonMessage?: Message },
  enterpriseNumber: string | null,
  numberRules: readonly RuleId[],
): { reason: string; reasonMessage?: Message } {
  if (!enterpriseNumber) return { reason: period.reason, reasonMessage: period.reasonMessage };
  const hotline = numberRules.includes('R-NUM-2');
  if (period.reasonMessage?.key !== 'event.activated')
    return {
      reason: `${period.reason}; enterprise number ${enterpriseNumber} (R-OPEN-5${hotline ? ', R-NUM-2: hotline contract' : ''})`,
    };
  const reasonMessage = msg('event.activatedWithNumber', {
    ...period.reasonMessage.params,
    number: enterpriseNumber,
    hotline: hotline ? 'R-NUM-2' : '',
  });
  return { reason: renderMessage(reasonMessage, 'en'), reasonMessage };
}
