import { formatMoney, type BusinessDate } from '@billing/domain';
import { toGlobalId, type NodeTypeName } from '../../graphql/node.js';

/** What can be exported as CSV, one kind per file. */
export const EXPORT_KINDS = ['orders', 'payments', 'refunds', 'invoices', 'journal'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

export function isExportKind(value: string): value is ExportKind {
  return (EXPORT_KINDS as readonly string[]).includes(value);
}

/** Kinds only operators export: the journal is the books of every account. */
export const OPERATOR_ONLY_KINDS: ReadonlySet<ExportKind> = new Set(['journal']);

/** The rows an export asks for: one date range, live or test-clock accounts, maybe one account. */
export interface ExportScope {
  readonly from: BusinessDate;
  readonly to: BusinessDate;
  /** One account (its database id), or every account of the mode. */
  readonly accountId: string | null;
  /** Test-clock accounts instead of live ones (ignored for one account: it is one or the other). */
  readonly testMode: boolean;
}

type Row = Record<string, unknown>;

interface Column {
  readonly header: string;
  readonly value: (row: Row) => string;
}

/** A column read as it is ('' for null). */
const text = (header: string, field = header): Column => ({
  header,
  value: (row) => (row[field] == null ? '' : String(row[field])),
});

/**
 * A column a person typed (names, titles, notes): a value Excel would read as a formula (=, +, -,
 * @, or a tab or carriage return first) is prefixed with an apostrophe, so it opens as text.
 */
const typed = (header: string, field = header): Column => ({
  header,
  value: (row) => {
    const raw = row[field] == null ? '' : String(row[field]);
    return /^[=+\-@\t\r]/.test(raw) ? `'${raw}` : raw;
  },
});

/** Money: fen from PostgreSQL's bigint, written as exact yuan ("1234.50", "-0.05"). */
const money = (header: string, field = header): Column => ({
  header,
  value: (row) => (row[field] == null ? '' : formatMoney(Number(row[field]))),
});

/** A global id, as the API and the web client show it. */
const globalId = (header: string, type: NodeTypeName, field = header): Column => ({
  header,
  value: (row) => (row[field] == null ? '' : toGlobalId(type, String(row[field]))),
});

const list = (header: string, field = header): Column => ({
  header,
  value: (row) => (Array.isArray(row[field]) ? (row[field] as unknown[]).join(' ') : ''),
});

/** Every amount is in yuan (R-MONEY-1). */
const CURRENCY: Column = { header: 'currency', value: () => 'CNY' };

const NODE_TYPES: ReadonlySet<string> = new Set<NodeTypeName>([
  'Account',
  'Subscription',
  'Order',
  'Payment',
  'Refund',
  'PostpaidBill',
  'Invoice',
]);

/**
 * An instant as Shanghai wall time with its offset (`2021-10-19T10:00:00.000+08:00`), in SQL:
 * every time in an export says its time zone.
 */
const shanghai = (column: string) =>
  `to_char(${column} AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD"T"HH24:MI:SS.MS') || '+08:00'`;

/** Which accounts: live or test-clock, maybe one. $3 is the account id or null, $4 test mode. */
const ACCOUNTS = `($3::uuid IS NULL OR a.id = $3::uuid)
  AND ($3::uuid IS NOT NULL OR (a.test_clock_id IS NOT NULL) = $4::boolean)`;

interface ExportDefinition {
  /** The SELECT, taking $1 = from and $2 = to (business dates), $3 and $4 as ACCOUNTS. */
  readonly sql: string;
  readonly columns: readonly Column[];
  /** What the range is taken on, said in the README and the file's name. */
  readonly dateColumn: string;
}

const CLOCK = `CASE WHEN a.test_clock_id IS NULL THEN 'live' ELSE 'test clock' END AS clock`;

export const EXPORTS: Record<ExportKind, ExportDefinition> = {
  orders: {
    dateColumn: 'order_date',
    sql: `SELECT o.id, o.account_id, a.name AS account_name, ${CLOCK}, o.order_date, o.kind, o.status,
                 o.total, o.paid, o.refunded, o.seats, o.years, o.period_start, o.period_end,
                 o.paid_on, o.fulfilled_on, o.subscription_id, ${shanghai('o.created_at')} AS created_at
            FROM orders o JOIN accounts a ON a.id = o.account_id
           WHERE o.order_date BETWEEN $1::date AND $2::date AND ${ACCOUNTS}
           ORDER BY o.order_date, o.seq`,
    columns: [
      globalId('order_id', 'Order', 'id'),
      globalId('account_id', 'Account'),
      typed('account_name'),
      text('clock'),
      text('order_date'),
      text('kind'),
      text('status'),
      money('total'),
      money('paid'),
      money('refunded'),
      CURRENCY,
      text('seats'),
      text('years'),
      text('period_start'),
      text('period_end'),
      text('paid_on'),
      text('fulfilled_on'),
      globalId('subscription_id', 'Subscription'),
      text('created_at'),
    ],
  },
  payments: {
    dateColumn: 'paid_on',
    sql: `SELECT p.id, p.account_id, a.name AS account_name, ${CLOCK}, p.paid_on, ${shanghai('p.paid_at')} AS paid_at,
                 p.order_id, p.purpose, p.method, p.status, p.amount, p.refunded, p.excess,
                 p.duplicate, p.provider_reference
            FROM payments p JOIN accounts a ON a.id = p.account_id
           WHERE p.paid_on BETWEEN $1::date AND $2::date AND ${ACCOUNTS}
           ORDER BY p.paid_on, p.seq`,
    columns: [
      globalId('payment_id', 'Payment', 'id'),
      globalId('account_id', 'Account'),
      typed('account_name'),
      text('clock'),
      text('paid_on'),
      text('paid_at'),
      globalId('order_id', 'Order'),
      text('purpose'),
      text('method'),
      text('status'),
      money('amount'),
      money('refunded'),
      money('excess'),
      CURRENCY,
      text('duplicate'),
      typed('provider_reference'),
    ],
  },
  refunds: {
    dateColumn: 'requested_on',
    sql: `SELECT r.id, r.account_id, a.name AS account_name, ${CLOCK}, r.requested_on, r.order_id, r.reason,
                 r.status, r.eligible, r.amount, r.fee, r.amount - r.fee AS payout, r.method,
                 r.decided_on, r.payout_due_on, ${shanghai('r.paid_at')} AS paid_at, r.note, r.decision_note
            FROM refunds r JOIN accounts a ON a.id = r.account_id
           WHERE r.requested_on BETWEEN $1::date AND $2::date AND ${ACCOUNTS}
           ORDER BY r.requested_on, r.seq`,
    columns: [
      globalId('refund_id', 'Refund', 'id'),
      globalId('account_id', 'Account'),
      typed('account_name'),
      text('clock'),
      text('requested_on'),
      globalId('order_id', 'Order'),
      text('reason'),
      text('status'),
      text('eligible'),
      money('amount'),
      money('fee'),
      money('payout'),
      CURRENCY,
      text('method'),
      text('decided_on'),
      text('payout_due_on'),
      text('paid_at'),
      typed('note'),
      typed('decision_note'),
    ],
  },
  invoices: {
    dateColumn: 'requested_at (Shanghai date)',
    // The range is on the Shanghai day of the request: [from 00:00, to + 1 day 00:00) +08:00.
    sql: `SELECT i.id, i.account_id, a.name AS account_name, ${CLOCK}, ${shanghai('i.requested_at')} AS requested_at,
                 i.payment_id, i.type, i.title, i.status, i.amount, i.number, i.issued_on,
                 i.issued_amount, i.credited, i.credited_on, i.due_on
            FROM invoices i JOIN accounts a ON a.id = i.account_id
           WHERE i.requested_at >= ($1::date)::timestamp AT TIME ZONE 'Asia/Shanghai'
             AND i.requested_at < ($2::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai'
             AND ${ACCOUNTS}
           ORDER BY i.requested_at, i.seq`,
    columns: [
      globalId('invoice_id', 'Invoice', 'id'),
      globalId('account_id', 'Account'),
      typed('account_name'),
      text('clock'),
      text('requested_at'),
      globalId('payment_id', 'Payment'),
      text('type'),
      typed('title'),
      text('status'),
      money('amount'),
      CURRENCY,
      text('number'),
      text('issued_on'),
      money('issued_amount'),
      money('credited'),
      text('credited_on'),
      text('due_on'),
    ],
  },
  journal: {
    dateColumn: 'posted_at (Shanghai date)',
    // A line of no customer account (cash held with a provider) is on the clock of the accounts
    // of its posting (a test-clock payment's cash is test money: never in the live file), read
    // through the transaction's index for those lines only; exported unless one account is
    // asked for.
    sql: `SELECT j.id, j.transaction_id, ${shanghai('j.posted_at')} AS posted_at, j.ledger, j.account_id,
                 a.name AS account_name,
                 CASE WHEN a.id IS NULL AND posting.on_test_clock OR a.test_clock_id IS NOT NULL THEN 'test clock' ELSE 'live' END AS clock,
                 j.source_type, j.source_id, j.amount, j.memo, j.rules
            FROM journal_entries j LEFT JOIN accounts a ON a.id = j.account_id
            LEFT JOIN LATERAL (
                 SELECT bool_or(pa.test_clock_id IS NOT NULL) AS on_test_clock
                   FROM journal_entries pj JOIN accounts pa ON pa.id = pj.account_id
                  WHERE j.account_id IS NULL AND pj.transaction_id = j.transaction_id) posting ON true
           WHERE j.posted_at >= ($1::date)::timestamp AT TIME ZONE 'Asia/Shanghai'
             AND j.posted_at < ($2::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai'
             AND (CASE WHEN a.id IS NULL THEN $3::uuid IS NULL AND coalesce(posting.on_test_clock, false) = $4::boolean
                       ELSE ${ACCOUNTS} END)
           ORDER BY j.posted_at, j.seq`,
    columns: [
      text('entry_id', 'id'),
      text('transaction_id'),
      text('posted_at'),
      text('ledger'),
      globalId('account_id', 'Account'),
      typed('account_name'),
      text('clock'),
      text('source_type'),
      {
        header: 'source_id',
        value: (row) =>
          NODE_TYPES.has(String(row.source_type))
            ? toGlobalId(row.source_type as NodeTypeName, String(row.source_id))
            : String(row.source_id ?? ''),
      },
      money('amount'),
      CURRENCY,
      typed('memo'),
      list('rules'),
    ],
  },
};

/** The name a download is saved under, e.g. `orders-2021-01-01-to-2021-12-31.csv`. */
export function exportFilename(kind: ExportKind, scope: ExportScope): string {
  const mode = scope.accountId === null && scope.testMode ? '-test-clocks' : '';
  return `${kind}${mode}-${scope.from}-to-${scope.to}.csv`;
}
