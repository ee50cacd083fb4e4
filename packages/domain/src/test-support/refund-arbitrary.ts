import fc from 'fast-check';
import { PRC_CALENDAR } from '../calendar/index.js';
import {
  ORDER_KINDS,
  PRODUCT_CODES,
  REFUND_REASONS,
  SUBSCRIPTION_STATUSES,
} from '../core/codes.js';
import type { RefundInput } from '../refunds/refund-types.js';
import {
  addDays,
  addYears,
  fromDayNumber,
  startOfBusinessDate,
  toDayNumber,
  type BusinessDate,
} from '../time/business-date.js';

const FIRST_DAY = toDayNumber('2015-01-01' as BusinessDate);

/** Arbitrary requests, consistent or not in their money figures (R-REF-CAP must hold regardless). */
export const refundInput: fc.Arbitrary<RefundInput> = fc
  .record({
    kind: fc.constantFrom(...ORDER_KINDS),
    productCode: fc.constantFrom(...PRODUCT_CODES),
    reason: fc.constantFrom(...REFUND_REASONS),
    status: fc.constantFrom(...SUBSCRIPTION_STATUSES),
    total: fc.integer({ min: 0, max: 50_000_000 }),
    paidShare: fc.integer({ min: 0, max: 300 }), // paid as % of the total
    refundedShare: fc.integer({ min: 0, max: 100 }), // already refunded as % of paid
    duplicatePaid: fc.integer({ min: 0, max: 50_000_000 }),
    overpaid: fc.nat({ max: 1_000_000 }),
    correctedShare: fc.option(fc.integer({ min: 0, max: 100 })),
    activationDay: fc.integer({ min: 0, max: 4000 }),
    activated: fc.boolean(),
    years: fc.integer({ min: 1, max: 3 }),
    requestAfter: fc.integer({ min: 0, max: 1200 }),
    paidBefore: fc.option(fc.integer({ min: 0, max: 30 })),
    materialsBefore: fc.option(fc.integer({ min: 0, max: 30 })),
    customerCausedDelay: fc.boolean(),
    violation: fc.boolean(),
    providerTermination: fc.boolean(),
    promotion: fc.option(
      fc.record({ code: fc.constantFrom('DOUBLE11', 'SPRING'), refundable: fc.boolean() }),
    ),
    inUse: fc.option(
      fc.record({
        domainVerified: fc.boolean(),
        adminCreated: fc.boolean(),
        memberAdded: fc.boolean(),
      }),
    ),
    outageHours: fc.option(fc.double({ min: 0, max: 300, noNaN: true })),
    eventHoursBefore: fc.option(fc.integer({ min: 0, max: 200 })),
    evidence: fc.array(fc.constantFrom('', ' ', 'ticket-1', 'screenshot.png'), { maxLength: 3 }),
    customerSideCause: fc.boolean(),
    feeBasisPoints: fc.option(fc.integer({ min: 0, max: 10_000 })),
  })
  .map((g): RefundInput => {
    const paid = Math.floor((g.total * g.paidShare) / 100);
    const activatedOn = fromDayNumber(FIRST_DAY + g.activationDay);
    const asOf = addDays(activatedOn, g.requestAfter);
    const requestedAt = startOfBusinessDate(asOf) + 12 * 3_600_000;
    return {
      asOf,
      requestedAt,
      reason: g.reason,
      evidence: g.evidence,
      eventAt: g.eventHoursBefore === null ? null : requestedAt - g.eventHoursBefore * 3_600_000,
      outageHours: g.outageHours,
      customerSideCause: g.customerSideCause,
      providerTermination: g.providerTermination,
      calendar: PRC_CALENDAR,
      ...(g.feeBasisPoints === null ? {} : { handlingFeeBasisPoints: g.feeBasisPoints }),
      order: {
        kind: g.kind,
        productCode: g.productCode,
        total: g.total,
        paid,
        alreadyRefunded: Math.floor((paid * g.refundedShare) / 100),
        duplicatePaid: g.duplicatePaid,
        overpaid: g.overpaid,
        correctedTotal:
          g.correctedShare === null ? null : Math.floor((g.total * g.correctedShare) / 100),
        promotion: g.promotion,
        period: g.activated ? { start: activatedOn, end: addYears(activatedOn, g.years) } : null,
      },
      subscription: {
        status: g.activated ? g.status : 'PENDING_ACTIVATION',
        activatedOn: g.activated ? activatedOn : null,
        violation: g.violation,
        fullyPaidOn: g.paidBefore === null ? null : addDays(activatedOn, -g.paidBefore),
        materialsApprovedOn:
          g.materialsBefore === null ? null : addDays(activatedOn, -g.materialsBefore),
        customerCausedDelay: g.customerCausedDelay,
        inUse: g.inUse,
      },
    };
  });
