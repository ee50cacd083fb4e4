import type { EntityManager } from 'typeorm';
import type { Context } from '../../context.js';
import type { Queryable } from '../../db/queryable.js';
import { runTogether, type Statement } from '../../db/statements.js';

export type Actor = { role: string; tokenId: string | null; requestId: string | null };

/** The actor of automatic transitions (scheduler, test-clock advances). */
export const SYSTEM_ACTOR: Actor = { role: 'SYSTEM', tokenId: null, requestId: null };

export function actorOf(ctx: Context): Actor {
  return {
    role: ctx.viewer?.role ?? 'ANONYMOUS',
    tokenId: ctx.viewer?.tokenId ?? null,
    requestId: ctx.requestId,
  };
}

export interface AuditEntry {
  readonly action: string;
  readonly objectType: string;
  readonly objectId: string;
  readonly accountId: string | null;
  readonly before?: unknown;
  readonly after?: unknown;
  readonly at?: Date;
}

/** Who did what, when, to which object, with before/after. */
export async function recordAudit(
  tx: EntityManager,
  actor: Actor,
  entry: AuditEntry,
): Promise<void> {
  await runTogether(tx, [auditStatement(actor, entry)]);
}

/** The INSERT of an audit entry, to run with other writes (`runTogether`). */
export function auditStatement(actor: Actor, entry: AuditEntry): Statement {
  return {
    sql: `INSERT INTO audit_log (occurred_at, actor_role, actor_token_id, request_id, action, object_type, object_id, account_id, before, after)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    params: [
      entry.at ?? new Date(),
      actor.role,
      actor.tokenId,
      actor.requestId,
      entry.action,
      entry.objectType,
      entry.objectId,
      entry.accountId,
      entry.before === undefined ? null : JSON.stringify(entry.before),
      entry.after === undefined ? null : JSON.stringify(entry.after),
    ],
  };
}

/** A stored audit entry (read side of the audit trail). */
export interface AuditRow {
  id: string;
  seq: string;
  occurred_at: Date;
  actor_role: string;
  actor_token_id: string | null;
  request_id: string | null;
  action: string;
  object_type: string;
  object_id: string;
  account_id: string | null;
  before: unknown;
  after: unknown;
}

const AUDIT_COLUMNS = `id, seq, occurred_at, actor_role, actor_token_id, request_id, action, object_type, object_id, account_id, before, after`;

/**
 * One page of the audit trail, newest first, by keyset on the insertion sequence: entries
 * about an object, of an account, or both. `beforeSeq` is the cursor of the last entry seen.
 * Returns one row more than asked when there is a next page.
 */
export async function auditPage(
  db: Queryable,
  filter: { objectId?: string | null; accountId?: string | null },
  page: { first: number; beforeSeq: string | null },
): Promise<{ rows: AuditRow[]; totalCount: number }> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.objectId) where.push(`object_id = $${params.push(filter.objectId)}`);
  if (filter.accountId) where.push(`account_id = $${params.push(filter.accountId)}`);
  const matching = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  const pageWhere = [
    ...where,
    ...(page.beforeSeq ? [`seq < $${params.push(page.beforeSeq)}`] : []),
  ];
  const [rows, [count]] = await Promise.all([
    db.query(
      `SELECT ${AUDIT_COLUMNS} FROM audit_log ${pageWhere.length > 0 ? `WHERE ${pageWhere.join(' AND ')}` : ''}
        ORDER BY seq DESC LIMIT $${params.length + 1}`,
      [...params, page.first + 1],
    ) as Promise<AuditRow[]>,
    db.query(
      `SELECT count(*)::int AS count FROM audit_log ${matching}`,
      params.slice(0, where.length),
    ) as Promise<Array<{ count: number }>>,
  ]);
  return { rows, totalCount: count?.count ?? 0 };
}

/**
 * The audit pages of many accounts in two queries (a per-request loader for `Account.auditLog`):
 * one lateral query for every page, one count per account.
 */
export async function auditPagesOfAccounts(
  db: Queryable,
  keys: ReadonlyArray<{ accountId: string; first: number; beforeSeq: string | null }>,
): Promise<Array<{ rows: AuditRow[]; totalCount: number }>> {
  const [rows, counts]: [
    Array<AuditRow & { ord: string }>,
    Array<{ account_id: string; count: number }>,
  ] = await Promise.all([
    db.query(
      `SELECT k.ord, l.* FROM unnest($1::uuid[], $2::bigint[], $3::int[]) WITH ORDINALITY AS k(account_id, before_seq, lim, ord)
        CROSS JOIN LATERAL (
          SELECT ${AUDIT_COLUMNS} FROM audit_log
           WHERE account_id = k.account_id AND (k.before_seq IS NULL OR seq < k.before_seq)
           ORDER BY seq DESC LIMIT k.lim + 1) l
        ORDER BY k.ord, l.seq DESC`,
      [keys.map((k) => k.accountId), keys.map((k) => k.beforeSeq), keys.map((k) => k.first)],
    ),
    db.query(
      `SELECT account_id, count(*)::int AS count FROM audit_log WHERE account_id = ANY($1::uuid[]) GROUP BY account_id`,
      [[...new Set(keys.map((k) => k.accountId))]],
    ),
  ]);
  const countOf = new Map(counts.map((c) => [c.account_id, c.count]));
  return keys.map((key, i) => ({
    rows: rows.filter((row) => Number(row.ord) === i + 1),
    totalCount: countOf.get(key.accountId) ?? 0,
  }));
}
