import { describe, expect, it } from 'vitest';
import { can, isCustomer } from './permissions.js';

describe('role permissions (the API guards, mirrored to hide what a role may not do)', () => {
  it('lets operators do everything', () => {
    expect(can('OPERATOR', 'accounts.browse')).toBe(true);
    expect(can('OPERATOR', 'accounts.create')).toBe(true);
    expect(can('OPERATOR', 'apiTokens.create')).toBe(true);
    expect(can('OPERATOR', 'account.act')).toBe(true);
  });

  it('lets a customer admin act for the account but not administer others', () => {
    expect(can('CUSTOMER_ADMIN', 'account.act')).toBe(true);
    expect(can('CUSTOMER_ADMIN', 'accounts.browse')).toBe(false);
    expect(can('CUSTOMER_ADMIN', 'apiTokens.create')).toBe(false);
  });

  it('gives a customer member read-only access', () => {
    expect(can('CUSTOMER_MEMBER', 'account.act')).toBe(false);
    expect(can('CUSTOMER_MEMBER', 'accounts.create')).toBe(false);
    expect(isCustomer('CUSTOMER_MEMBER')).toBe(true);
    expect(isCustomer('OPERATOR')).toBe(false);
  });
});

describe('console permissions', () => {
  it('keeps reviews, clocks, the journal and the audit trail to operators', () => {
    for (const permission of [
      'verification.review',
      'refunds.review',
      'testClocks.manage',
      'audit.read',
      'journal.read',
      'subscriptions.activate',
    ] as const) {
      expect(can('OPERATOR', permission)).toBe(true);
      expect(can('CUSTOMER_ADMIN', permission)).toBe(false);
      expect(can('CUSTOMER_MEMBER', permission)).toBe(false);
    }
  });
});
