import { decideRefund, formatCny, type BusinessDate, type RuleId } from '@billing/domain';
import type { EntityManager } from 'typeorm';
import { SYSTEM_ACTOR, recordAudit, type Actor } from '../audit/audit.js';
import { loadCatalog } from '../catalog/catalog.repository.js';
import { recordEvents } from '../events/events.js';
import { orderEvent } from '../orders/order-events.js';
import { forEachBatch, scopeSql, type DueRun } from '../../db/due-scope.js';
import { OrderEntity } from '../orders/order.entity.js';
import { loadOrderRefundFacts, refundInput, type RefundClaim } from '../refunds/refund-facts.js';
import { readSubscriptionAsOf } from '../orders/subscription-as-of.js';
import { endSubscriptions } from '../subscriptions/subscription-end.js';
import { recordTransition } from '../subscriptions/subscription-events.js';
import { SubscriptionEntity } from '../subscriptions/subscription.entity.js';
import { bookApprovedRefund } from './refund-booking.js';
import { TerminationNoticeEntity } from './termination-notice.entity.js';

/**
 * R-TERM-1, part of the due work (scheduler and test-clock advances): every termination notice
 * of the run's scope effective on or before `today` takes effect, as of its own effective date
 * (a run catching up decides as that day would have), in keyset batches of (effectiveOn, seq).
 * Runs before the time-driven transitions, so an agreement ending on its period end is
 * terminated, not sent into grace. A notice that took effect is EFFECTIVE or LAPSED and no
 * longer due, so a batch done again after its process died before the commit changes nothing
 * twice. Returns how many notices were handled.
 */
export async function effectDueTerminations(
  run: DueRun,
  today: BusinessDate,
  at: Date,
  options: { requestId?: string | null } = {},
): Promise<number> {
  const sc = scopeSql(run.scope, 'a', 5);
  const sql = `
    SELECT n.id, n.seq, n.effective_on FROM termination_notices n JOIN accounts a ON a.id = n.account_id
     WHERE ${sc.where} AND n.status = 'SCHEDULED' AND n.effective_on <= $1
       AND (n.effective_on, n.seq) > ($3::date, $4::bigint)
     ORDER BY n.effective_on, n.seq LIMIT $2 ${sc.lock('n')}`;
  const actor: Actor = { ...SYSTEM_ACTOR, requestId: options.requestId ?? null };
  return forEachBatch(run, 'terminate', async (tx, after) => {
    const due: Array<{ id: string; seq: string; effective_on: BusinessDate }> = await tx.query(
      sql,
      [today, run.batchSize, after.on, after.seq, ...sc.params],
    );
    for (const { id } of due) {
      const notice = await tx.getRepository(TerminationNoticeEntity).findOneByOrFail({ id });
      await takeEffect(tx, notice, at, actor);
    }
    const last = due.at(-1);
    return {
      rows: due.length,
      last: last ? { on: last.effective_on, seq: last.seq } : null,
      counted: due.length,
    };
  });
}

/**
 * On the effective date: every paid order of the subscription is refunded as the rules decide
 * for a provider termination (`decideRefund` with `providerTermination`: the unused part of its
 * period pro rata by days, without fee; an opening not activated yet in full), booked APPROVED
 * with its payout due date; unpaid orders are cancelled (`order.cancelled`); the subscription is
 * TERMINATED (R-LIFE-5, R-LIFE-6; `endSubscriptions` records `subscription.terminated`) and its
 * enterprise number returns to the pool (R-NUM-4). A subscription that already ended by then
 * (recycled, terminated, refunded) leaves the notice LAPSED.
 */
async function takeEffect(
  tx: EntityManager,
  notice: TerminationNoticeEntity,
  at: Date,
  actor: Actor,
): Promise<void> {
  const on = notice.effectiveOn;
  const catalog = await loadCatalog(tx);
  const sub = await tx
    .getRepository(SubscriptionEntity)
    .findOneByOrFail({ id: notice.subscriptionId });
  const from = (await readSubscriptionAsOf(tx, sub, catalog, on)).state.status;
  const notices = tx.getRepository(TerminationNoticeEntity);
  if (from === 'TERMINATED' || from === 'RECYCLED' || sub.terminatedOn !== null) {
    const outcome = `The subscription was already ${from} on ${on}: nothing left to end or refund (R-TERM-1)`;
    await notices.update({ id: notice.id }, { status: 'LAPSED', effectedAt: at, outcome });
    await recordAudit(tx, actor, {
      action: 'terminationLapsed',
      objectType: 'Subscription',
      objectId: sub.id,
      accountId: sub.accountId,
      before: { terminationNotice: { id: notice.id, status: notice.status } },
      after: { terminationNotice: { id: notice.id, status: 'LAPSED', outcome } },
      at,
    });
    return;
  }

  const note = `Provider termination without cause on ${on}, noticed on ${notice.noticedOn} (R-TERM-1): ${notice.reason}`;
  const claim: RefundClaim = {
    reason: 'NO_REASON',
    note,
    evidence: [],
    eventAt: null,
    outageHours: null,
    providerTermination: true,
  };
  const refundIds: string[] = [];
  const outcomes: string[] = [];
  const rules = new Set<RuleId>(['R-TERM-1']);
  let refunded = 0;
  const orders = await tx
    .getRepository(OrderEntity)
    .find({ where: { subscriptionId: sub.id }, order: { seq: 'ASC' } });
  const cancelled: OrderEntity[] = [];
  for (const order of orders) {
    if (order.status === 'AWAITING_PAYMENT' && order.paid === 0) {
      await tx.getRepository(OrderEntity).update({ id: order.id }, { status: 'CANCELLED' });
      cancelled.push({ ...order, status: 'CANCELLED' });
      await recordAudit(tx, actor, {
        action: 'cancelOrder',
        objectType: 'Order',
        objectId: order.id,
        accountId: order.accountId,
        before: { status: order.status },
        after: { status: 'CANCELLED', note },
        at,
      });
      outcomes.push(`unpaid ${order.kind} order cancelled`);
      continue;
    }
    if (order.status === 'CANCELLED' || order.paid - order.refunded <= 0) continue;
    const facts = (await loadOrderRefundFacts(tx, order.id))!;
    const decision = decideRefund(refundInput(facts, claim, on, null));
    if (decision.refusal || decision.amount === 0) {
      outcomes.push(`${order.kind} order not refunded: ${decision.explanation}`);
      decision.rules.forEach((rule) => rules.add(rule));
      continue;
    }
    const refund = await bookApprovedRefund(tx, actor, { facts, decision, claim, on, at, note });
    if (!refund) {
      outcomes.push(
        `${order.kind} order not refunded: its payments do not cover ${formatCny(decision.amount)} (R-REF-CAP)`,
      );
      continue;
    }
    refundIds.push(refund.id);
    refunded += decision.payout;
    decision.rules.forEach((rule) => rules.add(rule));
    outcomes.push(`${order.kind} order: ${decision.explanation}`);
  }

  // The cancelled orders' events, in one statement, before the subscription's own end.
  await recordEvents(
    tx,
    cancelled.map((order) => orderEvent('order.cancelled', order, on)),
  );

  const before = {
    status: sub.status,
    terminatedOn: sub.terminatedOn,
    terminationCause: sub.terminationCause,
    enterpriseNumber: sub.enterpriseNumber,
  };
  const released = await endSubscriptions(
    tx,
    [
      {
        id: sub.id,
        to: 'TERMINATED',
        on,
        terminationCause: 'AGREEMENT_ENDED',
        releasesNumber: true,
      },
    ],
    at,
  );
  const number = released.get(sub.id) ?? null;
  const endRules: RuleId[] = [
    'R-TERM-1',
    'R-LIFE-5',
    'R-LIFE-6',
    ...(number ? (['R-NUM-4'] as const) : []),
  ];
  const summary = `${refundIds.length === 0 ? 'nothing refunded' : `${formatCny(refunded)} refunded pro rata without fee`}${
    number ? `; enterprise number ${number} returns to the pool (R-NUM-4)` : ''
  }`;
  await recordTransition(tx, {
    subscriptionId: sub.id,
    occurredAt: at,
    effectiveOn: on,
    from,
    to: 'TERMINATED',
    cause: 'PROVIDER_TERMINATION',
    rules: endRules,
    reason: `The provider ended the agreement without cause on ${on}, on written notice of ${notice.noticedOn} (R-TERM-1: ${notice.reason}); ${summary}`,
  });
  endRules.forEach((rule) => rules.add(rule));
  const outcome = `Terminated on ${on}: ${summary}. ${outcomes.join('; ')}`;
  await notices.update(
    { id: notice.id },
    { status: 'EFFECTIVE', effectedAt: at, outcome, refundIds, rules: [...rules] },
  );
  await recordAudit(tx, actor, {
    action: 'terminationTakesEffect',
    objectType: 'Subscription',
    objectId: sub.id,
    accountId: sub.accountId,
    before: { ...before, terminationNotice: { id: notice.id, status: notice.status } },
    after: {
      status: 'TERMINATED',
      terminatedOn: on,
      terminationCause: 'AGREEMENT_ENDED',
      releasedNumber: number,
      refundIds,
      terminationNotice: { id: notice.id, status: 'EFFECTIVE', outcome },
    },
    at,
  });
}
