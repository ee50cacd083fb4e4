// The README's examples (examples/*.ts, embedded verbatim by scripts/embed-examples.mjs) run
// against the real API.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openOrExplain } from '../examples/handling-errors.js';
import { quickStart } from '../examples/quick-start.js';
import { refundIfEligible } from '../examples/refund.js';
import { activeEqq, advanceTo, apiUrl, customerAt } from './api.js';

describe('README examples', () => {
  it('every example is in the README, verbatim', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const examples = readdirSync(new URL('../examples/', import.meta.url)).filter((name) =>
      name.endsWith('.ts'),
    );
    expect(examples.length).toBeGreaterThan(0);
    for (const name of examples) {
      const source = readFileSync(new URL(`../examples/${name}`, import.meta.url), 'utf8');
      expect(readme, `README.md embeds examples/${name}`).toContain(
        `<!-- example: examples/${name} -->\n\`\`\`ts\n${source}\`\`\``,
      );
    }
  });

  it('quick start: R-OPEN-1 quote, order and pay 5 EQQ seats for 5,000.00', async () => {
    const { token, accountId } = await customerAt('2021-04-20');
    const result = await quickStart(apiUrl(), token, accountId);
    expect(result).toMatchObject({ total: '5000.00', totalFen: 500_000n, status: 'PAID' });
    expect(result.explanation.join('\n')).toContain('R-OPEN-1');
  });

  it('handling errors: SEAT_LIMIT, success, and a bad token, each as a sentence', async () => {
    const { token, accountId } = await customerAt('2021-04-20');
    expect(await openOrExplain(apiUrl(), token, accountId, 51)).toMatch(/^Too many seats: /);
    expect(await openOrExplain(apiUrl(), token, accountId, 3)).toBe('Ordered: 3000.00 CNY');
    expect(await openOrExplain(apiUrl(), 'wrong-token', accountId, 3)).toBe(
      'Check the token (UNAUTHENTICATED)',
    );
    expect(await openOrExplain('http://127.0.0.1:9/graphql', token, accountId, 3)).toBe(
      'The API is unavailable (4 attempts)',
    );
  });

  it('refund: R-REF-7DAY requested on day 3 for the full 5,000.00; R-REF-OTHERWISE refused once the window closed', async () => {
    const early = await activeEqq('2021-05-01');
    await advanceTo(early.operator, early.clockId, '2021-05-04');
    expect(await refundIfEligible(apiUrl(), early.token, early.orderId)).toMatchObject({
      requested: true,
      status: 'REQUESTED',
      payout: '5000.00',
      rules: expect.arrayContaining(['R-REF-7DAY']),
    });

    const late = await activeEqq('2021-05-01');
    await advanceTo(late.operator, late.clockId, '2021-05-20');
    const refused = await refundIfEligible(apiUrl(), late.token, late.orderId);
    expect(refused).toMatchObject({
      requested: false,
      rules: expect.arrayContaining(['R-REF-OTHERWISE']),
    });
    expect(refused.why).not.toBe('');
  });
});
