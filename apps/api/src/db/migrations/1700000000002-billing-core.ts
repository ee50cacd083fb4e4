import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The billing ledger: catalog, subscriptions and their history, orders and lines, payments,
 * refunds, invoices, enterprise numbers, test clocks, idempotency keys, the double-entry
 * journal and the audit trail. Money is bigint fen (R-MONEY-1); CHECK constraints guard what
 * must never happen.
 */
export class BillingCore1700000000002 implements MigrationInterface {
  name = 'BillingCore1700000000002';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE test_clocks (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
        frozen_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      ALTER TABLE accounts
        ADD COLUMN test_clock_id uuid REFERENCES test_clocks (id),
        ADD COLUMN verification_documents text[] NOT NULL DEFAULT '{}',
        ADD COLUMN verification_note text,
        ADD COLUMN verified_on date,
        ADD COLUMN general_taxpayer boolean NOT NULL DEFAULT false`);
    await db.query(
      `CREATE INDEX accounts_test_clock ON accounts (test_clock_id) WHERE test_clock_id IS NOT NULL`,
    );

    // Catalog (R-CAT-1, R-CAT-2, R-CAT-3, R-CAT-4): loaded from the domain's demo catalog, editable
    // later.
    await db.query(`
      CREATE TABLE products (
        code text PRIMARY KEY,
        name text NOT NULL,
        renewals_end_on date,
        service_ends_on date,
        max_renewal_years int CHECK (max_renewal_years BETWEEN 1 AND 10),
        upgrade_to_product text,
        upgrade_to_plan text,
        promotion_upgrade_by date,
        one_off boolean NOT NULL DEFAULT false,
        position int NOT NULL DEFAULT 0
      )`);
    await db.query(`
      CREATE TABLE plans (
        product_code text NOT NULL REFERENCES products (code),
        code text NOT NULL,
        name text NOT NULL,
        min_seats int CHECK (min_seats >= 0),
        max_seats int CHECK (max_seats >= 1),
        unit text,
        position int NOT NULL DEFAULT 0,
        PRIMARY KEY (product_code, code),
        CHECK (min_seats IS NULL OR max_seats IS NULL OR min_seats <= max_seats)
      )`);
    await db.query(`
      CREATE TABLE price_books (
        id text PRIMARY KEY,
        product_code text NOT NULL,
        plan_code text NOT NULL,
        effective_from date NOT NULL,
        model text NOT NULL CHECK (model IN ('PER_SEAT_VOLUME', 'FLAT', 'FREE', 'CUSTOM')),
        flat_annual bigint CHECK (flat_annual >= 0),
        flat_monthly bigint CHECK (flat_monthly >= 0),
        flat_one_off bigint CHECK (flat_one_off >= 0),
        grants_legacy_rights boolean NOT NULL DEFAULT false,
        FOREIGN KEY (product_code, plan_code) REFERENCES plans (product_code, code),
        UNIQUE (product_code, plan_code, effective_from)
      )`);
    await db.query(`
      CREATE TABLE price_tiers (
        price_book_id text NOT NULL REFERENCES price_books (id),
        min_seats int NOT NULL CHECK (min_seats >= 0),
        max_seats int CHECK (max_seats >= min_seats),
        annual_unit_price bigint NOT NULL CHECK (annual_unit_price >= 0),
        monthly_unit_price bigint NOT NULL CHECK (monthly_unit_price >= 0),
        PRIMARY KEY (price_book_id, min_seats)
      )`);

    await db.query(`
      CREATE TABLE subscriptions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        account_id uuid NOT NULL REFERENCES accounts (id),
        product_code text NOT NULL,
        plan_code text NOT NULL,
        seats int NOT NULL CONSTRAINT seats_never_negative CHECK (seats >= 0),
        status text NOT NULL CHECK (status IN ('PENDING_ACTIVATION', 'ACTIVE', 'GRACE', 'RECYCLED', 'SUSPENDED', 'TERMINATED')),
        years int NOT NULL DEFAULT 1 CHECK (years BETWEEN 1 AND 3),
        opened_on date NOT NULL,
        activated_on date,
        period_start date,
        period_end date,
        recycled_on date,
        terminated_on date,
        termination_cause text,
        suspended_since date,
        suspension_reason text,
        violation_level text NOT NULL DEFAULT 'NONE',
        enterprise_number text,
        legacy_first_renewal_used boolean NOT NULL DEFAULT false,
        legacy_add_seats_used boolean NOT NULL DEFAULT false,
        last_purchase_book_id text,
        last_purchase_tier_min int,
        last_purchase_annual_unit_price bigint,
        migration jsonb,
        legacy_seats int NOT NULL DEFAULT 0 CONSTRAINT legacy_seats_within_seats CHECK (legacy_seats >= 0 AND legacy_seats <= seats),
        custom_unit_price bigint CHECK (custom_unit_price >= 0),
        service_data jsonb NOT NULL DEFAULT '{}',
        reminders_sent date[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (product_code, plan_code) REFERENCES plans (product_code, code),
        CHECK ((period_start IS NULL) = (period_end IS NULL)),
        CHECK (period_start IS NULL OR period_start < period_end)
      )`);
    await db.query(`CREATE INDEX subscriptions_account ON subscriptions (account_id, seq)`);
    await db.query(`CREATE INDEX subscriptions_due ON subscriptions (status, period_end)`);

    await db.query(`
      CREATE TABLE subscription_events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        subscription_id uuid NOT NULL REFERENCES subscriptions (id),
        occurred_at timestamptz NOT NULL,
        effective_on date NOT NULL,
        from_status text,
        to_status text NOT NULL,
        cause text NOT NULL,
        rules text[] NOT NULL,
        reason text NOT NULL
      )`);
    await db.query(
      `CREATE INDEX subscription_events_subscription ON subscription_events (subscription_id, seq)`,
    );

    await db.query(`
      CREATE TABLE enterprise_numbers (
        number text PRIMARY KEY CHECK (number ~ '^(400|800)[0-9]{7}$'),
        grade text NOT NULL CHECK (grade IN ('STANDARD', 'GOOD', 'PREMIUM')),
        subscription_id uuid UNIQUE REFERENCES subscriptions (id),
        released_at timestamptz
      )`);

    await db.query(`
      CREATE TABLE orders (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        account_id uuid NOT NULL REFERENCES accounts (id),
        subscription_id uuid REFERENCES subscriptions (id),
        kind text NOT NULL CHECK (kind IN ('NEW_SUBSCRIPTION', 'ADD_SEATS', 'RENEWAL', 'VALUE_ADDED', 'UPGRADE')),
        status text NOT NULL CHECK (status IN ('AWAITING_PAYMENT', 'PAID', 'FULFILLED', 'CANCELLED', 'REFUNDED', 'PARTIALLY_REFUNDED')),
        total bigint NOT NULL CONSTRAINT total_never_negative CHECK (total >= 0),
        paid bigint NOT NULL DEFAULT 0 CHECK (paid >= 0),
        refunded bigint NOT NULL DEFAULT 0 CONSTRAINT refund_never_above_paid CHECK (refunded >= 0 AND refunded <= paid),
        order_date date NOT NULL,
        years int CHECK (years BETWEEN 1 AND 3),
        seats int CHECK (seats >= 0),
        period_start date,
        period_end date,
        paid_on date,
        fulfilled_on date,
        fulfilment_due_on date,
        promotion boolean NOT NULL DEFAULT false,
        pricing jsonb NOT NULL DEFAULT '{}',
        explanation text NOT NULL,
        rules text[] NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX orders_account ON orders (account_id, seq)`);
    await db.query(`CREATE INDEX orders_subscription ON orders (subscription_id, seq)`);
    await db.query(`
      CREATE TABLE order_lines (
        order_id uuid NOT NULL REFERENCES orders (id),
        position int NOT NULL,
        description text NOT NULL,
        quantity int NOT NULL,
        months int,
        unit_price bigint NOT NULL,
        amount bigint NOT NULL,
        rules text[] NOT NULL,
        PRIMARY KEY (order_id, position)
      )`);

    await db.query(`
      CREATE TABLE payments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        account_id uuid NOT NULL REFERENCES accounts (id),
        order_id uuid REFERENCES orders (id),
        purpose text NOT NULL CHECK (purpose IN ('ORDER', 'TOP_UP')),
        method text NOT NULL CHECK (method IN ('BANK_CARD', 'ALIPAY', 'WECHAT_PAY', 'TENCENT_WALLET', 'BALANCE')),
        amount bigint NOT NULL CONSTRAINT payment_positive CHECK (amount > 0),
        status text NOT NULL CHECK (status IN ('SUCCEEDED', 'FAILED')),
        provider_reference text,
        duplicate boolean NOT NULL DEFAULT false,
        excess bigint NOT NULL DEFAULT 0 CHECK (excess >= 0 AND excess <= amount),
        refunded bigint NOT NULL DEFAULT 0 CONSTRAINT payment_refund_never_above_amount CHECK (refunded >= 0 AND refunded <= amount),
        paid_at timestamptz NOT NULL,
        paid_on date NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((purpose = 'ORDER') = (order_id IS NOT NULL))
      )`);
    await db.query(`CREATE INDEX payments_order ON payments (order_id, seq)`);
    await db.query(`CREATE INDEX payments_account ON payments (account_id, seq)`);

    await db.query(`
      CREATE TABLE refunds (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        account_id uuid NOT NULL REFERENCES accounts (id),
        order_id uuid NOT NULL REFERENCES orders (id),
        reason text NOT NULL,
        note text,
        evidence text[] NOT NULL DEFAULT '{}',
        status text NOT NULL CHECK (status IN ('REQUESTED', 'APPROVED', 'REJECTED', 'PAID')),
        eligible boolean NOT NULL,
        amount bigint NOT NULL CHECK (amount >= 0),
        fee bigint NOT NULL CHECK (fee >= 0 AND fee <= amount),
        method text NOT NULL,
        decision jsonb NOT NULL,
        requested_at timestamptz NOT NULL,
        requested_on date NOT NULL,
        review_due_on date,
        decided_at timestamptz,
        decided_on date,
        decision_note text,
        payout_due_on date,
        paid_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX refunds_order ON refunds (order_id, seq)`);
    await db.query(`CREATE INDEX refunds_account ON refunds (account_id, seq)`);
    await db.query(`CREATE INDEX refunds_queue ON refunds (status, seq)`);

    await db.query(`
      CREATE TABLE invoices (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        account_id uuid NOT NULL REFERENCES accounts (id),
        payment_id uuid NOT NULL CONSTRAINT one_invoice_per_payment UNIQUE REFERENCES payments (id),
        title text NOT NULL,
        type text NOT NULL CHECK (type IN ('GENERAL', 'SPECIAL_VAT')),
        amount bigint NOT NULL CHECK (amount > 0),
        status text NOT NULL CHECK (status IN ('REQUESTED', 'ISSUED', 'REVERSED')),
        requested_at timestamptz NOT NULL,
        due_on date,
        issued_at timestamptz,
        credited bigint NOT NULL DEFAULT 0 CHECK (credited >= 0 AND credited <= amount),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);

    // Postpaid usage bills (R-PAY-5).
    await db.query(`
      CREATE TABLE postpaid_bills (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        account_id uuid NOT NULL REFERENCES accounts (id),
        month text NOT NULL CHECK (month ~ '^[0-9]{4}-[0-9]{2}$'),
        amount bigint NOT NULL CHECK (amount >= 0),
        paid bigint NOT NULL DEFAULT 0 CHECK (paid >= 0),
        late_fee bigint NOT NULL DEFAULT 0 CHECK (late_fee >= 0),
        issued_on date NOT NULL,
        due_on date NOT NULL,
        status text NOT NULL,
        lines jsonb NOT NULL DEFAULT '[]',
        UNIQUE (account_id, month)
      )`);

    // Idempotency keys live in PostgreSQL so they hold across API processes.
    await db.query(`
      CREATE TABLE idempotency_keys (
        scope text NOT NULL,
        key text NOT NULL CHECK (length(key) BETWEEN 1 AND 200),
        operation text NOT NULL,
        request_hash text NOT NULL,
        result jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (scope, key)
      )`);

    // Double-entry journal: every transaction's entries sum to zero (checked at commit).
    await db.query(`
      CREATE TABLE journal_entries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        transaction_id uuid NOT NULL,
        ledger text NOT NULL,
        account_id uuid REFERENCES accounts (id),
        amount bigint NOT NULL CHECK (amount <> 0),
        source_type text NOT NULL,
        source_id uuid NOT NULL,
        memo text NOT NULL,
        rules text[] NOT NULL DEFAULT '{}',
        posted_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX journal_source ON journal_entries (source_type, source_id)`);
    await db.query(`CREATE INDEX journal_transaction ON journal_entries (transaction_id)`);
    await db.query(`
      CREATE FUNCTION journal_transaction_balances() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF (SELECT coalesce(sum(amount), 0) FROM journal_entries WHERE transaction_id = NEW.transaction_id) <> 0 THEN
          RAISE EXCEPTION 'journal transaction % does not balance', NEW.transaction_id;
        END IF;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE CONSTRAINT TRIGGER journal_balanced AFTER INSERT ON journal_entries
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION journal_transaction_balances()`);

    await db.query(`
      CREATE TABLE audit_log (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        actor_role text NOT NULL,
        actor_token_id uuid,
        request_id text,
        action text NOT NULL,
        object_type text NOT NULL,
        object_id uuid NOT NULL,
        account_id uuid,
        before jsonb,
        after jsonb
      )`);
    await db.query(`CREATE INDEX audit_object ON audit_log (object_id, seq)`);
    await db.query(`CREATE INDEX audit_account ON audit_log (account_id, seq)`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'audit_log',
      'journal_entries',
      'idempotency_keys',
      'postpaid_bills',
      'invoices',
      'refunds',
      'payments',
      'order_lines',
      'orders',
      'enterprise_numbers',
      'subscription_events',
      'subscriptions',
      'price_tiers',
      'price_books',
      'plans',
      'products',
    ]) {
      await db.query(`DROP TABLE ${table}`);
    }
    await db.query(`DROP FUNCTION journal_transaction_balances()`);
    await db.query(`ALTER TABLE accounts DROP COLUMN test_clock_id, DROP COLUMN verification_documents,
      DROP COLUMN verification_note, DROP COLUMN verified_on, DROP COLUMN general_taxpayer`);
    await db.query(`DROP TABLE test_clocks`);
  }
}
