import { msg, renderMessage, type Message } from '@billing/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { SYSTEM_ACTOR, recordAudit, type Actor } from '../audit/audit.js';
import { hashToken, newToken } from '../auth/auth.js';

/**
 * The bootstrap token is the installation's first operator credential. It lives in
 * `api_tokens` as a hash (kind BOOTSTRAP) like any token: the secret is shown once, when it is
 * created, and `rotateBootstrapToken` replaces it without a restart.
 */

/** Serialises seeding and rotation of bootstrap tokens across API processes. */
const LOCK = `SELECT pg_advisory_xact_lock(hashtext('billing:bootstrap-token'))`;

/** Where a bootstrap token came from, as its name says: '' for one the product generated. */
export type BootstrapSource = '' | 'BILLING_BOOTSTRAP_TOKEN' | 'from DATA_DIR/bootstrap-token';

interface InsertedToken {
  id: string;
  seq: string;
}

/** A bootstrap token's name, "Bootstrap operator token (…)", with its message for other languages. */
function bootstrapName(source: BootstrapSource): { name: string; message: Message } {
  const message = msg('token.bootstrap', { source });
  return { name: renderMessage(message, 'en'), message };
}

async function insertBootstrap(
  tx: EntityManager,
  token: string,
  source: BootstrapSource,
): Promise<string> {
  const { name, message } = bootstrapName(source);
  const [row] = (await tx.query(
    `INSERT INTO api_tokens (token_hash, role, account_id, name, kind, name_message)
     VALUES ($1, 'OPERATOR', NULL, $2, 'BOOTSTRAP', $3) RETURNING id, seq`,
    [hashToken(token), name, message],
  )) as InsertedToken[];
  return row!.id;
}

/**
 * A token configured in BILLING_BOOTSTRAP_TOKEN: stored (hashed) the first time it is seen, so
 * existing installations keep signing in with it. One rotated away stays refused.
 */
export async function seedBootstrapToken(
  db: DataSource,
  token: string,
  source: BootstrapSource = 'BILLING_BOOTSTRAP_TOKEN',
): Promise<'current' | 'added' | 'retired'> {
  return db.transaction(async (tx) => {
    await tx.query(LOCK);
    const [found] = (await tx.query(`SELECT id, revoked_at FROM api_tokens WHERE token_hash = $1`, [
      hashToken(token),
    ])) as Array<{ id: string; revoked_at: Date | null }>;
    if (found) return found.revoked_at ? 'retired' : 'current';
    const id = await insertBootstrap(tx, token, source);
    await recordAudit(tx, SYSTEM_ACTOR, {
      action: 'createBootstrapToken',
      objectType: 'ApiToken',
      objectId: id,
      accountId: null,
      after: { kind: 'BOOTSTRAP', role: 'OPERATOR', source: bootstrapName(source).name },
    });
    return 'added';
  });
}

/**
 * A fresh installation's first operator credential: created when no bootstrap token is
 * current (none yet, or every one revoked). Returns the secret, to print once, or null when a
 * current bootstrap token exists.
 */
export async function ensureBootstrapToken(db: DataSource): Promise<string | null> {
  return db.transaction(async (tx) => {
    await tx.query(LOCK);
    const current = (await tx.query(
      `SELECT id FROM api_tokens WHERE kind = 'BOOTSTRAP' AND revoked_at IS NULL
         AND (expires_at IS NULL OR expires_at > now()) LIMIT 1`,
    )) as Array<{ id: string }>;
    if (current.length > 0) return null;
    const token = newToken();
    const id = await insertBootstrap(tx, token, '');
    await recordAudit(tx, SYSTEM_ACTOR, {
      action: 'createBootstrapToken',
      objectType: 'ApiToken',
      objectId: id,
      accountId: null,
      after: { kind: 'BOOTSTRAP', role: 'OPERATOR', source: 'generated at start-up' },
    });
    return token;
  });
}

/**
 * Replaces every current bootstrap token with a new one, inside the caller's transaction:
 * the old secrets stop working at once. Returns the new token's id and its secret.
 */
export async function rotateBootstrap(
  tx: EntityManager,
  actor: Actor,
): Promise<{ id: string; token: string; revoked: string[]; revokedHashes: string[] }> {
  await tx.query(LOCK);
  const rows = (
    (await tx.query(
      `UPDATE api_tokens SET revoked_at = now()
        WHERE kind = 'BOOTSTRAP' AND revoked_at IS NULL RETURNING id, token_hash`,
    )) as [Array<{ id: string; token_hash: string }>, number]
  )[0];
  const revoked = rows.map((row) => row.id);
  const token = newToken();
  const id = await insertBootstrap(tx, token, '');
  await recordAudit(tx, actor, {
    action: 'rotateBootstrapToken',
    objectType: 'ApiToken',
    objectId: id,
    accountId: null,
    before: { current: revoked },
    after: { current: [id], revoked },
  });
  return { id, token, revoked, revokedHashes: rows.map((row) => row.token_hash) };
}
