import { applyBalanceTopUp, msg, type Fen, type PaymentMethod } from '@billing/domain';
import type { DataSource } from 'typeorm';
import { UserErrorCode, userError } from '../../graphql/user-error.js';
import { AccountEntity } from '../accounts/account.entity.js';
import { recordAudit, type Actor } from '../audit/audit.js';
import { nowForAccount } from '../clock/clock.js';
import { idempotentForAccount, type StoredResult } from '../idempotency/idempotency.js';
import { postJournal } from '../journal/journal.js';
import type { PaymentGateway } from './payment-gateway.js';
import { PaymentEntity } from './payment.entity.js';

export interface TopUpArgs {
  accountId: string;
  method: PaymentMethod;
  amount: Fen;
  idempotencyKey: string;
}

export class TopUpService {
  constructor(
    private readonly db: DataSource,
    private readonly actor: Actor,
    private readonly gateway: PaymentGateway,
  ) {}

  /** R-PAY-4: tops up the prepaid balance with a payment through the gateway (never from the balance itself). */
  topUp(args: TopUpArgs): Promise<StoredResult> {
    return idempotentForAccount(
      this.db,
      args.accountId,
      { key: args.idempotencyKey, operation: 'topUpBalance', input: args },
      async (tx) => {
        if (args.method === 'BALANCE') {
          return {
            ids: {},
            userErrors: [
              userError(UserErrorCode.INVALID_INPUT, msg('api.topUp.method'), ['method']),
            ],
          };
        }
        const account = await tx
          .getRepository(AccountEntity)
          .findOneByOrFail({ id: args.accountId });
        const topUp = applyBalanceTopUp(account.balance, args.amount);
        if (!topUp.ok)
          return {
            ids: {},
            userErrors: [
              userError(
                UserErrorCode[topUp.refusal.code],
                topUp.refusal.text ?? topUp.refusal.message,
                ['amount'],
              ),
            ],
          };
        const now = await nowForAccount(tx, args.accountId);
        const charged = await this.gateway.charge({
          method: args.method,
          amount: args.amount,
          reference: `${args.accountId}:top-up:${args.idempotencyKey}`,
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
        const repo = tx.getRepository(PaymentEntity);
        const payment = await repo.save(
          repo.create({
            accountId: args.accountId,
            orderId: null,
            purpose: 'TOP_UP',
            method: args.method,
            amount: args.amount,
            status: 'SUCCEEDED',
            providerReference: charged.providerReference,
            duplicate: false,
            excess: 0,
            refunded: 0,
            paidAt: now.instant,
            paidOn: now.today,
          }),
        );
        await tx
          .getRepository(AccountEntity)
          .update({ id: args.accountId }, { balance: topUp.balanceAfter });
        await postJournal(tx, {
          sourceType: 'Payment',
          sourceId: payment.id,
          memo: topUp.reason,
          memoMessage: topUp.reasonMessage,
          rules: topUp.rules,
          lines: [
            { ledger: `cash:${args.method}`, amount: args.amount },
            { ledger: 'customer_balance', accountId: args.accountId, amount: -args.amount },
          ],
        });
        await recordAudit(tx, this.actor, {
          action: 'topUpBalance',
          objectType: 'Account',
          objectId: args.accountId,
          accountId: args.accountId,
          before: { balance: topUp.balanceBefore },
          after: {
            balance: topUp.balanceAfter,
            payment: { id: payment.id, method: payment.method, amount: payment.amount },
          },
          at: now.instant,
        });
        return { ids: { payment: payment.id, account: args.accountId }, userErrors: [] };
      },
    );
  }
}
