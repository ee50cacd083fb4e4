import {
  PRC_CALENDAR,
  subscriptionState,
  type BusinessDate,
  type Catalog,
  type ProductCode,
  type RefundInput,
  type RefundReason,
} from '@billing/domain';
import type { Queryable } from '../../db/queryable.js';
import { AccountEntity } from '../accounts/account.entity.js';
import { loadCatalog } from '../catalog/catalog.repository.js';
import { OrderEntity } from '../orders/order.entity.js';
import { PaymentEntity } from '../payments/payment.entity.js';
import { toLifecycleSubscription } from '../subscriptions/subscription-facts.js';
import { SubscriptionEntity } from '../subscriptions/subscription.entity.js';
import { RefundEntity } from './refund.entity.js';
import { usageOf } from '../usage/service-usage.resolver.js';

/** What the customer asks for and claims (R-REF-REVIEW: a reason, the order, any evidence). */
export interface RefundClaim {
  readonly reason: RefundReason;
  readonly note: string | null;
  readonly evidence: readonly string[];
  /** Epoch ms of the event an event-based claim rests on (R-REF-WINDOW). */
  readonly eventAt: number | null;
  /** Longest consecutive outage claimed, in hours (R-REF-OUTAGE). */
  readonly outageHours: number | null;
  /** The provider ends the agreement without cause (R-TERM-1): set by the termination notice, never by a customer. */
  readonly providerTermination?: boolean;
}

/** Everything stored about an order that a refund decision reads. */
export interface OrderRefundFacts {
  readonly order: OrderEntity;
  /** Successful payments, in the order they were made. */
  readonly payments: readonly PaymentEntity[];
  readonly subscription: SubscriptionEntity | null;
  /** The subscription's opening order (R-OPEN-4: the day it was paid in full). */
  readonly openingOrder: OrderEntity | null;
  readonly account: AccountEntity;
  readonly catalog: Catalog;
  /** Approved or paid refunds of this order that refunded (and ended) the service itself. */
  readonly serviceRefundedBy: RefundEntity | null;
}

/** Loads the order's facts (inside the caller's transaction when `q` is one). */
export async function loadOrderRefundFacts(
  q: Queryable,
  orderId: string,
): Promise<OrderRefundFacts | null> {
  const order = await q.getRepository(OrderEntity).findOneBy({ id: orderId });
  if (!order) return null;
  // One after another: inside a transaction they share one connection.
  const [payments, subscription, account, catalog, refunds] = [
    await q
      .getRepository(PaymentEntity)
      .find({ where: { orderId, status: 'SUCCEEDED' }, order: { seq: 'ASC' } }),
    order.subscriptionId
      ? await q.getRepository(SubscriptionEntity).findOneBy({ id: order.subscriptionId })
      : null,
    await q.getRepository(AccountEntity).findOneByOrFail({ id: order.accountId }),
    // Through the caller's transaction: a request holding the account lock needs no second connection.
    await loadCatalog(q),
    await q.getRepository(RefundEntity).find({ where: { orderId }, order: { seq: 'ASC' } }),
  ];
  const openingOrder =
    order.kind === 'NEW_SUBSCRIPTION'
      ? order
      : subscription
        ? await q
            .getRepository(OrderEntity)
            .findOneBy({ subscriptionId: subscription.id, kind: 'NEW_SUBSCRIPTION' })
        : null;
  const serviceRefundedBy =
    refunds.find(
      (r) => (r.status === 'APPROVED' || r.status === 'PAID') && r.decision.endsSubscription,
    ) ?? null;
  return { order, payments, subscription, openingOrder, account, catalog, serviceRefundedBy };
}

/**
 * The rules engine's view of a refund request on `asOf` (R-TIME-1), built from the stored order,
 * its payments, its subscription and the account. Money facts are what is still owed back:
 * duplicate payments and overpayments not refunded yet (refunds take excess money first, see
 * refund-parts.ts), and the gross amounts of refunds already approved (R-REF-CAP).
 */
export function refundInput(
  facts: OrderRefundFacts,
  claim: RefundClaim,
  asOf: BusinessDate,
  requestedAt: number | null,
): RefundInput {
  const { order, payments, subscription: sub, openingOrder, account, catalog } = facts;
  let duplicatePaid = 0;
  let overpaid = 0;
  for (const payment of payments) {
    if (payment.duplicate) duplicatePaid += payment.amount - payment.refunded;
    else if (payment.excess > payment.refunded) overpaid += payment.excess - payment.refunded;
  }
  const materialsApprovedOn = account.verificationStatus === 'APPROVED' ? account.verifiedOn : null;
  const fullyPaidOn =
    openingOrder && openingOrder.paid >= openingOrder.total ? openingOrder.paidOn : null;
  // Decided as the subscription stood on asOf: an activation after asOf had not happened yet.
  const activatedOn = sub?.activatedOn && sub.activatedOn <= asOf ? sub.activatedOn : null;
  const period =
    order.periodStart &&
    order.periodEnd &&
    !(order.kind === 'NEW_SUBSCRIPTION' && activatedOn === null)
      ? { start: order.periodStart, end: order.periodEnd }
      : null;
  const productCode = (sub?.productCode ?? order.pricing.productCode ?? 'VAS') as ProductCode;
  return {
    asOf,
    requestedAt,
    reason: claim.reason,
    evidence: [...claim.evidence],
    note: claim.note,
    eventAt: claim.eventAt,
    outageHours: claim.outageHours,
    providerTermination: claim.providerTermination === true,
    calendar: PRC_CALENDAR,
    order: {
      kind: order.kind,
      productCode,
      total: order.total,
      paid: order.paid,
      alreadyRefunded: order.refunded,
      duplicatePaid,
      overpaid,
      // R-REF-DUPLICATE: a wrong order corrected by an operator is refunded by the difference.
      correctedTotal: order.correctedTotal,
      // The only promotion is R-MIG's original-price renewal; it publishes no stricter refund terms.
      promotion: order.promotion
        ? { code: 'R-MIG original-price renewal', refundable: true }
        : null,
      period,
    },
    subscription: sub
      ? {
          status: subscriptionState(
            toLifecycleSubscription(
              {
                ...sub,
                activatedOn,
                periodStart: activatedOn ? sub.periodStart : null,
                periodEnd: activatedOn ? sub.periodEnd : null,
              },
              catalog,
              { paidInFull: fullyPaidOn !== null, materialsApproved: materialsApprovedOn !== null },
            ),
            asOf,
          ).status,
          activatedOn,
          // R-REF-VIOLATION: a violation suspension in force, or a ban (R-VIO-1).
          violation: sub.suspendedSince !== null || sub.terminationCause === 'VIOLATION_BAN',
          fullyPaidOn,
          materialsApprovedOn,
          // R-OPEN-4 counts from the approval of the materials, so a delay in the customer's own
          // materials never makes activation overdue: nothing else is recorded that could.
          customerCausedDelay: false,
          // R-REF-UNUSED: what the mailbox service reported (domain, administrator, members).
          inUse: usageOf(sub),
        }
      : null,
  };
}
