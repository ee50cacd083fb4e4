import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../components/test-render.js';
import type { SubscriptionCardFragment } from '../../gql/graphql.js';
import { SubscriptionCard } from './subscription-card.js';

const subscription: SubscriptionCardFragment = {
  id: 'U3ViOjE',
  product: {
    code: 'EQQ',
    name: 'Enterprise QQ',
    maxRenewalYears: 1,
    renewalsEndOn: '2021-10-28',
    serviceEndsOn: '2022-01-31',
  },
  upgradeOffer: null,
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
  openEnded: false,
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
  historyConnection: {
    edges: [
      {
        cursor: 'c2',
        node: {
          cause: 'EXPIRED',
          effectiveOn: '2022-05-01',
          occurredAt: '2022-05-01T02:00:00.000Z',
          fromStatus: 'ACTIVE',
          toStatus: 'GRACE',
          reason: 'Period ended: grace for one month (R-LIFE-2)',
          rules: [{ id: 'R-LIFE-2', summary: 'Grace' }],
        },
      },
    ],
    pageInfo: { hasPreviousPage: false },
  },
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

  it('R-RENEW-2 after a renewal shows the current period [2022-05-01, 2023-05-01) to its last day, and the first activation apart', () => {
    const renewed: SubscriptionCardFragment = {
      ...subscription,
      status: 'ACTIVE',
      statusReason: 'Active through 2023-04-30 (period [2022-05-01, 2023-05-01)) (R-LIFE-1)',
      currentPeriodStart: '2022-05-01',
      currentPeriodEnd: '2023-05-01',
      expiresOn: '2023-04-30',
      renewalOpensOn: '2023-04-01',
      graceEndsOn: '2023-05-31',
      nextTransition: null,
      historyConnection: {
        edges: [
          {
            cursor: 'c3',
            node: {
              cause: 'RENEWED',
              effectiveOn: '2022-05-20',
              occurredAt: '2022-05-20T02:00:00.000Z',
              fromStatus: 'GRACE',
              toStatus: 'ACTIVE',
              reason:
                'Renewed in grace: new period [2022-05-01, 2023-05-01), continuing from the previous period end (R-RENEW-2)',
              rules: [{ id: 'R-RENEW-2', summary: 'Renewal period' }],
            },
          },
        ],
        pageInfo: { hasPreviousPage: false },
      },
    };
    const html = renderHtml(<SubscriptionCard subscription={renewed} />);
    const period = html.slice(html.indexOf('data-testid="current-period"'));
    expect(period.slice(0, period.indexOf('</div>'))).toContain(
      '<time dateTime="2022-05-01">May 1, 2022</time> – <time dateTime="2023-04-30">Apr 30, 2023</time>',
    );
    const activated = html.slice(html.indexOf('data-testid="activated-on"'));
    expect(activated.slice(0, activated.indexOf('</div>'))).toContain(
      '<time dateTime="2021-05-01">May 1, 2021</time>',
    );
    expect(html).toContain('new period [2022-05-01, 2023-05-01)');
  });

  it('R-CAT-2 a free plan shows no period end, in English and in Chinese', () => {
    const free: SubscriptionCardFragment = {
      ...subscription,
      product: {
        code: 'EXMAIL',
        name: 'Exmail',
        maxRenewalYears: 3,
        renewalsEndOn: null,
        serviceEndsOn: null,
      },
      plan: { code: 'FREE', name: 'Free' },
      status: 'ACTIVE',
      statusReason: 'Active since 2021-05-01 with no period end (R-LIFE-1, R-CAT-2)',
      currentPeriodStart: '2021-05-01',
      currentPeriodEnd: null,
      openEnded: true,
      expiresOn: null,
      daysLeft: null,
      renewalOpensOn: null,
      graceEndsOn: null,
      enterpriseNumber: null,
      nextTransition: null,
      entitlements: { service: true, initiateSessions: true, addSeats: true, renew: false },
    };
    const html = renderHtml(<SubscriptionCard subscription={free} />);
    const expires = html.slice(html.indexOf('data-testid="expires-on"'));
    expect(expires.slice(0, expires.indexOf('</div>'))).toContain('No end — free plan');
    const period = html.slice(html.indexOf('data-testid="current-period"'));
    expect(period.slice(0, period.indexOf('</div>'))).toContain(
      '<time dateTime="2021-05-01">May 1, 2021</time> – No end — free plan',
    );
    expect(html).not.toContain('data-testid="next-transition"');
    const zh = renderHtml(<SubscriptionCard subscription={free} />, 'zh-CN');
    expect(zh).toContain('无期限（免费版）');
  });

  it('reads in Chinese', () => {
    const html = renderHtml(<SubscriptionCard subscription={subscription} />, 'zh-CN');
    expect(html).toContain('宽限期');
    expect(html).toContain('2022年5月31日');
  });

  it('R-LIFE-6 says nothing is left out when the whole history fits', () => {
    const html = renderHtml(<SubscriptionCard subscription={subscription} />);
    expect(html).not.toContain('data-testid="history-truncated"');
    expect(html).not.toContain('Earlier transitions');
  });

  describe('a history longer than the latest 20 transitions', () => {
    const activated = {
      cursor: 'c1',
      node: {
        cause: 'ACTIVATED',
        effectiveOn: '2021-05-01',
        occurredAt: '2021-05-01T02:00:00.000Z',
        fromStatus: 'PENDING_ACTIVATION' as const,
        toStatus: 'ACTIVE' as const,
        reason: 'Activated 2021-05-01 (R-OPEN-3)',
        rules: [{ id: 'R-OPEN-3', summary: 'Activation' }],
      },
    };
    const truncated: SubscriptionCardFragment = {
      ...subscription,
      historyConnection: {
        // `last: 20` answers the latest transitions in time order, oldest of them first.
        edges: [activated, ...subscription.historyConnection.edges],
        pageInfo: { hasPreviousPage: true },
      },
    };

    it('R-LIFE-6 notes that earlier transitions are not shown', () => {
      const html = renderHtml(<SubscriptionCard subscription={truncated} />);
      expect(html).toContain('data-testid="history-truncated"');
      expect(html).toContain('Earlier transitions are not shown: these are the latest 2.');
      // The note comes before the timeline it qualifies.
      expect(html.indexOf('history-truncated')).toBeLessThan(html.indexOf('data-testid="history"'));
    });

    it('R-LIFE-6 keeps the timeline oldest to newest', () => {
      const html = renderHtml(<SubscriptionCard subscription={truncated} />);
      const activatedAt = html.indexOf('Activated 2021-05-01 (R-OPEN-3)');
      const graceAt = html.indexOf('Period ended: grace for one month (R-LIFE-2)');
      expect(activatedAt).toBeGreaterThan(-1);
      expect(activatedAt).toBeLessThan(graceAt);
    });

    it('notes it in Chinese too', () => {
      const html = renderHtml(<SubscriptionCard subscription={truncated} />, 'zh-CN');
      expect(html).toContain('更早的变更未显示：以下为最近 2 条。');
    });
  });

  it('R-CAT-4 R-MIG-1 a sunset product says when renewals stop and the service ends, and offers its upgrade while open', () => {
    const open: SubscriptionCardFragment = {
      ...subscription,
      status: 'ACTIVE',
      upgradeOffer: {
        toProductCode: 'QIDIAN',
        promotion: true,
        promotionUpgradeBy: '2021-12-31',
        rules: [{ id: 'R-MIG-1', summary: 'Upgrade to Qidian' }],
      },
    };
    const html = renderHtml(<SubscriptionCard subscription={open} />);
    const sunset = html.slice(html.indexOf('data-testid="sunset"'));
    expect(sunset.slice(0, sunset.indexOf('</p>'))).toMatch(
      /Enterprise QQ is being retired.*Oct 28, 2021.*Jan 31, 2022.*R-CAT-4/,
    );
    const offer = html.slice(html.indexOf('data-testid="upgrade-offer"'));
    expect(offer).toMatch(/Upgrade to QIDIAN is open\..*Dec 31, 2021.*original-price/);
    const late = renderHtml(
      <SubscriptionCard
        subscription={{ ...open, upgradeOffer: { ...open.upgradeOffer!, promotion: false } }}
      />,
    );
    expect(late).toContain('The original-price promotion has ended');
    expect(renderHtml(<SubscriptionCard subscription={subscription} />)).not.toContain(
      'data-testid="upgrade-offer"',
    );
    expect(renderHtml(<SubscriptionCard subscription={open} />, 'zh-CN')).toContain('原价续费活动');
  });

  it('R-LIFE-3 R-LIFE-5 an ended subscription shows no days left', () => {
    expect(renderHtml(<SubscriptionCard subscription={subscription} />)).toContain(
      'data-testid="days-left"',
    );
    for (const status of ['RECYCLED', 'TERMINATED'] as const)
      expect(
        renderHtml(<SubscriptionCard subscription={{ ...subscription, status, daysLeft: 0 }} />),
      ).not.toContain('data-testid="days-left"');
  });
});
