import { msg } from '../explain/messages.js';
import type { RuleId } from '../explain/rules.js';
import { refuse, type Outcome } from '../explain/results.js';
import { quotedInput } from '../explain/user-message.js';
import { daysBetween, isBusinessDate, type BusinessDate } from '../time/business-date.js';

/**
 * A fapiao number (发票号码) as the tax authority prints it: 8 digits on a paper or classic
 * electronic fapiao, 20 digits on a fully digital one (数电票). Full-width digits and spaces a
 * clerk may paste are folded (NFKC) and removed; anything else is refused.
 */
const FAPIAO_NUMBER = /^(?:\d{8}|\d{20})$/;

/** The fapiao number written as stored: NFKC-folded, spaces removed; null when malformed. */
export function normalizeFapiaoNumber(text: string): string | null {
  const folded = text.normalize('NFKC').replace(/\s+/g, '');
  return FAPIAO_NUMBER.test(folded) ? folded : null;
}

export interface InvoiceIssue {
  /** The invoice's state: only a requested invoice is issued (R-INV-3: never twice). */
  readonly status: 'REQUESTED' | 'ISSUED' | 'REVERSED';
  readonly number: string;
  readonly issuedOn: string;
  /** The business date the invoice was requested on. */
  readonly requestedOn: BusinessDate;
  /** The account's business date now (its test clock's, if any). */
  readonly today: BusinessDate;
  /** The invoice's amount less what red-letter notes already credited before issue. */
  readonly openAmount: number;
}

/**
 * R-INV-2, R-INV-3: whether a requested invoice may be issued with this fapiao number on this
 * date. The number is 8 or 20 digits; the date is a business date between the request and
 * today (an invoice is not issued before it was asked for, nor in the future); a requested
 * invoice only (an issued one is never issued twice; a fully credited one has nothing left).
 */
export function checkInvoiceIssue(
  issue: InvoiceIssue,
): Outcome<{ number: string; issuedOn: BusinessDate; rules: RuleId[]; reason: string }> {
  if (issue.status !== 'REQUESTED') {
    return refuse(
      'INVALID_STATE',
      issue.status === 'ISSUED' ? msg('invoice.issue.issued') : msg('invoice.issue.reversed'),
      ['R-INV-3'],
    );
  }
  if (issue.openAmount <= 0) {
    return refuse('INVALID_STATE', msg('invoice.issue.credited'), ['R-INV-3']);
  }
  const number = normalizeFapiaoNumber(issue.number);
  if (number === null) {
    return refuse(
      'INVALID_INPUT',
      msg('invoice.issue.number', { number: quotedInput(issue.number.trim()) }),
      ['R-INV-2'],
      ['number'],
    );
  }
  if (!isBusinessDate(issue.issuedOn)) {
    return refuse(
      'INVALID_INPUT',
      msg('invoice.issue.notDate', { date: quotedInput(issue.issuedOn) }),
      ['R-TIME-1'],
      ['issuedOn'],
    );
  }
  const issuedOn = issue.issuedOn;
  if (issuedOn < issue.requestedOn) {
    return refuse(
      'INVALID_INPUT',
      msg('invoice.issue.beforeRequest', { date: issuedOn, requestedOn: issue.requestedOn }),
      ['R-INV-2', 'R-TIME-1'],
      ['issuedOn'],
    );
  }
  if (issuedOn > issue.today) {
    return refuse(
      'INVALID_INPUT',
      msg('invoice.issue.future', { date: issuedOn, today: issue.today }),
      ['R-INV-2', 'R-TIME-1'],
      ['issuedOn'],
    );
  }
  return {
    ok: true,
    number,
    issuedOn,
    rules: ['R-INV-2', 'R-INV-3'],
    reason: `fapiao ${number} issued on ${issuedOn} (R-INV-2); one fapiao per payment (R-INV-3)`,
  };
}

/**
 * R-INV-3: an issued fapiao may be voided (作废) to be issued again, with a reason, as long as no
 * red-letter credit note stands against it (a credited fapiao is answered by its note, not voided).
 */
export function checkInvoiceVoid(input: {
  readonly status: 'REQUESTED' | 'ISSUED' | 'REVERSED';
  readonly reason: string;
  readonly creditedAfterIssue: number;
}): Outcome<{ reason: string; rules: RuleId[] }> {
  if (input.status !== 'ISSUED') {
    return refuse(
      'INVALID_STATE',
      input.status === 'REQUESTED' ? msg('invoice.void.notIssued') : msg('invoice.void.reversed'),
      ['R-INV-3'],
    );
  }
  if (input.creditedAfterIssue > 0) {
    return refuse('INVALID_STATE', msg('invoice.void.credited'), ['R-INV-3']);
  }
  const reason = input.reason.trim();
  if (reason === '' || reason.length > 500) {
    return refuse('INVALID_INPUT', msg('invoice.void.reason'), ['R-INV-3'], ['reason']);
  }
  return { ok: true, reason, rules: ['R-INV-3'] };
}

/**
 * R-INV-2: whether a requested invoice is overdue on `today`: issuing on the due date itself
 * keeps the promise; each natural day after it is a day overdue.
 */
export function invoiceOverdue(
  dueOn: BusinessDate | null,
  today: BusinessDate,
): { overdue: boolean; daysOverdue: number; rules: RuleId[] } {
  if (dueOn === null || today <= dueOn) return { overdue: false, daysOverdue: 0, rules: [] };
  return { overdue: true, daysOverdue: daysBetween(dueOn, today), rules: ['R-INV-2'] };
}
