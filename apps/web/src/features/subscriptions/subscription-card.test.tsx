import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../components/test-render.js';
import type { SubscriptionCardFragment } from '../../gql/graphql.js';
import { SubscriptionCard } from './subscription-card.js';

const subscription: SubscriptionCardFragment = {
  id: 'U3ViOjE',
  product: { code: 'EQQ', name: 'Enterprise QQ', maxRenewalYears: 1 },
  plan: { code: 'SEATS', name: 'Seats' },
  seats: 11,
  legacySeats: 0,
  pendingSeats: 0,
  status: 'GRACE',
  statusReason: 'In grace until 2022-05-31 (R-LIFE-2)',
  openedOn: '2021-04-20',
  activatedOn: '2021-05-01',
  currentPeriodStart: '2021-05-01',
  currentPeriodEnd: '2022-05-01',
  expiresOn: '2022-04-30',
  daysLeft: 0,
  renewalOpensOn: '2022-04-01',
  graceEndsOn: '2022-05-31',
  enterpriseNumber: '4001234567',
  nextTransition: {
    on: '2022-06-01',
    to: 'RECYCLED',
    reason: 'Recycled the day after grace ends (R-LIFE-3)',
    rules: [{ id: 'R-LIFE-3', summary: 'Recycling' }],
  },
  entitlements: { service: true, initiateSessions: false, addSeats: false, renew: true },
  migration: null,
  history: [
    {
      cause: 'EXPIRED',
      effectiveOn: '2022-05-01',
      occurredAt: '2022-05-01T02:00:00.000Z',
      fromStatus: 'ACTIVE',
      toStatus: 'GRACE',
      reason: 'Period ended: grace for one month (R-LIFE-2)',
      rules: [{ id: 'R-LIFE-2', summary: 'Grace' }],
    },
  ],
  reminders: [],
};

describe('SubscriptionCard', () => {
  it('R-LIFE-2 R-LIFE-3 R-LIFE-6 shows the API’s dates, state, next change and history', () => {
    const html = renderHtml(<SubscriptionCard subscription={subscription} />);
    expect(html).toContain('In grace');
    expect(html).toContain('In grace until 2022-05-31 (R-LIFE-2)');
    expect(html).toContain('<time dateTime="2022-04-30">Apr 30, 2022</time>');
    expect(html).toContain('<time dateTime="2022-05-31">May 31, 2022</time>');
    expect(html).toContain('becomes “Recycled” on');
    expect(html).toContain('Active → In grace');
    expect(html).toContain('R-LIFE-2');
    // In grace no new session may be started (entitlement from the API).
    expect(html).toMatch(/class="no"><span aria-hidden="true">✕<\/span> Start new sessions/);
  });

  it('reads in Chinese', () => {
    const html = renderHtml(<SubscriptionCard subscription={subscription} />, 'zh-CN');
    expect(html).toContain('宽限期');
    expect(html).toContain('2022年5月31日');
  });
});
