import type { EntityManager } from 'typeorm';
import type { Context } from '../../context.js';

export type Actor = { role: string; tokenId: string | null; requestId: string | null };

/** The actor of automatic transitions (scheduler, test-clock advances). */
export const SYSTEM_ACTOR: Actor = { role: 'SYSTEM', tokenId: null, requestId: null };

export function actorOf(ctx: Context): Actor {
  return { role: ctx.viewer?.role ?? 'ANONYMOUS', tokenId: ctx.viewer?.tokenId ?? null, requestId: ctx.requestId };
}

/** Who did what, when, to which object, with before/after (issue: audit trail). */
export async function recordAudit(
  tx: EntityManager,
  actor: Actor,
  entry: {
    action: string;
    objectType: string;
    objectId: string;
    accountId: string | null;
    before?: unknown;
    after?: unknown;
    at?: Date;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO audit_log (occurred_at, actor_role, actor_token_id, request_id, action, object_type, object_id, account_id, before, after)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
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
  );
}
