import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../components/test-render.js';
import type { RefundDecisionViewFragment } from '../../gql/graphql.js';
import { RefundDecisionView } from './refund-decision.js';

const refused: RefundDecisionViewFragment = {
  eligible: false,
  asOf: '2021-05-20',
  explanation: 'Not refundable (R-REF-OTHERWISE): the 7-day window closed on 2021-05-08',
  endsSubscription: false,
  amount: { amount: '0.00', currency: 'CNY' },
  fee: { amount: '0.00', currency: 'CNY' },
  payout: { amount: '0.00', currency: 'CNY' },
  rules: [{ id: 'R-REF-OTHERWISE', summary: 'Anything no rule allows is not refundable' }],
  considered: [
    {
      applied: false,
      why: 'the 7-day window closed on 2021-05-08, requested 2021-05-20',
      rule: { id: 'R-REF-7DAY', summary: 'Within 7 natural days of activation' },
    },
    {
      applied: true,
      why: 'no rule allows it',
      rule: { id: 'R-REF-OTHERWISE', summary: 'Anything no rule allows is not refundable' },
    },
  ],
};

describe('RefundDecisionView', () => {
  it('R-REF-OTHERWISE shows a refusal with every rule considered and why', () => {
    const html = renderHtml(<RefundDecisionView decision={refused} />);
    expect(html).toContain('Not refundable');
    expect(html).toContain('the 7-day window closed on 2021-05-08, requested 2021-05-20');
    expect(html).toContain('<li class="not-applied">');
    expect(html).toContain('<li class="applied">');
    expect(html).toContain('Rules considered (2)');
    expect(html).toContain('data-amount="0.00"');
  });

  it('R-REF-7DAY shows an eligible refund’s amounts as the API computed them', () => {
    const granted = {
      ...refused,
      eligible: true,
      explanation: 'Refund ¥5,000.00, no fee: within 7 days of activation (R-REF-7DAY)',
      amount: { amount: '5000.00', currency: 'CNY' as const },
      payout: { amount: '5000.00', currency: 'CNY' as const },
    };
    const html = renderHtml(<RefundDecisionView decision={granted} />, 'zh-CN');
    expect(html).toContain('可退款');
    expect(html).toContain('¥5,000.00');
  });
});
