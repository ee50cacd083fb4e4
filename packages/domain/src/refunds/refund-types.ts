import type { WorkingDayCalendar } from '../calendar/index.js';
import type { OrderKind, ProductCode, RefundReason, SubscriptionStatus } from '../core/codes.js';
import type { Message } from '../explain/messages.js';
import type { LineItem, Refusal } from '../explain/results.js';
import type { RuleId } from '../explain/rules.js';
import type { Fen } from '../money/money.js';
import type { BusinessDate } from '../time/business-date.js';
import type { Period } from '../time/period.js';

/** R-REF-PROMO: the refund terms of the promotion an order was bought under. */
export interface RefundPromotion {
  readonly code: string;
  /** false: the promotion's terms allow no refund (stricter than section 8). */
  readonly refundable: boolean;
}

/**
 * The order a refund is requested against, as money facts the caller has already summed.
 * Every amount is integer fen (R-MONEY-1) and ≥ 0.
 */
export interface RefundOrderFacts {
  readonly kind: OrderKind;
  readonly productCode: ProductCode;
  /** The order's price. */
  readonly total: Fen;
  /** Sum of the order's successful payments, duplicates and overpayments included. */
  readonly paid: Fen;
  /** Sum of the `amount`s (before fee) of refunds already approved on this order. */
  readonly alreadyRefunded: Fen;
  /** Duplicate payments (R-PAY-3) on this order not refunded yet. */
  readonly duplicatePaid: Fen;
  /** Payment beyond the total that is not a duplicate, not refunded yet (R-PAY-2). */
  readonly overpaid: Fen;
  /** A wrong order's corrected price, once corrected (R-REF-DUPLICATE); ≤ total. */
  readonly correctedTotal?: Fen | null;
  readonly promotion?: RefundPromotion | null;
  /**
   * The service period this order pays for (a new subscription: [activation, end); a renewal:
   * the year it adds; added seats: the add date to the period end). null before activation
   * and for one-off purchases. Pro-rata refunds are by days of this period.
   */
  readonly period?: Period | null;
}

/** R-REF-UNUSED (Exmail): whether the mailbox service was ever put into use. */
export interface ExmailUsage {
  readonly domainVerified: boolean;
  readonly adminCreated: boolean;
  readonly memberAdded: boolean;
}

/** The subscription the order belongs to. */
export interface RefundSubscriptionFacts {
  readonly status: SubscriptionStatus;
  /** Activation date (R-OPEN-3), or null while pending activation. */
  readonly activatedOn: BusinessDate | null;
  /** Suspended or terminated for violations (R-REF-VIOLATION, R-VIO-1); false once an appeal is upheld. */
  readonly violation: boolean;
  /** Day the order was paid in full (R-OPEN-4), if it was. */
  readonly fullyPaidOn?: BusinessDate | null;
  /** Day the qualification materials were approved (R-OPEN-4), if they were. */
  readonly materialsApprovedOn?: BusinessDate | null;
  /** The activation delay came from the customer's own materials (R-OPEN-4 exception). */
  readonly customerCausedDelay?: boolean;
  /** Exmail only (R-REF-UNUSED); omitted when unknown. */
  readonly inUse?: ExmailUsage | null;
}

/** Everything `decideRefund` decides from. "Today" and the calendar are arguments. */
export interface RefundInput {
  /** The business date the request is decided on (R-TIME-1). */
  readonly asOf: BusinessDate;
  /**
   * The instant the request was filed (epoch ms); must fall on `asOf` in Asia/Shanghai.
   * Omitted: treated as 00:00 of `asOf` (the earliest, most favourable reading). Used only by
   * R-REF-WINDOW.
   */
  readonly requestedAt?: number | null;
  readonly reason: RefundReason;
  /** References to the customer's evidence (screenshots, tickets); blank strings do not count. */
  readonly evidence: readonly string[];
  readonly note?: string | null;
  /**
   * The instant (epoch ms) of the event an event-based claim rests on (R-REF-WINDOW): the
   * defect or anomaly, or for an outage the moment it ended or passed 72 hours.
   */
  readonly eventAt?: number | null;
  /** Longest consecutive platform outage in hours for this subscription (R-REF-OUTAGE). */
  readonly outageHours?: number | null;
  /** The login problem / outage was caused on the customer's side (R-REF-DEFECT exception). */
  readonly customerSideCause?: boolean;
  /** The provider is ending the agreement without cause (R-TERM-1); asOf is its effective date. */
  readonly providerTermination?: boolean;
  readonly order: RefundOrderFacts;
  /** null for orders without a subscription (one-off value-added purchases). */
  readonly subscription: RefundSubscriptionFacts | null;
  /** Working-day calendar for R-OPEN-4 (e.g. `PRC_CALENDAR`). */
  readonly calendar: WorkingDayCalendar;
  /** R-REF-FEE handling fee in basis points of a pro-rata refund; default 100 (1 %, *demo*). */
  readonly handlingFeeBasisPoints?: number;
}

/** One rule the decision considered, whether it applied, and why (R-REF-OTHERWISE). */
export interface RefundRuleCheck {
  readonly rule: RuleId;
  /** The rule's condition held and shaped the decision (granted, blocked, capped, charged a fee). */
  readonly applied: boolean;
  readonly why: string;
  /** `why` as a message, to write it in the caller's language (absent in decisions stored before). */
  readonly whyMessage?: Message;
}

/**
 * A refund decision. `amount` is what leaves the order (gross, before fee; it counts against
 * R-REF-CAP), `fee` the handling fee kept (R-REF-FEE), `payout = amount − fee` what the customer
 * receives. `lines` are the refunded parts (positive) and the fee (negative): they sum to `payout`.
 */
export interface RefundDecision {
  readonly eligible: boolean;
  readonly amount: Fen;
  readonly fee: Fen;
  readonly payout: Fen;
  /** The rules that decided: what granted each line, what blocked the rest. */
  readonly rules: readonly RuleId[];
  /** Every rule considered, in the spec's order, with why it did or did not apply. */
  readonly considered: readonly RefundRuleCheck[];
  /** One line a customer can read. */
  readonly explanation: string;
  /** `explanation` as a message, to write it in the caller's language (absent in decisions stored before). */
  readonly explanationMessage?: Message;
  readonly lines: readonly LineItem[];
  /** Approving ends the subscription (a full or pro-rata refund of the service, not only excess money). */
  readonly endsSubscription: boolean;
  /** null when eligible; otherwise NOT_REFUNDABLE, INVALID_INPUT or BEYOND_CALENDAR. */
  readonly refusal: Refusal | null;
}
