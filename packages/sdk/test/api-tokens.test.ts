// API tokens through the SDK: named, expiring tokens listed, used and revoked.
import { describe, expect, it } from 'vitest';
import { BillingAuthError, createBillingClient, unwrap } from '../src/index.js';
import { apiUrl, customerAt } from './api.js';

describe('API tokens through the SDK', () => {
  it('an operator creates a named, expiring token; its administrator lists and revokes it', async () => {
    const { operator, customer, accountId } = await customerAt('2021-04-20');
    const expiresAt = new Date(Date.now() + 3_600_000).toISOString();
    const created = unwrap(
      await operator.createApiToken({
        accountId,
        role: 'CUSTOMER_MEMBER',
        name: 'Reporting robot',
        expiresAt,
      }),
    );
    expect(created.token).toMatch(/^bk_/);
    expect(created.apiToken).toMatchObject({
      name: 'Reporting robot',
      role: 'CUSTOMER_MEMBER',
      status: 'ACTIVE',
      expiresAt,
    });
    const robot = createBillingClient({ url: apiUrl(), token: created.token!, retries: 0 });
    expect((await robot.viewer()).role).toBe('CUSTOMER_MEMBER');

    // The account's administrator sees its tokens, newest first, with the last use.
    const page = await customer.apiTokens({ first: 10 });
    expect(page.totalCount).toBe(2);
    expect(page.edges[0]!.node).toMatchObject({
      id: created.apiToken!.id,
      lastUsedAt: expect.any(String),
    });
    // A member may not list them.
    const refused = await robot.apiTokens().catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(BillingAuthError);
    expect(refused).toMatchObject({ code: 'FORBIDDEN' });

    const revoked = unwrap(await customer.revokeApiToken({ id: created.apiToken!.id }));
    expect(revoked.apiToken).toMatchObject({ status: 'REVOKED', revokedAt: expect.any(String) });
    const signedOut = await robot.viewer().catch((error: unknown) => error);
    expect(signedOut).toBeInstanceOf(BillingAuthError);
    expect(signedOut).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect((signedOut as Error).message).toMatch(/revoked/);

    // Only operators rotate the bootstrap token.
    const rotation = await customer.rotateBootstrapToken({}).catch((error: unknown) => error);
    expect(rotation).toMatchObject({ code: 'FORBIDDEN' });
  });
});
