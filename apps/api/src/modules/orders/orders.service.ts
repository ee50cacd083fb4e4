import {
  applyBalanceDebit,
  applyPayment,
  type BusinessDate,
  type Fen,
  type PaymentMethod,
} from '@billing/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { withAccountLock } from '../../db/transaction.js';
import { fromRefusal } from '../../graphql/refusal.js';
import { UserErrorCode, userError, type UserError } from '../../graphql/user-error.js';
import { loadCatalog } from '../catalog/catalog.repository.js';
import { readSubscriptionAsOf } from '../subscriptions/subscription-as-of.js';
import { recordTransition } from '../subscriptions/subscription-events.js';
import { SubscriptionEntity } from '../subscriptions/subscription.entity.js';
import { AccountEntity } from '../accounts/account.entity.js';
import { recordAudit, type Actor } from '../audit/audit.js';
import { nowForAccount } from '../clock/clock.js';
import { idempotentForAccount, type StoredResult } from '../idempotency/idempotency.js';
import { postJournal } from '../journal/journal.js';
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
   */
  private async subscriptionRefusal(
    tx: EntityManager,
    order: OrderEntity,
    today: BusinessDate,
  ): Promise<UserError | null> {
    if (!order.subscriptionId || order.status !== 'AWAITING_PAYMENT') return null;
    if (order.kind !== 'ADD_SEATS' && order.kind !== 'RENEWAL') return null;
    const sub = await tx
      .getRepository(SubscriptionEntity)
      .findOneByOrFail({ id: order.subscriptionId });
    const { state } = await readSubscriptionAsOf(tx, sub, await loadCatalog(this.db), today);
    if (order.kind === 'ADD_SEATS' && !state.entitlements.addSeats) {
      return userError(
        UserErrorCode.INVALID_STATE,
        `Seats can only be added to an active subscription; it is ${state.status} (R-SEAT-1): cancel this order`,
        ['orderId'],
      );
    }
    if (order.kind === 'RENEWAL' && !state.entitlements.renew && state.status !== 'ACTIVE') {
      return userError(
        UserErrorCode.INVALID_STATE,
        `The subscription is ${state.status} and can no longer be renewed (${state.reason}): cancel this order`,
        ['orderId'],
      );
    }
    return null;
  }

  /** Cancels an order nothing has been paid on; an unpaid opening ends its subscription. */
  cancel(
    accountId: string,
    orderId: string,
  ): Promise<{ orderId: string | null; userErrors: UserError[] }> {
    return withAccountLock(this.db, accountId, async (tx) => {
      const order = await tx.getRepository(OrderEntity).findOneByOrFail({ id: orderId });
      if (order.status !== 'AWAITING_PAYMENT' || order.paid > 0) {
        const why =
          order.paid > 0
            ? 'payments were made on it: request a refund instead'
            : `it is ${order.status}`;
        return {
          orderId,
          userErrors: [
            userError(UserErrorCode.INVALID_STATE, `The order cannot be cancelled: ${why}`, [
              'orderId',
            ]),
          ],
        };
      }
      const now = await nowForAccount(tx, accountId);
      await tx.getRepository(OrderEntity).update({ id: order.id }, { status: 'CANCELLED' });
      if (order.kind === 'NEW_SUBSCRIPTION' && order.subscriptionId) {
        const sub = await tx
          .getRepository(SubscriptionEntity)
          .findOneByOrFail({ id: order.subscriptionId });
        if (sub.status === 'PENDING_ACTIVATION') {
          await tx.getRepository(SubscriptionEntity).update(
            { id: sub.id },
            {
              status: 'TERMINATED',
              terminatedOn: now.today,
              terminationCause: 'AGREEMENT_ENDED',
            },
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
   */
  pay(accountId: string, args: PayOrderArgs): Promise<StoredResult> {
    return idempotentForAccount(
      this.db,
      accountId,
      { key: args.idempotencyKey, operation: 'payOrder', input: args },
      async (tx) => {
        const order = await tx.getRepository(OrderEntity).findOneByOrFail({ id: args.orderId });
        if (order.status === 'CANCELLED') {
          return {
            ids: {},
            userErrors: [
              userError(UserErrorCode.INVALID_STATE, 'The order is cancelled', ['orderId']),
            ],
          };
        }
        const now = await nowForAccount(tx, accountId);
        const stale = await this.subscriptionRefusal(tx, order, now.today);
        if (stale) return { ids: {}, userErrors: [stale] };
        const prior = await tx
          .getRepository(PaymentEntity)
          .findBy({ orderId: order.id, status: 'SUCCEEDED' });
        const applied = applyPayment(
          order.total,
          prior.map((p) => p.amount),
          args.amount,
        );
        if (!applied.ok) return { ids: {}, userErrors: [fromRefusal(applied.refusal)] };

        let providerReference: string;
        if (args.method === 'BALANCE') {
          const account = await tx.getRepository(AccountEntity).findOneByOrFail({ id: accountId });
          const debit = applyBalanceDebit(account.balance, args.amount);
          if (!debit.ok)
            return { ids: {}, userErrors: [{ ...fromRefusal(debit.refusal), field: ['amount'] }] };
          await tx
            .getRepository(AccountEntity)
            .update({ id: accountId }, { balance: debit.balanceAfter });
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
                userError(UserErrorCode.INVALID_STATE, `Payment declined: ${charged.message}`, [
                  'amount',
                ]),
              ],
            };
          }
          providerReference = charged.providerReference;
        }

        const payment = await tx.getRepository(PaymentEntity).save(
          tx.getRepository(PaymentEntity).create({
            accountId,
            orderId: order.id,
            purpose: 'ORDER',
            method: args.method,
            amount: args.amount,
            status: 'SUCCEEDED',
            providerReference,
            duplicate: applied.duplicate,
            excess: applied.refundableAmount,
            refunded: 0,
            paidAt: now.instant,
            paidOn: now.today,
          }),
        );
        const before = { status: order.status, paid: order.paid };
        order.paid += args.amount;
        if (applied.paidInFull && order.status === 'AWAITING_PAYMENT')
          await onPaidInFull(tx, order, now);
        await tx.getRepository(OrderEntity).save(order);
        await postJournal(tx, {
          sourceType: 'Payment',
          sourceId: payment.id,
          memo: applied.reason,
          rules: applied.rules,
          lines: [
            args.method === 'BALANCE'
              ? { ledger: 'customer_balance', accountId, amount: args.amount }
              : { ledger: `cash:${args.method}`, amount: args.amount },
            { ledger: 'revenue', accountId, amount: -applied.appliedAmount },
            { ledger: 'customer_credit', accountId, amount: -applied.refundableAmount },
          ],
        });
        await recordAudit(tx, this.actor, {
          action: 'payOrder',
          objectType: 'Order',
          objectId: order.id,
          accountId,
          before,
          after: {
            status: order.status,
            paid: order.paid,
            payment: { id: payment.id, amount: payment.amount, duplicate: payment.duplicate },
          },
          at: now.instant,
        });
        return { ids: { payment: payment.id, order: order.id }, userErrors: [] };
      },
    );
  }
}
