import {
  appealUpheld,
  escalateViolation,
  msg,
  violationLevel,
  type BusinessDate,
  type Outcome,
  type SubscriptionStatus,
  type ViolationEffect,
  type ViolationRecord,
  type ViolationStep,
} from '@billing/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { fromRefusal } from '../../graphql/refusal.js';
import { UserErrorCode, userError } from '../../graphql/user-error.js';
import { recordAudit, type Actor } from '../audit/audit.js';
import { loadCatalog } from '../catalog/catalog.repository.js';
import { nowForAccount } from '../clock/clock.js';
import { STATUS_EVENT, recordEvents, subscriptionEvent } from '../events/events.js';
import { idempotentForAccount, type StoredResult } from '../idempotency/idempotency.js';
import { readSubscriptionAsOf } from '../orders/subscription-as-of.js';
import { recordTransition } from '../subscriptions/subscription-events.js';
import { SubscriptionEntity } from '../subscriptions/subscription.entity.js';
import { requiredText } from './required-text.js';
import { SubscriptionViolationEntity, toViolationRecord } from './violation.entity.js';

export interface ViolationArgs {
  subscriptionId: string;
  reason: string;
  idempotencyKey: string;
}

/** Stores the fields a violation step owns (R-LIFE-5); a termination for another cause is never touched. */
function applyEffect(sub: SubscriptionEntity, effect: ViolationEffect): void {
  if ('suspension' in effect) {
    sub.suspendedSince = effect.suspension?.since ?? null;
    sub.suspensionReason = effect.suspension?.reason ?? null;
  }
  if ('terminatedOn' in effect) {
    sub.terminatedOn = effect.terminatedOn?.on ?? null;
    sub.terminationCause = effect.terminatedOn?.cause ?? null;
  }
}

/**
 * R-VIO-1: violations escalate warning → suspension → permanent ban, each step recorded with its
 * reason; an upheld appeal restores the state before the latest step still in force. The rules
 * decide the step (`escalateViolation`, `appealUpheld`) from the recorded history; this stores
 * it, the subscription fields it sets (a suspension stops every entitlement, a ban terminates,
 * R-LIFE-5) and the transition (R-LIFE-6). While suspended or banned, R-REF-VIOLATION refuses
 * every refund of the subscription (the refund facts read the same fields).
 *
 * Decision: a ban keeps the enterprise number (an upheld appeal can restore the subscription);
 * only recycling returns it to the pool (R-NUM-4).
 */
export class ViolationsService {
  constructor(
    private readonly db: DataSource,
    private readonly actor: Actor,
  ) {}

  recordViolation(accountId: string, args: ViolationArgs): Promise<StoredResult> {
    return this.step(accountId, args, 'recordViolation', (history, today, reason) =>
      escalateViolation(violationLevel(history), reason, today),
    );
  }

  upholdAppeal(accountId: string, args: ViolationArgs): Promise<StoredResult> {
    return this.step(accountId, args, 'upholdAppeal', (history, today, reason) =>
      appealUpheld(history, today, reason),
    );
  }

  private step(
    accountId: string,
    args: ViolationArgs,
    action: 'recordViolation' | 'upholdAppeal',
    decide: (
      history: ViolationRecord[],
      today: BusinessDate,
      reason: string,
    ) => Outcome<ViolationStep>,
  ): Promise<StoredResult> {
    return idempotentForAccount(
      this.db,
      accountId,
      { key: args.idempotencyKey, operation: action, input: args },
      async (tx) => {
        const reason = requiredText(args.reason, 'reason', msg('api.violation.reasonRequired'));
        if ('error' in reason) return { ids: {}, userErrors: [reason.error] };
        const now = await nowForAccount(tx, accountId);
        const catalog = await loadCatalog(tx);
        const sub = await tx
          .getRepository(SubscriptionEntity)
          .findOneByOrFail({ id: args.subscriptionId });
        const current = await readSubscriptionAsOf(tx, sub, catalog, now.today);
        const from = current.state.status;
        const bannedForViolations = sub.terminationCause === 'VIOLATION_BAN';
        if (
          from === 'PENDING_ACTIVATION' ||
          from === 'RECYCLED' ||
          (from === 'TERMINATED' && !bannedForViolations)
        ) {
          return {
            ids: {},
            userErrors: [
              userError(
                UserErrorCode.INVALID_STATE,
                msg('api.violation.noService', { status: { status: from } }),
                ['subscriptionId'],
              ),
            ],
          };
        }
        const history = await this.history(tx, sub.id);
        const decided = decide(history, now.today, reason.text);
        if (!decided.ok) return { ids: {}, userErrors: [fromRefusal(decided.refusal, [])] };

        const before = {
          violationLevel: sub.violationLevel,
          status: from,
          suspendedSince: sub.suspendedSince,
          terminatedOn: sub.terminatedOn,
          terminationCause: sub.terminationCause,
        };
        applyEffect(sub, decided.effect);
        sub.violationLevel = decided.level;
        const after = await readSubscriptionAsOf(tx, sub, catalog, now.today);
        const to: SubscriptionStatus = after.state.status;
        // The stored status mirrors the rules' (the time-driven transitions select on it).
        sub.status = to;
        await tx.getRepository(SubscriptionEntity).save(sub);
        const record = decided.record;
        await tx.getRepository(SubscriptionViolationEntity).insert({
          subscriptionId: sub.id,
          kind: record.kind,
          recordedOn: record.on,
          fromLevel: record.from,
          toLevel: record.to,
          reason: record.reason,
          rules: [...record.rules],
          recordedAt: now.instant,
        });
        // A suspension, or a ban ending the subscription (R-LIFE-5), is a billing event. A ban
        // is not ended through `endSubscriptions`: it keeps the enterprise number and an upheld
        // appeal can lift it (see the class comment).
        if (from !== to && (to === 'SUSPENDED' || to === 'TERMINATED')) {
          await recordEvents(tx, [subscriptionEvent(STATUS_EVENT[to], sub, now.today)]);
        }
        await recordTransition(tx, {
          subscriptionId: sub.id,
          occurredAt: now.instant,
          effectiveOn: now.today,
          from,
          to,
          cause: record.kind === 'APPEAL_UPHELD' ? 'APPEAL_UPHELD' : `VIOLATION_${record.to}`,
          rules: [...new Set([...decided.rules, 'R-LIFE-6' as const])],
          reason: decided.reason,
        });
        await recordAudit(tx, this.actor, {
          action,
          objectType: 'Subscription',
          objectId: sub.id,
          accountId,
          before,
          after: {
            violationLevel: sub.violationLevel,
            status: to,
            suspendedSince: sub.suspendedSince,
            terminatedOn: sub.terminatedOn,
            terminationCause: sub.terminationCause,
            step: {
              kind: record.kind,
              from: record.from,
              to: record.to,
              reason: record.reason,
              rules: record.rules,
            },
          },
          at: now.instant,
        });
        return { ids: { subscription: sub.id }, userErrors: [] };
      },
    );
  }

  private async history(tx: EntityManager, subscriptionId: string) {
    const rows = await tx
      .getRepository(SubscriptionViolationEntity)
      .find({ where: { subscriptionId }, order: { seq: 'ASC' } });
    return rows.map(toViolationRecord);
  }
}
