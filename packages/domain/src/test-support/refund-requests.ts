import { expect } from 'vitest';
import { PRC_CALENDAR } from '../calendar/index.js';
import type { OrderKind, ProductCode } from '../core/codes.js';
import { yuan } from '../money/money.js';
import type {
  RefundDecision,
  RefundInput,
  RefundOrderFacts,
  RefundSubscriptionFacts,
} from '../refunds/refund-types.js';
import { startOfBusinessDate, type BusinessDate } from '../time/business-date.js';

/** Refund requests and readers shared by the refund-decision tests (one file per rule). */

export const d = (text: string): BusinessDate => text as BusinessDate;
export const HOUR = 3_600_000;

type RequestFacts = Partial<Omit<RefundInput, 'order' | 'subscription'>>;

/** The spec's example: EQQ, 5 seats, paid ¥5,000.00, activated 2021-05-01 (section 8). */
export function eqqRequest(
  asOf: string,
  over: RequestFacts = {},
  order: Partial<RefundOrderFacts> = {},
  subscription: Partial<RefundSubscriptionFacts> = {},
): RefundInput {
  return {
    asOf: d(asOf),
    reason: 'NO_REASON',
    evidence: [],
    calendar: PRC_CALENDAR,
    ...over,
    order: {
      kind: 'NEW_SUBSCRIPTION',
      productCode: 'EQQ',
      total: yuan(5000),
      paid: yuan(5000),
      alreadyRefunded: 0,
      duplicatePaid: 0,
      overpaid: 0,
      period: { start: d('2021-05-01'), end: d('2022-05-01') },
      ...order,
    },
    subscription: {
      status: 'ACTIVE',
      activatedOn: d('2021-05-01'),
      violation: false,
      fullyPaidOn: d('2021-04-26'),
      materialsApprovedOn: d('2021-04-27'),
      ...subscription,
    },
  };
}

/** Meeting PRO annual, ¥300.00 (*demo*), activated 2024-03-15: period [2024-03-15, 2025-03-15), 365 days. */
export function meetingRequest(
  asOf: string,
  over: RequestFacts = {},
  order: Partial<RefundOrderFacts> = {},
  subscription: Partial<RefundSubscriptionFacts> = {},
): RefundInput {
  return eqqRequest(
    asOf,
    over,
    {
      productCode: 'MEETING',
      total: yuan(300),
      paid: yuan(300),
      period: { start: d('2024-03-15'), end: d('2025-03-15') },
      ...order,
    },
    {
      activatedOn: d('2024-03-15'),
      fullyPaidOn: d('2024-03-14'),
      materialsApprovedOn: d('2024-03-14'),
      ...subscription,
    },
  );
}

/** Exmail STANDARD, 10 mailboxes × ¥200.00 (*demo*), activated 2024-01-01: [2024-01-01, 2025-01-01), 366 days. */
export function exmailRequest(
  asOf: string,
  over: RequestFacts = {},
  order: Partial<RefundOrderFacts> = {},
  subscription: Partial<RefundSubscriptionFacts> = {},
): RefundInput {
  return eqqRequest(
    asOf,
    over,
    {
      productCode: 'EXMAIL',
      total: yuan(2000),
      paid: yuan(2000),
      period: { start: d('2024-01-01'), end: d('2025-01-01') },
      ...order,
    },
    {
      activatedOn: d('2024-01-01'),
      fullyPaidOn: d('2023-12-28'),
      materialsApprovedOn: d('2023-12-28'),
      ...subscription,
    },
  );
}

/** An instant `hours` after 00:00 of `date` in Asia/Shanghai (epoch ms). */
export function at(date: string, hours: number): number {
  return startOfBusinessDate(d(date)) + hours * HOUR;
}

export const rulesConsidered = (decision: RefundDecision) => decision.considered.map((c) => c.rule);
export const appliedRules = (decision: RefundDecision) =>
  decision.considered.filter((c) => c.applied).map((c) => c.rule);
export const why = (decision: RefundDecision, rule: string) =>
  decision.considered.find((c) => c.rule === rule)?.why;

export interface Case {
  asOf: string;
  kind?: OrderKind;
  product?: ProductCode;
  over?: RequestFacts;
  order?: Partial<RefundOrderFacts>;
  sub?: Partial<RefundSubscriptionFacts>;
}

/** A ¥1,200.00 order of a subscription activated 2024-01-01: period [2024-01-01, 2025-01-01), 366 days. */
export function request({
  asOf,
  kind = 'NEW_SUBSCRIPTION',
  product = 'EXMAIL',
  over,
  order,
  sub,
}: Case) {
  return {
    asOf: d(asOf),
    reason: 'NO_REASON',
    evidence: [],
    calendar: PRC_CALENDAR,
    ...over,
    order: {
      kind,
      productCode: product,
      total: yuan(1200),
      paid: yuan(1200),
      alreadyRefunded: 0,
      duplicatePaid: 0,
      overpaid: 0,
      period: { start: d('2024-01-01'), end: d('2025-01-01') },
      ...order,
    },
    subscription: {
      status: 'ACTIVE',
      activatedOn: d('2024-01-01'),
      violation: false,
      fullyPaidOn: d('2023-12-28'),
      materialsApprovedOn: d('2023-12-28'),
      inUse: { domainVerified: false, adminCreated: false, memberAdded: false },
      ...sub,
    },
  } satisfies RefundInput;
}

/** The one check of `rule` in the decision's considered list (fails unless there is exactly one). */
export function considered(decision: RefundDecision, rule: string) {
  const found = decision.considered.filter((check) => check.rule === rule);
  expect(found, `${rule} considered once`).toHaveLength(1);
  return found[0]!;
}

/** Every Exmail set-up step done (R-REF-UNUSED: in use). */
export const USED = { domainVerified: true, adminCreated: true, memberAdded: true };

/** What every refusal's explanation ends with. */
export const NEXT =
  '. If you think another refund rule applies, ask an operator to review the order with your evidence';
