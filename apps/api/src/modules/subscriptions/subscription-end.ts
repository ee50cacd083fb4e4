import type { BusinessDate } from '@billing/domain';
import type { EntityManager } from 'typeorm';
import { STATUS_EVENT, subscriptionDataSql } from '../events/events.js';

/** How one subscription ends. */
export type SubscriptionEnd =
  | {
      readonly id: string;
      /** R-LIFE-3, R-NUM-4: the service data is deleted and the number returns to the pool. */
      readonly to: 'RECYCLED';
      readonly on: BusinessDate;
    }
  | {
      readonly id: string;
      /** R-LIFE-5: the service stops; billing records and service data stay. */
      readonly to: 'TERMINATED';
      readonly on: BusinessDate;
      readonly terminationCause: string;
      /** Whether its enterprise number returns to the pool now (R-NUM-4). */
      readonly releasesNumber: boolean;
    };

/**
 * Ends subscriptions — recycled or terminated — in one statement whatever their number: the
 * one place a subscription is changed into an ended one, so recycling (end of grace), a sunset,
 * a termination notice taking effect, a refund of the service, a cancelled opening and leaving a
 * free plan cannot drift apart. The same statement records each one's billing event
 * (`subscription.recycled` or `subscription.terminated`, dated the day it ended, its snapshot
 * the row as ended), so no way of ending a subscription can miss it. The caller holds the rows'
 * locks and records the transitions (`subscription_events`, audit). Returns, per subscription,
 * the enterprise number released (or null).
 */
export async function endSubscriptions(
  tx: EntityManager,
  ends: readonly SubscriptionEnd[],
  at: Date,
): Promise<Map<string, string | null>> {
  if (ends.length === 0) return new Map();
  const rows: Array<{ id: string; released_number: string | null }> = await tx.query(
    `WITH t AS (
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::date[], $4::text[], $5::boolean[])
         AS t(id, to_status, on_date, cause, releases)),
     released AS (
       UPDATE enterprise_numbers e SET subscription_id = NULL, released_at = $6
         FROM t WHERE t.releases AND e.subscription_id = t.id
       -- t.id, not e.subscription_id: RETURNING gives the row as updated, whose link is gone.
       RETURNING t.id AS subscription_id, e.number),
     ended AS (
       UPDATE subscriptions s
          SET status = t.to_status,
              recycled_on = CASE WHEN t.to_status = 'RECYCLED' THEN t.on_date ELSE s.recycled_on END,
              service_data = CASE WHEN t.to_status = 'RECYCLED' THEN '{}'::jsonb ELSE s.service_data END,
              terminated_on = CASE WHEN t.to_status = 'TERMINATED' THEN t.on_date ELSE s.terminated_on END,
              termination_cause = CASE WHEN t.to_status = 'TERMINATED' THEN t.cause ELSE s.termination_cause END,
              enterprise_number = CASE WHEN t.to_status = 'RECYCLED' OR r.number IS NOT NULL THEN NULL ELSE s.enterprise_number END
         FROM t LEFT JOIN released r ON r.subscription_id = t.id
        WHERE s.id = t.id
       RETURNING s.*, t.on_date AS ended_on, r.number AS released_number),
     billing AS (
       INSERT INTO billing_events (type, account_id, occurred_at, business_date, test_mode, object_type, object_id, data)
       SELECT CASE e.status WHEN 'RECYCLED' THEN '${STATUS_EVENT.RECYCLED}' ELSE '${STATUS_EVENT.TERMINATED}' END, e.account_id, now(), e.ended_on, a.test_clock_id IS NOT NULL,
              'Subscription', e.id, ${subscriptionDataSql('e')}
         FROM ended e JOIN accounts a ON a.id = e.account_id
        ORDER BY e.ended_on, e.seq)
     SELECT id, released_number FROM ended`,
    [
      ends.map((end) => end.id),
      ends.map((end) => end.to),
      ends.map((end) => end.on),
      ends.map((end) => (end.to === 'TERMINATED' ? end.terminationCause : null)),
      ends.map((end) => end.to === 'RECYCLED' || end.releasesNumber),
      at,
    ],
  );
  if (rows.length !== ends.length)
    throw new Error(`ended ${rows.length} of ${ends.length} subscriptions`);
  return new Map(rows.map((row) => [row.id, row.released_number]));
}
