import {
  REFUND_REASONS,
  type OrderKind,
  type ProductCode,
  type RefundReason,
} from '../core/codes.js';
import { fenParam, msg, type Message } from '../explain/messages.js';
import type { LineItem, Refusal, RefusalCode } from '../explain/results.js';
import type { RuleId } from '../explain/rules.js';
import { quotedInput } from '../explain/user-message.js';
import { activationDueDate } from '../lifecycle/activation.js';
import { mulDivHalfUp, type Fen } from '../money/money.js';
import {
  fromDayNumber,
  startOfBusinessDate,
  toDayNumber,
  type BusinessDate,
} from '../time/business-date.js';
import type { Period } from '../time/period.js';
import { ORDER_AMOUNT_WORDS } from './refund-messages.js';
import { refundCny } from './refund-text.js';
import type {
  RefundDecision,
  RefundInput,
  RefundOrderFacts,
  RefundPromotion,
  RefundRuleCheck,
  RefundSubscriptionFacts,
} from './refund-types.js';

/** R-REF-7DAY: full refund on request within 7 natural days of activation (R-TIME-4). */
export const REFUND_NO_REASON_DAYS = 7;
/** R-REF-DEFECT: login-blocking defect within 30 natural days of activation (R-TIME-4). */
export const REFUND_DEFECT_DAYS = 30;
/** R-REF-OUTAGE: an outage must last more than this many consecutive hours. */
export const REFUND_OUTAGE_MIN_HOURS = 72;
/** R-REF-WINDOW: Meeting event-based claims are filed within this many hours of the event. */
export const REFUND_CLAIM_WINDOW_HOURS = 48;
/** R-REF-FEE: 1 % handling fee on pro-rata refunds (*demo* rate), in basis points. */
export const DEFAULT_REFUND_FEE_BASIS_POINTS = 100;

const MS_PER_HOUR = 3_600_000;
const MS_PER_DAY = 86_400_000;
const WINDOW_MS = REFUND_CLAIM_WINDOW_HOURS * MS_PER_HOUR;

// Rule lists shared by every decision (never mutated).
const R_DUPLICATE: readonly RuleId[] = ['R-REF-DUPLICATE'];
const R_FULL_7DAY: readonly RuleId[] = ['R-REF-7DAY', 'R-TIME-4'];
const R_FULL_DEFECT: readonly RuleId[] = ['R-REF-DEFECT', 'R-TIME-4'];
const R_FULL_ACTIVATION: readonly RuleId[] = ['R-REF-ACTIVATION', 'R-OPEN-4', 'R-TIME-3'];
const R_FULL_UNUSED: readonly RuleId[] = ['R-REF-UNUSED'];
const R_PRO_OUTAGE: readonly RuleId[] = ['R-REF-OUTAGE', 'R-MONEY-1'];
const R_PRO_CANCEL: readonly RuleId[] = ['R-REF-CANCEL', 'R-MONEY-1'];
const R_PRO_TERM: readonly RuleId[] = ['R-TERM-1', 'R-MONEY-1'];
const R_FEE: readonly RuleId[] = ['R-REF-FEE', 'R-MONEY-1'];

/** The order's service period with its day numbers. */
interface ServiceDays extends Period {
  readonly startDay: number;
  readonly endDay: number;
}

/** Mutable working state of one decision: one object, a few small arrays. */
interface DecisionState {
  readonly considered: RefundRuleCheck[];
  readonly lines: LineItem[];
  readonly rules: RuleId[];
  /** Why each pertinent rule did not apply, as "why; …", for the refusal explanation. */
  missed: string;
  /** `missed` as a message (null while `missed` is empty). */
  missedMessage: Message | null;
  /** What can still be refunded on this order (R-REF-CAP). */
  budget: Fen;
  capped: boolean;
  /** Gross of the pro-rata line that carries the handling fee (R-REF-FEE). */
  feeBase: Fen;
  /**
   * Why the service part was not refunded, written to follow "not refundable" (": … (R-REF-NONREF)"
   * or " (R-REF-OTHERWISE): …"); '' when it was refunded or not asked for.
   */
  blocked: string;
  /** `blocked` as a message (null while `blocked` is empty). */
  blockedMessage: Message | null;
  endsSubscription: boolean;
  /** A rule could not be decided (calendar data missing): the refusal code if nothing is granted. */
  undetermined: Refusal | null;
}

function addRules(s: DecisionState, ids: readonly RuleId[]): void {
  for (const id of ids) if (!s.rules.includes(id)) s.rules.push(id);
}

function check(
  s: DecisionState,
  rule: RuleId,
  applied: boolean,
  why: string,
  whyMessage: Message,
): void {
  s.considered.push({ rule, applied, why, whyMessage });
}

/** "a; b" as a message: the engine joins reasons and refunded parts with "; ". */
function joined(first: Message | null, next: Message): Message {
  return first === null ? next : msg('refund.joined', { first, next });
}

/** Adds a reason to the refusal text of the rules that could have applied but did not. */
function addMissed(s: DecisionState, why: string, whyMessage: Message): void {
  s.missed = s.missed === '' ? why : `${s.missed}; ${why}`;
  s.missedMessage = joined(s.missedMessage, whyMessage);
}

/**
 * A rule that could have applied to this request but did not: its reason also goes into the
 * refusal text, without its rule id — the explanation cites only rules that applied, and the list
 * of rules considered names this one as not applying.
 */
function miss(s: DecisionState, rule: RuleId, why: string, whyMessage: Message): void {
  s.considered.push({ rule, applied: false, why, whyMessage });
  addMissed(s, why, whyMessage);
}

/** Adds a refunded line, clamped to what remains refundable (R-REF-CAP). Returns the amount added. */
function grantLine(
  s: DecisionState,
  description: string,
  descriptionMessage: Message,
  amount: Fen,
  rules: readonly RuleId[],
): Fen {
  let granted = amount;
  let text = description;
  let message = descriptionMessage;
  let lineRules = rules;
  if (granted > s.budget) {
    granted = s.budget;
    s.capped = true;
    text = `${description}, capped at ${refundCny(granted)} still refundable (R-REF-CAP)`;
    message = msg('refund.line.capped', { line: descriptionMessage, amount: fenParam(granted) });
    lineRules = [...rules, 'R-REF-CAP'];
  }
  if (granted <= 0) return 0;
  s.budget -= granted;
  s.lines.push({
    description: text,
    message,
    quantity: 1,
    months: null,
    unitPrice: granted,
    amount: granted,
    rules: lineRules,
  });
  addRules(s, lineRules);
  return granted;
}

function isFen(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 0;
}

function hasEvidence(evidence: readonly string[]): boolean {
  for (const item of evidence) if (typeof item === 'string' && item.trim() !== '') return true;
  return false;
}

function plural(n: number, word: string): string {
  return n === 1 ? `${n} ${word}` : `${n} ${word}s`;
}

const ORDER_AMOUNTS = ['total', 'paid', 'alreadyRefunded', 'duplicatePaid', 'overpaid'] as const;

interface InvalidField {
  readonly message: string;
  readonly text: Message;
  readonly field: readonly string[];
}

function invalid(message: string, text: Message, ...field: string[]): InvalidField {
  return { message, text, field };
}

/** Bad values are a clear INVALID_INPUT refusal, never a throw (house rules). */
function validateRefundInput(input: RefundInput): InvalidField | null {
  const { order, subscription: sub } = input;
  if (!REFUND_REASONS.includes(input.reason)) {
    const reason = quotedInput(input.reason);
    const known = REFUND_REASONS.join(', ');
    return invalid(
      `the refund reason ${reason} is unknown: choose one of ${known}`,
      msg('refund.invalid.reason', { reason, known }),
      'reason',
    );
  }
  for (const key of ORDER_AMOUNTS) {
    if (!isFen(order[key])) {
      return invalid(
        `the order's ${ORDER_AMOUNT_WORDS[key]} must be a whole number of fen ≥ 0, got ${order[key]} (R-MONEY-1)`,
        msg('refund.invalid.amount', { field: key, got: String(order[key]) }),
        'order',
        key,
      );
    }
  }
  if (order.alreadyRefunded > order.paid) {
    return invalid(
      `the ${refundCny(order.alreadyRefunded)} already refunded exceeds the ${refundCny(order.paid)} paid: what is refunded must be at most what was paid (R-REF-CAP)`,
      msg('refund.invalid.refundedAbovePaid', {
        refunded: fenParam(order.alreadyRefunded),
        paid: fenParam(order.paid),
      }),
      'order',
      'alreadyRefunded',
    );
  }
  const corrected = order.correctedTotal;
  if (corrected !== undefined && corrected !== null) {
    if (!isFen(corrected))
      return invalid(
        `the corrected total must be a whole number of fen ≥ 0, got ${corrected} (R-MONEY-1)`,
        msg('refund.invalid.correctedFen', { got: String(corrected) }),
        'order',
        'correctedTotal',
      );
    if (corrected > order.total) {
      return invalid(
        `a corrected total (${refundCny(corrected)}) above the original ${refundCny(order.total)} is a new order, not a refund: the corrected total must be at most the original`,
        msg('refund.invalid.correctedAbove', {
          corrected: fenParam(corrected),
          original: fenParam(order.total),
        }),
        'order',
        'correctedTotal',
      );
    }
  }
  const period = order.period;
  if (period && !(period.start < period.end))
    return invalid(
      `the service period [${period.start}, ${period.end}) is empty: its end must be after its start`,
      msg('refund.invalid.emptyPeriod', { start: String(period.start), end: String(period.end) }),
      'order',
      'period',
    );
  if (sub === null && order.kind !== 'VALUE_ADDED')
    return invalid(
      `a ${order.kind} order needs its subscription`,
      msg('refund.invalid.noSubscription', { kind: String(order.kind) }),
      'subscription',
    );
  if (sub !== null && sub.activatedOn !== null && sub.activatedOn > input.asOf) {
    return invalid(
      `the decision date ${input.asOf} is before the activation on ${sub.activatedOn}: it must be on or after the activation`,
      msg('refund.invalid.beforeActivation', { date: input.asOf, activatedOn: sub.activatedOn }),
      'asOf',
    );
  }
  const { requestedAt, eventAt, outageHours } = input;
  if (requestedAt !== undefined && requestedAt !== null) {
    const start = startOfBusinessDate(input.asOf);
    if (!Number.isFinite(requestedAt) || requestedAt < start || requestedAt >= start + MS_PER_DAY) {
      return invalid(
        `the request time must be an instant on ${input.asOf} (Asia/Shanghai): give the time the customer filed the request, on the decision date (R-REF-WINDOW)`,
        msg('refund.invalid.requestTime', { date: input.asOf }),
        'requestedAt',
      );
    }
  }
  if (eventAt !== undefined && eventAt !== null) {
    if (!Number.isFinite(eventAt))
      return invalid(
        'the event time must be an instant (epoch milliseconds): give when the outage or defect happened (R-REF-WINDOW)',
        msg('refund.invalid.eventTime'),
        'eventAt',
      );
    if (eventAt > (requestedAt ?? startOfBusinessDate(input.asOf) + MS_PER_DAY - 1)) {
      return invalid(
        'the event time is after the request: it must be at or before the request (R-REF-WINDOW)',
        msg('refund.invalid.eventAfterRequest'),
        'eventAt',
      );
    }
  }
  if (
    outageHours !== undefined &&
    outageHours !== null &&
    !(Number.isFinite(outageHours) && outageHours >= 0)
  ) {
    return invalid(
      `the outage must last a number of hours ≥ 0, got ${outageHours}: give the outage length in hours (R-REF-OUTAGE)`,
      msg('refund.invalid.outageHours', { got: String(outageHours) }),
      'outageHours',
    );
  }
  const bp = input.handlingFeeBasisPoints;
  if (bp !== undefined && !(Number.isSafeInteger(bp) && bp >= 0 && bp <= 10_000)) {
    return invalid(
      `the handling fee must be a whole number of basis points from 0 to 10000, got ${bp}: leave it out for the default of ${DEFAULT_REFUND_FEE_BASIS_POINTS} (R-REF-FEE)`,
      msg('refund.invalid.feeRate', { got: String(bp), default: DEFAULT_REFUND_FEE_BASIS_POINTS }),
      'handlingFeeBasisPoints',
    );
  }
  return null;
}

function refusedDecision(
  considered: RefundRuleCheck[],
  rules: RuleId[],
  explanation: string,
  explanationMessage: Message,
  code: RefusalCode,
  field?: readonly string[],
): RefundDecision {
  const refusal: Refusal = field
    ? { code, message: explanation, text: explanationMessage, rules, field }
    : { code, message: explanation, text: explanationMessage, rules };
  return {
    eligible: false,
    amount: 0,
    fee: 0,
    payout: 0,
    rules,
    considered,
    explanation,
    explanationMessage,
    lines: [],
    endsSubscription: false,
    refusal,
  };
}

/** Unused days of [startDay, endDay) from `asOfDay` (the request day counts as unused) and their value. */
function unusedPart(startDay: number, endDay: number, asOfDay: number, base: Fen) {
  const totalDays = endDay - startDay;
  const fromDay = asOfDay > startDay ? asOfDay : startDay;
  const unusedDays = endDay > fromDay ? endDay - fromDay : 0;
  const value = mulDivHalfUp(base, unusedDays, totalDays);
  const since = fromDayNumber(fromDay);
  const text = `unused ${unusedDays} of ${plural(totalDays, 'day')} from ${since}: ${refundCny(base)} × ${unusedDays}/${totalDays} = ${refundCny(value)}`;
  const message = msg('refund.unused', {
    unusedDays,
    totalDays,
    since,
    base: fenParam(base),
    value: fenParam(value),
  });
  return { unusedDays, totalDays, value, text, message };
}

/**
 * R-REF-WINDOW (Meeting): an event-based claim must be filed within 48 hours of the event.
 * Records the check and returns whether the claim is in time.
 */
function claimInWindow(input: RefundInput, s: DecisionState): boolean {
  const eventAt = input.eventAt;
  let late: string;
  let lateMessage: Message;
  if (eventAt === undefined || eventAt === null) {
    late = `the time of the event is not given, so the claim cannot be shown to be within ${REFUND_CLAIM_WINDOW_HOURS} hours`;
    lateMessage = msg('refund.why.eventUnknown', { window: REFUND_CLAIM_WINDOW_HOURS });
  } else {
    const elapsed = (input.requestedAt ?? startOfBusinessDate(input.asOf)) - eventAt;
    const hours = Math.floor(elapsed / MS_PER_HOUR);
    if (elapsed <= WINDOW_MS) {
      check(
        s,
        'R-REF-WINDOW',
        false,
        `filed ${plural(hours, 'hour')} after the event, within ${REFUND_CLAIM_WINDOW_HOURS} hours`,
        msg('refund.why.filedWithin', { hours, window: REFUND_CLAIM_WINDOW_HOURS }),
      );
      return true;
    }
    late = `filed ${plural(hours, 'hour')} after the event, more than ${REFUND_CLAIM_WINDOW_HOURS} hours`;
    lateMessage = msg('refund.why.filedLate', { hours, window: REFUND_CLAIM_WINDOW_HOURS });
  }
  // The window blocks this claim (applied); the request may still qualify under a later rule.
  check(s, 'R-REF-WINDOW', true, late, lateMessage);
  addMissed(
    s,
    `${late} (R-REF-WINDOW)`,
    msg('refund.withRule', { text: lateMessage, rule: 'R-REF-WINDOW' }),
  );
  return false;
}

/** Pro-rata line (R-REF-OUTAGE, R-REF-CANCEL with fee; R-TERM-1 without). */
function grantProRata(
  s: DecisionState,
  period: ServiceDays,
  asOfDay: number,
  base: Fen,
  held: Fen,
  label: string,
  labelMessage: Message,
  rules: readonly RuleId[],
  feeable: boolean,
): void {
  const part = unusedPart(period.startDay, period.endDay, asOfDay, base);
  // The service price held for this order bounds the pro-rata part too (R-REF-CAP).
  const budget = s.budget;
  if (held < budget) s.budget = held;
  const granted = grantLine(
    s,
    `${label}: ${part.text}`,
    msg('refund.line.proRata', { label: labelMessage, unused: part.message }),
    part.value,
    rules,
  );
  s.budget = budget - granted;
  if (feeable) s.feeBase = granted;
  s.endsSubscription = granted > 0;
}

/**
 * Decides a refund request against one order by the rules of section 8, in the spec's order:
 * R-REF-VIOLATION (overrides all), R-REF-DUPLICATE, R-TERM-1, R-REF-NONREF (R-RENEW-4),
 * R-REF-PROMO, R-REF-ACTIVATION, R-REF-7DAY, R-REF-DEFECT, R-REF-UNUSED, R-REF-OUTAGE,
 * R-REF-CANCEL (R-REF-WINDOW gating Meeting claims), then R-REF-FEE and R-REF-CAP on the
 * amount, and R-REF-OTHERWISE when nothing allows it. Pure: the calendar and "today" are inputs.
 */
export function decideRefund(input: RefundInput): RefundDecision {
  const bad = validateRefundInput(input);
  if (bad !== null) {
    const explanation = `Cannot decide the refund: ${bad.message} (R-REF-OTHERWISE)`;
    return refusedDecision(
      [
        {
          rule: 'R-REF-OTHERWISE',
          applied: true,
          why: `invalid request: ${bad.message}`,
          whyMessage: msg('refund.why.invalid', { why: bad.text }),
        },
      ],
      ['R-REF-OTHERWISE'],
      explanation,
      msg('refund.explain.invalid', { why: bad.text }),
      'INVALID_INPUT',
      bad.field,
    );
  }
  const { order, subscription: sub, reason } = input;
  const considered: RefundRuleCheck[] = [];

  // R-REF-VIOLATION: checked first, overrides every other rule (agreement 4.5, 6.1).
  if (sub !== null && sub.violation) {
    const terminated = sub.status === 'TERMINATED';
    considered.push({
      rule: 'R-REF-VIOLATION',
      applied: true,
      why: `the subscription was ${terminated ? 'terminated' : 'suspended'} for violations`,
      whyMessage: msg(
        terminated ? 'refund.why.violationTerminated' : 'refund.why.violationSuspended',
      ),
    });
    considered.push({
      rule: 'R-REF-OTHERWISE',
      applied: true,
      why: 'no refund of any kind after a violation',
      whyMessage: msg('refund.why.noRefundAfterViolation'),
    });
    return refusedDecision(
      considered,
      ['R-REF-VIOLATION', 'R-REF-OTHERWISE'],
      'Not refundable: the subscription was suspended or terminated for violations, which allows no refund of any kind; if the violation was recorded in error, appeal it first (R-REF-VIOLATION)',
      msg('refund.explain.violation'),
      'NOT_REFUNDABLE',
    );
  }
  considered.push({
    rule: 'R-REF-VIOLATION',
    applied: false,
    why: 'not suspended or terminated for violations',
    whyMessage: msg('refund.why.noViolation'),
  });

  const remaining = order.paid - order.alreadyRefunded;
  if (remaining === 0) {
    const why =
      order.paid === 0
        ? 'nothing was paid for this order'
        : `everything paid (${refundCny(order.paid)}) has already been refunded`;
    const whyMessage =
      order.paid === 0
        ? msg('refund.why.nothingPaid')
        : msg('refund.why.allRefunded', { paid: fenParam(order.paid) });
    const rule = order.paid === 0 ? 'R-REF-OTHERWISE' : 'R-REF-CAP';
    if (order.paid !== 0) considered.push({ rule: 'R-REF-CAP', applied: true, why, whyMessage });
    considered.push({ rule: 'R-REF-OTHERWISE', applied: true, why, whyMessage });
    return refusedDecision(
      considered,
      order.paid === 0 ? ['R-REF-OTHERWISE'] : ['R-REF-CAP', 'R-REF-OTHERWISE'],
      `Not refundable: ${why}, so there is nothing left to refund and no action is needed (${rule})`,
      msg('refund.explain.nothingLeft', { why: whyMessage, rule }),
      'NOT_REFUNDABLE',
    );
  }

  const s: DecisionState = {
    considered,
    lines: [],
    rules: [],
    missed: '',
    missedMessage: null,
    budget: remaining,
    capped: false,
    feeBase: 0,
    blocked: '',
    blockedMessage: null,
    endsSubscription: false,
    undetermined: null,
  };

  // R-REF-DUPLICATE: duplicates, overpayments and a corrected wrong order, at any time, any kind.
  const excess = order.duplicatePaid + order.overpaid;
  const held = remaining > excess ? remaining - excess : 0; // what is still held for the service itself
  const corrected = order.correctedTotal ?? null;
  const difference = corrected !== null && held > corrected ? held - corrected : 0;
  let excessGranted = 0;
  if (order.duplicatePaid > 0)
    excessGranted += grantLine(
      s,
      'Duplicate payment refunded in full (R-REF-DUPLICATE)',
      msg('refund.line.duplicate'),
      order.duplicatePaid,
      R_DUPLICATE,
    );
  if (order.overpaid > 0)
    excessGranted += grantLine(
      s,
      'Overpayment refunded in full (R-REF-DUPLICATE)',
      msg('refund.line.overpaid'),
      order.overpaid,
      R_DUPLICATE,
    );
  if (difference > 0) {
    excessGranted += grantLine(
      s,
      `Wrong order corrected from ${refundCny(order.total)} to ${refundCny(corrected ?? 0)}: the difference refunded (R-REF-DUPLICATE)`,
      msg('refund.line.corrected', {
        original: fenParam(order.total),
        corrected: fenParam(corrected ?? 0),
      }),
      difference,
      R_DUPLICATE,
    );
  }
  // A duplicate or order-error request asks only for excess money; any other reason asks to end the service.
  const excessOnly = reason === 'DUPLICATE_PAYMENT' || reason === 'ORDER_ERROR';
  if (excessGranted > 0) {
    check(
      s,
      'R-REF-DUPLICATE',
      true,
      `${refundCny(excessGranted)} of duplicate payment, overpayment or wrong-order difference is refunded in full`,
      msg('refund.why.excessRefunded', { amount: fenParam(excessGranted) }),
    );
  } else {
    const notCorrected = reason === 'ORDER_ERROR' && corrected === null;
    const why = notCorrected
      ? 'the order has not been corrected yet: a wrong order is refunded by the difference once corrected'
      : 'no duplicate payment, overpayment or corrected wrong order to refund';
    const whyMessage = msg(notCorrected ? 'refund.why.notCorrected' : 'refund.why.noExcess');
    if (excessOnly) miss(s, 'R-REF-DUPLICATE', why, whyMessage);
    else check(s, 'R-REF-DUPLICATE', false, why, whyMessage);
  }

  if (!excessOnly || input.providerTermination === true) {
    decideServicePart(input, s, held - difference, corrected ?? order.total);
  }
  return finish(input, s, excessOnly);
}

/** What every clause of the service part reads, computed once per decision. */
interface ServiceRequest {
  readonly input: RefundInput;
  readonly order: RefundOrderFacts;
  readonly sub: RefundSubscriptionFacts | null;
  readonly asOf: BusinessDate;
  readonly reason: RefundReason;
  readonly kind: OrderKind;
  readonly product: ProductCode;
  readonly isNew: boolean;
  readonly meeting: boolean;
  readonly activatedOn: BusinessDate | null;
  // Day numbers: the windows below are R-TIME-4 ("within N natural days of D" = request ≤ D + N,
  // as withinNaturalDays) on integers.
  readonly asOfDay: number;
  readonly activatedDay: number;
  readonly period: ServiceDays | null;
  /** What is still held for the service: a full refund returns all of it. */
  readonly serviceHeld: Fen;
  /** The (corrected) order price that pro-rata refunds divide by days. */
  readonly price: Fen;
}

function serviceRequest(input: RefundInput, serviceHeld: Fen, price: Fen): ServiceRequest {
  const { order, subscription: sub, asOf, reason } = input;
  const activatedOn = sub?.activatedOn ?? null;
  return {
    input,
    order,
    sub,
    asOf,
    reason,
    kind: order.kind,
    product: order.productCode,
    isNew: order.kind === 'NEW_SUBSCRIPTION',
    meeting: order.productCode === 'MEETING',
    activatedOn,
    asOfDay: toDayNumber(asOf),
    activatedDay: activatedOn === null ? 0 : toDayNumber(activatedOn),
    period: order.period
      ? {
          start: order.period.start,
          end: order.period.end,
          startDay: toDayNumber(order.period.start),
          endDay: toDayNumber(order.period.end),
        }
      : null,
    serviceHeld,
    price,
  };
}

/**
 * The service part: a full refund (R-REF-ACTIVATION, R-REF-7DAY, R-REF-DEFECT, R-REF-UNUSED), a
 * pro-rata one (R-TERM-1, R-REF-OUTAGE, R-REF-CANCEL), or a refusal (R-REF-NONREF, R-REF-PROMO,
 * R-REF-OTHERWISE), one clause after another in the spec's order. Each clause records why it did
 * or did not apply and returns true when it has decided the service part (refunded or refused
 * it): the clauses after it are then not considered. `serviceHeld` is what is still held for the
 * service; `price` the (corrected) order price that pro-rata refunds divide by days.
 */
function decideServicePart(
  input: RefundInput,
  s: DecisionState,
  serviceHeld: Fen,
  price: Fen,
): void {
  const req = serviceRequest(input, serviceHeld, price);
  if (decideProviderTermination(req, s)) return;
  if (decideNonRefundableOrder(req, s)) return;
  const promotion = blockingPromotion(req, s);
  if (decideActivationOverdue(req, s)) return;
  // A non-refundable promotion leaves R-REF-ACTIVATION in force and blocks every rule after it.
  if (promotion !== null) {
    refuseUnderPromotion(s, promotion);
    return;
  }
  if (decideSevenDayRefund(req, s)) return;
  if (decideDefectRefund(req, s)) return;
  if (decideNeverUsedRefund(req, s)) return;
  if (decideOutageRefund(req, s)) return;
  if (decideCancellation(req, s)) return;
  refuseOtherwise(s);
}

/**
 * R-TERM-1, R-MONEY-1: the provider ends the agreement without cause: the unused part pro rata,
 * no fee, or all of it before activation (*Decision*: it overrides R-REF-NONREF and R-REF-PROMO,
 * which restrict what a customer may ask for).
 */
function decideProviderTermination(req: ServiceRequest, s: DecisionState): boolean {
  const { input, kind, product, period, asOf } = req;
  if (input.providerTermination !== true) {
    check(
      s,
      'R-TERM-1',
      false,
      'the provider is not ending the agreement',
      msg('refund.why.noTermination'),
    );
    return false;
  }
  if (kind === 'VALUE_ADDED' || product === 'VAS') {
    miss(
      s,
      'R-TERM-1',
      'a one-off value-added purchase has no term left to refund',
      msg('refund.why.termValueAdded'),
    );
    return false;
  }
  if (period !== null) {
    check(
      s,
      'R-TERM-1',
      true,
      `the provider ends the agreement without cause on ${asOf}: the unused part is refunded pro rata without fee`,
      msg('refund.why.termProRata', { date: asOf }),
    );
    grantProRata(
      s,
      period,
      req.asOfDay,
      req.price,
      req.serviceHeld,
      'Provider termination without cause, no fee',
      msg('refund.label.termination'),
      R_PRO_TERM,
      false,
    );
    return true;
  }
  if (req.isNew && req.activatedOn === null) {
    check(
      s,
      'R-TERM-1',
      true,
      'the provider ends the agreement before activation: nothing was used, refunded in full without fee',
      msg('refund.why.termBeforeActivation'),
    );
    grantLine(
      s,
      'Provider termination without cause before activation: refunded in full, no fee (R-TERM-1)',
      msg('refund.line.termBeforeActivation'),
      req.serviceHeld,
      ['R-TERM-1'],
    );
    s.endsSubscription = true;
    return true;
  }
  miss(
    s,
    'R-TERM-1',
    "the order's service period is not given, so the unused part cannot be computed",
    msg('refund.why.termNoPeriod'),
  );
  return false;
}

/**
 * R-REF-NONREF, R-RENEW-4 (agreement 2.2, 4.9): renewals, value-added services and added seats
 * cannot be cancelled or refunded once paid; a duplicate payment or overpayment still is.
 */
function decideNonRefundableOrder(req: ServiceRequest, s: DecisionState): boolean {
  const { kind, product } = req;
  if (kind === 'RENEWAL' || kind === 'VALUE_ADDED' || kind === 'ADD_SEATS' || product === 'VAS') {
    const what =
      kind === 'RENEWAL'
        ? 'a renewal cannot be cancelled or refunded once paid'
        : kind === 'ADD_SEATS'
          ? 'added seats cannot be cancelled or refunded once bought'
          : 'value-added services cannot be cancelled or refunded once bought';
    const whatMessage = msg(
      kind === 'RENEWAL'
        ? 'refund.why.nonrefRenewal'
        : kind === 'ADD_SEATS'
          ? 'refund.why.nonrefAddSeats'
          : 'refund.why.nonrefValueAdded',
    );
    check(s, 'R-REF-NONREF', true, what, whatMessage);
    if (kind === 'RENEWAL')
      check(
        s,
        'R-RENEW-4',
        true,
        'a paid renewal cannot be cancelled or refunded',
        msg('refund.why.renewalPaid'),
      );
    const rules: RuleId[] = kind === 'RENEWAL' ? ['R-REF-NONREF', 'R-RENEW-4'] : ['R-REF-NONREF'];
    addRules(s, rules);
    const ruleList = rules.join(', ');
    s.blocked = `: ${what}, except a duplicate payment or overpayment (${ruleList})`;
    s.blockedMessage = msg('refund.blocked.nonref', { what: whatMessage, rules: ruleList });
    return true;
  }
  check(
    s,
    'R-REF-NONREF',
    false,
    `${kind === 'UPGRADE' ? 'an upgrade' : 'a new subscription'} is not a renewal, value-added service or added seats`,
    msg(kind === 'UPGRADE' ? 'refund.why.notNonrefUpgrade' : 'refund.why.notNonrefNew'),
  );
  return false;
}

/**
 * R-REF-PROMO: the promotion whose terms allow no refund, or null. Its terms are stricter; they
 * leave R-REF-DUPLICATE, R-TERM-1 and R-REF-ACTIVATION (a service never delivered) in force
 * (*Decision*), so it is recorded here and applied by `refuseUnderPromotion` after
 * R-REF-ACTIVATION.
 */
function blockingPromotion(req: ServiceRequest, s: DecisionState): RefundPromotion | null {
  const promotion = req.order.promotion ?? null;
  if (promotion === null) {
    check(s, 'R-REF-PROMO', false, 'not bought under a promotion', msg('refund.why.noPromotion'));
    return null;
  }
  if (promotion.refundable) {
    check(
      s,
      'R-REF-PROMO',
      false,
      `promotion ${promotion.code} allows refunds: its terms are not stricter`,
      msg('refund.why.promoAllows', { code: promotion.code }),
    );
    return null;
  }
  check(
    s,
    'R-REF-PROMO',
    true,
    `bought under promotion ${promotion.code}, whose terms allow no refund`,
    msg('refund.why.promoBlocks', { code: promotion.code }),
  );
  return promotion;
}

/** R-REF-PROMO: the service part is refused under a promotion whose terms allow no refund. */
function refuseUnderPromotion(s: DecisionState, promotion: RefundPromotion): void {
  addRules(s, ['R-REF-PROMO']);
  s.blocked = `: bought under promotion ${promotion.code}, whose terms allow no refund (R-REF-PROMO)`;
  s.blockedMessage = msg('refund.blocked.promo', { code: promotion.code });
}

/**
 * R-REF-ACTIVATION, R-OPEN-4, R-TIME-3 (agreement 4.6): a new subscription not activated 5
 * working days after full payment and approved materials is refunded in full, unless the delay
 * came from the customer's materials.
 */
function decideActivationOverdue(req: ServiceRequest, s: DecisionState): boolean {
  const { sub, activatedOn, asOf } = req;
  if (!req.isNew || sub === null) {
    check(
      s,
      'R-REF-ACTIVATION',
      false,
      'only a new subscription awaiting activation',
      msg('refund.why.onlyNewAwaiting'),
    );
    return false;
  }
  if (activatedOn !== null) {
    check(
      s,
      'R-REF-ACTIVATION',
      false,
      `activated on ${activatedOn}`,
      msg('refund.why.activatedOn', { date: activatedOn }),
    );
    return false;
  }
  if (!sub.fullyPaidOn || !sub.materialsApprovedOn) {
    miss(
      s,
      'R-REF-ACTIVATION',
      `not activated, but the 5-working-day activation clock has not started: ${!sub.fullyPaidOn ? 'not paid in full' : 'materials not approved'} (R-OPEN-4)`,
      msg(!sub.fullyPaidOn ? 'refund.why.clockNotPaid' : 'refund.why.clockNotApproved'),
    );
    return false;
  }
  const due = activationDueDate(req.input.calendar, {
    paidOn: sub.fullyPaidOn,
    materialsApprovedOn: sub.materialsApprovedOn,
  });
  if (!due.ok) {
    miss(
      s,
      'R-REF-ACTIVATION',
      `the activation due date cannot be computed: ${due.refusal.message}`,
      msg('refund.why.activationUncomputable', {
        reason: due.refusal.text ?? due.refusal.message,
      }),
    );
    s.undetermined = due.refusal;
    return false;
  }
  if (asOf <= due.date) {
    miss(
      s,
      'R-REF-ACTIVATION',
      `not overdue: activation is due by ${due.date} (R-OPEN-4)`,
      msg('refund.why.notOverdue', { date: due.date }),
    );
    return false;
  }
  if (sub.customerCausedDelay === true) {
    miss(
      s,
      'R-REF-ACTIVATION',
      `overdue since ${due.date}, but the delay came from the customer's materials`,
      msg('refund.why.customerDelay', { date: due.date }),
    );
    return false;
  }
  check(
    s,
    'R-REF-ACTIVATION',
    true,
    `not activated by ${due.date}, 5 working days after ${due.readyOn}: refunded in full`,
    msg('refund.why.activationOverdue', { date: due.date, readyOn: due.readyOn }),
  );
  grantLine(
    s,
    `Full refund, activation overdue: due by ${due.date}, 5 working days after ${due.readyOn}, still not activated on ${asOf} (R-REF-ACTIVATION, R-OPEN-4)`,
    msg('refund.line.activationOverdue', { date: due.date, readyOn: due.readyOn, on: asOf }),
    req.serviceHeld,
    R_FULL_ACTIVATION,
  );
  s.endsSubscription = true;
  return true;
}

/**
 * R-REF-7DAY, R-TIME-4 (agreement 4.7): a new subscription is refunded in full on request within
 * 7 natural days of its activation, no reason needed.
 */
function decideSevenDayRefund(req: ServiceRequest, s: DecisionState): boolean {
  const { activatedOn, asOf } = req;
  if (!req.isNew) {
    check(s, 'R-REF-7DAY', false, 'only a new subscription', msg('refund.why.onlyNew'));
    return false;
  }
  if (activatedOn === null) {
    check(s, 'R-REF-7DAY', false, 'not activated yet', msg('refund.why.notActivated'));
    return false;
  }
  if (req.asOfDay - req.activatedDay > REFUND_NO_REASON_DAYS) {
    const closedOn = fromDayNumber(req.activatedDay + REFUND_NO_REASON_DAYS);
    miss(
      s,
      'R-REF-7DAY',
      `the 7-day window closed on ${closedOn}, requested ${asOf}`,
      msg('refund.why.window7Closed', { closedOn, on: asOf }),
    );
    return false;
  }
  check(
    s,
    'R-REF-7DAY',
    true,
    `requested ${asOf}, within 7 natural days of activation on ${activatedOn}`,
    msg('refund.why.within7Days', { on: asOf, activatedOn }),
  );
  grantLine(
    s,
    `Full refund, requested ${asOf}, within 7 natural days of activation on ${activatedOn} (R-REF-7DAY, R-TIME-4)`,
    msg('refund.line.within7Days', { on: asOf, activatedOn }),
    req.serviceHeld,
    R_FULL_7DAY,
  );
  s.endsSubscription = true;
  return true;
}

/**
 * R-REF-DEFECT, R-TIME-4 (agreement 4.8): a login-blocking defect within 30 natural days of
 * activation, with evidence and not caused on the customer's side, is refunded in full; a Meeting
 * claim only when filed within 48 hours of the event (R-REF-WINDOW).
 */
function decideDefectRefund(req: ServiceRequest, s: DecisionState): boolean {
  const { input, activatedOn, asOf, reason } = req;
  const defectClaim = reason === 'SERVICE_DEFECT' || reason === 'ACCOUNT_ANOMALY';
  if (!req.isNew) {
    check(s, 'R-REF-DEFECT', false, 'only a new subscription', msg('refund.why.onlyNew'));
    return false;
  }
  if (activatedOn === null) {
    check(s, 'R-REF-DEFECT', false, 'not activated yet', msg('refund.why.notActivated'));
    return false;
  }
  if (!defectClaim) {
    miss(
      s,
      'R-REF-DEFECT',
      `no login-blocking defect claimed (reason ${reason})`,
      msg('refund.why.noDefectClaimed', { reason }),
    );
    return false;
  }
  if (req.asOfDay - req.activatedDay > REFUND_DEFECT_DAYS) {
    const closedOn = fromDayNumber(req.activatedDay + REFUND_DEFECT_DAYS);
    miss(
      s,
      'R-REF-DEFECT',
      `the 30-day defect window closed on ${closedOn}, requested ${asOf}`,
      msg('refund.why.window30Closed', { closedOn, on: asOf }),
    );
    return false;
  }
  if (!hasEvidence(input.evidence)) {
    miss(
      s,
      'R-REF-DEFECT',
      'a defect claim needs evidence, and none was given',
      msg('refund.why.noEvidence'),
    );
    return false;
  }
  if (input.customerSideCause === true) {
    miss(
      s,
      'R-REF-DEFECT',
      "the login problem was caused on the customer's side",
      msg('refund.why.customerSide'),
    );
    return false;
  }
  if (req.meeting && !claimInWindow(input, s)) {
    check(
      s,
      'R-REF-DEFECT',
      false,
      'the defect claim was not filed within the 48-hour window',
      msg('refund.why.defectLate'),
    );
    return false;
  }
  check(
    s,
    'R-REF-DEFECT',
    true,
    `a login-blocking defect with evidence within 30 natural days of activation on ${activatedOn}`,
    msg('refund.why.defect', { activatedOn }),
  );
  grantLine(
    s,
    `Full refund, login-blocking defect with evidence within 30 natural days of activation on ${activatedOn} (R-REF-DEFECT, R-TIME-4)`,
    msg('refund.line.defect', { activatedOn }),
    req.serviceHeld,
    R_FULL_DEFECT,
  );
  s.endsSubscription = true;
  return true;
}

/**
 * R-REF-UNUSED (Exmail): a new subscription paid and never put into use (no domain verified, no
 * administrator created, no member added) is refunded in full.
 */
function decideNeverUsedRefund(req: ServiceRequest, s: DecisionState): boolean {
  const { sub } = req;
  if (req.product !== 'EXMAIL') {
    check(s, 'R-REF-UNUSED', false, 'Exmail only', msg('refund.why.exmailOnly'));
    return false;
  }
  if (!req.isNew) {
    check(s, 'R-REF-UNUSED', false, 'only a new subscription', msg('refund.why.onlyNew'));
    return false;
  }
  if (!sub?.inUse) {
    miss(
      s,
      'R-REF-UNUSED',
      'whether the mailboxes were put into use is not known',
      msg('refund.why.useUnknown'),
    );
    return false;
  }
  const inUse = sub.inUse;
  if (inUse.domainVerified || inUse.adminCreated || inUse.memberAdded) {
    const used = inUse.domainVerified
      ? 'a domain was verified'
      : inUse.adminCreated
        ? 'an administrator was created'
        : 'a member was added';
    miss(
      s,
      'R-REF-UNUSED',
      `the service was put into use: ${used}`,
      msg(
        inUse.domainVerified
          ? 'refund.why.usedDomain'
          : inUse.adminCreated
            ? 'refund.why.usedAdmin'
            : 'refund.why.usedMember',
      ),
    );
    return false;
  }
  check(
    s,
    'R-REF-UNUSED',
    true,
    'no domain verified, no administrator created, no member added',
    msg('refund.why.unused'),
  );
  grantLine(
    s,
    'Full refund, Exmail never put into use: no domain verified, administrator created or member added (R-REF-UNUSED)',
    msg('refund.line.unused'),
    req.serviceHeld,
    R_FULL_UNUSED,
  );
  s.endsSubscription = true;
  return true;
}

/**
 * R-REF-OUTAGE, R-MONEY-1 (Exmail, Meeting): a platform outage of more than 72 consecutive hours
 * ends the subscription with the unused part refunded pro rata by days (R-REF-FEE applies); a
 * Meeting claim only when filed within 48 hours of the event (R-REF-WINDOW).
 */
function decideOutageRefund(req: ServiceRequest, s: DecisionState): boolean {
  const { input, period, reason } = req;
  const outageHours = input.outageHours ?? null;
  if (req.product !== 'EXMAIL' && !req.meeting) {
    check(s, 'R-REF-OUTAGE', false, 'Exmail and Meeting only', msg('refund.why.exmailMeetingOnly'));
    return false;
  }
  if (reason !== 'PLATFORM_OUTAGE') {
    check(
      s,
      'R-REF-OUTAGE',
      false,
      `no platform outage claimed (reason ${reason})`,
      msg('refund.why.noOutageClaimed', { reason }),
    );
    return false;
  }
  if (outageHours === null || !(outageHours > REFUND_OUTAGE_MIN_HOURS)) {
    miss(
      s,
      'R-REF-OUTAGE',
      outageHours === null
        ? 'the outage length is not given'
        : `the outage lasted ${outageHours} hours, not more than ${REFUND_OUTAGE_MIN_HOURS} consecutive hours`,
      outageHours === null
        ? msg('refund.why.outageUnknown')
        : msg('refund.why.outageShort', { hours: outageHours, min: REFUND_OUTAGE_MIN_HOURS }),
    );
    return false;
  }
  if (period === null || req.asOfDay >= period.endDay) {
    miss(
      s,
      'R-REF-OUTAGE',
      period === null
        ? 'no service period to refund (not activated)'
        : `the term ended on ${period.end}: nothing unused`,
      period === null
        ? msg('refund.why.noPeriod')
        : msg('refund.why.termEnded', { date: period.end }),
    );
    return false;
  }
  if (req.meeting && !claimInWindow(input, s)) {
    check(
      s,
      'R-REF-OUTAGE',
      false,
      'the outage claim was not filed within the 48-hour window',
      msg('refund.why.outageLate'),
    );
    return false;
  }
  check(
    s,
    'R-REF-OUTAGE',
    true,
    `an outage of ${outageHours} consecutive hours, more than ${REFUND_OUTAGE_MIN_HOURS}`,
    msg('refund.why.outage', { hours: outageHours, min: REFUND_OUTAGE_MIN_HOURS }),
  );
  grantProRata(
    s,
    period,
    req.asOfDay,
    req.price,
    req.serviceHeld,
    `Outage of ${outageHours} hours, subscription ended`,
    msg('refund.label.outage', { hours: outageHours }),
    R_PRO_OUTAGE,
    true,
  );
  return true;
}

/**
 * R-REF-CANCEL, R-MONEY-1 (Meeting only): cancelled during the term, the unused part is refunded
 * pro rata by days (R-REF-FEE applies).
 */
function decideCancellation(req: ServiceRequest, s: DecisionState): boolean {
  const { period } = req;
  if (!req.meeting) {
    check(s, 'R-REF-CANCEL', false, 'Meeting only', msg('refund.why.meetingOnly'));
    return false;
  }
  if (period === null) {
    miss(
      s,
      'R-REF-CANCEL',
      'not activated yet: there is no term to cancel',
      msg('refund.why.noTermToCancel'),
    );
    return false;
  }
  if (req.asOfDay >= period.endDay) {
    miss(
      s,
      'R-REF-CANCEL',
      `the term ended on ${period.end}: nothing unused`,
      msg('refund.why.termEnded', { date: period.end }),
    );
    return false;
  }
  check(
    s,
    'R-REF-CANCEL',
    true,
    `cancelled during the term [${period.start}, ${period.end})`,
    msg('refund.why.cancelled', { start: period.start, end: period.end }),
  );
  grantProRata(
    s,
    period,
    req.asOfDay,
    req.price,
    req.serviceHeld,
    'Cancelled during the term',
    msg('refund.label.cancel'),
    R_PRO_CANCEL,
    true,
  );
  return true;
}

/**
 * R-REF-OTHERWISE: no clause above allows a refund of the service; the refusal gives every reason
 * the clauses that could have applied recorded.
 */
function refuseOtherwise(s: DecisionState): void {
  const why = s.missed === '' ? 'no rule allows a refund of this order' : s.missed;
  const whyMessage = s.missedMessage ?? msg('refund.why.noRuleForOrder');
  check(s, 'R-REF-OTHERWISE', true, why, whyMessage);
  addRules(s, ['R-REF-OTHERWISE']);
  s.blocked = ` (R-REF-OTHERWISE): ${why}`;
  s.blockedMessage = msg('refund.blocked.otherwise', { why: whyMessage });
}

/** What a customer can do about a refusal no rule allows. */
const NOT_REFUNDABLE_NEXT =
  '. If you think another refund rule applies, ask an operator to review the order with your evidence';

/** Fee, cap and the one-line explanation. */
function finish(input: RefundInput, s: DecisionState, excessOnly: boolean): RefundDecision {
  let amount = 0;
  for (const line of s.lines) amount += line.amount;

  if (amount === 0) {
    let explanation: string;
    let blockedMessage: Message;
    if (s.blocked !== '' && s.blockedMessage !== null) {
      explanation = `Not refundable${s.blocked}${NOT_REFUNDABLE_NEXT}`;
      blockedMessage = s.blockedMessage;
    } else {
      // Only excess money was asked for (or a pro-rata part rounded to nothing).
      const why = excessOnly
        ? `${s.missed}; a request with reason ${input.reason} asks for nothing else`
        : 'nothing is left to refund';
      const whyMessage = excessOnly
        ? msg('refund.why.excessOnly', {
            missed: s.missedMessage ?? msg('state.none'),
            reason: input.reason,
          })
        : msg('refund.why.nothingLeft');
      s.considered.push({ rule: 'R-REF-OTHERWISE', applied: true, why, whyMessage });
      addRules(s, ['R-REF-OTHERWISE']);
      explanation = `Not refundable (R-REF-OTHERWISE): ${why}${NOT_REFUNDABLE_NEXT}`;
      blockedMessage = msg('refund.blocked.otherwise', { why: whyMessage });
    }
    if (!s.rules.includes('R-REF-OTHERWISE')) {
      s.considered.push({
        rule: 'R-REF-OTHERWISE',
        applied: true,
        why: 'no rule allows a refund',
        whyMessage: msg('refund.why.noRule'),
      });
      s.rules.push('R-REF-OTHERWISE');
    }
    const code: RefusalCode = s.undetermined !== null ? s.undetermined.code : 'NOT_REFUNDABLE';
    if (s.undetermined !== null) addRules(s, s.undetermined.rules);
    return refusedDecision(
      s.considered,
      s.rules,
      explanation,
      msg('refund.explain.notRefundable', { blocked: blockedMessage }),
      code,
    );
  }

  // R-REF-FEE: pro-rata refunds (R-REF-OUTAGE, R-REF-CANCEL) pay a handling fee, rounded half-up once.
  const bp = input.handlingFeeBasisPoints ?? DEFAULT_REFUND_FEE_BASIS_POINTS;
  const fee = s.feeBase > 0 ? mulDivHalfUp(s.feeBase, bp, 10_000) : 0;
  const refundLines = s.lines.length;
  const amountText = refundCny(amount);
  const feeText = fee > 0 ? refundCny(fee) : '';
  if (fee > 0) {
    const rate = `${bp / 100}%`;
    const baseText = s.feeBase === amount ? amountText : refundCny(s.feeBase);
    const base = fenParam(s.feeBase);
    check(
      s,
      'R-REF-FEE',
      true,
      `handling fee ${rate} of the pro-rata refund ${baseText} = ${feeText}, rounded half-up`,
      msg('refund.why.fee', { rate, base, fee: fenParam(fee) }),
    );
    s.lines.push({
      description: `Handling fee ${rate} of ${baseText} (R-REF-FEE, R-MONEY-1)`,
      message: msg('refund.line.fee', { rate, base }),
      quantity: 1,
      months: null,
      unitPrice: -fee,
      amount: -fee,
      rules: R_FEE,
    });
    addRules(s, R_FEE);
  } else {
    check(
      s,
      'R-REF-FEE',
      false,
      s.feeBase > 0
        ? 'the fee rounds to nothing'
        : s.rules.includes('R-TERM-1')
          ? 'a termination without cause carries no fee (R-TERM-1)'
          : 'full and duplicate refunds carry no fee',
      msg(
        s.feeBase > 0
          ? 'refund.why.feeRoundsToNothing'
          : s.rules.includes('R-TERM-1')
            ? 'refund.why.feeNoneTermination'
            : 'refund.why.feeNoneFull',
      ),
    );
    addRules(s, ['R-REF-FEE']);
  }

  // R-REF-CAP: the total refunded never exceeds what was paid.
  const { paid, alreadyRefunded } = input.order;
  const capWhy = `${refundCny(alreadyRefunded + amount)} refunded in total of ${refundCny(paid)} paid`;
  check(
    s,
    'R-REF-CAP',
    s.capped,
    s.capped ? `capped: ${capWhy}` : capWhy,
    msg(s.capped ? 'refund.why.capped' : 'refund.why.cap', {
      refunded: fenParam(alreadyRefunded + amount),
      paid: fenParam(paid),
    }),
  );

  const payout = amount - fee;
  let parts = '';
  let partsMessage: Message | null = null;
  for (let i = 0; i < refundLines; i++) {
    const line = s.lines[i];
    if (line === undefined) continue;
    const part =
      refundLines > 1 ? `${line.description}: ${refundCny(line.amount)}` : line.description;
    parts = parts === '' ? part : `${parts}; ${part}`;
    // Every refunded line is built with its message (grantLine, the fee line).
    const lineMessage = line.message ?? msg('state.none');
    partsMessage = joined(
      partsMessage,
      refundLines > 1
        ? msg('refund.part', { line: lineMessage, amount: fenParam(line.amount) })
        : lineMessage,
    );
  }
  const head =
    fee > 0
      ? `Refund ${amountText} − ${feeText} handling fee = ${refundCny(payout)} to the customer (R-REF-FEE)`
      : `Refund ${amountText}, no fee`;
  const headMessage =
    fee > 0
      ? msg('refund.head.fee', {
          amount: fenParam(amount),
          fee: fenParam(fee),
          payout: fenParam(payout),
        })
      : msg('refund.head.noFee', { amount: fenParam(amount) });
  const rest = s.blocked === '' ? '' : `; the rest is not refundable${s.blocked}`;
  const restMessage =
    s.blockedMessage === null
      ? msg('state.none')
      : msg('refund.rest', { blocked: s.blockedMessage });
  return {
    eligible: true,
    amount,
    fee,
    payout,
    rules: s.rules,
    considered: s.considered,
    explanation: `${head}: ${parts}${rest}`,
    explanationMessage: msg('refund.explain.granted', {
      head: headMessage,
      parts: partsMessage ?? msg('state.none'),
      rest: restMessage,
    }),
    lines: s.lines,
    endsSubscription: s.endsSubscription,
    refusal: null,
  };
}
