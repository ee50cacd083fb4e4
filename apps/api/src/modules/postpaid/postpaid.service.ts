import {
  applyBalanceDebit,
  fenParam,
  formatCny,
  lateFee,
  msg,
  postpaidBill,
  type Fen,
  type PaymentMethod,
  type Refusal,
} from '@billing/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { returnedRows } from '../../db/due-scope.js';
import { fromRefusal } from '../../graphql/refusal.js';
import { UserErrorCode, userError, type UserError } from '../../graphql/user-error.js';
import { AccountEntity } from '../accounts/account.entity.js';
import { recordAudit, type Actor } from '../audit/audit.js';
import { nowForAccount } from '../clock/clock.js';
import { idempotentForAccount, type StoredResult } from '../idempotency/idempotency.js';
import { postJournal } from '../journal/journal.js';
import type { PaymentGateway } from '../payments/payment-gateway.js';
import { accrueLateFees } from './late-fees.js';
import { PostpaidBillEntity } from './postpaid-bill.entity.js';

export interface IssuePostpaidBillArgs {
  accountId: string;
  month: string;
  lines: Array<{ description: string; amount: Fen }>;
  idempotencyKey: string;
}

export interface PayPostpaidBillArgs {
  billId: string;
  method: PaymentMethod;
  amount: Fen;
  idempotencyKey: string;
}

const refused = (error: UserError): StoredResult => ({ ids: {}, userErrors: [error] });

/** The domain names usage lines `usage[i].unitPrice`; the API's input calls them `lines[i].amount`. */
function usageRefusal(refusal: Refusal): UserError {
  const field = refusal.field;
  if (field?.[0] === 'usage')
    return userError(fromRefusal(refusal).code, refusal.text ?? refusal.message, [
      'lines',
      field[1] ?? '0',
      'amount',
    ]);
  return fromRefusal(refusal);
}

/** Postpaid usage bills (R-PAY-5): issued by operators, paid by the customer, late fees by the scheduler. */
export class PostpaidService {
  constructor(
    private readonly db: DataSource,
    private readonly actor: Actor,
    private readonly gateway: PaymentGateway,
  ) {}

  /**
   * R-PAY-5: the bill for a natural month, issued on the 1st of the next month and due on the
   * 15th (the domain's `postpaidBill`). It can be recorded from its issue date on, once per
   * account and month; the receivable is posted against revenue.
   */
  issue(args: IssuePostpaidBillArgs): Promise<StoredResult> {
    return idempotentForAccount(
      this.db,
      args.accountId,
      { key: args.idempotencyKey, operation: 'issuePostpaidBill', input: args },
      async (tx) => {
        if (args.lines.length === 0)
          return refused(
            userError(UserErrorCode.INVALID_INPUT, msg('api.postpaid.noLines'), ['lines']),
          );
        const blank = args.lines.findIndex(
          (line) => line.description.trim().length === 0 || line.description.length > 200,
        );
        if (blank >= 0)
          return refused(
            userError(UserErrorCode.INVALID_INPUT, msg('api.postpaid.lineDescription'), [
              'lines',
              String(blank),
              'description',
            ]),
          );
        const bill = postpaidBill(
          args.month,
          args.lines.map((line) => ({
            description: line.description.trim(),
            quantity: 1,
            unitPrice: line.amount,
          })),
        );
        if (!bill.ok) return refused(usageRefusal(bill.refusal));
        const now = await nowForAccount(tx, args.accountId);
        if (now.today < bill.issuedOn) {
          return refused(
            userError(
              UserErrorCode.INVALID_STATE,
              msg('api.postpaid.notYetIssued', { month: bill.month, issuedOn: bill.issuedOn }),
              ['month'],
            ),
          );
        }
        const account = await tx
          .getRepository(AccountEntity)
          .findOneByOrFail({ id: args.accountId });
        if (account.status === 'CLOSED')
          return refused(
            userError(UserErrorCode.INVALID_STATE, msg('api.postpaid.accountClosed'), [
              'accountId',
            ]),
          );
        const [existing]: Array<{ id: string }> = await tx.query(
          `SELECT id FROM postpaid_bills WHERE account_id = $1 AND month = $2`,
          [args.accountId, bill.month],
        );
        if (existing)
          return refused(
            userError(
              UserErrorCode.INVALID_STATE,
              msg('api.postpaid.alreadyIssued', { month: bill.month }),
              ['month'],
            ),
          );

        // Not overdue yet: the assessment only gives the dates it will be (overdue, suspended, closed).
        const initial = lateFee(bill.total, bill.dueOn, bill.issuedOn);
        if (!initial.ok) return refused(fromRefusal(initial.refusal));
        const { ok: _ok, ...assessment } = initial;
        const repo = tx.getRepository(PostpaidBillEntity);
        const saved = await repo.save(
          repo.create({
            accountId: args.accountId,
            month: bill.month,
            amount: bill.total,
            paid: 0,
            lateFee: 0,
            issuedOn: bill.issuedOn,
            dueOn: bill.dueOn,
            status: 'ISSUED',
            lines: bill.lines,
            explanation: bill.reason,
            explanationMessage: bill.reasonMessage,
            rules: bill.rules,
            lateFeeAssessment: { asOf: bill.issuedOn, ...assessment },
            lateFeeAssessedOn: null,
          }),
        );
        await postJournal(tx, {
          sourceType: 'PostpaidBill',
          sourceId: saved.id,
          memo: bill.reason,
          memoMessage: bill.reasonMessage,
          rules: bill.rules,
          lines: [
            { ledger: 'receivable', accountId: args.accountId, amount: bill.total },
            { ledger: 'revenue', accountId: args.accountId, amount: -bill.total },
          ],
        });
        await recordAudit(tx, this.actor, {
          action: 'issuePostpaidBill',
          objectType: 'PostpaidBill',
          objectId: saved.id,
          accountId: args.accountId,
          after: {
            month: bill.month,
            amount: bill.total,
            issuedOn: bill.issuedOn,
            dueOn: bill.dueOn,
            status: 'ISSUED',
          },
          at: now.instant,
        });
        // Recorded after its due date: the late fee so far is charged at once.
        if (now.today > bill.dueOn)
          await accrueLateFees(tx, { accountIds: [args.accountId] }, now.today, now.instant, {
            requestId: this.actor.requestId,
          });
        return { ids: { postpaidBill: saved.id }, userErrors: [] };
      },
    );
  }

  /**
   * Pays a bill in full: its amount and the late fee accrued up to today (brought up to date
   * first). The amount must be exactly what is outstanding, so a customer never pays a figure
   * that has changed under them. Through the gateway or the prepaid balance (R-PAY-1, R-PAY-4);
   * the receivable is settled. Paying lifts a postpaid suspension once no bill of the account
   * is 30 days overdue any more; a closed account stays closed.
   */
  pay(accountId: string, args: PayPostpaidBillArgs): Promise<StoredResult> {
    return idempotentForAccount(
      this.db,
      accountId,
      { key: args.idempotencyKey, operation: 'payPostpaidBill', input: args },
      async (tx) => {
        const now = await nowForAccount(tx, accountId);
        await accrueLateFees(tx, { accountIds: [accountId] }, now.today, now.instant, {
          requestId: this.actor.requestId,
        });
        const repo = tx.getRepository(PostpaidBillEntity);
        const bill = await repo.findOneByOrFail({ id: args.billId });
        if (bill.status === 'PAID')
          return refused(
            userError(UserErrorCode.INVALID_STATE, msg('api.postpaid.alreadyPaid'), ['billId']),
          );
        const outstanding = bill.amount + bill.lateFee - bill.paid;
        if (args.amount !== outstanding) {
          return refused(
            userError(
              UserErrorCode.INVALID_INPUT,
              msg('api.postpaid.payExactly', {
                outstanding: fenParam(outstanding),
                billed: fenParam(bill.amount),
                lateFee: fenParam(bill.lateFee),
              }),
              ['amount'],
            ),
          );
        }
        const paid = await this.collect(tx, accountId, bill, args);
        if ('error' in paid) return refused(paid.error);

        const before = { status: bill.status, paid: bill.paid, lateFee: bill.lateFee };
        bill.paid += args.amount;
        bill.status = 'PAID';
        bill.paidAt = now.instant;
        bill.paidOn = now.today;
        bill.paymentMethod = args.method;
        bill.providerReference = paid.providerReference;
        await repo.save(bill);
        await postJournal(tx, {
          sourceType: 'PostpaidBill',
          sourceId: bill.id,
          memo: `Postpaid bill ${bill.month} paid: ${formatCny(args.amount)} by ${args.method} (R-PAY-5)`,
          rules: ['R-PAY-5', 'R-PAY-1'],
          lines: [
            args.method === 'BALANCE'
              ? { ledger: 'customer_balance', accountId, amount: args.amount }
              : { ledger: `cash:${args.method}`, amount: args.amount },
            { ledger: 'receivable', accountId, amount: -args.amount },
          ],
        });
        await recordAudit(tx, this.actor, {
          action: 'payPostpaidBill',
          objectType: 'PostpaidBill',
          objectId: bill.id,
          accountId,
          before,
          after: {
            status: bill.status,
            paid: bill.paid,
            method: args.method,
            providerReference: bill.providerReference,
          },
          at: now.instant,
        });
        await this.liftSuspension(tx, accountId, now.instant);
        return { ids: { postpaidBill: bill.id }, userErrors: [] };
      },
    );
  }

  private async collect(
    tx: EntityManager,
    accountId: string,
    bill: PostpaidBillEntity,
    args: PayPostpaidBillArgs,
  ): Promise<{ providerReference: string } | { error: UserError }> {
    if (args.method === 'BALANCE') {
      const account = await tx.getRepository(AccountEntity).findOneByOrFail({ id: accountId });
      const debit = applyBalanceDebit(account.balance, args.amount);
      if (!debit.ok) return { error: fromRefusal(debit.refusal, ['amount']) };
      await tx
        .getRepository(AccountEntity)
        .update({ id: accountId }, { balance: debit.balanceAfter });
      return { providerReference: `balance:${accountId}` };
    }
    const charged = await this.gateway.charge({
      method: args.method,
      amount: args.amount,
      reference: `postpaid:${bill.id}:${args.idempotencyKey}`,
    });
    if (!charged.ok)
      return {
        error: userError(
          UserErrorCode.INVALID_STATE,
          msg('api.payment.declined', { providerReason: charged.message }),
          ['amount'],
        ),
      };
    return { providerReference: charged.providerReference };
  }

  /** R-PAY-5: a suspension for unpaid bills ends when no bill is 30 or more days overdue. */
  private async liftSuspension(tx: EntityManager, accountId: string, at: Date): Promise<void> {
    const lifted = returnedRows(
      await tx.query(
        `UPDATE accounts a SET status = 'ACTIVE'
        WHERE a.id = $1 AND a.status = 'SUSPENDED'
          AND NOT EXISTS (SELECT 1 FROM postpaid_bills b WHERE b.account_id = a.id AND b.status IN ('SUSPENDED', 'CLOSED'))
        RETURNING a.id`,
        [accountId],
      ),
    );
    if (lifted.length > 0) {
      await recordAudit(tx, this.actor, {
        action: 'liftAccountSuspension',
        objectType: 'Account',
        objectId: accountId,
        accountId,
        before: { status: 'SUSPENDED' },
        after: { status: 'ACTIVE', reason: 'overdue postpaid bills paid (R-PAY-5)' },
        at,
      });
    }
  }
}
