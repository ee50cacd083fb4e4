import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Webhooks. `webhook_endpoints`: where an account's (or, for operators, every account's) billing
 * events are sent, with the types wanted (none listed: all), the signing secret and, during a
 * rotation, the previous one until its overlap ends. `webhook_deliveries`: one row per event
 * and endpoint — the outbox of sending — written by a trigger on `billing_events` in the
 * transaction that records the event, so a delivery exists exactly when its change committed.
 * `webhook_streams`: one row per endpoint and account, naming the job (pg-boss) that is
 * sending that stream's deliveries one at a time in event order; null when idle. Additive:
 * new tables and a trigger.
 */
export class Webhooks1700000001000 implements MigrationInterface {
  name = 'Webhooks1700000001000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE webhook_endpoints (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        account_id uuid REFERENCES accounts (id),
        url text NOT NULL,
        description text NOT NULL DEFAULT '',
        event_types text[] NOT NULL DEFAULT '{}',
        status text NOT NULL DEFAULT 'ENABLED' CHECK (status IN ('ENABLED', 'DISABLED')),
        disabled_reason text,
        disabled_at timestamptz,
        failing_since timestamptz,
        secret text NOT NULL,
        previous_secret text,
        previous_secret_expires_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX webhook_endpoints_account ON webhook_endpoints (account_id, seq)`);
    await db.query(`
      CREATE TABLE webhook_deliveries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigint GENERATED ALWAYS AS IDENTITY,
        endpoint_id uuid NOT NULL REFERENCES webhook_endpoints (id) ON DELETE CASCADE,
        account_id uuid,
        event_id uuid REFERENCES billing_events (id),
        event_seq bigint,
        event_type text NOT NULL,
        test_payload jsonb,
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SUCCEEDED', 'FAILED')),
        dispatched boolean NOT NULL DEFAULT false,
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz,
        last_attempt_at timestamptz,
        last_status_code integer,
        last_latency_ms integer,
        last_error text,
        response_excerpt text,
        delivered_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (endpoint_id, event_id)
      )`);
    // A stream's next delivery; the deliveries not yet handed to a stream; an endpoint's list
    // (its keyset: `seq` has no index of its own, every list of deliveries is an endpoint's).
    await db.query(
      `CREATE INDEX webhook_deliveries_stream ON webhook_deliveries (endpoint_id, account_id, event_seq) WHERE status = 'PENDING'`,
    );
    await db.query(
      `CREATE INDEX webhook_deliveries_undispatched ON webhook_deliveries (event_seq) WHERE NOT dispatched`,
    );
    await db.query(
      `CREATE INDEX webhook_deliveries_endpoint ON webhook_deliveries (endpoint_id, seq)`,
    );
    await db.query(`
      CREATE TABLE webhook_streams (
        endpoint_id uuid NOT NULL REFERENCES webhook_endpoints (id) ON DELETE CASCADE,
        account_id uuid NOT NULL,
        job_id uuid,
        PRIMARY KEY (endpoint_id, account_id)
      )`);
    // Every statement that records events queues their deliveries to the enabled endpoints that
    // want them, in the same transaction; with no enabled endpoint it costs one index probe.
    await db.query(`
      CREATE FUNCTION billing_events_to_webhooks() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM webhook_endpoints WHERE status = 'ENABLED') THEN
          RETURN NULL;
        END IF;
        INSERT INTO webhook_deliveries (endpoint_id, account_id, event_id, event_seq, event_type)
        SELECT ep.id, e.account_id, e.id, e.seq, e.type
          FROM new_events e
          JOIN webhook_endpoints ep
            ON ep.status = 'ENABLED'
           AND (ep.account_id IS NULL OR ep.account_id = e.account_id)
           AND (cardinality(ep.event_types) = 0 OR e.type = ANY (ep.event_types))
         ORDER BY e.seq, ep.seq;
        RETURN NULL;
      END
      $$`);
    await db.query(`
      CREATE TRIGGER billing_events_to_webhooks AFTER INSERT ON billing_events
        REFERENCING NEW TABLE AS new_events
        FOR EACH STATEMENT EXECUTE FUNCTION billing_events_to_webhooks()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER billing_events_to_webhooks ON billing_events`);
    await db.query(`DROP FUNCTION billing_events_to_webhooks()`);
    await db.query(`DROP TABLE webhook_streams`);
    await db.query(`DROP TABLE webhook_deliveries`);
    await db.query(`DROP TABLE webhook_endpoints`);
  }
}
