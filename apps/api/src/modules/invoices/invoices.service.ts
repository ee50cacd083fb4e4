import { recordEvents } from '../events/events.js';
import { invoiceData } from './invoice-events.js';
import {
  PRC_CALENDAR,
  businessDateAt,
  checkInvoiceIssue,
  checkInvoiceVoid,
  checkInvoiceRequest,
  invoiceCreditNote,
  invoiceDueDate,
  msg,
  type Fen,
  type InvoiceType,
  type RuleId,
} from '@billing/domain';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { withAccountLock } from '../../db/transaction.js';
import { fromRefusal } from '../../graphql/refusal.js';
import { UserErrorCode, userError, type UserError } from '../../graphql/user-error.js';
import { AccountEntity } from '../accounts/account.entity.js';
import { recordAudit, type Actor } from '../audit/audit.js';
import { nowForAccount } from '../clock/clock.js';
import { idempotentForAccount, type StoredResult } from '../idempotency/idempotency.js';
import { OrderEntity } from '../orders/order.entity.js';
import { PaymentEntity } from '../payments/payment.entity.js';
import { creditedAfterIssue } from './invoice-credit.js';
import { InvoiceEntity, InvoiceVoidEntity } from './invoice.entity.js';

export interface RequestInvoiceArgs {
  paymentId: string;
  title: string;
  type: InvoiceType;
  idempotencyKey: string;
}

export interface IssueInvoiceArgs {
  invoiceId: string;
  number: string;
  issuedOn: string;
  idempotencyKey: string;
}

export interface VoidInvoiceArgs {
  invoiceId: string;
  reason: string;
  idempotencyKey: string;
}

export class InvoicesService {
  constructor(
    private readonly db: DataSource,
    private readonly actor: Actor,
  ) {}

  /**
   * R-INV-1, R-INV-2, R-INV-3: one invoice per payment, titled with the verified enterprise name,
   * special VAT only with the general-taxpayer certificate, for the payment's part of the order
   * minus what was refunded of it; due 45 working days after the payment (R-INV-2).
   */
  request(accountId: string, args: RequestInvoiceArgs): Promise<StoredResult> {
    return idempotentForAccount(
      this.db,
      accountId,
      { key: args.idempotencyKey, operation: 'requestInvoice', input: args },
      async (tx) => {
        const payment = await tx
          .getRepository(PaymentEntity)
          .findOneByOrFail({ id: args.paymentId });
        if (payment.purpose !== 'ORDER' || !payment.orderId || payment.status !== 'SUCCEEDED') {
          return {
            ids: {},
            userErrors: [
              userError(UserErrorCode.INVALID_STATE, msg('api.invoice.topUpNotInvoiced'), [
                'paymentId',
              ]),
            ],
          };
        }
        // Decision: the invoice covers what the payment paid of the order. A duplicate payment or
        // the excess of an overpayment is owed back (R-PAY-2, R-PAY-3, R-REF-DUPLICATE), never
        // invoiced.
        const applied = payment.amount - payment.excess;
        if (applied <= 0) {
          return {
            ids: {},
            userErrors: [
              userError(UserErrorCode.INVALID_STATE, msg('api.invoice.duplicateNotInvoiced'), [
                'paymentId',
              ]),
            ],
          };
        }
        const [order, account, existing, now] = [
          await tx.getRepository(OrderEntity).findOneByOrFail({ id: payment.orderId }),
          await tx.getRepository(AccountEntity).findOneByOrFail({ id: accountId }),
          await tx.getRepository(InvoiceEntity).findOneBy({ paymentId: payment.id }),
          await nowForAccount(tx, accountId),
        ];
        const approved = checkInvoiceRequest({
          orderPaid: order.paid >= order.total,
          title: args.title,
          verifiedName: account.verificationStatus === 'APPROVED' ? account.verifiedName : null,
          type: args.type,
          hasTaxpayerCertificate: account.generalTaxpayer,
          alreadyInvoiced: existing !== null,
          paymentAmount: applied,
          // Refunds take a payment's excess first (refund-parts.ts): the rest was of the order.
          refundedAmount: Math.max(0, payment.refunded - payment.excess),
        });
        if (!approved.ok) return { ids: {}, userErrors: [fromRefusal(approved.refusal)] };
        const due = invoiceDueDate(PRC_CALENDAR, payment.paidOn);
        const rules: RuleId[] = [...approved.rules];
        for (const rule of due.ok ? due.rules : due.refusal.rules)
          if (!rules.includes(rule)) rules.push(rule);
        const repo = tx.getRepository(InvoiceEntity);
        const invoice = await repo.save(
          repo.create({
            accountId,
            paymentId: payment.id,
            title: approved.title,
            type: approved.type,
            amount: approved.invoiceableAmount,
            status: 'REQUESTED',
            requestedAt: now.instant,
            dueOn: due.ok ? due.dueOn : null,
            dueReason: due.ok ? due.reason : due.refusal.message,
            dueReasonMessage: due.ok ? due.reasonMessage : null,
            issuedAt: null,
            credited: 0,
            explanation: approved.reason,
            explanationMessage: approved.reasonMessage,
            rules,
          }),
        );
        await recordAudit(tx, this.actor, {
          action: 'requestInvoice',
          objectType: 'Invoice',
          objectId: invoice.id,
          accountId,
          after: {
            paymentId: payment.id,
            title: invoice.title,
            type: invoice.type,
            amount: invoice.amount,
            dueOn: invoice.dueOn,
          },
          at: now.instant,
        });
        return { ids: { invoice: invoice.id }, userErrors: [] };
      },
    );
  }

  /**
   * R-INV-2, R-INV-3: issues a requested invoice with its fapiao number and date, for what the
   * refunds left of it. A number is used once, voided or not: it is claimed in `fapiao_numbers`
   * in this transaction, so of two concurrent issues with one number only one succeeds.
   */
  issue(accountId: string, args: IssueInvoiceArgs): Promise<StoredResult> {
    return idempotentForAccount(
      this.db,
      accountId,
      { key: args.idempotencyKey, operation: 'issueInvoice', input: args },
      async (tx) => {
        const repo = tx.getRepository(InvoiceEntity);
        const invoice = await repo.findOneByOrFail({ id: args.invoiceId });
        const now = await nowForAccount(tx, accountId);
        const openAmount = invoice.amount - invoice.credited;
        const checked = checkInvoiceIssue({
          status: invoice.status,
          number: args.number,
          issuedOn: args.issuedOn,
          requestedOn: businessDateAt(invoice.requestedAt.getTime()),
          today: now.today,
          openAmount,
        });
        if (!checked.ok) return { ids: {}, userErrors: [fromRefusal(checked.refusal)] };
        const taken = await claimFapiaoNumber(tx, checked.number, invoice.id, now.instant);
        if (taken) return { ids: {}, userErrors: [taken] };
        const before = { status: invoice.status, number: invoice.number };
        await repo.update(
          { id: invoice.id },
          {
            status: 'ISSUED',
            number: checked.number,
            issuedOn: checked.issuedOn,
            issuedAmount: openAmount,
            issuedAt: now.instant,
          },
        );
        await recordEvents(tx, [
          {
            type: 'invoice.issued',
            accountId,
            businessDate: now.today,
            objectType: 'Invoice',
            objectId: invoice.id,
            data: invoiceData({
              ...invoice,
              status: 'ISSUED',
              number: checked.number,
              issuedOn: checked.issuedOn,
              issuedAmount: openAmount,
              issuedAt: now.instant,
            }),
          },
        ]);
        await recordAudit(tx, this.actor, {
          action: 'issueInvoice',
          objectType: 'Invoice',
          objectId: invoice.id,
          accountId,
          before,
          after: {
            status: 'ISSUED',
            number: checked.number,
            issuedOn: checked.issuedOn,
            amount: openAmount,
            reason: checked.reason,
          },
          at: now.instant,
        });
        return { ids: { invoice: invoice.id }, userErrors: [] };
      },
    );
  }

  /**
   * Voids an issued fapiao (作废) with a reason: the voided number is kept with the invoice, which
   * is requested again until it is re-issued under a new number (R-INV-3).
   */
  void(accountId: string, args: VoidInvoiceArgs): Promise<StoredResult> {
    return idempotentForAccount(
      this.db,
      accountId,
      { key: args.idempotencyKey, operation: 'voidInvoice', input: args },
      async (tx) => {
        const repo = tx.getRepository(InvoiceEntity);
        const invoice = await repo.findOneByOrFail({ id: args.invoiceId });
        const checked = checkInvoiceVoid({
          status: invoice.status,
          reason: args.reason,
          creditedAfterIssue: creditedAfterIssue(invoice),
        });
        if (!checked.ok) return { ids: {}, userErrors: [fromRefusal(checked.refusal)] };
        const now = await nowForAccount(tx, accountId);
        const voids = tx.getRepository(InvoiceVoidEntity);
        await voids.save(
          voids.create({
            invoiceId: invoice.id,
            number: invoice.number!,
            issuedOn: invoice.issuedOn!,
            amount: invoice.issuedAmount!,
            reason: checked.reason,
            voidedAt: now.instant,
          }),
        );
        await repo.update(
          { id: invoice.id },
          { status: 'REQUESTED', number: null, issuedOn: null, issuedAmount: null, issuedAt: null },
        );
        await recordAudit(tx, this.actor, {
          action: 'voidInvoice',
          objectType: 'Invoice',
          objectId: invoice.id,
          accountId,
          before: { status: invoice.status, number: invoice.number, issuedOn: invoice.issuedOn },
          after: { status: 'REQUESTED', voidedNumber: invoice.number, reason: checked.reason },
          at: now.instant,
        });
        return { ids: { invoice: invoice.id }, userErrors: [] };
      },
    );
  }

  /** Records whether the account holds the general-taxpayer certificate (special VAT, R-INV-1). */
  setGeneralTaxpayer(accountId: string, generalTaxpayer: boolean): Promise<UserError[]> {
    return withAccountLock(this.db, accountId, async (tx) => {
      const account = await tx.getRepository(AccountEntity).findOneByOrFail({ id: accountId });
      const before = { generalTaxpayer: account.generalTaxpayer };
      await tx.getRepository(AccountEntity).update({ id: accountId }, { generalTaxpayer });
      const now = await nowForAccount(tx, accountId);
      await recordAudit(tx, this.actor, {
        action: 'setGeneralTaxpayer',
        objectType: 'Account',
        objectId: accountId,
        accountId,
        before,
        after: { generalTaxpayer },
        at: now.instant,
      });
      return [];
    });
  }
}

/** What a credit note reads of a refund's part (`RefundPart`): its payment, amount and excess. */
export interface RefundedPayment {
  readonly paymentId: string;
  readonly amount: Fen;
  readonly excess: Fen;
}

/**
 * R-INV-3: a refund approved after a payment was invoiced is answered by a red-letter credit note
 * for the refunded part of the order (a refund of excess money was never invoiced); a fully
 * credited invoice is REVERSED.
 */
export async function creditInvoicesForRefund(
  tx: EntityManager,
  actor: Actor,
  refund: { id: string; accountId: string },
  parts: readonly RefundedPayment[],
  at: Date,
): Promise<void> {
  const serviceParts = parts.filter((part) => part.amount > part.excess);
  if (serviceParts.length === 0) return;
  const invoices = await tx
    .getRepository(InvoiceEntity)
    .findBy({ paymentId: In(serviceParts.map((part) => part.paymentId)) });
  for (const invoice of invoices) {
    if (invoice.status === 'REVERSED') continue;
    const part = serviceParts.find((p) => p.paymentId === invoice.paymentId)!;
    const note = invoiceCreditNote(invoice.amount, invoice.credited, part.amount - part.excess);
    // The invoice covers exactly what was not refunded of the payment: a refusal is corrupt data.
    if (!note.ok) throw new Error(`credit note for invoice ${invoice.id}: ${note.refusal.message}`);
    const before = { credited: invoice.credited, status: invoice.status };
    invoice.credited += note.creditAmount;
    if (invoice.credited === invoice.amount) invoice.status = 'REVERSED';
    await tx.getRepository(InvoiceEntity).update(
      { id: invoice.id },
      {
        credited: invoice.credited,
        status: invoice.status,
        creditedOn: businessDateAt(at.getTime()),
      },
    );
    await recordAudit(tx, actor, {
      action: 'creditInvoice',
      objectType: 'Invoice',
      objectId: invoice.id,
      accountId: refund.accountId,
      before,
      after: {
        credited: invoice.credited,
        status: invoice.status,
        refundId: refund.id,
        reason: note.reason,
      },
      at,
    });
  }
}

/**
 * R-INV-3: claims a fapiao number for an invoice in the issuing transaction. The unique key of
 * `fapiao_numbers` makes a concurrent claim of the same number wait for this one and then find
 * it taken. Returns the user error when the number is already used (by another invoice, or by
 * a voided fapiao of this one), null once claimed.
 */
async function claimFapiaoNumber(
  tx: EntityManager,
  number: string,
  invoiceId: string,
  at: Date,
): Promise<UserError | null> {
  const claimed: unknown[] = await tx.query(
    `INSERT INTO fapiao_numbers (number, invoice_id, claimed_at) VALUES ($1, $2, $3)
     ON CONFLICT (number) DO NOTHING RETURNING number`,
    [number, invoiceId, at],
  );
  if (claimed.length > 0) return null;
  const [holder]: Array<{ invoice_id: string }> = await tx.query(
    `SELECT invoice_id FROM fapiao_numbers WHERE number = $1`,
    [number],
  );
  return userError(
    UserErrorCode.FAPIAO_NUMBER_TAKEN,
    holder?.invoice_id === invoiceId
      ? msg('api.invoice.numberVoided', { number })
      : msg('api.invoice.numberTaken', { number }),
    ['number'],
  );
}
