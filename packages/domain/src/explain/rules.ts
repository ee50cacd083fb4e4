/**
 * Every billing rule, by id, with a one-line summary. Results of the engine name the ids that
 * produced them; the API shows the summaries. What each rule decides, with a worked example, is in
 * rule-reference.ts, rendered as docs/billing-rules.md at the repository root.
 */
export const RULES = {
  'R-MONEY-1': 'Money is exact: integer fen, half-up rounding once per line',
  'R-TIME-1': 'Business dates are Asia/Shanghai dates; periods are half-open [start, end)',
  'R-TIME-2': 'Adding months clamps to the month end',
  'R-TIME-3': 'Working days follow the PRC statutory calendar, adjusted workdays included',
  'R-TIME-4': '"Within N natural days of D" means on or before D + N days',
  'R-CAT-1':
    'The price book in force is the one with the latest effective date on or before the date',
  'R-CAT-2': 'Pricing models: per-seat volume tiers, flat, free, custom contract price',
  'R-CAT-3': 'Seat counts must lie within the plan’s minimum and maximum',
  'R-CAT-4': 'A sunset product takes no renewals or purchases and its service ends on a set day',
  'R-OPEN-1': 'A new order is priced seats × tier unit price × years from the book in force',
  'R-OPEN-2': 'Activation needs full payment and approved qualification materials',
  'R-OPEN-3': 'The service period starts on the activation date',
  'R-OPEN-4': 'Activation is due within 5 working days of payment and approved materials',
  'R-OPEN-5': 'An EQQ opening assigns a free 10-digit 400/800 enterprise number',
  'R-SEAT-1': 'Seats can be added only to an active subscription, within the seat limit',
  'R-SEAT-2': 'Added seats expire with the current period',
  'R-SEAT-3':
    'Billable months: whole months to the period end, a remainder of 16+ days counts as a month',
  'R-SEAT-4': 'Added seats are charged at the monthly price of the tier of the new total',
  'R-SEAT-5': 'Removing seats never refunds; the next renewal bills the lower count',
  'R-RENEW-1': 'The renewal window opens 1 month before the period end and lasts through grace',
  'R-RENEW-2': 'A renewal extends from the previous period end, whenever it is paid',
  'R-RENEW-3': 'Renewal price = total seats × tier unit price for the total, book in force',
  'R-RENEW-4': 'A paid renewal cannot be cancelled or refunded',
  'R-RENEW-5': 'A paid renewal is fulfilled within 3 working days',
  'R-LIFE-1': 'Active while today is before the period end',
  'R-LIFE-2': 'Grace for 1 month after the period end: no new sessions, no added seats',
  'R-LIFE-3': 'Recycled when grace ends unrenewed: number back to the pool, service data deleted',
  'R-LIFE-4': 'Renewal reminders when the window opens and 7 days before the period end',
  'R-LIFE-5': 'Suspended or terminated subscriptions have no entitlements',
  'R-LIFE-6': 'Every transition is recorded with its time, cause and rule id',
  'R-LEGACY-1': 'Pre-2010-03-01 customers get their first renewal at their opening price book',
  'R-LEGACY-2': 'Pre-2010-03-01 customers get one add-seat purchase at their opening price book',
  'R-MIG-1':
    'EQQ can be upgraded to Qidian keeping seats and period end; by 2021-12-31 it joins the original-price promotion',
  'R-MIG-2': 'Legacy seats E keep the annual unit price P of the last EQQ purchase',
  'R-MIG-3': 'Promotion renewal = E × P + (total − E) × Qidian tier price for the total',
  'R-MIG-4': 'A seat reduction lowers E and re-reads P from the original EQQ book at the new total',
  'R-PAY-1': 'Payments keep their method and provider reference',
  'R-PAY-2': 'An order is fulfilled only when paid in full; partial payments accumulate',
  'R-PAY-3': 'A payment on an order already paid in full is a duplicate payment',
  'R-PAY-4': 'A prepaid balance can never go negative',
  'R-PAY-5': 'Postpaid bills are issued monthly, due on the 15th, with late fees when overdue',
  'R-REF-VIOLATION':
    'No refund of any kind for a subscription suspended or terminated for violations',
  'R-REF-DUPLICATE': 'A duplicate payment or an overpayment is refunded in full at any time',
  'R-REF-NONREF': 'Renewals, value-added services and added seats are non-refundable once paid',
  'R-REF-ACTIVATION': 'Not activated within 5 working days: refunded in full',
  'R-REF-7DAY': 'Within 7 natural days of activation: refunded in full, no reason needed',
  'R-REF-DEFECT':
    'Within 30 days of activation, a login-blocking defect with evidence: refunded in full',
  'R-REF-UNUSED': 'Exmail paid but never put into use: refunded in full',
  'R-REF-OUTAGE': 'An outage over 72 consecutive hours: the unused part refunded pro rata',
  'R-REF-CANCEL': 'Meeting may be cancelled during the term: unused part pro rata, minus the fee',
  'R-REF-WINDOW': 'Meeting event-based claims must be filed within 48 hours of the event',
  'R-REF-PROMO': 'Promotion orders follow the promotion’s stricter refund terms',
  'R-REF-FEE': 'Full refunds carry no fee; pro-rata refunds deduct a 1% handling fee',
  'R-REF-CAP': 'The total refunded for an order never exceeds what was paid for it',
  'R-REF-REVIEW':
    'An operator approves or rejects each request; first response within 1 working day',
  'R-REF-PAYOUT': 'An approved refund is paid to the original method within 7 working days',
  'R-REF-OTHERWISE': 'Anything no rule allows is not refundable',
  'R-INV-1': 'Invoices are for paid orders, titled with the verified enterprise name',
  'R-INV-2': 'An invoice is issued within 45 working days of the payment',
  'R-INV-3': 'One invoice per payment; refunded amounts are not invoiced',
  'R-NUM-1': 'Each EQQ account gets one free 10-digit number beginning 400 or 800',
  'R-NUM-2': 'A 400/800 hotline contract gets its matching number',
  'R-NUM-3': 'Pool numbers are graded: more seats get a nicer number',
  'R-NUM-4': 'A recycled account’s number returns to the pool',
  'R-VIO-1': 'Violations escalate warning → suspension → ban; appeals can restore',
  'R-TERM-1': 'Termination without cause refunds the unused part pro rata without fee',
  'R-FM-1': 'Force majeure extends the service period by the suspension’s length',
} as const satisfies Record<string, string>;

export type RuleId = keyof typeof RULES;

export interface RuleRef {
  readonly id: RuleId;
  readonly summary: string;
}

export function isRuleId(id: string): id is RuleId {
  return Object.hasOwn(RULES, id);
}

export function ruleRef(id: RuleId): RuleRef {
  return { id, summary: RULES[id] };
}

/** Distinct rule ids in first-seen order. */
export function uniqueRules(...groups: ReadonlyArray<readonly RuleId[]>): RuleId[] {
  const seen = new Set<RuleId>();
  for (const group of groups) for (const id of group) seen.add(id);
  return [...seen];
}
