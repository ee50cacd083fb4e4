import type { BusinessDate, Message, RuleId, SubscriptionStatus } from '@billing/domain';
import type { EntityManager } from 'typeorm';

/** R-LIFE-6: records a transition with its time, cause and rule ids. */
export async function recordTransition(
  tx: EntityManager,
  event: {
    subscriptionId: string;
    occurredAt: Date;
    effectiveOn: BusinessDate;
    from: SubscriptionStatus | null;
    to: SubscriptionStatus;
    cause: string;
    rules: readonly RuleId[];
    reason: string;
    /** The reason as a message key and parameters, to be written in the reader's language. */
    reasonMessage?: Message;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO subscription_events (subscription_id, occurred_at, effective_on, from_status, to_status, cause, rules, reason, reason_message)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb)`,
    [
      event.subscriptionId,
      event.occurredAt,
      event.effectiveOn,
      event.from,
      event.to,
      event.cause,
      event.rules,
      event.reason,
      event.reasonMessage === undefined ? null : JSON.stringify(event.reasonMessage),
    ],
  );
}
