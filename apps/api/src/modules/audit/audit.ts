import type { EntityManager } from 'typeorm';
import type { Context } from '../../context.js';
import { runTogether, type Statement } from '../../db/statements.js';
import {
  parentFilter,
  type ListFilter,
  type ListParent,
  type RowSource,
} from '../../graphql/keyset.js';

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

const AUDIT_COLUMNS = [
  'id',
  'seq',
  'occurred_at',
  'actor_role',
  'actor_token_id',
  'request_id',
  'action',
  'object_type',
  'object_id',
  'account_id',
  'before',
  'after',
];

/** The audit trail as a keyset-paged list (rows are read as they are stored). */
export const AUDIT_SOURCE: RowSource<AuditRow> = {
  table: 'audit_log',
  columns: AUDIT_COLUMNS.map((column) => `t.${column}`).join(', '),
  hydrate: (raw) => raw as unknown as AuditRow,
};

/**
 * The conditions of the audit trail's filters, all of them together: entries about an object, of
 * an account, of an action, about a type of object, by a role or a token, or matching a text.
 * The page is still read by keyset on `seq` (indexes `(object_id, seq)`, `(account_id, seq)`,
 * `(action, seq)` and `(actor_token_id, seq)`).
 */
export function auditFilter(filter: {
  objectId?: string | null;
  accountId?: string | null;
  action?: string | null;
  objectType?: string | null;
  actorRole?: string | null;
  actorTokenId?: string | null;
  search?: string | null;
  /** true: entries of test-clock accounts and test clocks; false: the rest. */
  testMode?: boolean | null;
}): ListFilter {
  const where: string[] = [];
  const params: unknown[] = [];
  // The page is bounded by the most selective of the object, the account and the token.
  let parent: ListParent | undefined;
  if (filter.objectId) parent = parentFilter(where, params, 't.object_id', filter.objectId);
  if (filter.accountId) {
    const account = parentFilter(where, params, 't.account_id', filter.accountId);
    parent ??= account;
  }
  if (filter.action) where.push(`t.action = $${params.push(filter.action)}`);
  if (filter.objectType) where.push(`t.object_type = $${params.push(filter.objectType)}`);
  if (filter.actorRole) where.push(`t.actor_role = $${params.push(filter.actorRole)}`);
  if (filter.actorTokenId) {
    const token = parentFilter(where, params, 't.actor_token_id', filter.actorTokenId, '::uuid');
    parent ??= token;
  }
  if (filter.testMode != null) {
    // An entry of no account (a token, a setting) is live, unless it is about a test clock.
    const onTestClock = `CASE WHEN t.account_id IS NULL THEN t.object_type = 'TestClock'
      ELSE EXISTS (SELECT 1 FROM accounts a WHERE a.id = t.account_id AND a.test_clock_id IS NOT NULL) END`;
    where.push(filter.testMode ? onTestClock : `NOT (${onTestClock})`);
  }
  if (filter.search) {
    const pattern = `%${filter.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const p = `$${params.push(pattern)}`;
    where.push(`(t.action ILIKE ${p} OR t.request_id ILIKE ${p}
      OR t.actor_token_id IN (SELECT k.id FROM api_tokens k WHERE k.name ILIKE ${p})
      OR t.account_id IN (SELECT a.id FROM accounts a WHERE a.name ILIKE ${p}))`);
  }
  return { where, params, parent };
}
