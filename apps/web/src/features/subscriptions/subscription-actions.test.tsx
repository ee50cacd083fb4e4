import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../components/test-render.js';
import type { SubscriptionCardFragment } from '../../gql/graphql.js';
import { SubscriptionActions } from './subscription-actions.js';

const client = new ApolloClient({ link: ApolloLink.empty(), cache: new InMemoryCache() });

const base = {
  id: 'U3ViOjE',
  product: { code: 'EXMAIL', name: 'Exmail', maxRenewalYears: 3 },
  plan: { code: 'STANDARD', name: 'Standard' },
  status: 'ACTIVE',
  openEnded: false,
  entitlements: { service: true, initiateSessions: true, addSeats: true, renew: true },
} as unknown as SubscriptionCardFragment;

function actions(subscription: SubscriptionCardFragment, locale: 'en' | 'zh-CN' = 'en') {
  return renderHtml(
    <ApolloProvider client={client}>
      <SubscriptionActions subscription={subscription} canActivate={false} />
    </ApolloProvider>,
    locale,
  );
}

describe('SubscriptionActions', () => {
  it('R-RENEW-1 a paid plan offers Renew and no Leave', () => {
    const html = actions(base);
    expect(html).toContain('>Renew</button>');
    expect(html).not.toContain('>Leave</button>');
  });

  it('R-CAT-2 a free plan hides Renew and offers Leave (退出 in Chinese)', () => {
    const free = {
      ...base,
      plan: { code: 'FREE', name: 'Free' },
      openEnded: true,
    } as SubscriptionCardFragment;
    const html = actions(free);
    expect(html).not.toContain('>Renew</button>');
    expect(html).toContain('>Leave</button>');
    expect(actions(free, 'zh-CN')).toContain('>退出</button>');
    // A free plan already ended has nothing to leave.
    expect(actions({ ...free, status: 'TERMINATED' } as SubscriptionCardFragment)).not.toContain(
      '>Leave</button>',
    );
  });

  it('R-RENEW-1 R-SEAT-1 offers no action the entitlements say is not allowed today', () => {
    const closed = {
      ...base,
      entitlements: { service: true, initiateSessions: true, addSeats: false, renew: false },
    } as SubscriptionCardFragment;
    const html = actions(closed);
    expect(html).not.toContain('>Renew</button>');
    expect(html).not.toContain('>Add seats</button>');
    expect(html).toContain('>Remove seats</button>');
    const ended = actions({ ...closed, status: 'TERMINATED' } as SubscriptionCardFragment);
    expect(ended).not.toContain('>Remove seats</button>');
  });
});
