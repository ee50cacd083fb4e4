import { describe, expect, it } from 'vitest';
import { navigationFor } from '../../app/routes.js';
import { can } from '../../app/permissions.js';
import { renderHtml } from '../../components/test-render.js';
import type { ApiTokenRowFragment } from '../../gql/graphql.js';
import { ApiTokensTable } from './api-tokens-table.js';

const active: ApiTokenRowFragment = {
  id: 'QXBpVG9rZW46MQ',
  name: 'Finance robot',
  kind: 'API',
  role: 'CUSTOMER_ADMIN',
  status: 'ACTIVE',
  createdAt: '2026-12-01T02:00:00.000Z',
  expiresAt: null,
  lastUsedAt: null,
  revokedAt: null,
  account: { id: 'QWNjb3VudDox', name: 'Mine Co' },
};
const revoked: ApiTokenRowFragment = {
  ...active,
  id: 'QXBpVG9rZW46Mg',
  name: 'Old laptop',
  role: 'OPERATOR',
  kind: 'BOOTSTRAP',
  status: 'REVOKED',
  expiresAt: '2027-01-01T00:00:00.000Z',
  lastUsedAt: '2026-12-02T03:00:00.000Z',
  revokedAt: '2026-12-03T04:00:00.000Z',
  account: null,
};

const noop = () => Promise.resolve();

describe('the API tokens table', () => {
  it('shows name, role and account, dates and status; Revoke only for tokens not revoked', () => {
    const html = renderHtml(
      <ApiTokensTable tokens={[active, revoked]} caption="2 of 2" onRevoke={noop} />,
    );
    expect(html).toContain('Finance robot');
    expect(html).toContain('Mine Co');
    expect(html).toContain('Customer administrator');
    expect(html).toContain('Does not expire');
    expect(html).toContain('Never');
    expect(html).toContain('Bootstrap operator token');
    expect(html).toContain('All accounts');
    expect(html).toContain('dateTime="2026-12-03T04:00:00.000Z"');
    expect(html).toContain('badge-good">Active');
    expect(html).toContain('badge-bad">Revoked');
    // One Revoke button: the active token's.
    expect(html.match(/>Revoke</g)).toHaveLength(1);
    expect(html).not.toMatch(/bk_/);
  });

  it('speaks Chinese', () => {
    const html = renderHtml(
      <ApiTokensTable tokens={[active, revoked]} caption="2" onRevoke={noop} />,
      'zh-CN',
    );
    expect(html).toContain('永不过期');
    expect(html).toContain('已吊销');
    expect(html).toContain('>吊销<');
  });

  it('says so when there are none', () => {
    expect(renderHtml(<ApiTokensTable tokens={[]} caption="" onRevoke={noop} />)).toContain(
      'No API tokens yet.',
    );
  });
});

describe('the Tokens page in the navigation', () => {
  it('is there for operators and customer administrators, not for members', () => {
    const has = (role: 'OPERATOR' | 'CUSTOMER_ADMIN' | 'CUSTOMER_MEMBER') =>
      navigationFor(role).some((item) => item.label === 'nav.apiTokens');
    expect(has('OPERATOR')).toBe(true);
    expect(has('CUSTOMER_ADMIN')).toBe(true);
    expect(has('CUSTOMER_MEMBER')).toBe(false);
    expect(can('CUSTOMER_ADMIN', 'apiTokens.manage')).toBe(true);
    expect(can('CUSTOMER_ADMIN', 'apiTokens.create')).toBe(false);
  });
});
