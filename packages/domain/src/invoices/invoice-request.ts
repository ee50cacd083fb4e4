import { formatCny, type Fen } from '../money/money.js';
import type { RuleId } from '../explain/rules.js';
import { fenParam, msg, type Message } from '../explain/messages.js';
import { refuse, type Outcome } from '../explain/results.js';
import { quotedInput } from '../explain/user-message.js';
import type { BusinessDate } from '../time/business-date.js';
import { addWorkingDays, type WorkingDayCalendar } from '../calendar/working-day-calendar.js';

/** 增值税普通发票 (GENERAL) or 增值税专用发票 (SPECIAL_VAT). */
export type InvoiceType = 'GENERAL' | 'SPECIAL_VAT';

export interface InvoiceRequest {
  /** The order the payment belongs to is paid in full (R-PAY-2). */
  readonly orderPaid: boolean;
  readonly title: string;
  /** The account's verified enterprise name; null while the account is not verified. */
  readonly verifiedName: string | null;
  readonly type: InvoiceType;
  readonly hasTaxpayerCertificate: boolean;
  /** An invoice was already issued for this payment (R-INV-3). */
  readonly alreadyInvoiced: boolean;
  readonly paymentAmount: Fen;
  /** Amount of this payment refunded so far. */
  readonly refundedAmount: Fen;
}

export interface InvoiceApproval {
  readonly invoiceableAmount: Fen;
  readonly type: InvoiceType;
  readonly title: string;
  readonly rules: RuleId[];
  readonly reason: string;
  /** `reason` as a message, to be written in the caller's language. */
  readonly reasonMessage: Message;
}

/**
 * Compares titles as a tax invoice does in practice: surrounding spaces ignored and full-width
 * forms folded (NFKC: "（" = "("), otherwise character for character.
 */
function sameTitle(a: string, b: string): boolean {
  return a.normalize('NFKC').trim() === b.normalize('NFKC').trim();
}

/**
 * R-INV-1, R-INV-2, R-INV-3: whether an invoice may be issued for one payment, and for how much
 * (the payment minus what was refunded of it). Checks, in order: amounts, paid order,
 * not already invoiced, verified name, title = verified name, certificate for special VAT,
 * something left to invoice.
 */
export function checkInvoiceRequest(request: InvoiceRequest): Outcome<InvoiceApproval> {
  const { paymentAmount, refundedAmount } = request;
  if (!Number.isSafeInteger(paymentAmount) || paymentAmount <= 0) {
    return refuse(
      'INVALID_INPUT',
      msg('invoice.request.payment', { got: paymentAmount }),
      ['R-INV-3', 'R-MONEY-1'],
      ['paymentAmount'],
    );
  }
  if (
    !Number.isSafeInteger(refundedAmount) ||
    refundedAmount < 0 ||
    refundedAmount > paymentAmount
  ) {
    return refuse(
      'INVALID_INPUT',
      msg('invoice.request.refunded', { payment: fenParam(paymentAmount), got: refundedAmount }),
      ['R-INV-3', 'R-REF-CAP'],
      ['refundedAmount'],
    );
  }
  if (!request.orderPaid) {
    return refuse('INVALID_STATE', msg('invoice.request.unpaid'), ['R-INV-1', 'R-PAY-2']);
  }
  if (request.alreadyInvoiced) {
    return refuse('ALREADY_INVOICED', msg('invoice.request.already'), ['R-INV-3']);
  }
  if (request.verifiedName === null || request.verifiedName.trim() === '') {
    return refuse('INVALID_STATE', msg('invoice.request.unverified'), ['R-INV-1']);
  }
  if (!sameTitle(request.title, request.verifiedName)) {
    return refuse(
      'TITLE_MISMATCH',
      msg('invoice.request.title', {
        title: quotedInput(request.title.trim()),
        verifiedName: quotedInput(request.verifiedName.trim()),
      }),
      ['R-INV-1'],
      ['title'],
    );
  }
  if (request.type === 'SPECIAL_VAT' && !request.hasTaxpayerCertificate) {
    return refuse('INVALID_STATE', msg('invoice.request.special'), ['R-INV-1'], ['type']);
  }
  const invoiceableAmount = paymentAmount - refundedAmount;
  if (invoiceableAmount === 0) {
    return refuse(
      'INVALID_STATE',
      msg('invoice.request.refundedInFull', { payment: fenParam(paymentAmount) }),
      ['R-INV-3'],
    );
  }
  const title = request.verifiedName.trim();
  return {
    ok: true,
    invoiceableAmount,
    type: request.type,
    title,
    rules: refundedAmount > 0 ? ['R-INV-1', 'R-INV-3'] : ['R-INV-1'],
    reason:
      refundedAmount > 0
        ? `${request.type === 'SPECIAL_VAT' ? 'special VAT' : 'general'} invoice to ${title} for ${formatCny(invoiceableAmount)}: payment ${formatCny(paymentAmount)} − refunded ${formatCny(refundedAmount)} (R-INV-1, R-INV-3)`
        : `${request.type === 'SPECIAL_VAT' ? 'special VAT' : 'general'} invoice to ${title} for ${formatCny(invoiceableAmount)} (R-INV-1)`,
    reasonMessage:
      refundedAmount > 0
        ? msg('invoice.approvedLessRefunded', {
            type: request.type,
            title,
            amount: fenParam(invoiceableAmount),
            payment: fenParam(paymentAmount),
            refunded: fenParam(refundedAmount),
          })
        : msg('invoice.approved', {
            type: request.type,
            title,
            amount: fenParam(invoiceableAmount),
          }),
  };
}

/**
 * R-INV-3: the red-letter credit note (红字发票) owed when part or all of an invoiced payment is
 * refunded afterwards: the newly refunded amount, never more than what the invoice still covers.
 */
export function invoiceCreditNote(
  invoicedAmount: Fen,
  alreadyCredited: Fen,
  newlyRefunded: Fen,
): Outcome<{ creditAmount: Fen; rules: RuleId[]; reason: string }> {
  if (!Number.isSafeInteger(invoicedAmount) || invoicedAmount <= 0) {
    return refuse(
      'INVALID_INPUT',
      msg('invoice.credit.invoiced', { got: invoicedAmount }),
      ['R-INV-3', 'R-MONEY-1'],
      ['invoicedAmount'],
    );
  }
  if (
    !Number.isSafeInteger(alreadyCredited) ||
    alreadyCredited < 0 ||
    alreadyCredited > invoicedAmount
  ) {
    return refuse(
      'INVALID_INPUT',
      msg('invoice.credit.already', { got: alreadyCredited }),
      ['R-INV-3', 'R-MONEY-1'],
      ['alreadyCredited'],
    );
  }
  if (!Number.isSafeInteger(newlyRefunded) || newlyRefunded <= 0) {
    return refuse(
      'INVALID_INPUT',
      msg('invoice.credit.refunded', { got: newlyRefunded }),
      ['R-INV-3', 'R-MONEY-1'],
      ['newlyRefunded'],
    );
  }
  const open = invoicedAmount - alreadyCredited;
  if (newlyRefunded > open) {
    return refuse(
      'INVALID_INPUT',
      msg('invoice.credit.exceeds', { refunded: fenParam(newlyRefunded), open: fenParam(open) }),
      ['R-INV-3', 'R-REF-CAP'],
      ['newlyRefunded'],
    );
  }
  return {
    ok: true,
    creditAmount: newlyRefunded,
    rules: ['R-INV-3'],
    reason: `red-letter credit note of ${formatCny(newlyRefunded)} against the ${formatCny(invoicedAmount)} invoice: a refunded amount is not invoiced (R-INV-3)`,
  };
}

/** R-INV-2: an invoice is issued within 45 working days (R-TIME-3) after the payment is confirmed. */
export const INVOICE_ISSUE_WORKING_DAYS = 45;

/**
 * R-INV-2: the date by which the invoice must be issued, the 45th working day after
 * `paymentConfirmedOn`; BEYOND_CALENDAR when the calendar does not reach that far.
 */
export function invoiceDueDate(
  cal: WorkingDayCalendar,
  paymentConfirmedOn: BusinessDate,
): Outcome<{ dueOn: BusinessDate; rules: RuleId[]; reason: string; reasonMessage: Message }> {
  const result = addWorkingDays(cal, paymentConfirmedOn, INVOICE_ISSUE_WORKING_DAYS);
  if (!result.ok) {
    return refuse(
      result.refusal.code,
      msg('invoice.dueDate', { why: result.refusal.text ?? result.refusal.message }),
      ['R-INV-2', 'R-TIME-3'],
      ['paymentConfirmedOn'],
    );
  }
  return {
    ok: true,
    dueOn: result.date,
    rules: ['R-INV-2', 'R-TIME-3'],
    reason: `invoice due by ${result.date}, the ${INVOICE_ISSUE_WORKING_DAYS}th working day after the payment confirmed on ${paymentConfirmedOn} (R-INV-2, R-TIME-3)`,
    reasonMessage: msg('invoice.dueBy', {
      date: result.date,
      days: INVOICE_ISSUE_WORKING_DAYS,
      paidOn: paymentConfirmedOn,
    }),
  };
}
