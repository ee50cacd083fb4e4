import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { selectRows } from '../../db/queryable.js';
import { childCountsLoader, childPagesLoader } from '../../graphql/keyset.js';
import { AUDIT_SOURCE } from './audit.js';

/** The token an audit entry names as its actor, read from `api_tokens` (tokens are never deleted). */
export interface AuditActorRow {
  id: string;
  name: string;
  name_message: unknown;
  role: string;
  account_id: string | null;
}

/** What names an audited object: its name, a code, a date and an amount in fen, as it has them. */
export interface AuditObjectRow {
  id: string;
  name: string | null;
  code: string | null;
  date: string | null;
  amount: string | null;
}

/**
 * How each audited object type is named: one statement per type and page. Orders and refunds have
 * no name of their own: their kind or reason, date and amount name them.
 */
const OBJECT_NAMES: Record<string, string> = {
  Account: `SELECT id, name, NULL AS code, NULL AS date, NULL AS amount FROM accounts`,
  Order: `SELECT id, NULL AS name, kind AS code, order_date::text AS date, total::text AS amount FROM orders`,
  Refund: `SELECT id, NULL AS name, reason AS code, requested_on::text AS date, amount::text AS amount FROM refunds`,
  Subscription: `SELECT id, product_code || ' ' || plan_code AS name, product_code AS code, NULL AS date, NULL AS amount FROM subscriptions`,
  Invoice: `SELECT id, title AS name, type AS code, NULL AS date, amount::text AS amount FROM invoices`,
  PostpaidBill: `SELECT id, month AS name, NULL AS code, issued_on::text AS date, amount::text AS amount FROM postpaid_bills`,
  ContractPrice: `SELECT id, product_code || ' ' || plan_code AS name, product_code AS code, effective_from::text AS date, unit_price::text AS amount FROM contract_prices`,
  ApiToken: `SELECT id, name, role AS code, NULL AS date, NULL AS amount FROM api_tokens`,
  TestClock: `SELECT id, name, NULL AS code, NULL AS date, NULL AS amount FROM test_clocks`,
  // A webhook endpoint is named by its URL (a deleted one is no longer on record).
  WebhookEndpoint: `SELECT id, url AS name, NULL AS code, NULL AS date, NULL AS amount FROM webhook_endpoints`,
};

/** Per-request loaders of the audit module. */
export function auditLoaders(db: DataSource) {
  return {
    /** `Account.auditLog`: keyset pages by `(account_id, seq)`. */
    accountAudit: {
      pages: childPagesLoader(db, AUDIT_SOURCE, 'account_id'),
      counts: childCountsLoader(db, AUDIT_SOURCE.table, 'account_id'),
    },
    /** `AuditEntry.actor…`: the acting tokens of a page, one statement. */
    auditActor: new DataLoader<string, AuditActorRow | null>(async (ids) => {
      const rows = await selectRows<AuditActorRow>(
        db,
        `SELECT id, name, name_message, role, account_id FROM api_tokens WHERE id = ANY($1::uuid[])`,
        [[...ids]],
      );
      const map = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => map.get(id) ?? null);
    }),
    /** `AuditEntry.object`: keys `Type:id`; one statement per object type of the page. */
    auditObject: new DataLoader<string, AuditObjectRow | null>(async (keys) => {
      const byType = new Map<string, string[]>();
      for (const key of keys) {
        const [type = '', id = ''] = key.split(':');
        if (!OBJECT_NAMES[type]) continue;
        byType.set(type, [...(byType.get(type) ?? []), id]);
      }
      const found = new Map<string, AuditObjectRow>();
      await Promise.all(
        [...byType].map(async ([type, ids]) => {
          const rows = await selectRows<AuditObjectRow>(
            db,
            `SELECT * FROM (${OBJECT_NAMES[type]}) o WHERE o.id = ANY($1::uuid[])`,
            [ids],
          );
          for (const row of rows) found.set(`${type}:${row.id}`, row);
        }),
      );
      return keys.map((key) => found.get(key) ?? null);
    }),
  };
}
