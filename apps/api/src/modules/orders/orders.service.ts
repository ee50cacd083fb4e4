import { randomUUID } from 'node:crypto';
import {
  applyBalanceDebit,
  applyPaymentOnPaid,
  msg,
  type BusinessDate,
  type Fen,
  type PaymentMethod,
} from '@billing/domain';
import { EntityNotFoundError, type DataSource, type EntityManager } from 'typeorm';
import { selectRows } from '../../db/queryable.js';
import type { Statement } from '../../db/statements.js';
import { withAccountLock, type LockedAccount } from '../../db/transaction.js';
import { entitySource } from '../../graphql/keyset.js';
import { fromRefusal } from '../../graphql/refusal.js';
import { UserErrorCode, userError, type UserError } from '../../graphql/user-error.js';
import { loadCatalog } from '../catalog/catalog.repository.js';
import { readSubscriptionAsOf } from './subscription-as-of.js';
import { recordTransition } from '../subscriptions/subscription-events.js';
import { endSubscriptions } from '../subscriptions/subscription-end.js';
import { SubscriptionEntity } from '../subscriptions/subscription.entity.js';
import { auditStatement, recordAudit, type Actor } from '../audit/audit.js';
import { nowForAccount, nowOfClock, type Now } from '../clock/clock.js';
import { idempotentForAccount, type StoredResult } from '../idempotency/idempotency.js';
import { eventsStatement, recordEvents } from '../events/events.js';
import { paymentData } from '../payments/payment-events.js';
import { orderEvent } from './order-events.js';
import { journalStatement } from '../journal/journal.js';
import type { PaymentGateway } from '../payments/payment-gateway.js';
import { PaymentEntity } from '../payments/payment.entity.js';
import { onPaidInFull } from './fulfilment.js';
import { OrderEntity } from './order.entity.js';

export interface PayOrderArgs {
  orderId: string;
  method: PaymentMethod;
  amount: Fen;
  idempotencyKey: string;
}

export class OrdersService {
  constructor(
    private readonly db: DataSource,
    private readonly actor: Actor,
    private readonly gateway: PaymentGateway,
  ) {}

  /**
   * An order for a subscription that can no longer take it: added seats need an active
   * subscription (R-SEAT-1), a renewal one that is not recycled or ended (R-LIFE-3, R-LIFE-5).
   * Returns the subscription it read (in `tx`, under the account lock) for fulfilment to reuse.
   */
  private async subscriptionRefusal(
    tx: EntityManager,
    order: OrderEntity,
    today: BusinessDate,
    account: LockedAccount,
  ): Promise<{ refusal: UserError | null; subscription: SubscriptionEntity | null }> {
    const none = { refusal: null, subscription: null };
    if (!order.subscriptionId || order.status !== 'AWAITING_PAYMENT') return none;
    if (order.kind !== 'ADD_SEATS' && order.kind !== 'RENEWAL') return none;
    const sub = await tx
      .getRepository(SubscriptionEntity)
      .findOneByOrFail({ id: order.subscriptionId });
    const { state } = await readSubscriptionAsOf(
      tx,
      sub,
      await loadCatalog(this.db),
      today,
      account,
    );
    if (order.kind === 'ADD_SEATS' && !state.entitlements.addSeats) {
      return {
        subscription: sub,
        refusal: userError(
          UserErrorCode.INVALID_STATE,
          msg('api.order.addSeatsNotActive', { status: { status: state.status } }),
          ['orderId'],
        ),
      };
    }
    if (order.kind === 'RENEWAL' && !state.entitlements.renew && state.status !== 'ACTIVE') {
      return {
        subscription: sub,
        refusal: userError(
          UserErrorCode.INVALID_STATE,
          msg('api.order.notRenewable', {
            status: { status: state.status },
            reason: state.reason,
            why: state.reasonMessage ?? msg('state.none'),
          }),
          ['orderId'],
        ),
      };
    }
    return { refusal: null, subscription: sub };
  }

  /**
   * Cancels an order nothing has been paid on (`order.cancelled`); an unpaid opening ends its
   * subscription (`endSubscriptions`: `subscription.terminated`).
   */
  cancel(
    accountId: string,
    orderId: string,
  ): Promise<{ orderId: string | null; userErrors: UserError[] }> {
    return withAccountLock(this.db, accountId, async (tx) => {
      const order = await tx.getRepository(OrderEntity).findOneByOrFail({ id: orderId });
      if (order.status !== 'AWAITING_PAYMENT' || order.paid > 0) {
        const why =
          order.paid > 0
            ? msg('api.order.cannotCancel.paid')
            : msg('api.order.cannotCancel.status', { orderStatus: order.status });
        return {
          orderId,
          userErrors: [
            userError(UserErrorCode.INVALID_STATE, msg('api.order.cannotCancel', { why }), [
              'orderId',
            ]),
          ],
        };
      }
      const now = await nowForAccount(tx, accountId);
      await tx.getRepository(OrderEntity).update({ id: order.id }, { status: 'CANCELLED' });
      await recordEvents(tx, [
        orderEvent('order.cancelled', { ...order, status: 'CANCELLED' }, now.today),
      ]);
      if (order.kind === 'NEW_SUBSCRIPTION' && order.subscriptionId) {
        const sub = await tx
          .getRepository(SubscriptionEntity)
          .findOneByOrFail({ id: order.subscriptionId });
        if (sub.status === 'PENDING_ACTIVATION') {
          await endSubscriptions(
            tx,
            [
              {
                id: sub.id,
                to: 'TERMINATED',
                on: now.today,
                terminationCause: 'AGREEMENT_ENDED',
                // Never activated: it holds no enterprise number yet.
                releasesNumber: false,
              },
            ],
            now.instant,
          );
          await recordTransition(tx, {
            subscriptionId: sub.id,
            occurredAt: now.instant,
            effectiveOn: now.today,
            from: 'PENDING_ACTIVATION',
            to: 'TERMINATED',
            cause: 'ORDER_CANCELLED',
            rules: ['R-OPEN-2', 'R-LIFE-5'],
            reason: 'The opening order was cancelled before payment: the subscription never starts',
          });
        }
      }
      await recordAudit(tx, this.actor, {
        action: 'cancelOrder',
        objectType: 'Order',
        objectId: order.id,
        accountId,
        before: { status: order.status },
        after: { status: 'CANCELLED' },
        at: now.instant,
      });
      return { orderId, userErrors: [] };
    });
  }

  /**
   * Records a payment (R-PAY-1) through the gateway or the prepaid balance (R-PAY-4). Partial
   * payments accumulate (R-PAY-2); a payment on an order already paid in full is a duplicate
   * (R-PAY-3) and the excess of an overpayment is kept as refundable credit. Posts balanced
   * journal entries.
   *
   * Every payment of an account waits on the account's lock, so the work reads as little as it
   * can: the locked account row (balance, verification, clock), the order with its clock time in
   * one statement, and the order's running `paid` total instead of its payments. The writes
   * (balance, payment, order, journal, audit) then go in one statement with the storing of the
   * idempotent result.
   */
  async pay(
    args: PayOrderArgs,
    admit: (account: LockedAccount | null) => StoredResult | null,
  ): Promise<PayOutcome> {
    // What this call writes, when it makes the payment (a replay writes nothing).
    const made: { order?: OrderEntity; paymentRow?: Record<string, unknown> } = {};
    const result = await idempotentForAccount(
      this.db,
      { orderId: args.orderId },
      {
        key: args.idempotencyKey,
        operation: 'payOrder',
        input: args,
        onRows: ([row]) => (made.paymentRow = row),
        admit,
      },
      async (tx, account, writes) => {
        if (!account) throw new Error(`No account of order ${args.orderId} to pay it`);
        const accountId = account.id;
        const { order, now } = await readOrderAndNow(tx, args.orderId, account);
        made.order = order;
        if (order.status === 'CANCELLED') {
          return {
            ids: {},
            userErrors: [
              userError(UserErrorCode.INVALID_STATE, msg('api.order.cancelled'), ['orderId']),
            ],
          };
        }
        const { refusal, subscription } = await this.subscriptionRefusal(
          tx,
          order,
          now.today,
          account,
        );
        if (refusal) return { ids: {}, userErrors: [refusal] };
        // `orders.paid` is the sum of the order's successful payments (only this method adds to
        // it, under the account lock): R-PAY-2, R-PAY-3 need nothing more than that sum.
        const applied = applyPaymentOnPaid(order.total, order.paid, args.amount);
        if (!applied.ok) return { ids: {}, userErrors: [fromRefusal(applied.refusal)] };

        let providerReference: string;
        let balanceUpdate: Statement | null = null;
        if (args.method === 'BALANCE') {
          const debit = applyBalanceDebit(account.balance, args.amount);
          if (!debit.ok)
            return { ids: {}, userErrors: [{ ...fromRefusal(debit.refusal), field: ['amount'] }] };
          balanceUpdate = {
            sql: `UPDATE accounts SET balance = $2 WHERE id = $1`,
            params: [accountId, debit.balanceAfter],
          };
          providerReference = `balance:${accountId}`;
        } else {
          const charged = await this.gateway.charge({
            method: args.method,
            amount: args.amount,
            reference: `${accountId}:${args.idempotencyKey}`,
          });
          if (!charged.ok) {
            return {
              ids: {},
              userErrors: [
                userError(
                  UserErrorCode.INVALID_STATE,
                  msg('api.payment.declined', { providerReason: charged.message }),
                  ['amount'],
                ),
              ],
            };
          }
          providerReference = charged.providerReference;
        }

        const paymentId = randomUUID();
        const before = { status: order.status, paid: order.paid };
        order.paid += args.amount;
        const becamePaid = applied.paidInFull && order.status === 'AWAITING_PAYMENT';
        const fulfilled = becamePaid
          ? await onPaidInFull(tx, order, now, { account, subscription })
          : [];
        // Nothing in this payment reads these writes back: they run with the storing of its result.
        writes.push(
          balanceUpdate,
          {
            sql: `INSERT INTO payments (id, account_id, order_id, purpose, method, amount, status, provider_reference, duplicate, excess, refunded, paid_at, paid_on)
                  VALUES ($1, $2, $3, 'ORDER', $4, $5, 'SUCCEEDED', $6, $7, $8, 0, $9, $10) RETURNING *`,
            returnsRows: true,
            params: [
              paymentId,
              accountId,
              order.id,
              args.method,
              args.amount,
              providerReference,
              applied.duplicate,
              applied.refundableAmount,
              now.instant,
              now.today,
            ],
          },
          {
            sql: `UPDATE orders SET paid = $2, status = $3, paid_on = $4, fulfilment_due_on = $5, fulfilled_on = $6 WHERE id = $1`,
            params: [
              order.id,
              order.paid,
              order.status,
              order.paidOn,
              order.fulfilmentDueOn,
              order.fulfilledOn,
            ],
          },
          journalStatement({
            sourceType: 'Payment',
            sourceId: paymentId,
            memo: applied.reason,
            memoMessage: applied.reasonMessage,
            rules: applied.rules,
            lines: [
              args.method === 'BALANCE'
                ? { ledger: 'customer_balance', accountId, amount: args.amount }
                : { ledger: `cash:${args.method}`, amount: args.amount },
              { ledger: 'revenue', accountId, amount: -applied.appliedAmount },
              { ledger: 'customer_credit', accountId, amount: -applied.refundableAmount },
            ],
          }),
          auditStatement(this.actor, {
            action: 'payOrder',
            objectType: 'Order',
            objectId: order.id,
            accountId,
            before,
            after: {
              status: order.status,
              paid: order.paid,
              payment: { id: paymentId, amount: args.amount, duplicate: applied.duplicate },
            },
            at: now.instant,
          }),
          eventsStatement([
            ...(becamePaid ? [orderEvent('order.paid', order, now.today)] : []),
            {
              type: 'payment.succeeded',
              accountId,
              businessDate: now.today,
              objectType: 'Payment',
              objectId: paymentId,
              data: paymentData({
                id: paymentId,
                accountId,
                orderId: order.id,
                purpose: 'ORDER',
                method: args.method,
                amount: args.amount,
                status: 'SUCCEEDED',
                paidAt: now.instant,
                paidOn: now.today,
                duplicate: applied.duplicate,
                excess: applied.refundableAmount,
                refunded: 0,
                providerReference,
              }),
            },
            ...fulfilled,
          ]),
        );
        return { ids: { payment: paymentId, order: order.id }, userErrors: [] };
      },
    );
    // A payment made by this call (not replayed) is answered from what it wrote, not re-read.
    const written =
      made.paymentRow && made.order && result.ids.payment
        ? {
            order: made.order,
            payment: entitySource(this.db, PaymentEntity).hydrate(made.paymentRow),
          }
        : null;
    return { result, written };
  }
}

/** What `pay` stored under its key, and, when this call made the payment, the rows it wrote. */
export interface PayOutcome {
  readonly result: StoredResult;
  readonly written: { readonly order: OrderEntity; readonly payment: PaymentEntity } | null;
}

/**
 * The order to pay and "now" for its account in one statement, read after the account's lock
 * is taken (so both are current: a statement that had waited for the lock would see rows as
 * they were before the wait).
 */
async function readOrderAndNow(
  tx: EntityManager,
  orderId: string,
  account: LockedAccount,
): Promise<{ order: OrderEntity; now: Now }> {
  const source = entitySource(tx.connection, OrderEntity);
  const [row] = await selectRows<Record<string, unknown> & { clock_frozen_at: Date | null }>(
    tx,
    `SELECT ${source.columns}, tc.frozen_at AS clock_frozen_at
       FROM orders t LEFT JOIN test_clocks tc ON tc.id = $2 WHERE t.id = $1`,
    [orderId, account.testClockId],
  );
  if (!row) throw new EntityNotFoundError(OrderEntity, { id: orderId });
  return { order: source.hydrate(row), now: nowOfClock(account.testClockId, row.clock_frozen_at) };
}
