import { createTestDatabase } from '@billing/tooling/test-database';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, inject, it, onTestFinished } from 'vitest';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/data-source.js';
import { hashToken } from '../src/modules/auth/auth.js';
import { ensureBootstrapToken } from '../src/modules/access/bootstrap.js';
import { createServer } from '../src/server.js';
import { accountAt, key, localId, tokenFor } from './api-helpers.js';
import { startHarness, type Harness } from './harness.js';

let api: Harness;
beforeAll(async () => {
  api = await startHarness();
});
afterAll(async () => {
  await api.close();
});

const TOKEN_FIELDS = `id name kind role status createdAt expiresAt lastUsedAt revokedAt account { id name }`;

async function createToken(input: Record<string, unknown>, token?: string) {
  return api.gql(
    `mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { token role apiToken { ${TOKEN_FIELDS} } userErrors { code message field } } }`,
    { input },
    token,
  );
}

async function listTokens(variables: Record<string, unknown>, token?: string) {
  return api.gql(
    `query($accountId: ID, $first: Int, $after: String) { apiTokens(accountId: $accountId, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { ${TOKEN_FIELDS} } } } }`,
    variables,
    token,
  );
}

async function revoke(id: string, token?: string) {
  return api.gql(
    `mutation($id: ID!) { revokeApiToken(input: { id: $id }) { apiToken { ${TOKEN_FIELDS} } userErrors { code message field } } }`,
    { id },
    token,
  );
}

async function tokenRows(): Promise<number> {
  const [{ count }] = await api.db.query(`SELECT count(*)::int AS count FROM api_tokens`);
  return count;
}

async function auditCount(objectId: string, action: string): Promise<number> {
  const [{ count }] = await api.db.query(
    `SELECT count(*)::int AS count FROM audit_log WHERE object_type = 'ApiToken' AND object_id = $1 AND action = $2`,
    [objectId, action],
  );
  return count;
}

const viewerQuery = '{ viewer { role } }';

/** Signs in with a token changed by SQL until the API refuses it (for at most 5 s): the change
 *  reaches the sign-in cache as a notification a moment after it commits. */
async function signInOnceRefused(token: string) {
  let answer = await api.gql(viewerQuery, {}, token);
  for (let waited = 0; answer.status !== 401 && waited < 5_000; waited += 20) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    answer = await api.gql(viewerQuery, {}, token);
  }
  return answer;
}

describe('API tokens', () => {
  it('are created with a name and an expiry, shown once, stored as a hash, and audited', async () => {
    const { accountId } = await accountAt(api, '2021-04-20');
    const expiresAt = new Date(Date.now() + 86_400_000).toISOString();
    const created = await createToken({
      accountId,
      role: 'CUSTOMER_ADMIN',
      name: '  Finance robot  ',
      expiresAt,
    });
    const payload = created.data!.createApiToken;
    expect(payload.userErrors).toEqual([]);
    expect(payload.token).toMatch(/^bk_/);
    expect(payload.apiToken).toMatchObject({
      name: 'Finance robot',
      kind: 'API',
      role: 'CUSTOMER_ADMIN',
      status: 'ACTIVE',
      expiresAt,
      lastUsedAt: null,
      revokedAt: null,
      account: { id: accountId },
    });
    const id = localId(payload.apiToken.id);
    const [row] = await api.db.query(`SELECT * FROM api_tokens WHERE id = $1`, [id]);
    expect(row.token_hash).toBe(hashToken(payload.token));
    expect(JSON.stringify(row)).not.toContain(payload.token);
    expect(await auditCount(id, 'createApiToken')).toBe(1);
    const [audit] = await api.db.query(
      `SELECT after FROM audit_log WHERE object_id = $1 AND action = 'createApiToken'`,
      [id],
    );
    expect(JSON.stringify(audit.after)).not.toContain(payload.token);

    // Without name and expiry (the arguments of before): a default name, no expiry.
    const plain = await createToken({ accountId, role: 'CUSTOMER_MEMBER' });
    expect(plain.data!.createApiToken.apiToken).toMatchObject({
      name: expect.stringMatching(/^CUSTOMER_MEMBER token of \d{4}-\d{2}-\d{2}$/),
      expiresAt: null,
    });
  });

  it('refuses a bad name or a past expiry with a clear error and creates nothing', async () => {
    const { accountId } = await accountAt(api, '2021-04-20');
    const before = await tokenRows();
    const blank = await createToken({ accountId, role: 'CUSTOMER_ADMIN', name: '   ' });
    expect(blank.data!.createApiToken).toMatchObject({
      token: null,
      apiToken: null,
      userErrors: [{ code: 'INVALID_INPUT', field: ['name'] }],
    });
    const long = await createToken({ accountId, role: 'CUSTOMER_ADMIN', name: 'x'.repeat(101) });
    expect(long.data!.createApiToken.userErrors[0]).toMatchObject({ field: ['name'] });
    const past = await createToken({
      accountId,
      role: 'CUSTOMER_ADMIN',
      expiresAt: new Date(Date.now() - 1000).toISOString(),
    });
    expect(past.data!.createApiToken).toMatchObject({
      token: null,
      userErrors: [{ code: 'INVALID_INPUT', field: ['expiresAt'] }],
    });
    expect(past.data!.createApiToken.userErrors[0].message).toMatch(/not in the future/);
    expect(await tokenRows()).toBe(before);
  });

  it('refuses an expired, a revoked or an unknown token with a 401 saying which', async () => {
    const { accountId } = await accountAt(api, '2021-04-20');
    const created = await createToken({
      accountId,
      role: 'CUSTOMER_ADMIN',
      expiresAt: new Date(Date.now() + 60_000).toISOString(),
    });
    const { token, apiToken } = created.data!.createApiToken;
    expect((await api.gql(viewerQuery, {}, token)).data).toEqual({
      viewer: { role: 'CUSTOMER_ADMIN' },
    });
    await api.db.query(
      `UPDATE api_tokens SET expires_at = now() - interval '1 second' WHERE id = $1`,
      [localId(apiToken.id)],
    );
    // A change made in SQL reaches the API's sign-in cache as a notification, a moment after
    // it commits (sign-in-cache.test.ts).
    const expired = await signInOnceRefused(token);
    expect(expired.status).toBe(401);
    expect(expired.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    expect(expired.errors![0]!.message).toMatch(/expired on .*ask an operator/);
    const listed = await listTokens({ accountId });
    expect(listed.data!.apiTokens.edges[0].node).toMatchObject({
      id: apiToken.id,
      status: 'EXPIRED',
    });

    const other = await tokenFor(api, accountId);
    expect((await api.gql(viewerQuery, {}, other)).status).toBe(200);
    const [otherRow] = await api.db.query(`SELECT id FROM api_tokens WHERE token_hash = $1`, [
      hashToken(other),
    ]);
    await api.db.query(`UPDATE api_tokens SET revoked_at = now() WHERE id = $1`, [otherRow.id]);
    const revoked = await signInOnceRefused(other);
    expect(revoked.status).toBe(401);
    expect(revoked.errors![0]!.message).toMatch(/was revoked on /);

    const unknown = await api.gql(viewerQuery, {}, 'bk_no-such-token');
    expect(unknown.status).toBe(401);
    expect(unknown.errors![0]!.message).toMatch(/unknown/);
  });

  it('notes the last use at most once a minute, not a write per request', async () => {
    // The statement's own resolution, on a server that reads the token on every request (the
    // sign-in cache, which reads it once a minute, is tested in sign-in-cache.test.ts).
    const uncached = await startHarness({ config: { signInCache: false } });
    const api = uncached;
    onTestFinished(() => uncached.close());
    const { accountId } = await accountAt(api, '2021-04-20');
    const created = await createToken({ accountId, role: 'CUSTOMER_MEMBER' });
    const { token, apiToken } = created.data!.createApiToken;
    const id = localId(apiToken.id);
    const lastUsed = async (): Promise<Date | null> =>
      (await api.db.query(`SELECT last_used_at FROM api_tokens WHERE id = $1`, [id]))[0]
        .last_used_at;
    expect(await lastUsed()).toBeNull();
    await api.gql(viewerQuery, {}, token);
    const first = await lastUsed();
    expect(first).toBeInstanceOf(Date);
    await api.gql(viewerQuery, {}, token);
    await api.gql(viewerQuery, {}, token);
    expect((await lastUsed())!.getTime()).toBe(first!.getTime());
    // A minute later, the next request moves it.
    await api.db.query(
      `UPDATE api_tokens SET last_used_at = last_used_at - interval '61 seconds' WHERE id = $1`,
      [id],
    );
    const aged = await lastUsed();
    await api.gql(viewerQuery, {}, token);
    expect((await lastUsed())!.getTime()).toBeGreaterThan(aged!.getTime());
    const listed = await listTokens({ accountId });
    expect(listed.data!.apiTokens.edges[0].node.lastUsedAt).toEqual(expect.any(String));
  });

  it('are listed per account for its administrator (newest first, keyset pages) and all of them for operators', async () => {
    const { accountId } = await accountAt(api, '2021-04-20');
    const { accountId: otherAccount } = await accountAt(api, '2021-04-20');
    const admin = await tokenFor(api, accountId);
    const member = await tokenFor(api, accountId, 'CUSTOMER_MEMBER');
    for (const name of ['one', 'two', 'three'])
      await createToken({ accountId, role: 'CUSTOMER_MEMBER', name });
    await tokenFor(api, otherAccount);

    const first = await listTokens({ first: 2 }, admin);
    expect(first.errors).toBeUndefined();
    expect(first.data!.apiTokens.totalCount).toBe(5);
    expect(first.data!.apiTokens.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual(
      ['three', 'two'],
    );
    expect(first.data!.apiTokens.pageInfo.hasNextPage).toBe(true);
    const rest = await listTokens(
      { first: 10, after: first.data!.apiTokens.pageInfo.endCursor },
      admin,
    );
    expect(rest.data!.apiTokens.edges).toHaveLength(3);
    const all = [...first.data!.apiTokens.edges, ...rest.data!.apiTokens.edges];
    for (const edge of all) expect(edge.node.account.id).toBe(accountId);

    // Another account's tokens: nothing, whatever the filter.
    const foreign = await listTokens({ accountId: otherAccount }, admin);
    expect(foreign.data!.apiTokens).toMatchObject({ totalCount: 0, edges: [] });
    // A member may not see the tokens.
    const asMember = await listTokens({}, member);
    expect(asMember.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect(asMember.data).toBeNull();

    // Operators: every account's, or one account's.
    const operator = await listTokens({ first: 100 });
    const accounts = new Set(
      operator.data!.apiTokens.edges.map(
        (e: { node: { account: { id: string } | null } }) => e.node.account?.id ?? null,
      ),
    );
    expect(accounts.has(accountId) && accounts.has(otherAccount)).toBe(true);
    const one = await listTokens({ accountId: otherAccount });
    expect(one.data!.apiTokens.totalCount).toBe(1);
  });

  it('are revoked by operators or the account’s administrators, once, audited; not across accounts', async () => {
    const { accountId } = await accountAt(api, '2021-04-20');
    const { accountId: otherAccount } = await accountAt(api, '2021-04-20');
    const admin = await tokenFor(api, accountId);
    const member = await tokenFor(api, accountId, 'CUSTOMER_MEMBER');
    const target = (await createToken({ accountId, role: 'CUSTOMER_MEMBER', name: 'robot' })).data!
      .createApiToken;
    const foreign = (await createToken({ accountId: otherAccount, role: 'CUSTOMER_ADMIN' })).data!
      .createApiToken;

    // A member: FORBIDDEN; another account's administrator: no such token.
    const byMember = await revoke(target.apiToken.id, member);
    expect(byMember.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const across = await revoke(foreign.apiToken.id, admin);
    expect(across.data!.revokeApiToken).toMatchObject({
      apiToken: null,
      userErrors: [{ code: 'NOT_FOUND', field: ['id'] }],
    });
    expect((await api.gql(viewerQuery, {}, foreign.token)).status).toBe(200);
    const malformed = await revoke('not-an-id', admin);
    expect(malformed.data!.revokeApiToken.userErrors[0].code).toBe('NOT_FOUND');

    const done = await revoke(target.apiToken.id, admin);
    expect(done.data!.revokeApiToken.userErrors).toEqual([]);
    expect(done.data!.revokeApiToken.apiToken).toMatchObject({
      status: 'REVOKED',
      revokedAt: expect.any(String),
    });
    expect((await api.gql(viewerQuery, {}, target.token)).status).toBe(401);
    // Again: nothing changes, no second audit entry.
    const again = await revoke(target.apiToken.id, admin);
    expect(again.data!.revokeApiToken.apiToken.revokedAt).toBe(
      done.data!.revokeApiToken.apiToken.revokedAt,
    );
    expect(await auditCount(localId(target.apiToken.id), 'revokeApiToken')).toBe(1);

    // Operators revoke any token.
    const byOperator = await revoke(foreign.apiToken.id);
    expect(byOperator.data!.revokeApiToken.apiToken.status).toBe('REVOKED');
    expect((await api.gql(viewerQuery, {}, foreign.token)).status).toBe(401);
  });
});

describe('the bootstrap token', () => {
  // Rotation revokes every bootstrap token of its database: a database of its own, so the
  // other test files' operator token is untouched.
  let database: { url: string; drop(): Promise<void> };
  let db: DataSource;
  let url: string;
  let stop: () => Promise<void>;

  async function serve(bootstrapToken: string | undefined) {
    const server = await createServer({
      db,
      config: {
        ...loadConfig({ LOG_REQUESTS: '0', SCHEDULER_INTERVAL_MS: '0' }),
        bootstrapToken,
      },
    });
    const listening = await server.listen(0, '127.0.0.1');
    url = listening.url;
    stop = async () => {
      await listening.close();
      await server.stop();
    };
  }

  async function gql(
    query: string,
    variables: Record<string, unknown>,
    token: string,
  ): Promise<{ status: number; data?: any; errors?: any[] }> {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, ...((await response.json()) as object) };
  }

  const ROTATE = `mutation($key: String!) { rotateBootstrapToken(input: { idempotencyKey: $key }) { token replayed apiToken { id kind role status } userErrors { code message } } }`;

  beforeAll(async () => {
    database = await createTestDatabase(inject('databaseUrl'));
    db = await openDatabase(database.url);
  });
  afterAll(async () => {
    await stop?.();
    await db?.destroy();
    await database?.drop();
  });

  it('from BILLING_BOOTSTRAP_TOKEN is stored hashed, rotated without a restart, idempotently, and stays retired', async () => {
    await serve('configured-bootstrap');
    const stored = await db.query(`SELECT token_hash, kind, role FROM api_tokens`);
    expect(stored).toEqual([
      { token_hash: hashToken('configured-bootstrap'), kind: 'BOOTSTRAP', role: 'OPERATOR' },
    ]);
    expect((await gql(viewerQuery, {}, 'configured-bootstrap')).data).toEqual({
      viewer: { role: 'OPERATOR' },
    });
    // Nothing to create while a bootstrap token is current.
    expect(await ensureBootstrapToken(db)).toBeNull();

    const rotationKey = key('rotate');
    const rotated = await gql(ROTATE, { key: rotationKey }, 'configured-bootstrap');
    const payload = rotated.data.rotateBootstrapToken;
    expect(payload).toMatchObject({
      replayed: false,
      userErrors: [],
      apiToken: { kind: 'BOOTSTRAP', role: 'OPERATOR', status: 'ACTIVE' },
    });
    expect(payload.token).toMatch(/^bk_/);
    // The old secret stops at once; the new one signs in.
    const old = await gql(viewerQuery, {}, 'configured-bootstrap');
    expect(old.status).toBe(401);
    expect(old.errors![0].message).toMatch(/revoked/);
    expect((await gql(viewerQuery, {}, payload.token)).data).toEqual({
      viewer: { role: 'OPERATOR' },
    });

    // A retry with the same key rotates nothing and shows no secret.
    const retry = await gql(ROTATE, { key: rotationKey }, payload.token);
    expect(retry.data.rotateBootstrapToken).toMatchObject({
      token: null,
      replayed: true,
      apiToken: { id: payload.apiToken.id },
    });
    expect((await gql(viewerQuery, {}, payload.token)).status).toBe(200);
    const current = await db.query(
      `SELECT count(*)::int AS count FROM api_tokens WHERE kind = 'BOOTSTRAP' AND revoked_at IS NULL`,
    );
    expect(current[0].count).toBe(1);
    const audited = await db.query(
      `SELECT count(*)::int AS count FROM audit_log WHERE action = 'rotateBootstrapToken'`,
    );
    expect(audited[0].count).toBe(1);
    // An empty key: refused, nothing rotated.
    const empty = await gql(ROTATE, { key: '' }, payload.token);
    expect(empty.data.rotateBootstrapToken.userErrors[0].code).toBe('INVALID_INPUT');
    expect((await gql(viewerQuery, {}, payload.token)).status).toBe(200);

    // A restart with the rotated-away token in the environment does not bring it back.
    await stop();
    await serve('configured-bootstrap');
    expect((await gql(viewerQuery, {}, 'configured-bootstrap')).status).toBe(401);
    expect((await gql(viewerQuery, {}, payload.token)).status).toBe(200);
  });

  it('is created at start-up when none is current, and only then', async () => {
    await db.query(`UPDATE api_tokens SET revoked_at = now() WHERE kind = 'BOOTSTRAP'`);
    const created = await ensureBootstrapToken(db);
    expect(created).toMatch(/^bk_/);
    const rows = await db.query(
      `SELECT token_hash FROM api_tokens WHERE kind = 'BOOTSTRAP' AND revoked_at IS NULL`,
    );
    expect(rows).toEqual([{ token_hash: hashToken(created!) }]);
    expect(await ensureBootstrapToken(db)).toBeNull();
    expect((await gql(viewerQuery, {}, created!)).data).toEqual({ viewer: { role: 'OPERATOR' } });
  });
});
