import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../components/test-render.js';
import type { QuoteViewFragment } from '../../gql/graphql.js';
import { QuotePreview, type LiveQuote } from './live-quote.js';

// R-SEAT-4's example exactly as the API answers it: the preview shows it and computes nothing.
const quote: QuoteViewFragment = {
  action: 'ADD_SEATS',
  asOf: '2021-10-10',
  total: { amount: '3990.00', currency: 'CNY' },
  periodStart: '2021-10-10',
  periodEnd: '2022-05-01',
  openEnded: false,
  // R-CAT-4: EQQ's service ends before the period priced does.
  serviceEndsOn: '2022-01-31',
  explanation:
    '6 seats × ¥95.00 × 7 months = ¥3,990.00 (R-SEAT-3: 6 months and 21 days rounded to 7; R-SEAT-4: tier 11–20)',
  rules: [{ id: 'R-SEAT-3', summary: 'Billable months' }],
  lines: [
    {
      description: '6 seats × ¥95.00 × 7 months',
      quantity: 6,
      months: 7,
      unitPrice: { amount: '95.00', currency: 'CNY' },
      amount: { amount: '3990.00', currency: 'CNY' },
      rules: [{ id: 'R-SEAT-4', summary: 'Seat charge' }],
    },
  ],
  userErrors: [],
};

function live(overrides: Partial<LiveQuote>): LiveQuote {
  return {
    quote,
    fresh: true,
    error: null,
    retry: () => {},
    fieldErrors: {},
    ready: true,
    idle: false,
    ...overrides,
  };
}

describe('QuotePreview', () => {
  it('R-SEAT-3 R-SEAT-4 shows every line, the API’s total and explanation, marked fresh', () => {
    const html = renderHtml(<QuotePreview live={live({})} fields={['seats']} emptyHint="" />);
    expect(html).toContain('data-fresh="true"');
    expect(html).toContain('6 seats × ¥95.00 × 7 months');
    expect(html).toContain('¥95.00');
    expect(html).toMatch(/<tfoot>.*¥3,990\.00/);
    expect(html).toContain('rounded to 7');
    expect(html).toContain('R-SEAT-4');
  });

  it('dims a quote that no longer matches the inputs', () => {
    const html = renderHtml(
      <QuotePreview live={live({ fresh: false, ready: false })} fields={[]} emptyHint="" />,
    );
    expect(html).toContain('data-fresh="false"');
    expect(html).toContain('quote-body stale');
    expect(html).toContain('Updating the price…');
  });

  it('R-CAT-3 names a refusal once, leaving field refusals to the form', () => {
    const refusal =
      'Adding 60 seats to 5 makes 65, above the plan’s maximum of 50 (R-SEAT-1, R-CAT-3)';
    const refused = {
      ...quote,
      total: null,
      lines: [],
      explanation: refusal,
      userErrors: [{ code: 'SEAT_LIMIT' as const, message: refusal, field: ['seats'] }],
    };
    const html = renderHtml(
      <QuotePreview
        live={live({ quote: refused, ready: false })}
        fields={['seats']}
        emptyHint=""
      />,
    );
    expect(html.split('maximum of 50')).toHaveLength(2);
    expect(html).not.toContain('<table');
  });

  it('asks for input before there is anything to price', () => {
    const html = renderHtml(
      <QuotePreview live={live({ idle: true, quote: null })} fields={[]} emptyHint="Enter seats" />,
    );
    expect(html).toBe('<p class="muted quote-hint">Enter seats</p>');
  });

  it('R-CAT-4 says when the period priced runs past the product’s service end, in both languages', () => {
    const html = renderHtml(<QuotePreview live={live({})} fields={[]} emptyHint="" />);
    const note = html.slice(html.indexOf('data-testid="quote-past-service-end"'));
    expect(note.slice(0, note.indexOf('</p>'))).toContain('Note: the service ends on');
    expect(note).toContain('Jan 31, 2022');
    expect(
      renderHtml(<QuotePreview live={live({})} fields={[]} emptyHint="" />, 'zh-CN'),
    ).toContain('注意：服务将于');
    const within = renderHtml(
      <QuotePreview
        live={live({ quote: { ...quote, serviceEndsOn: null } })}
        fields={[]}
        emptyHint=""
      />,
    );
    expect(within).not.toContain('quote-past-service-end');
  });
});
