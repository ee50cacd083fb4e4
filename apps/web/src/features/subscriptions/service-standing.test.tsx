import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../components/test-render.js';
import { ServiceStandingActions, type StandingTarget } from './service-standing.js';

const client = new ApolloClient({ link: ApolloLink.empty(), cache: new InMemoryCache() });

const active: StandingTarget = {
  id: 'U3ViOjE',
  status: 'ACTIVE',
  violationLevel: 'NONE',
  product: { name: 'Qidian' },
  plan: { name: 'Seats' },
  terminationNotice: null,
};

function render(subscription: StandingTarget, locale: 'en' | 'zh-CN' = 'en') {
  return renderHtml(
    <ApolloProvider client={client}>
      <ServiceStandingActions subscription={subscription} />
    </ApolloProvider>,
    locale,
  );
}

describe('ServiceStandingActions', () => {
  it('R-VIO-1 R-TERM-1 a subscription in service with no violation offers a violation and a notice, no appeal', () => {
    const html = render(active);
    expect(html).toContain('Violations: none');
    expect(html).toContain('>Record a violation</button>');
    expect(html).toContain('>Give termination notice</button>');
    expect(html).not.toContain('>Uphold an appeal</button>');
    expect(render(active, 'zh-CN')).toContain('>记录违规</button>');
  });

  it('R-VIO-1 a suspended one may be appealed or stepped up to a ban', () => {
    const html = render({ ...active, status: 'SUSPENDED', violationLevel: 'SUSPENDED' });
    expect(html).toContain('>Uphold an appeal</button>');
    expect(html).toContain('>Record a violation</button>');
  });

  it('R-VIO-1 a banned (terminated) one can only be appealed: nothing steps past a ban', () => {
    const html = render({ ...active, status: 'TERMINATED', violationLevel: 'BANNED' });
    expect(html).toContain('>Uphold an appeal</button>');
    expect(html).not.toContain('>Record a violation</button>');
    expect(html).not.toContain('>Give termination notice</button>');
  });

  it('R-TERM-1 a scheduled notice is shown with its date and not offered twice', () => {
    const html = render({
      ...active,
      terminationNotice: { status: 'SCHEDULED', effectiveOn: '2024-03-20' },
    });
    expect(html).toContain('termination notice: ends on Mar 20, 2024');
    expect(html).not.toContain('>Give termination notice</button>');
  });

  it('an ended subscription with no violation shows nothing', () => {
    expect(render({ ...active, status: 'RECYCLED' })).toBe('');
    expect(render({ ...active, status: 'PENDING_ACTIVATION' })).toBe('');
  });
});
