import { applyBalanceDebit, applyPayment, type Fen, type PaymentMethod } from '@billing/domain';
import type { DataSource } from 'typeorm';
import { withAccountLock } from '../../db/transaction.js';
import { fromRefusal } from '../../graphql/refusal.js';
import { UserErrorCode, userError } from '../../graphql/user-error.js';
import { AccountEntity } from '../accounts/account.entity.js';
import { recordAudit, type Actor } from '../audit/audit.js';
import { nowForAccount } from '../clock/clock.js';
import { idempotent, type StoredResult } from '../idempotency/idempotency.js';
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
   * Records a payment (R-PAY-1) through the gateway or the prepaid balance (R-PAY-4). Partial
   * payments accumulate (R-PAY-2); a payment on an order already paid in full is a duplicate
   * (R-PAY-3) and the excess of an overpayment is kept as refundable credit. Posts balanced
   * journal entries.
   */
  pay(accountId: string, args: PayOrderArgs): Promise<StoredResult> {
    return withAccountLock(this.db, accountId, async (tx) => {
      const { result } = await idempotent(
        tx,
        { scope: `account:${accountId}`, key: args.idempotencyKey, operation: 'payOrder', input: args },
        async () => {
          const order = await tx.getRepository(OrderEntity).findOneByOrFail({ id: args.orderId });
          if (order.status === 'CANCELLED') {
            return { ids: {}, userErrors: [userError(UserErrorCode.INVALID_STATE, 'The order is cancelled', ['orderId'])] };
          }
          const prior = await tx.getRepository(PaymentEntity).findBy({ orderId: order.id, status: 'SUCCEEDED' });
          const applied = applyPayment(order.total, prior.map((p) => p.amount), args.amount);
          if (!applied.ok) return { ids: {}, userErrors: [fromRefusal(applied.refusal)] };
          const now = await nowForAccount(tx, accountId);

          let providerReference: string;
          if (args.method === 'BALANCE') {
            const account = await tx.getRepository(AccountEntity).findOneByOrFail({ id: accountId });
            const debit = applyBalanceDebit(account.balance, args.amount);
            if (!debit.ok) return { ids: {}, userErrors: [{ ...fromRefusal(debit.refusal), field: ['amount'] }] };
            await tx.getRepository(AccountEntity).update({ id: accountId }, { balance: debit.balanceAfter });
            providerReference = `balance:${accountId}`;
          } else {
            const charged = await this.gateway.charge({ method: args.method, amount: args.amount, reference: `${accountId}:${args.idempotencyKey}` });
            if (!charged.ok) {
              return { ids: {}, userErrors: [userError(UserErrorCode.INVALID_STATE, `Payment declined: ${charged.message}`, ['amount'])] };
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
          if (applied.paidInFull && order.status === 'AWAITING_PAYMENT') await onPaidInFull(tx, order, now);
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
            after: { status: order.status, paid: order.paid, payment: { id: payment.id, amount: payment.amount, duplicate: payment.duplicate } },
            at: now.instant,
          });
          return { ids: { payment: payment.id, order: order.id }, userErrors: [] };
        },
      );
      return result;
    });
  }
}
