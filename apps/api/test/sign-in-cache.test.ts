import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hashToken } from '../src/modules/auth/auth.js';
import { SignInCache } from '../src/modules/auth/sign-in-cache.js';
import { key } from './api-helpers.js';
import { startHarness, type Harness } from './harness.js';

/**
 * A signed-in token is remembered by each API process for up to a minute, and forgotten by
 * every process as soon as anything changes it (revoked, expired, deleted; through the API or
 * by hand in SQL), announced by PostgreSQL's NOTIFY from migration 994's trigger.
 */

let api: Harness;
/** A second API process on the same database (another server in this test process). */
let other: Harness;
let statements: string[] | null = null;
let sql: pg.Client;

beforeAll(async () => {
  api = await startHarness({ logQueries: (text) => statements?.push(text) });
  other = await startHarness();
  sql = new pg.Client({ connectionString: inject('databaseUrl') });
  await sql.connect();
});
afterAll(async () => {
  await sql.end();
  await other.close();
  await api.close();
});

const VIEWER = '{ viewer { role } }';

/** A fresh operator token's secret and id. */
async function newToken(): Promise<{ token: string; id: string }> {
  const created = await api.gql(
    `mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { token apiToken { id } userErrors { message } } }`,
    { input: { role: 'OPERATOR', name: `cache ${key()}` } },
  );
  expect(created.data!.createApiToken.userErrors).toEqual([]);
  return {
    token: created.data!.createApiToken.token,
    id: created.data!.createApiToken.apiToken.id,
  };
}

/** The statements on api_tokens the first API sends for one request with `token`. */
async function tokenReads(token: string): Promise<{ status: number; reads: number }> {
  statements = [];
  const answer = await api.gql(VIEWER, {}, token);
  const reads = statements.filter((text) => /\bapi_tokens\b/.test(text)).length;
  statements = null;
  return { status: answer.status, reads };
}

/** Asks until the answer is a 401 (a change made elsewhere arrives as a notification). */
async function refusedWithin(server: Harness, token: string, ms = 5_000): Promise<boolean> {
  const deadline = Date.now() + ms;
  for (;;) {
    const answer = await server.gql(VIEWER, {}, token).catch(() => null);
    if (answer?.status === 401) return true;
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('signing in once a minute, not once a request', () => {
  it('a token is read on its first request and answered from memory on the next ones', async () => {
    const { token } = await newToken();
    expect(await tokenReads(token)).toEqual({ status: 200, reads: 1 });
    expect(await tokenReads(token)).toEqual({ status: 200, reads: 0 });
    expect(await tokenReads(token)).toEqual({ status: 200, reads: 0 });
  });

  it('an unknown token is read (and refused) every time: refusals are never remembered', async () => {
    const unknown = `bk_unknown_${key()}`;
    expect(await tokenReads(unknown)).toEqual({ status: 401, reads: 1 });
    expect(await tokenReads(unknown)).toEqual({ status: 401, reads: 1 });
  });

  it('a token revoked through the API is refused by the very next request, in this process and in another', async () => {
    const { token, id } = await newToken();
    expect((await api.gql(VIEWER, {}, token)).status).toBe(200);
    expect((await other.gql(VIEWER, {}, token)).status).toBe(200);
    const revoked = await api.gql(
      `mutation($id: ID!) { revokeApiToken(input: { id: $id }) { userErrors { message } } }`,
      { id },
    );
    expect(revoked.data!.revokeApiToken.userErrors).toEqual([]);
    expect((await api.gql(VIEWER, {}, token)).status).toBe(401);
    expect(await refusedWithin(other, token)).toBe(true);
  });

  it('a token revoked, expired or deleted by hand in SQL is refused by every process', async () => {
    for (const change of [
      `UPDATE api_tokens SET revoked_at = now() WHERE token_hash = $1`,
      `UPDATE api_tokens SET expires_at = now() - interval '1 second' WHERE token_hash = $1`,
      `DELETE FROM api_tokens WHERE token_hash = $1`,
    ]) {
      const { token } = await newToken();
      expect((await api.gql(VIEWER, {}, token)).status).toBe(200);
      expect((await other.gql(VIEWER, {}, token)).status).toBe(200);
      expect(await tokenReads(token)).toEqual({ status: 200, reads: 0 });
      await sql.query(change, [hashToken(token)]);
      expect(await refusedWithin(api, token), change).toBe(true);
      expect(await refusedWithin(other, token), change).toBe(true);
    }
  });

  it('moving last_used_at (once a minute per token) forgets nothing', async () => {
    const { token } = await newToken();
    await api.gql(VIEWER, {}, token);
    await sql.query(`UPDATE api_tokens SET last_used_at = now() WHERE token_hash = $1`, [
      hashToken(token),
    ]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await tokenReads(token)).toEqual({ status: 200, reads: 0 });
  });

  it('while the process cannot listen for changes, every request reads its token, and a revocation then is refused at once', async () => {
    const { token } = await newToken();
    await api.gql(VIEWER, {}, token);
    expect(await tokenReads(token)).toEqual({ status: 200, reads: 0 });
    // Cut every listening connection (both API servers'), as a database restart or a
    // pooler's reconnect would.
    const { rows } = await sql.query<{ cut: boolean }>(
      `SELECT pg_terminate_backend(pid) AS cut FROM pg_stat_activity
        WHERE query = 'LISTEN billing_api_tokens' AND pid <> pg_backend_pid()`,
    );
    expect(rows.length).toBeGreaterThanOrEqual(2);
    // The cut is seen as soon as its connection reports it.
    const deadline = Date.now() + 5_000;
    let reads = 0;
    while (Date.now() < deadline && reads === 0) reads = (await tokenReads(token)).reads;
    expect(reads).toBe(1);
    // It listens again after a second; until then nothing is remembered.
    const listening = Date.now() + 10_000;
    while (Date.now() < listening) {
      await tokenReads(token);
      if ((await tokenReads(token)).reads === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(await tokenReads(token)).toEqual({ status: 200, reads: 0 });
    await sql.query(`UPDATE api_tokens SET revoked_at = now() WHERE token_hash = $1`, [
      hashToken(token),
    ]);
    expect(await refusedWithin(api, token)).toBe(true);
  });

  it('a remembered token is read again once it is a minute old (which moves its last_used_at), or once it expires', async () => {
    const cache = new SignInCache(inject('databaseUrl'), 60_000);
    await cache.start();
    try {
      const viewer = { role: 'OPERATOR' as const, accountId: null, tokenId: null };
      const now = Date.now();
      cache.remember('a', viewer, null, cache.mark());
      expect(cache.get('a', now + 59_000)).toEqual(viewer);
      expect(cache.get('a', now + 61_000)).toBeNull();
      cache.remember('b', viewer, new Date(now + 5_000), cache.mark());
      expect(cache.get('b', now + 4_000)).toEqual(viewer);
      expect(cache.get('b', now + 5_000)).toBeNull();
      // A read that began before a change was announced is not remembered.
      const before = cache.mark();
      cache.forget('c');
      cache.remember('c', viewer, null, before);
      expect(cache.get('c')).toBeNull();
    } finally {
      await cache.stop();
    }
  });
});
