import {
  principalMethod,
  refundParts,
  type BusinessDate,
  decideRefund,
  fenParam,
  formatCny,
  msg,
  noSuchMessage,
  PRC_CALENDAR,
  type RefundDecision,
  refundReviewDueDate,
  type RuleId,
  subscriptionState,
} from '@billing/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { withAccountLock } from '../../db/transaction.js';
import { fromRefusal } from '../../graphql/refusal.js';
import { UserErrorCode, userError, type UserError } from '../../graphql/user-error.js';
import { recordAudit, type Actor } from '../audit/audit.js';
import { nowForAccount, type Now } from '../clock/clock.js';
import { idempotentForAccount, type StoredResult } from '../idempotency/idempotency.js';
import { creditInvoicesForRefund } from '../invoices/invoices.service.js';
import { recordEvents } from '../events/events.js';
import { refundEvent } from './refund-events.js';
import { bookRefundApproval, recordRefundApproval } from './refund-approval.js';
import type { PaymentGateway } from '../payments/payment-gateway.js';
import { toLifecycleSubscription } from '../subscriptions/subscription-facts.js';
import { recordTransition } from '../subscriptions/subscription-events.js';
import { endSubscriptions } from '../subscriptions/subscription-end.js';
import { SubscriptionEntity } from '../subscriptions/subscription.entity.js';
import {
  loadOrderRefundFacts,
  refundInput,
  type OrderRefundFacts,
  type RefundClaim,
} from './refund-facts.js';

import { payOutRefunds } from './refund-payouts.js';
import { RefundEntity, type StoredRefundDecision } from './refund.entity.js';

export interface RequestRefundArgs extends RefundClaim {
  orderId: string;
  idempotencyKey: string;
}

type Outcome = { refundId: string | null; userErrors: UserError[] };

const notFound = (): Outcome => ({
  refundId: null,
  userErrors: [userError(UserErrorCode.NOT_FOUND, noSuchMessage('refund'), ['refundId'])],
});

/** The order's service was already refunded by an approved refund (see `serviceAlreadyRefunded`). */
function serviceAlreadyRefunded(
  facts: OrderRefundFacts,
  decision: RefundDecision,
): UserError | null {
  const earlier = facts.serviceRefundedBy;
  if (!earlier || !decision.endsSubscription) return null;
  return userError(
    UserErrorCode.NOT_REFUNDABLE,
    msg('api.refund.serviceAlreadyRefunded', {
      amount: fenParam(earlier.amount),
      decidedOn: String(earlier.decidedOn),
    }),
  );
}

function claimOf(refund: RefundEntity): RefundClaim {
  return {
    reason: refund.reason,
    note: refund.note,
    evidence: refund.evidence,
    eventAt: refund.decision.claim?.eventAt ?? null,
    outageHours: refund.decision.claim?.outageHours ?? null,
  };
}

function stored(
  decision: RefundDecision,
  asOf: BusinessDate,
  claim: RefundClaim,
): StoredRefundDecision {
  return { ...decision, asOf, claim: { eventAt: claim.eventAt, outageHours: claim.outageHours } };
}

export class RefundsService {
  constructor(
    private readonly db: DataSource,
    private readonly actor: Actor,
    private readonly gateway: PaymentGateway,
  ) {}

  /**
   * What `requestRefund` would decide on `asOf` (default: the account's today), with no side
   * effect: read outside any lock, nothing written.
   */
  async preview(
    orderId: string,
    claim: RefundClaim,
    asOf: BusinessDate | null,
  ): Promise<{ decision: RefundDecision; asOf: BusinessDate; userErrors: UserError[] } | null> {
    const facts = await loadOrderRefundFacts(this.db, orderId);
    if (!facts) return null;
    const now = await nowForAccount(this.db, facts.order.accountId);
    const on = asOf ?? now.today;
    const decision = decideRefund(
      refundInput(facts, claim, on, on === now.today ? now.instant.getTime() : null),
    );
    const already = serviceAlreadyRefunded(facts, decision);
    const userErrors = decision.refusal
      ? [fromRefusal(decision.refusal)]
      : already
        ? [already]
        : [];
    return { decision, asOf: on, userErrors };
  }

  /**
   * R-REF-REVIEW: a request with its reason and evidence, decided by the engine on the account's
   * today and stored as decided, with its first-response due date. A request the rules refuse is
   * not stored: the refusal (NOT_REFUNDABLE with the explanation) is the answer.
   */
  request(accountId: string, args: RequestRefundArgs): Promise<StoredResult> {
    return idempotentForAccount(
      this.db,
      accountId,
      { key: args.idempotencyKey, operation: 'requestRefund', input: args },
      async (tx) => {
        const facts = (await loadOrderRefundFacts(tx, args.orderId))!;
        const now = await nowForAccount(tx, accountId);
        const decision = decideRefund(refundInput(facts, args, now.today, now.instant.getTime()));
        if (decision.refusal) return { ids: {}, userErrors: [fromRefusal(decision.refusal)] };
        const already = serviceAlreadyRefunded(facts, decision);
        if (already) return { ids: {}, userErrors: [already] };
        const parts = refundParts(facts.payments, decision.amount, decision.fee);
        if (!parts)
          return {
            ids: {},
            userErrors: [
              userError(UserErrorCode.INVALID_STATE, msg('api.refund.paymentsDoNotCover')),
            ],
          };
        const review = refundReviewDueDate(PRC_CALENDAR, now.today);
        const repo = tx.getRepository(RefundEntity);
        const refund = await repo.save(
          repo.create({
            accountId,
            orderId: facts.order.id,
            reason: args.reason,
            note: args.note,
            evidence: [...args.evidence],
            status: 'REQUESTED',
            eligible: decision.eligible,
            amount: decision.amount,
            fee: decision.fee,
            method: principalMethod(parts)!,
            decision: stored(decision, now.today, args),
            parts,
            requestedAt: now.instant,
            requestedOn: now.today,
            reviewDueOn: review.ok ? review.date : null,
            reviewDueReason: review.ok ? review.reason : review.refusal.message,
            reviewDueReasonMessage: review.ok
              ? review.reasonMessage
              : (review.refusal.text ?? null),
          }),
        );
        await recordEvents(tx, [refundEvent('refund.requested', refund, now.today)]);
        await recordAudit(tx, this.actor, {
          action: 'requestRefund',
          objectType: 'Refund',
          objectId: refund.id,
          accountId,
          after: {
            orderId: refund.orderId,
            reason: refund.reason,
            status: refund.status,
            amount: refund.amount,
            fee: refund.fee,
            rules: decision.rules,
          },
          at: now.instant,
        });
        return { ids: { refund: refund.id }, userErrors: [] };
      },
    );
  }

  /**
   * Approves a request (operators). The rules decide again under the account lock, as of the
   * request date but on the order as it is now (another refund may have been approved since):
   * two approvals can never both pass R-REF-CAP, and the DB CHECK refunded ≤ paid is the last
   * line of defence. Books the refund as payable (R-REF-PAYOUT due date), ends the subscription
   * when the service itself is refunded (R-LIFE-5, R-LIFE-6, R-NUM-4) and credits invoices
   * (R-INV-3).
   */
  async approve(refundId: string, note: string | null): Promise<Outcome> {
    const found = await this.db.getRepository(RefundEntity).findOneBy({ id: refundId });
    if (!found) return notFound();
    return withAccountLock(this.db, found.accountId, async (tx) => {
      const refund = await tx.getRepository(RefundEntity).findOneByOrFail({ id: refundId });
      if (refund.status !== 'REQUESTED') {
        return {
          refundId,
          userErrors: [
            userError(
              UserErrorCode.INVALID_STATE,
              msg('api.refund.alreadyDecided', { refundStatus: refund.status }),
              ['refundId'],
            ),
          ],
        };
      }
      const facts = (await loadOrderRefundFacts(tx, refund.orderId))!;
      const now = await nowForAccount(tx, refund.accountId);
      const claim = claimOf(refund);
      const decision = decideRefund(
        refundInput(facts, claim, refund.requestedOn, refund.requestedAt.getTime()),
      );
      if (decision.refusal)
        return {
          refundId,
          userErrors: [{ ...fromRefusal(decision.refusal), field: ['refundId'] }],
        };
      const already = serviceAlreadyRefunded(facts, decision);
      if (already) return { refundId, userErrors: [{ ...already, field: ['refundId'] }] };
      const parts = refundParts(facts.payments, decision.amount, decision.fee);
      if (!parts)
        return {
          refundId,
          userErrors: [
            userError(UserErrorCode.INVALID_STATE, msg('api.refund.paymentsDoNotCover'), [
              'refundId',
            ]),
          ],
        };

      const before = {
        status: refund.status,
        amount: refund.amount,
        fee: refund.fee,
        orderRefunded: facts.order.refunded,
        orderStatus: facts.order.status,
      };
      const order = facts.order;
      await bookRefundApproval(tx, {
        refund,
        facts,
        decision,
        storedDecision: stored(decision, refund.requestedOn, claim),
        parts,
        on: now.today,
        at: now.instant,
        note,
      });
      const ended =
        decision.endsSubscription && facts.subscription
          ? await this.endSubscription(tx, facts, refund, decision, now)
          : null;
      await creditInvoicesForRefund(tx, this.actor, refund, parts, now.instant);
      await recordRefundApproval(tx, this.actor, {
        refund,
        order,
        parts,
        before,
        note,
        at: now.instant,
        also: { subscriptionEnded: ended },
      });
      return { refundId, userErrors: [] };
    });
  }

  /** The service was refunded: the subscription ends today (R-LIFE-5, R-LIFE-6) and its number returns to the pool (R-NUM-4). */
  private async endSubscription(
    tx: EntityManager,
    facts: OrderRefundFacts,
    refund: RefundEntity,
    decision: RefundDecision,
    now: Now,
  ): Promise<{ subscriptionId: string; releasedNumber: string | null } | null> {
    const sub = await tx
      .getRepository(SubscriptionEntity)
      .findOneByOrFail({ id: facts.subscription!.id });
    if (sub.terminatedOn !== null || sub.status === 'TERMINATED' || sub.status === 'RECYCLED')
      return null;
    const opening = facts.openingOrder;
    const from = subscriptionState(
      toLifecycleSubscription(sub, facts.catalog, {
        paidInFull: !!opening && opening.paid >= opening.total,
        materialsApproved: facts.account.verificationStatus === 'APPROVED',
      }),
      now.today,
    ).status;
    const released = await endSubscriptions(
      tx,
      [
        {
          id: sub.id,
          to: 'TERMINATED',
          on: now.today,
          terminationCause: 'AGREEMENT_ENDED',
          releasesNumber: true,
        },
      ],
      now.instant,
    );
    const number = released.get(sub.id) ?? null;
    const granted = decision.rules.filter(
      (rule) => rule !== 'R-REF-FEE' && rule !== 'R-REF-CAP' && rule !== 'R-MONEY-1',
    );
    const rules: RuleId[] = [
      ...granted,
      'R-LIFE-5',
      'R-LIFE-6',
      ...(number ? (['R-NUM-4'] as const) : []),
    ];
    await recordTransition(tx, {
      subscriptionId: sub.id,
      occurredAt: now.instant,
      effectiveOn: now.today,
      from,
      to: 'TERMINATED',
      cause: 'REFUNDED',
      rules,
      reason: `Ended by the refund of ${formatCny(decision.amount)} approved on ${now.today} (${granted.join(', ')})${
        number ? `; enterprise number ${number} returns to the pool (R-NUM-4)` : ''
      }`,
      reasonMessage: msg('refund.subscriptionEnded', {
        amount: fenParam(decision.amount),
        on: now.today,
        rules: granted.join(', '),
        released: number ? msg('refund.numberReleased', { number }) : msg('state.none'),
      }),
    });
    return { subscriptionId: sub.id, releasedNumber: number };
  }

  /** R-REF-REVIEW: rejects a request with the reason the customer will read (operators). */
  async reject(refundId: string, note: string): Promise<Outcome> {
    if (!note.trim())
      return {
        refundId: null,
        userErrors: [
          userError(UserErrorCode.INVALID_INPUT, msg('api.refund.rejectNote'), ['note']),
        ],
      };
    const found = await this.db.getRepository(RefundEntity).findOneBy({ id: refundId });
    if (!found) return notFound();
    return withAccountLock(this.db, found.accountId, async (tx) => {
      const refund = await tx.getRepository(RefundEntity).findOneByOrFail({ id: refundId });
      if (refund.status !== 'REQUESTED') {
        return {
          refundId,
          userErrors: [
            userError(
              UserErrorCode.INVALID_STATE,
              msg('api.refund.alreadyDecided', { refundStatus: refund.status }),
              ['refundId'],
            ),
          ],
        };
      }
      const now = await nowForAccount(tx, refund.accountId);
      await tx.getRepository(RefundEntity).update(
        { id: refund.id },
        {
          status: 'REJECTED',
          decidedAt: now.instant,
          decidedOn: now.today,
          decisionNote: note.trim(),
        },
      );
      await recordEvents(tx, [
        refundEvent(
          'refund.rejected',
          {
            ...refund,
            status: 'REJECTED',
            decidedAt: now.instant,
            decidedOn: now.today,
            decisionNote: note.trim(),
          },
          now.today,
        ),
      ]);
      await recordAudit(tx, this.actor, {
        action: 'rejectRefund',
        objectType: 'Refund',
        objectId: refund.id,
        accountId: refund.accountId,
        before: { status: refund.status },
        after: { status: 'REJECTED', note: note.trim() },
        at: now.instant,
      });
      return { refundId, userErrors: [] };
    });
  }

  /** Pays an approved refund now, before its due date (operators; R-REF-PAYOUT). */
  async pay(refundId: string): Promise<Outcome> {
    const found = await this.db.getRepository(RefundEntity).findOneBy({ id: refundId });
    if (!found) return notFound();
    return withAccountLock(this.db, found.accountId, async (tx) => {
      const refund = await tx.getRepository(RefundEntity).findOneByOrFail({ id: refundId });
      if (refund.status !== 'APPROVED') {
        return {
          refundId,
          userErrors: [
            userError(
              UserErrorCode.INVALID_STATE,
              msg('api.refund.notApproved', { refundStatus: refund.status }),
              ['refundId'],
            ),
          ],
        };
      }
      const now = await nowForAccount(tx, refund.accountId);
      const { paid, failures } = await payOutRefunds(
        tx,
        this.gateway,
        [refund],
        () => now.instant,
        this.actor,
      );
      if (paid === 0) {
        return {
          refundId,
          userErrors: [
            userError(
              UserErrorCode.INVALID_STATE,
              msg('api.refund.payoutDeclined', {
                providerReason: failures[0] ?? msg('api.refund.noProviderReason'),
              }),
              ['refundId'],
            ),
          ],
        };
      }
      return { refundId, userErrors: [] };
    });
  }
}
