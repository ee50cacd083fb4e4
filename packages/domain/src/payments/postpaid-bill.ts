import { assertFen, mulDivHalfUp, multiplyFen, type Fen } from '../money/money.js';
import type { RuleId } from '../explain/rules.js';
import { described, refuse, type LineItem, type Outcome } from '../explain/results.js';
import { fenParam, msg, renderMessage, type Message } from '../explain/messages.js';
import {
  addDays,
  addMonths,
  daysBetween,
  parseDate,
  type BusinessDate,
} from '../time/business-date.js';
import type { Period } from '../time/period.js';

/** R-PAY-5 terms of a postpaid account. The figures are *demo* values, passed in like a catalog. */
export interface PostpaidTerms {
  /** Day of month M+1 on which the bill for month M is due (1–28, so it exists in every month). */
  readonly dueDayOfMonth: number;
  /** Late fee per day overdue, in basis points of the unpaid amount (5 = 0.05%). */
  readonly lateFeeBasisPointsPerDay: number;
  /** Days overdue at which the service is suspended. */
  readonly suspendAfterDaysOverdue: number;
  /** Days overdue at which the account is closed (the late fee stops accruing then). */
  readonly closeAfterDaysOverdue: number;
}

/** R-PAY-5 *demo* terms: due on the 15th, 0.05% a day, suspended at 30 days, closed at 90. */
export const DEMO_POSTPAID_TERMS: PostpaidTerms = {
  dueDayOfMonth: 15,
  lateFeeBasisPointsPerDay: 5,
  suspendAfterDaysOverdue: 30,
  closeAfterDaysOverdue: 90,
};

/** One usage line of a month: `quantity` units at `unitPrice` fen each (prices from the catalog). */
export interface UsageLine {
  readonly description: string;
  readonly quantity: number;
  readonly unitPrice: Fen;
}

export interface PostpaidBill {
  /** `YYYY-MM`. */
  readonly month: string;
  /** The natural month billed, [1st of M, 1st of M+1). */
  readonly period: Period;
  readonly issuedOn: BusinessDate;
  readonly dueOn: BusinessDate;
  readonly lines: LineItem[];
  readonly total: Fen;
  readonly rules: RuleId[];
  readonly reason: string;
  /** The reason as a message key and parameters, for other languages. */
  readonly reasonMessage: Message;
}

export type PostpaidStatus = 'CURRENT' | 'OVERDUE' | 'SUSPENDED' | 'CLOSED';

export interface LateFeeAssessment {
  readonly unpaid: Fen;
  /** Natural days after the due date, as of `asOf` (0 on or before the due date). */
  readonly daysOverdue: number;
  /** Days charged: `daysOverdue`, capped at `closeAfterDaysOverdue`; 0 when nothing is unpaid. */
  readonly feeDays: number;
  readonly fee: Fen;
  /** The late-fee line (empty when the fee is 0). */
  readonly lines: LineItem[];
  readonly status: PostpaidStatus;
  /** First day the bill is overdue (the day after the due date). */
  readonly overdueFrom: BusinessDate;
  readonly suspendsOn: BusinessDate;
  readonly closesOn: BusinessDate;
  readonly rules: RuleId[];
  readonly reason: string;
  /** The reason as a message key and parameters, for other languages. */
  readonly reasonMessage: Message;
}

function checkTerms(terms: PostpaidTerms) {
  const {
    dueDayOfMonth,
    lateFeeBasisPointsPerDay,
    suspendAfterDaysOverdue,
    closeAfterDaysOverdue,
  } = terms;
  if (!Number.isSafeInteger(dueDayOfMonth) || dueDayOfMonth < 1 || dueDayOfMonth > 28) {
    return refuse(
      'INVALID_INPUT',
      msg('postpaid.dueDay', { got: dueDayOfMonth }),
      ['R-PAY-5'],
      ['terms', 'dueDayOfMonth'],
    );
  }
  if (!Number.isSafeInteger(lateFeeBasisPointsPerDay) || lateFeeBasisPointsPerDay < 0) {
    return refuse(
      'INVALID_INPUT',
      msg('postpaid.lateFeeRate', { got: lateFeeBasisPointsPerDay }),
      ['R-PAY-5'],
      ['terms', 'lateFeeBasisPointsPerDay'],
    );
  }
  if (
    !Number.isSafeInteger(suspendAfterDaysOverdue) ||
    !Number.isSafeInteger(closeAfterDaysOverdue) ||
    suspendAfterDaysOverdue < 1 ||
    closeAfterDaysOverdue <= suspendAfterDaysOverdue
  ) {
    return refuse(
      'INVALID_INPUT',
      msg('postpaid.thresholds', {
        suspend: suspendAfterDaysOverdue,
        close: closeAfterDaysOverdue,
      }),
      ['R-PAY-5'],
      ['terms'],
    );
  }
  return null;
}

function parseMonth(month: string): BusinessDate | null {
  if (month.length !== 7 || month[4] !== '-') return null;
  try {
    return parseDate(`${month}-01`);
  } catch {
    return null;
  }
}

/** 5 → "0.05%", 150 → "1.50%". */
function formatBasisPoints(bp: number): string {
  const rest = bp % 100;
  return `${(bp - rest) / 100}.${rest < 10 ? '0' : ''}${rest}%`;
}

/**
 * R-PAY-5: the bill for natural month `month` (`YYYY-MM`): issued on the 1st of the next month,
 * due on its `dueDayOfMonth` (the 15th, *demo*). Each usage line is quantity × unit price.
 * Example: `postpaidBill('2024-01', [{ description: 'SMS', quantity: 1200, unitPrice: 5 }])` →
 * 60 CNY, issued 2024-02-01, due 2024-02-15.
 */
export function postpaidBill(
  month: string,
  usage: readonly UsageLine[],
  terms: PostpaidTerms = DEMO_POSTPAID_TERMS,
): Outcome<PostpaidBill> {
  const start = parseMonth(month);
  if (!start)
    return refuse('INVALID_INPUT', msg('postpaid.month', { month }), ['R-PAY-5'], ['month']);
  const badTerms = checkTerms(terms);
  if (badTerms) return badTerms;
  const lines: LineItem[] = [];
  let total = 0;
  for (const [index, line] of usage.entries()) {
    if (!Number.isSafeInteger(line.quantity) || line.quantity < 0) {
      return refuse(
        'INVALID_INPUT',
        msg('postpaid.quantity', { got: line.quantity }),
        ['R-PAY-5'],
        ['usage', String(index), 'quantity'],
      );
    }
    if (!Number.isSafeInteger(line.unitPrice) || line.unitPrice < 0) {
      return refuse(
        'INVALID_INPUT',
        msg('postpaid.unitPrice', { got: line.unitPrice }),
        ['R-PAY-5', 'R-MONEY-1'],
        ['usage', String(index), 'unitPrice'],
      );
    }
    const amount = multiplyFen(line.unitPrice, line.quantity);
    total = assertFen(total + amount, 'bill total');
    lines.push({
      description: line.description,
      quantity: line.quantity,
      months: null,
      unitPrice: line.unitPrice,
      amount,
      rules: ['R-PAY-5'],
    });
  }
  const issuedOn = addMonths(start, 1);
  const dueOn = addDays(issuedOn, terms.dueDayOfMonth - 1);
  const reasonMessage = msg('postpaid.bill', {
    month,
    count: lines.length,
    total: fenParam(total),
    issuedOn,
    dueOn,
  });
  return {
    ok: true,
    month,
    period: { start, end: issuedOn },
    issuedOn,
    dueOn,
    lines,
    total,
    rules: ['R-PAY-5'],
    reason: renderMessage(reasonMessage, 'en'),
    reasonMessage,
  };
}

/**
 * R-PAY-5: the late fee and status of a postpaid bill `unpaid` fen of which is still unpaid on
 * `asOf`. Days are natural days after `dueOn` (paying on the due date costs nothing; the day after
 * is day 1). Fee = unpaid × rate × days, simple (not compounded), rounded half-up once for the
 * line (R-MONEY-1). Status: CURRENT → OVERDUE (day 1) → SUSPENDED (day 30) → CLOSED (day 90);
 * the fee stops accruing when the account closes.
 * Example: 1,000 CNY due 2024-02-15, as of 2024-03-06 → 20 days × 0.05% = 10 CNY, OVERDUE.
 */
export function lateFee(
  unpaid: Fen,
  dueOn: BusinessDate,
  asOf: BusinessDate,
  terms: PostpaidTerms = DEMO_POSTPAID_TERMS,
): Outcome<LateFeeAssessment> {
  if (!Number.isSafeInteger(unpaid) || unpaid < 0) {
    return refuse(
      'INVALID_INPUT',
      msg('postpaid.unpaid', { got: unpaid }),
      ['R-PAY-5', 'R-MONEY-1'],
      ['unpaid'],
    );
  }
  const badTerms = checkTerms(terms);
  if (badTerms) return badTerms;
  const {
    lateFeeBasisPointsPerDay: bp,
    suspendAfterDaysOverdue: suspendAt,
    closeAfterDaysOverdue: closeAt,
  } = terms;
  const daysOverdue = Math.max(0, daysBetween(dueOn, asOf));
  const overdueFrom = addDays(dueOn, 1);
  const suspendsOn = addDays(dueOn, suspendAt);
  const closesOn = addDays(dueOn, closeAt);
  const base = { unpaid, daysOverdue, overdueFrom, suspendsOn, closesOn };
  if (unpaid === 0 || daysOverdue === 0) {
    const reasonMessage =
      unpaid === 0
        ? msg('lateFee.nothingUnpaid')
        : msg('lateFee.notOverdue', { unpaid: fenParam(unpaid), dueOn, overdueFrom });
    return {
      ok: true,
      ...base,
      feeDays: 0,
      fee: 0,
      lines: [],
      status: 'CURRENT',
      rules: ['R-PAY-5'],
      reason: renderMessage(reasonMessage, 'en'),
      reasonMessage,
    };
  }
  const feeDays = Math.min(daysOverdue, closeAt);
  const fee = mulDivHalfUp(unpaid, bp * feeDays, 10_000);
  const status: PostpaidStatus =
    daysOverdue >= closeAt ? 'CLOSED' : daysOverdue >= suspendAt ? 'SUSPENDED' : 'OVERDUE';
  const rate = formatBasisPoints(bp);
  const text = described(
    msg('line.lateFee', { unpaid: fenParam(unpaid), rate, days: feeDays, dueOn }),
  );
  const state =
    status === 'OVERDUE'
      ? msg('lateFee.overdue', { overdueFrom, suspendsOn, closesOn })
      : status === 'SUSPENDED'
        ? msg('lateFee.suspended', { suspendsOn, days: suspendAt, closesOn })
        : msg('lateFee.closed', { closesOn, days: closeAt });
  const reasonMessage = msg('lateFee.charged', {
    unpaid: fenParam(unpaid),
    rate,
    days: feeDays,
    fee: fenParam(fee),
    state,
  });
  return {
    ok: true,
    ...base,
    feeDays,
    fee,
    lines:
      fee === 0
        ? []
        : [
            {
              description: text.description,
              message: text.message,
              quantity: 1,
              months: null,
              unitPrice: fee,
              amount: fee,
              rules: ['R-PAY-5', 'R-MONEY-1'],
            },
          ],
    status,
    rules: ['R-PAY-5', 'R-MONEY-1'],
    reason: renderMessage(reasonMessage, 'en'),
    reasonMessage,
  };
}
