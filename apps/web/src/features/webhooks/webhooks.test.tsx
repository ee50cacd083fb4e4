import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { can } from '../../app/permissions.js';
import { navigationFor } from '../../app/routes.js';
import { renderHtml } from '../../components/test-render.js';
import type { WebhookDeliveryRowFragment, WebhookEndpointRowFragment } from '../../gql/graphql.js';
import { en } from '../../i18n/messages.en.js';
import { zhCN } from '../../i18n/messages.zh-cn.js';
import { WebhookDeliveriesTable, eventObjectPath } from './webhook-deliveries-table.js';
import { WebhookEndpointsTable } from './webhook-endpoints-table.js';
import {
  TEST_EVENT_TYPE,
  WEBHOOK_EVENT_TYPES,
  deliveryErrorText,
  disabledReasonText,
} from './webhook-labels.js';

const apiSource = (file: string) =>
  readFileSync(new URL(`../../../../api/src/modules/${file}`, import.meta.url), 'utf8');

const t = (key: string, values: Record<string, string | number> = {}) =>
  (en[key as keyof typeof en] as string).replace(/\{(\w+)\}/g, (_, name: string) =>
    String(values[name]),
  );

describe('the event types', () => {
  it('are the API’s BILLING_EVENT_TYPES, in its order', () => {
    const source = apiSource('events/events.ts');
    const list = /BILLING_EVENT_TYPES = \[([^\]]*)\]/.exec(source)?.[1] ?? '';
    const types = [...list.matchAll(/'([^']+)'/g)].map((match) => match[1]);
    expect(types.length).toBeGreaterThan(5);
    expect([...WEBHOOK_EVENT_TYPES]).toEqual(types);
  });

  it('each has a label in both languages, words in Chinese', () => {
    for (const type of [...WEBHOOK_EVENT_TYPES, TEST_EVENT_TYPE]) {
      const key = `webhookEventType.${type}`;
      expect(en).toHaveProperty([key]);
      expect(zhCN[key as keyof typeof zhCN]).not.toMatch(/[A-Za-z]{2,}/);
    }
  });
});

describe('the API’s stored English words, in the reader’s language', () => {
  it('reads the reasons the API records for disabling an endpoint', () => {
    // The API's own wordings (a change there must change these patterns too).
    const resolver = apiSource('webhooks/webhooks.resolver.ts');
    expect(resolver).toContain("'an operator' : 'an administrator of the account'");
    expect(resolver).toContain('`Disabled by ${who}`');
    expect(apiSource('webhooks/webhook-worker.ts')).toContain(
      '`Every delivery failed for ${disableAfterHours} hours',
    );
    const tr = t as never;
    expect(disabledReasonText(tr, 'Disabled by an operator')).toBe('Disabled by an operator');
    expect(disabledReasonText(tr, 'Disabled by an administrator of the account')).toBe(
      'Disabled by an administrator of the account',
    );
    expect(
      disabledReasonText(
        tr,
        'Every delivery failed for 72 hours (since 2026-12-01T00:00:00.000Z): fix the receiver, then enable the endpoint to send what is waiting',
      ),
    ).toMatch(/^Disabled after every delivery failed for 72 hours/);
    expect(disabledReasonText(tr, 'Something else')).toBe('Something else');
  });

  it('reads the errors the API records for a failed attempt', () => {
    const send = apiSource('webhooks/send.ts');
    for (const wording of [
      '`The endpoint answered ${response.status} (a redirect, not followed): give its final URL`',
      '`The endpoint answered ${response.status}`',
      '`The endpoint did not answer within ${options.timeoutMs / 1000} s`',
      '`The endpoint could not be reached: ${cause}`',
    ])
      expect(send).toContain(wording);
    expect(apiSource('webhooks/webhook-worker.ts')).toContain(
      "`${result.error ?? 'failed'} (given up after ${attempts} attempts)`",
    );
    const zh = (key: string, values: Record<string, string | number> = {}) =>
      (zhCN[key as keyof typeof zhCN] as string).replace(/\{(\w+)\}/g, (_, name: string) =>
        String(values[name]),
      );
    const tr = zh as never;
    expect(deliveryErrorText(tr, 'The endpoint answered 503')).toBe('端点应答 503');
    expect(deliveryErrorText(tr, 'The endpoint answered 503 (given up after 3 attempts)')).toBe(
      '端点应答 503（尝试 3 次后放弃）',
    );
    expect(deliveryErrorText(tr, 'The endpoint did not answer within 10 s')).toBe(
      '端点未在 10 秒内应答',
    );
    expect(
      deliveryErrorText(
        tr,
        'The endpoint answered 302 (a redirect, not followed): give its final URL',
      ),
    ).toMatch(/^端点应答 302（重定向/);
    expect(deliveryErrorText(tr, 'The endpoint could not be reached: connect ECONNREFUSED')).toBe(
      '无法连接端点：connect ECONNREFUSED',
    );
    expect(deliveryErrorText(tr, 'odd')).toBe('odd');
  });
});

const endpoint: WebhookEndpointRowFragment = {
  id: 'V2ViaG9va0VuZHBvaW50OjE',
  url: 'https://erp.example.com/hooks',
  description: 'ERP sync',
  eventTypes: ['order.paid', 'refund.paid_out'],
  status: 'ENABLED',
  disabledReason: null,
  disabledAt: null,
  failingSince: null,
  createdAt: '2026-12-01T02:00:00.000Z',
  account: { id: 'QWNjb3VudDox', name: 'Mine Co' },
};
const everyAccount: WebhookEndpointRowFragment = {
  ...endpoint,
  id: 'V2ViaG9va0VuZHBvaW50OjI',
  url: 'https://audit.example.com/all',
  description: '',
  eventTypes: [],
  status: 'DISABLED',
  disabledReason: 'Disabled by an operator',
  disabledAt: '2026-12-02T02:00:00.000Z',
  failingSince: '2026-12-01T05:00:00.000Z',
  account: null,
};

describe('the endpoints table', () => {
  it('shows the URL, the account or every account, the types, status and failing since', () => {
    const html = renderHtml(
      <WebhookEndpointsTable endpoints={[endpoint, everyAccount]} caption="2 of 2" showAccount />,
    );
    expect(html).toContain('https://erp.example.com/hooks');
    expect(html).toContain('ERP sync');
    expect(html).toContain('Mine Co');
    expect(html).toContain('Every account');
    expect(html).toContain('order.paid, refund.paid_out');
    expect(html).toContain('Every event type');
    expect(html).toContain('badge-good">Enabled');
    expect(html).toContain('badge-bad">Disabled');
    expect(html).toContain('Disabled by an operator');
    expect(html).toContain('dateTime="2026-12-01T05:00:00.000Z"');
    expect(html).toContain('Not failing');
    expect(html).not.toContain('whsec_');
  });

  it('leaves the account out for a customer, and speaks Chinese', () => {
    const html = renderHtml(
      <WebhookEndpointsTable endpoints={[endpoint]} caption="1" showAccount={false} />,
      'zh-CN',
    );
    expect(html).not.toContain('Mine Co');
    expect(html).toContain('订单已支付, 退款已付出');
    expect(html).toContain('已启用');
  });

  it('says so when there are none', () => {
    expect(renderHtml(<WebhookEndpointsTable endpoints={[]} caption="" showAccount />)).toContain(
      'No webhook endpoints yet.',
    );
  });
});

const paid: WebhookDeliveryRowFragment = {
  id: 'V2ViaG9va0RlbGl2ZXJ5OjE',
  eventType: 'order.paid',
  status: 'SUCCEEDED',
  attempts: 1,
  nextAttemptAt: null,
  lastAttemptAt: '2026-12-01T02:00:01.000Z',
  lastStatusCode: 200,
  latencyMs: 35,
  lastError: null,
  responseExcerpt: 'received',
  deliveredAt: '2026-12-01T02:00:01.000Z',
  createdAt: '2026-12-01T02:00:00.000Z',
  event: {
    id: 'QmlsbGluZ0V2ZW50OjE',
    type: 'order.paid',
    businessDate: '2026-12-01',
    objectType: 'Order',
    objectId: 'T3JkZXI6MQ',
    account: { id: 'QWNjb3VudDox' },
  },
};
const retrying: WebhookDeliveryRowFragment = {
  ...paid,
  id: 'V2ViaG9va0RlbGl2ZXJ5OjI',
  status: 'PENDING',
  attempts: 2,
  nextAttemptAt: '2026-12-01T02:01:00.000Z',
  lastStatusCode: 503,
  lastError: 'The endpoint answered 503',
  responseExcerpt: 'busy',
};
const test: WebhookDeliveryRowFragment = {
  ...paid,
  id: 'V2ViaG9va0RlbGl2ZXJ5OjM',
  eventType: 'webhook.test',
  status: 'FAILED',
  lastStatusCode: null,
  latencyMs: 3,
  lastError: 'The endpoint could not be reached: connect ECONNREFUSED 127.0.0.1:9',
  responseExcerpt: null,
  event: null,
};

describe('the deliveries table', () => {
  const resend = () => Promise.resolve();

  it('shows each delivery’s event, status, attempts, answer and next retry; Resend only when it is not pending', () => {
    const html = renderHtml(
      <WebhookDeliveriesTable
        deliveries={[paid, retrying, test]}
        caption="3"
        operator
        onResend={resend}
      />,
    );
    expect(html).toContain('href="/orders/T3JkZXI6MQ"');
    expect(html).toContain('title="QmlsbGluZ0V2ZW50OjE"');
    expect(html).toContain('badge-good">Succeeded');
    expect(html).toContain('badge-warn">Pending');
    expect(html).toContain('badge-bad">Failed');
    expect(html).toContain('35 ms');
    expect(html).toContain('received');
    expect(html).toContain('The endpoint answered 503');
    expect(html).toContain('dateTime="2026-12-01T02:01:00.000Z"');
    expect(html).toContain('webhook.test (test event)');
    expect(html).toContain('ECONNREFUSED');
    // One Resend: the succeeded event's (the pending one waits, the test event has no event).
    expect(html.match(/>Resend</g)).toHaveLength(1);
  });

  it('offers no Resend where nothing may be resent (a disabled endpoint)', () => {
    const html = renderHtml(
      <WebhookDeliveriesTable deliveries={[paid]} caption="1" operator onResend={null} />,
    );
    expect(html).not.toContain('>Resend<');
  });

  it('speaks Chinese', () => {
    const html = renderHtml(
      <WebhookDeliveriesTable deliveries={[paid, retrying]} caption="" operator={false} />,
      'zh-CN',
    );
    expect(html).toContain('订单已支付');
    expect(html).toContain('35 毫秒');
    expect(html).toContain('端点应答 503');
    expect(html).toContain('待发送');
  });

  it('links an event to what it is about: the console’s pages, or the customer’s portal', () => {
    const event = paid.event!;
    expect(eventObjectPath({ ...event, objectType: 'Refund' }, false)).toBe('/refunds/T3JkZXI6MQ');
    expect(eventObjectPath({ ...event, objectType: 'Invoice' }, false)).toBe(
      '/my-account/invoices',
    );
    expect(eventObjectPath({ ...event, objectType: 'Invoice' }, true)).toBe(
      '/accounts/QWNjb3VudDox/portal/invoices',
    );
    expect(eventObjectPath({ ...event, objectType: 'Subscription' }, true)).toBe(
      '/accounts/QWNjb3VudDox',
    );
    expect(eventObjectPath({ ...event, objectType: 'Subscription' }, false)).toBe('/my-account');
  });
});

describe('the Webhooks page in the navigation', () => {
  it('is there for operators and customer administrators, not for members', () => {
    const has = (role: 'OPERATOR' | 'CUSTOMER_ADMIN' | 'CUSTOMER_MEMBER') =>
      navigationFor(role).some((item) => item.label === 'nav.webhooks');
    expect(has('OPERATOR')).toBe(true);
    expect(has('CUSTOMER_ADMIN')).toBe(true);
    expect(has('CUSTOMER_MEMBER')).toBe(false);
    expect(can('CUSTOMER_MEMBER', 'webhooks.manage')).toBe(false);
  });
});
