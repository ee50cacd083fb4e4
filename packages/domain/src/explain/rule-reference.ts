import type { RuleId } from './rules.js';

/**
 * The reference text of every rule in `RULES`: its section, what it decides and a worked example.
 * `scripts/rules-doc.mjs` renders it, with the summaries of `RULES`, as docs/billing-rules.md at
 * the repository root (its `--check` keeps the committed file in step). The examples are the
 * engine's own test cases: change one only with the test that proves it.
 */
export const RULE_SECTIONS = [
  'Conventions',
  'Catalog',
  'Opening',
  'Seats',
  'Renewal',
  'Lifecycle',
  'Legacy and migration',
  'Payments',
  'Refunds',
  'Invoices',
  'Numbers',
  'Violations, termination and force majeure',
] as const;
export type RuleSection = (typeof RULE_SECTIONS)[number];

export interface RuleReference {
  readonly section: RuleSection;
  /** What the rule decides: amounts, dates and conditions, in two to four sentences. */
  readonly decides: string;
  /** A worked example with concrete numbers and dates, as the engine computes it. */
  readonly example: string;
}

/** What every rule takes for granted: read these before the rules. */
export const RULE_CONVENTIONS: readonly string[] = [
  'Money is exact: every amount is an integer number of fen (1 CNY = 100 fen) in CNY, and no binary floating point is used anywhere money is computed, stored or sent. A division (pro-rata refunds, handling fees, late fees) is rounded half-up to the fen once, for the line it produces, never step by step.',
  'Dates are business dates: calendar dates (`YYYY-MM-DD`) in Asia/Shanghai. An instant is first turned into the Shanghai date it falls on. Working days follow the PRC statutory calendar, adjusted working days included, and a date beyond the known calendar is refused rather than guessed.',
  'Periods are half-open, `[start, end)`: the service runs through the day before `end`, and the last day of service shown to users (`expiresOn`) is `end − 1 day`. Adding months keeps the day of the month but clamps to the end of a shorter month.',
  'Every result explains itself: each amount, date and decision carries the ids of the rules that produced it and a one-line reason a customer can read, and a refusal names every rule considered and why it did not apply. The API shows them as `RuleRef { id summary }` on lines and decisions.',
  'Prices come from the catalog, never from code. The examples use the demo catalog (`DEMO_CATALOG`): EQQ from 2010-03-01 (book EQQ-2010) costs 1,000 CNY per seat-year (100 per month) for 3–10 seats, 950 (95) for 11–20 and 900 (90) for 21–50; the EQQ book before that date (EQQ-2000) has one tier, 800 (80); Qidian from 2021-01-01 costs 1,200 (120), 1,150 (115) and 1,100 (110) for the same tiers.',
  'Examples that name no product are about a product still on sale; EQQ itself takes no renewal or purchase from 2021-10-28 and ends on 2022-01-31 (`R-CAT-4`).',
];

export const RULE_REFERENCE: Readonly<Record<RuleId, RuleReference>> = {
  'R-MONEY-1': {
    section: 'Conventions',
    decides:
      'Amounts are integers in fen, in CNY, from the catalog to the API; text with more than two decimals is refused. Wherever a computation divides, the result of the line is rounded half-up to the fen exactly once, and totals are sums of whole-fen lines.',
    example:
      'A 1 % fee on 123.45 CNY is 1.2345 CNY, rounded to 1.23 CNY (123 fen); 1 % of 1.50 CNY is 0.015 CNY, rounded up to 0.02 CNY (2 fen). The text "10450.00" is 1,045,000 fen.',
  },
  'R-TIME-1': {
    section: 'Conventions',
    decides:
      'A business date is the Asia/Shanghai calendar date, so an instant late in the UTC evening already belongs to the next day. A period `[start, end)` includes its start and excludes its end: service runs through `end − 1 day`, which is the `expiresOn` date users see.',
    example:
      'The instant 2021-04-30T16:30Z is 00:30 on 2021-05-01 in Shanghai, so its business date is 2021-05-01. The period [2021-05-01, 2022-05-01) expires on 2022-04-30.',
  },
  'R-TIME-2': {
    section: 'Conventions',
    decides:
      'Adding n months to a date keeps its day of the month; when the target month is shorter, the result is that month’s last day. Every month-based date (period ends, grace, the renewal window, billable months) is computed this way.',
    example:
      '2024-01-31 + 1 month = 2024-02-29 (a leap year). A one-year period activated on 2020-02-29 ends on 2021-02-28 and expires on 2021-02-27.',
  },
  'R-TIME-3': {
    section: 'Conventions',
    decides:
      'Working days follow the PRC statutory calendar: weekends and public holidays are off, and adjusted working days (a Saturday or Sunday made a workday) are on. "N working days after D" is the N-th working day strictly after D. The calendar data runs from 2004-01-01 to 2026-12-31; a date beyond it is refused with `BEYOND_CALENDAR`, never counted as weekdays only.',
    example:
      'From Friday 2024-09-27, 7 working days later is Saturday 2024-10-12: the days counted are 09-29 (an adjusted Sunday), 09-30, 10-08, 10-09, 10-10, 10-11 and 10-12 (an adjusted Saturday), while 09-28 and the National Day holiday 10-01 to 10-07 are skipped.',
  },
  'R-TIME-4': {
    section: 'Conventions',
    decides:
      '"Within N natural days of D" holds when the request date is on or before D + N calendar days, counted across month and year ends; D + N + 1 is too late. N = 0 allows the same day only.',
    example:
      'Activated 2021-05-01, a 7-day window accepts a request on 2021-05-08 and refuses one on 2021-05-09. Activated 2024-01-31, the same window runs through 2024-02-07.',
  },

  'R-CAT-1': {
    section: 'Catalog',
    decides:
      'The catalog holds products, plans (editions) and dated price books. The book in force on a date is the one with the latest `effectiveFrom` on or before that date, whatever order the books are listed in; if no book has started yet the request is refused with `NOT_FOUND`. Old books are kept, because legacy rights point at them.',
    example:
      'An EQQ order dated 2010-02-28 is priced by EQQ-2000 (800 CNY per seat-year), one dated 2010-03-01 by EQQ-2010 (1,000 CNY for 3–10 seats). A Qidian order on 2020-12-31 is refused (no book yet); from 2021-01-01 a seat costs 1,200 CNY a year.',
  },
  'R-CAT-2': {
    section: 'Catalog',
    decides:
      'A price book has one of four models. `PER_SEAT_VOLUME` prices the whole seat count at the unit price of the one tier that contains the total (volume, not graduated), each tier with an annual and a monthly price; `FLAT` is one price per period, or per item for one-off value-added purchases; `FREE` costs nothing and has no end date. `CUSTOM` uses a per-account contract price an operator sets, dated like a price book.',
    example:
      'EQQ-2010: 11 seats for 2 years = 11 × 950 × 2 = 20,900 CNY, every seat at the 11–20 tier; 21 seats for 3 years = 21 × 900 × 3 = 56,700 CNY. Meeting FLAGSHIP, flat 3,000 CNY a year, for 2 years = 6,000 CNY; 3 SMS packs at 100 CNY each = 300 CNY.',
  },
  'R-CAT-3': {
    section: 'Catalog',
    decides:
      'A plan may set a minimum and a maximum number of seats. Any operation that would leave the count outside them (opening, adding, removing) is refused with `SEAT_LIMIT` on the seats field; a count that is not a whole number of at least 1 is `INVALID_INPUT`.',
    example:
      'EQQ allows 3–50 seats: openings with 3 or 50 seats are priced, 2 or 51 seats are refused ("Plan SEATS allows 3–50 seats, got 51"), and 0 or 2.5 seats are invalid input.',
  },
  'R-CAT-4': {
    section: 'Catalog',
    decides:
      'A product can be sunset with two dates. From `renewalsEndOn` it takes no renewal, new purchase or added seats (`PRODUCT_SUNSET`), though the service goes on; on `serviceEndsOn`, the first day without service, every subscription of it is terminated.',
    example:
      'EQQ: an opening or renewal on 2021-10-27 is accepted and one on 2021-10-28 is refused. An EQQ subscription still running on 2022-01-30 is TERMINATED on 2022-01-31, even one in grace that day.',
  },

  'R-OPEN-1': {
    section: 'Opening',
    decides:
      'A new order is created awaiting payment, priced from the book in force on the order date: seats × unit price of the tier containing the seat count × years. A subscription is bought for 1 to 3 whole years; any other number of years is refused on the years field.',
    example:
      '5 EQQ seats for 1 year, ordered 2021-04-20: 5 × 1,000 = 5,000 CNY from EQQ-2010, tier 3–10. The same order dated 2010-02-28 would cost 5 × 800 = 4,000 CNY.',
  },
  'R-OPEN-2': {
    section: 'Opening',
    decides:
      'A subscription can be activated only when its order is paid in full and its qualification materials (business licence, legal representative’s ID, contact) are approved. Until both hold it waits in `PENDING_ACTIVATION`, and an attempt to activate is refused with `INVALID_STATE` naming what is missing.',
    example:
      'An EQQ order paid in full on 2021-04-26 whose materials are still under review cannot be activated; once the materials are approved on 2021-04-27, it can.',
  },
  'R-OPEN-3': {
    section: 'Opening',
    decides:
      'The first service period starts on the activation date, not on the order or payment date, and lasts the years bought. Its exclusive end is the start plus those years (with the month-end clamp), and its last day of service is the day before.',
    example:
      'Ordered 2021-04-20 and activated 2021-05-01 for 1 year: period [2021-05-01, 2022-05-01), expires on 2022-04-30. For 3 years: [2021-05-01, 2024-05-01).',
  },
  'R-OPEN-4': {
    section: 'Opening',
    decides:
      'Activation is due by the 5th working day after the later of full payment and approval of the materials. Activating on the due date is on time; still not activated the day after, it is overdue, and the customer may cancel with a full refund (`R-REF-ACTIVATION`) unless the delay came from the customer’s own materials.',
    example:
      'Materials approved 2024-09-20, paid Friday 2024-09-27: due 2024-10-10 (counting 09-29, 09-30, 10-08, 10-09 and 10-10). Still not activated on 2024-10-11, the activation is overdue.',
  },
  'R-OPEN-5': {
    section: 'Opening',
    decides:
      'Opening an EQQ subscription gives the account one free 10-digit enterprise number beginning 400 or 800. It is the customer’s hotline-contract number when one is shown (`R-NUM-2`), otherwise the first free pool number of the grade the seats earn (`R-NUM-3`); with no usable number in the pool the assignment is refused with `NOT_FOUND`.',
    example:
      'A 5-seat opening without a hotline contract, from a pool whose first standard number is 4001829374, gets 4001829374 (STANDARD, as 3–10 seats earn).',
  },

  'R-SEAT-1': {
    section: 'Seats',
    decides:
      'Seats can be added only to an `ACTIVE` subscription with a current paid period: pending, grace, suspended, recycled and terminated subscriptions are refused with `INVALID_STATE`, and so is a product whose renewals have ended (`R-CAT-4`). The new total must not exceed the plan maximum (`SEAT_LIMIT`), and the number added must be a whole number of at least 1.',
    example:
      'An active 5-seat EQQ subscription can add up to 45 seats (total 50); adding 46 (total 51) is refused with `SEAT_LIMIT`. In grace, or on or after 2021-10-28 for EQQ, no seat can be added.',
  },
  'R-SEAT-2': {
    section: 'Seats',
    decides:
      'Added seats are co-termed: they run from the day they are added to the end of the current period and expire with it. Adding seats never moves the period end; at the next renewal they are part of the total like any other seat.',
    example:
      'Period [2021-05-01, 2022-05-01), 6 seats added on 2021-10-10: they run [2021-10-10, 2022-05-01) and the period still ends on 2022-05-01.',
  },
  'R-SEAT-3': {
    section: 'Seats',
    decides:
      'The billable months from the add date D to the period end E are the largest m with D + m months ≤ E (month-end clamp), plus one more month when the remaining days r = E − (D + m months) are 16 or more; 15 days or fewer are dropped. On or after E nothing is billable.',
    example:
      'Period end 2022-05-01: added 2021-10-01 → exactly 7 months; 2021-10-10 → 6 months and 21 days → 7; 2021-10-15 → 6 months and 16 days → 7; 2021-10-16 → 6 months and 15 days → 6.',
  },
  'R-SEAT-4': {
    section: 'Seats',
    decides:
      'Added seats cost: seats added × the monthly unit price of the tier containing the new total × billable months (`R-SEAT-3`). The tier is the one of the total after the purchase, and only the added seats are charged; the seats already held are repriced at the next renewal.',
    example:
      '5 EQQ seats activated 2021-05-01, 6 added on 2021-10-10: new total 11, tier 11–20 at 95 CNY a month, 7 billable months → 6 × 95 × 7 = 3,990 CNY. Added on 2021-10-16 instead (6 months): 3,420 CNY.',
  },
  'R-SEAT-5': {
    section: 'Seats',
    decides:
      'Removing seats takes effect at once and never refunds anything; the next renewal is billed on the lower count. The total cannot go below the plan minimum (`SEAT_LIMIT`), and seats can be removed while `ACTIVE` or in grace, not once recycled or suspended.',
    example:
      'A 12-seat EQQ subscription removes 2 seats: nothing is refunded, and its renewal costs 10 × 1,000 = 10,000 CNY instead of 12 × 950 = 11,400 CNY. A 5-seat subscription cannot remove 3 (2 is below the minimum of 3).',
  },

  'R-RENEW-1': {
    section: 'Renewal',
    decides:
      'The renewal window opens one month before the period end (month-end clamp, never before the period start) and stays open through the last day of grace, the day before end + 1 month. Before it opens a renewal is refused with `OUTSIDE_WINDOW`; a pending, suspended, terminated or recycled subscription cannot renew (`INVALID_STATE`).',
    example:
      'A Qidian period [2021-05-01, 2022-05-01): the window runs from 2022-04-01 through 2022-05-31. A renewal on 2022-03-31 is outside the window; on 2022-06-01 the subscription has been recycled and cannot renew.',
  },
  'R-RENEW-2': {
    section: 'Renewal',
    decides:
      'A renewal always extends from the previous period end, whenever it is paid — early, on the last day or in grace — so no day is lost or gained. EQQ renews exactly 1 year at a time; other products 1 to 3 years.',
    example:
      'A Qidian period ends 2022-05-01 and the renewal is paid on 2022-05-20, in grace → new period [2022-05-01, 2023-05-01). An EQQ period ending 2021-05-01 renewed early, on 2021-04-01, also becomes [2021-05-01, 2022-05-01). A Qidian period ending 2024-02-29 renews to 2025-02-28.',
  },
  'R-RENEW-3': {
    section: 'Renewal',
    decides:
      'A renewal costs total seats × the unit price of the tier containing that total × years, from the book in force on the renewal order date. Seats added during the term are priced with the rest, at the tier of the total.',
    example:
      'EQQ-2010: 3 seats renew for 3 × 1,000 = 3,000 CNY a year; a subscription of 5 seats grown to 11 renews for 11 × 950 = 10,450 CNY a year.',
  },
  'R-RENEW-4': {
    section: 'Renewal',
    decides:
      'Once paid, a renewal cannot be cancelled or refunded on request (`R-REF-NONREF`). The only money that comes back from a renewal order is a duplicate payment or overpayment (`R-REF-DUPLICATE`), or the unused part when the provider ends the agreement (`R-TERM-1`).',
    example:
      'A 10,450 CNY renewal paid once, then a refund requested with no reason → refused. The same renewal paid twice → the second 10,450 CNY is refunded; the renewal itself stands.',
  },
  'R-RENEW-5': {
    section: 'Renewal',
    decides:
      'A paid renewal is fulfilled within 3 working days of the payment (`R-TIME-3`). The order shows that date as its fulfilment due date; a date past the known calendar is refused rather than guessed.',
    example:
      'Paid Friday 2024-09-27 → due 2024-10-08 (09-29, 09-30, 10-08). Paid 2024-10-01, a holiday → due 2024-10-10.',
  },

  'R-LIFE-1': {
    section: 'Lifecycle',
    decides:
      'An activated subscription is `ACTIVE` while today is before its period end (after any force-majeure extension), so its last active day is `expiresOn`. Its days left count today: 1 on the last day, 0 once the period has ended.',
    example:
      'Period [2021-05-01, 2022-05-01): `ACTIVE` from 2021-05-01 through 2022-04-30, with 1 day left on 2022-04-30; on 2022-05-01 it is in grace.',
  },
  'R-LIFE-2': {
    section: 'Lifecycle',
    decides:
      'For one month from the period end, an unrenewed subscription is in `GRACE`: the service keeps working, but the customer can no longer start new sessions (`initiateSessions` is false) and cannot add seats. Renewing in grace is allowed and makes it `ACTIVE` again from the previous end.',
    example:
      'Period end 2022-05-01: grace runs from 2022-05-01 through 2022-05-31 (`graceEndsOn`). With the month-end clamp, a period ending 2024-01-31 has grace through 2024-02-28.',
  },
  'R-LIFE-3': {
    section: 'Lifecycle',
    decides:
      'The day after the last day of grace, an unrenewed subscription is `RECYCLED`: its enterprise number returns to the pool and its service data (mass-message quota, customer library, chat history) is deleted, for good. The customer has to buy anew, with a new number; orders, payments, refunds and invoices are kept.',
    example:
      'Period end 2022-05-01, never renewed: still in grace on 2022-05-31, recycled on 2022-06-01, and a renewal that day is refused.',
  },
  'R-LIFE-4': {
    section: 'Lifecycle',
    decides:
      'Two renewal reminders are due for each period: on the day the renewal window opens (end − 1 month) and 7 days before the period end. The scheduler sends those that fall after its previous run, up to and including today.',
    example:
      'Period end 2022-05-01 → reminders on 2022-04-01 and 2022-04-24. Period end 2024-03-01 → 2024-02-01 and 2024-02-23.',
  },
  'R-LIFE-5': {
    section: 'Lifecycle',
    decides:
      'A subscription `SUSPENDED` for violations or `TERMINATED` (product sunset, agreement ended, violation ban) has no entitlements: no sessions, no service, no added seats, no renewal. A suspension masks `ACTIVE` and `GRACE`, but an unrenewed period is still recycled on its date.',
    example:
      'An active EQQ subscription suspended on 2021-07-01 loses every entitlement that day. An EQQ subscription active on 2022-01-30 is `TERMINATED` on 2022-01-31, the sunset date.',
  },
  'R-LIFE-6': {
    section: 'Lifecycle',
    decides:
      'Every change of status is recorded as a transition with its date, cause and rule ids. The changes time brings (period ended, grace ended, product sunset) are derived for any range of days (from, to]; events such as activation, suspension or termination are recorded by whoever applies them.',
    example:
      'Period [2021-05-01, 2022-05-01), never renewed, from 2021-05-01 to 2022-12-31: `ACTIVE → GRACE` on 2022-05-01 (period ended) and `GRACE → RECYCLED` on 2022-06-01 (grace ended).',
  },

  'R-LEGACY-1': {
    section: 'Legacy and migration',
    decides:
      'A customer whose EQQ opening order is dated before 2010-03-01 gets the first renewal priced by the book in force on the opening date; every later renewal uses the book in force on its own date. An opening on 2010-03-01 or later has no such right.',
    example:
      'Opened 2009-04-20 with 5 seats, period end 2010-05-01, renewed 2010-04-15: 5 × 800 = 4,000 CNY from EQQ-2000 for [2010-05-01, 2011-05-01). The next renewal, 2011-04-15, costs 5 × 1,000 = 5,000 CNY.',
  },
  'R-LEGACY-2': {
    section: 'Legacy and migration',
    decides:
      'The same pre-2010-03-01 customers get one add-seat purchase priced by their opening book, at its monthly unit price for the tier of the new total. Every later add-seat purchase uses the book in force on its date, and a customer who opened on 2010-03-01 or later has no such right.',
    example:
      'The 5-seat customer opened 2009-04-20, period end 2011-05-01, adds 6 seats on 2010-10-10: 6 × 80 × 7 = 3,360 CNY from EQQ-2000. Adding 1 more on 2010-11-01 (total 12, 6 months) costs 1 × 95 × 6 = 570 CNY from EQQ-2010.',
  },
  'R-MIG-1': {
    section: 'Legacy and migration',
    decides:
      'An EQQ subscription can be upgraded to Qidian at no charge, keeping its seats and its period end. An upgrade completed on or before 2021-12-31 joins the original-price renewal promotion (`R-MIG-2`, `R-MIG-3`); a later one renews at Qidian market prices. Recycled subscriptions cannot be upgraded, nor any from the EQQ service end, 2022-01-31.',
    example:
      '3 EQQ seats with period end 2022-05-01, upgraded on 2021-12-31: Qidian, 3 seats, end 2022-05-01, in the promotion. Upgraded on 2022-01-01 instead: no promotion, and the renewal costs 3 × 1,200 = 3,600 CNY.',
  },
  'R-MIG-2': {
    section: 'Legacy and migration',
    decides:
      'Under the promotion, the seats held at the upgrade are legacy seats: E is that count. Their legacy unit price P is the annual unit price of the tier at which the last EQQ purchase (opening, add-seat or renewal) was priced, so a purchase that grew the total into a cheaper tier sets that tier’s price.',
    example:
      'Opened with 3 seats at 1,000 CNY, then grown to 11 by an add-seat purchase priced at the 11–20 tier, upgraded on 2021-11-01: E = 11, P = 950 CNY.',
  },
  'R-MIG-3': {
    section: 'Legacy and migration',
    decides:
      'A renewal under the promotion costs E × P plus (total − E) × the Qidian market unit price of the tier containing the total, per year. The promotion holds for every renewal, not only the first, and a renewal may buy several years at these prices.',
    example:
      'E = 3 at P = 1,000, with 3 Qidian seats added (total 6): 3 × 1,000 + 3 × 1,200 = 6,600 CNY a year, 13,200 CNY for 2 years. With a total of 15: 3 × 1,000 + 12 × 1,150 = 16,800 CNY.',
  },
  'R-MIG-4': {
    section: 'Legacy and migration',
    decides:
      'Any seat reduction lowers E by the number of seats removed, whichever seats they were, never below 0, and E never grows again. After a reduction P is read again from the customer’s original EQQ book, at the tier of the new total.',
    example:
      'E = 3 at 1,000 with a total of 6: removing 1 seat leaves a total of 5, E = 2, P = 1,000, and a renewal of 2 × 1,000 + 3 × 1,200 = 5,600 CNY. E = 12 at 950 (EQQ-2010): removing 3 leaves 9 seats, E = 9, P = 1,000 (tier 3–10).',
  },

  'R-PAY-1': {
    section: 'Payments',
    decides:
      'A payment is made by bank card, Alipay, WeChat Pay, Tencent wallet or the account’s prepaid balance, and keeps its method and the provider’s reference. An unknown method, a missing reference or an amount that is not positive is refused; a refund later goes back to the same method (`R-REF-PAYOUT`).',
    example:
      '3,000 CNY paid by `ALIPAY` with reference 2024092722001 is recorded with that method and reference, and a refund of it is paid back to Alipay.',
  },
  'R-PAY-2': {
    section: 'Payments',
    decides:
      'An order is fulfilled only when its payments add up to its total. Partial payments accumulate, with the rest shown as outstanding; a payment beyond what is owed completes the order, and the excess is refundable in full (`R-REF-DUPLICATE`).',
    example:
      'An order of 5,000 CNY: a first payment of 2,000 CNY leaves 3,000 CNY outstanding. With 3,000 CNY paid, a payment of 4,000 CNY applies 2,000 CNY, completes the order and leaves 2,000 CNY refundable.',
  },
  'R-PAY-3': {
    section: 'Payments',
    decides:
      'A successful payment on an order whose earlier payments already reach its total is a duplicate payment. It is flagged as such on the payment, applies nothing to the order and is refundable in full at any time (`R-REF-DUPLICATE`).',
    example:
      'An order of 5,000 CNY already paid in full receives a second payment of 5,000 CNY: it is a duplicate, and 5,000 CNY is refundable.',
  },
  'R-PAY-4': {
    section: 'Payments',
    decides:
      'An account’s prepaid balance is topped up by payments and debited by purchases paid from it. A purchase larger than the balance is refused with `INSUFFICIENT_BALANCE`, so the balance never goes below 0.',
    example:
      'Balance 5,000 CNY, purchase of 3,000 CNY → 2,000 CNY left. Balance 3,000 CNY, purchase of 3,000.01 CNY → refused, 0.01 CNY short.',
  },
  'R-PAY-5': {
    section: 'Payments',
    decides:
      'Postpaid usage is billed per natural month: the bill for month M is issued on the 1st of the next month and due on the 15th (demo terms). After the due date a late fee of 0.05 % of the unpaid amount per day accrues (demo rate), rounded half-up once for the line; 30 days overdue suspends the service, and 90 days closes the account and stops the fee.',
    example:
      'A 1,000 CNY bill for 2024-01 is issued 2024-02-01, due 2024-02-15. Unpaid on 2024-03-06, 20 days late: 1,000 × 0.05 % × 20 = 10 CNY. On 2024-03-16 (30 days) the service is suspended, fee 15 CNY; on 2024-05-15 (90 days) the account is closed, fee 45 CNY.',
  },

  'R-REF-VIOLATION': {
    section: 'Refunds',
    decides:
      'Checked before anything else: a subscription suspended or terminated for violations gets no refund of any kind, not even of a duplicate payment and not under a provider termination. It overrides every other refund rule.',
    example:
      'An EQQ subscription activated 2021-05-01 and suspended for violations asks on 2021-05-03 — inside the 7 days, with a duplicate payment of 5,000 CNY — and gets nothing.',
  },
  'R-REF-DUPLICATE': {
    section: 'Refunds',
    decides:
      'A duplicate payment (`R-PAY-3`) or an overpayment is refunded in full, at any time, whatever the order kind, without a fee and without ending the subscription. A wrong order (e.g. 3 years chosen instead of 1) is refunded by the difference once the order has been corrected, and only once.',
    example:
      'An EQQ order of 5,000 CNY paid twice: on 2021-12-01, months after activation, the extra 5,000 CNY is refunded and the subscription continues. A 3-year order of 15,000 CNY corrected to 5,000 CNY → 10,000 CNY back.',
  },
  'R-REF-NONREF': {
    section: 'Refunds',
    decides:
      'Renewals, value-added purchases and added seats are non-refundable once paid, even in their first days. Only duplicate payments and overpayments on them come back (`R-REF-DUPLICATE`), and, for renewals and added seats, the unused part when the provider ends the agreement (`R-TERM-1`).',
    example:
      '6 seats added on 2021-10-10 for 3,990 CNY, refund requested 2021-10-12 → refused. A value-added purchase paid twice → the duplicate payment is refunded, the purchase is not.',
  },
  'R-REF-ACTIVATION': {
    section: 'Refunds',
    decides:
      'A new subscription still not activated after its activation due date (5 working days after the later of full payment and approved materials, `R-OPEN-4`) is refunded in full, without interest and without a fee. Not on the due date itself, and not when the delay came from the customer’s own materials.',
    example:
      'EQQ order of 5,000 CNY, materials approved 2024-09-26, paid 2024-09-27: activation due 2024-10-10. A request on 2024-10-10 is refused (not yet overdue); on 2024-10-11, still not activated, 5,000 CNY is refunded.',
  },
  'R-REF-7DAY': {
    section: 'Refunds',
    decides:
      'Within 7 natural days of activation (`R-TIME-4`), a new subscription is refunded in full on request, with no reason needed and no fee. The refund ends the subscription; renewals, added seats and value-added purchases do not qualify (`R-REF-NONREF`).',
    example:
      'EQQ, 5 seats, 5,000 CNY, activated 2021-05-01: a request on 2021-05-06 gets 5,000 CNY back. The last day is 2021-05-08; a request with no reason on 2021-05-09 is refused.',
  },
  'R-REF-DEFECT': {
    section: 'Refunds',
    decides:
      'Within 30 natural days of activation, a new subscription is refunded in full, without a fee, when a product defect, service fault or account anomaly keeps the customer from logging in and the claim comes with evidence. Not when the cause is on the customer’s side.',
    example:
      'EQQ 5,000 CNY activated 2021-05-01, login-blocking defect claimed with evidence on 2021-05-20 → 5,000 CNY back. The last day is 2021-05-31; on 2021-06-01 the claim is too late.',
  },
  'R-REF-UNUSED': {
    section: 'Refunds',
    decides:
      'An Exmail subscription paid for but never put into use — no domain verified, no administrator created, no member added — is refunded in full without a fee, even after the 7-day window. It applies to Exmail only.',
    example:
      'Exmail STANDARD, 10 mailboxes × 200 = 2,000 CNY, activated 2024-01-01, nothing set up, request on 2024-02-10 → 2,000 CNY back. Had one member been added, it would be refused.',
  },
  'R-REF-OUTAGE': {
    section: 'Refunds',
    decides:
      'For Exmail and Meeting, a platform outage of more than 72 consecutive hours lets the customer end the subscription and get the unused days back pro rata — price × unused days ÷ days of the period, the request day counted as unused — minus the handling fee (`R-REF-FEE`). Exactly 72 hours is not enough, and EQQ has no such right.',
    example:
      'Exmail 2,000 CNY for [2024-01-01, 2025-01-01) (366 days), an 80-hour outage, ended on 2024-07-01: 184 unused days → 2,000 × 184 / 366 = 1,005.46 CNY, fee 10.05 CNY, 995.41 CNY paid out.',
  },
  'R-REF-CANCEL': {
    section: 'Refunds',
    decides:
      'A Meeting subscription may be cancelled during its term: the unused days are refunded pro rata (the request day counted as unused), never the used part, minus the handling fee. Inside the first 7 days `R-REF-7DAY` applies instead (in full, no fee); other products cannot be cancelled this way.',
    example:
      'Meeting PRO annual, 300 CNY for [2024-03-15, 2025-03-15) (365 days), cancelled 2024-09-15: 181 unused days → 300 × 181 / 365 = 148.77 CNY, fee 1.49 CNY, 147.28 CNY paid out.',
  },
  'R-REF-WINDOW': {
    section: 'Refunds',
    decides:
      'For Meeting, a claim based on an event (service unusable, outage, account anomaly) must be filed within 48 hours of the event; exactly 48 hours is still in time, and a claim without an event time fails. For an outage the event is the moment it ended or passed 72 hours.',
    example:
      'Meeting 300 CNY, a login-blocking fault at 09:00 on 2024-03-28, claim filed at 09:00 on 2024-03-30 → in time, 300 CNY refunded (`R-REF-DEFECT`). Filed one millisecond later, the defect claim fails and only the pro-rata cancellation remains: 300 × 350 / 365 = 287.67 CNY, minus a 2.88 CNY fee.',
  },
  'R-REF-PROMO': {
    section: 'Refunds',
    decides:
      'An order bought under a promotion follows the promotion’s refund terms where they are stricter. A non-refundable promotion blocks every refund except duplicates and overpayments (`R-REF-DUPLICATE`), a provider termination (`R-TERM-1`) and a service never activated (`R-REF-ACTIVATION`); a refundable promotion changes nothing.',
    example:
      'EQQ 5,000 CNY bought under the non-refundable promotion DOUBLE11 and activated 2021-05-01: a request on 2021-05-03 is refused, although it is inside the 7 days.',
  },
  'R-REF-FEE': {
    section: 'Refunds',
    decides:
      'Full refunds (`R-REF-DUPLICATE`, `R-REF-ACTIVATION`, `R-REF-7DAY`, `R-REF-DEFECT`, `R-REF-UNUSED`) and terminations without cause carry no fee. Pro-rata refunds under `R-REF-OUTAGE` and `R-REF-CANCEL` deduct a handling fee of 1 % of the refund (a configurable demo rate), rounded half-up once; the customer receives the refund minus the fee.',
    example:
      '1 % of 10.50 CNY is 0.105 CNY → 0.11 CNY. On a pro-rata refund of 148.77 CNY the fee is 1.4877 → 1.49 CNY, and 147.28 CNY is paid out.',
  },
  'R-REF-CAP': {
    section: 'Refunds',
    decides:
      'The total refunded for an order, counted before fees, never exceeds what was paid for it; a pro-rata part is further limited to what is still held for the service. An order already refunded in full gets nothing more.',
    example:
      'Meeting 300 CNY with 200 CNY already refunded, cancelled on 2024-09-15: 148.77 CNY is unused but only 100 CNY is left → 100 CNY refunded, fee 1 CNY, 99 CNY paid out.',
  },
  'R-REF-REVIEW': {
    section: 'Refunds',
    decides:
      'A refund request carries a reason, the order and any evidence; an operator approves or rejects it. The request gets a first response within 1 working day of being filed (`R-TIME-3`).',
    example:
      'Filed Friday 2024-06-07 → response due Tuesday 2024-06-11, as Monday 06-10 is the Dragon Boat Festival. Filed Friday 2024-09-27 → due Sunday 2024-09-29, an adjusted workday.',
  },
  'R-REF-PAYOUT': {
    section: 'Refunds',
    decides:
      'An approved refund goes back to the original payment method: a card to the same card, Alipay to Alipay, WeChat Pay to WeChat Pay, the wallet or the balance to itself. It is paid within 7 working days of the approval (`R-TIME-3`); a due date past the known calendar is refused rather than guessed.',
    example: 'Approved Friday 2024-09-27 → paid by Saturday 2024-10-12, an adjusted workday.',
  },
  'R-REF-OTHERWISE': {
    section: 'Refunds',
    decides:
      'What no rule allows is not refundable: the decision refunds 0 and lists every rule it considered, each with why it did not apply. Malformed input is refused with `INVALID_INPUT` rather than failing.',
    example:
      'EQQ 5,000 CNY activated 2021-05-01, a request with no reason on 2021-05-20 → refused: the 7-day window closed on 2021-05-08 (`R-REF-7DAY`), and no login-blocking defect was claimed (`R-REF-DEFECT`).',
  },

  'R-INV-1': {
    section: 'Invoices',
    decides:
      'An invoice can be requested for a paid order only, with a title equal to the account’s verified enterprise name (surrounding spaces and full- or half-width brackets aside), else `TITLE_MISMATCH`. An account without a verified name cannot be invoiced, and a special VAT invoice also needs the general-taxpayer certificate.',
    example:
      'A 5,000 CNY payment on a paid order, titled with the verified name → a general invoice for 5,000 CNY. The same request on an unpaid order → refused with `INVALID_STATE`.',
  },
  'R-INV-2': {
    section: 'Invoices',
    decides:
      'An invoice is issued within 45 working days after the payment is confirmed (`R-TIME-3`). From the day after that date it is overdue, counted in natural days.',
    example:
      'Payment on 2024-01-31 → invoice due 2024-04-09, the Spring Festival and Qingming holidays skipped. Payment on 2025-12-31 → due 2026-03-11.',
  },
  'R-INV-3': {
    section: 'Invoices',
    decides:
      'A payment is invoiced at most once. A refunded amount is never invoiced: the invoice covers the payment minus what was refunded, and a refund after invoicing is answered by a red-letter credit note for the refunded amount.',
    example:
      '5,000 CNY paid and 2,000 CNY refunded → an invoice for 3,000 CNY. If the 5,000 CNY invoice had already been issued, a red-letter credit note of 2,000 CNY is issued against it.',
  },

  'R-NUM-1': {
    section: 'Numbers',
    decides:
      'Each EQQ account gets one free enterprise number of exactly 10 digits beginning 400 or 800. Spaces and hyphens are ignored when a number is read; any other form is invalid.',
    example:
      '4001829374 and 8005550199 are valid, and "400-888-8123" reads as 4008888123; 95555 and 5001829374 are not valid numbers.',
  },
  'R-NUM-2': {
    section: 'Numbers',
    decides:
      'A customer who shows a 400/800 hotline contract gets the number matching it, whatever the seat count and whether or not it is in the pool. An invalid hotline number is refused with `INVALID_INPUT`.',
    example:
      'A 5-seat opening with hotline contract 400-888-8123 gets 4008888123, a PREMIUM number, although 5 seats would earn only STANDARD.',
  },
  'R-NUM-3': {
    section: 'Numbers',
    decides:
      'Without a hotline contract the number comes from the pool, and more seats earn a nicer number: 3–10 seats STANDARD, 11–20 GOOD, 21–50 PREMIUM. A number’s grade is set by its longest run of repeated or sequential digits after the 400/800 prefix: 4 or more PREMIUM, 3 GOOD, otherwise STANDARD. When no number of the earned grade is free, the best lower grade is taken, then the nearest higher one.',
    example:
      '4008888123 (8888) is PREMIUM, 4008881920 (888) is GOOD and 4001829374 is STANDARD. An 11-seat opening gets the first free GOOD number of the pool, such as 4008881920.',
  },
  'R-NUM-4': {
    section: 'Numbers',
    decides:
      'When an account is recycled (`R-LIFE-3`) its number goes back to the end of the pool, where another account may get it; releasing a number already in the pool is refused. The account that lost the number never gets it back.',
    example:
      'Pool [4001829374]; a recycled account releases 4008881920 → pool [4001829374, 4008881920], and the next 15-seat opening of another account gets 4008881920.',
  },

  'R-VIO-1': {
    section: 'Violations, termination and force majeure',
    decides:
      'Violations escalate one step at a time: a warning, then a suspension (`SUSPENDED`), then a permanent ban (`TERMINATED`), each step recorded with its date and reason. The customer may appeal, and an upheld appeal undoes the latest step still in force, restoring the state before it.',
    example:
      'Warning on 2021-06-01 (spam messages), suspension on 2021-07-01, ban on 2021-08-01. An appeal upheld on 2021-08-10 lifts the ban back to the 2021-07-01 suspension; a second, on 2021-08-20, restores the warning, and the subscription is `ACTIVE` again.',
  },
  'R-TERM-1': {
    section: 'Violations, termination and force majeure',
    decides:
      'The provider may end the agreement without cause on 10 natural days’ written notice; the customer gets the unused part of the term back pro rata by days, without a fee, or the whole payment if the service was never activated. It overrides non-refundability, so a renewal paid for a future year comes back in full, but one-off value-added purchases have no term and stay non-refundable.',
    example:
      'EQQ 5,000 CNY for [2021-05-01, 2022-05-01), ended on 2021-11-01: 181 of 365 days unused → 5,000 × 181 / 365 = 2,479.45 CNY, no fee.',
  },
  'R-FM-1': {
    section: 'Violations, termination and force majeure',
    decides:
      'Force majeure suspends both sides’ obligations, and the service period is extended by the length of the suspension in days, moving the end, grace and recycling dates with it. Once it has lasted 30 days (the 30th included), either side may end the agreement.',
    example:
      'Period [2021-05-01, 2022-05-01) with 10 days of force majeure → ends 2022-05-11, and grace and recycling move 10 days later. After 29 days neither side may end the agreement; after 30, either may.',
  },
};
