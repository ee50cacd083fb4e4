import { describe, expect, it } from 'vitest';
import { RULES } from './rules.js';
import { QUOTED_INPUT_MAX, noSuch, quotedInput, userMessageProblems } from './user-message.js';

const publicNames = new Set(['buyValueAdded', 'openSubscription', 'idempotencyKey', 'ACTIVE']);
const knownRules = Object.keys(RULES);

describe('userMessageProblems', () => {
  it('accepts a message that says what is wrong, what to do next and the rule', () => {
    expect(
      userMessageProblems(
        'VAS items are one-off purchases, not subscriptions: buy them with buyValueAdded (R-CAT-2)',
        { publicNames, rules: ['R-CAT-2'], knownRules },
      ),
    ).toEqual([]);
  });

  it('flags an internal function name (the tester’s example)', () => {
    expect(
      userMessageProblems(
        'VAS items are one-off purchases, not subscriptions (use priceValueAdded)',
        { publicNames },
      ),
    ).toEqual(['names priceValueAdded, which is not a public operation, field or value']);
  });

  it('flags snake_case, dotted and called names, but not public ones', () => {
    const problems = userMessageProblems(
      'Bad account_id in input.seats from validateRefundInput(): try again',
      { publicNames },
    );
    expect(problems).toEqual([
      'names validateRefundInput(), which is not a public operation, field or value',
      'names account_id, which is not a public operation, field or value',
      'names input.seats, which is not a public operation, field or value',
    ]);
    expect(
      userMessageProblems('The idempotencyKey was used before: use a new one', { publicNames }),
    ).toEqual([]);
  });

  it('skips quoted user input', () => {
    expect(
      userMessageProblems('The title “myCompany_ltd” must equal the verified name', {
        publicNames,
        kind: 'validation',
      }),
    ).toEqual([]);
  });

  it('flags stack traces, SQL, database errors and unrendered values', () => {
    const problems = (message: string) =>
      userMessageProblems(`${message}: try again`, { publicNames: [] });
    expect(problems('Failed at Object.run (/srv/api/dist/main.js:10:5)')).toContain(
      'shows a stack trace: at Object.run (/srv/api/dist/main.js:10:5)',
    );
    expect(problems('Failed: SELECT id FROM orders')).toContain('shows SQL: SELECT id FROM');
    expect(problems('duplicate key value violates unique constraint "x"').join(' ')).toContain(
      'a database error',
    );
    expect(problems('The status is undefined').join(' ')).toContain('unrendered value');
    expect(problems('The amount is NaN').join(' ')).toContain('unrendered value');
    expect(problems('Got [object Object]').join(' ')).toContain('unrendered value');
  });

  it('asks for a next step in a refusal, for what is acceptable in a validation message', () => {
    expect(userMessageProblems('The order is cancelled', { publicNames })).toEqual([
      'does not say what the user can do next',
    ]);
    expect(
      userMessageProblems('The order is cancelled: place a new order', { publicNames }),
    ).toEqual([]);
    expect(
      userMessageProblems('Renewal opens on 2024-05-01: renew from then on', { publicNames }),
    ).toEqual([]);
    expect(userMessageProblems('The name is wrong', { publicNames, kind: 'validation' })).toEqual([
      'does not say what input is acceptable',
    ]);
    expect(
      userMessageProblems('The name must be 1–200 characters', { publicNames, kind: 'validation' }),
    ).toEqual([]);
  });

  it('asks for a rule id of the refusal, and knows the rule ids', () => {
    expect(
      userMessageProblems('Not refundable: ask an operator', {
        publicNames,
        rules: ['R-REF-NONREF', 'R-REF-OTHERWISE'],
      }),
    ).toEqual(['names none of the rules that decided it (R-REF-NONREF, R-REF-OTHERWISE)']);
    expect(
      userMessageProblems('Not refundable (R-REF-NONREF): ask an operator', {
        publicNames,
        rules: ['R-REF-NONREF', 'R-REF-OTHERWISE'],
        knownRules,
      }),
    ).toEqual([]);
    expect(
      userMessageProblems('Not refundable (R-REF-NOPE): ask an operator', {
        publicNames,
        knownRules,
      }),
    ).toEqual(['names an unknown rule R-REF-NOPE']);
  });

  it('has no false positives on plain English, Chinese, amounts, dates and rule ids', () => {
    for (const message of [
      'The balance of ¥1,005.46 does not cover ¥3,990.00 (¥2,984.54 short): top up the balance first (R-PAY-4)',
      'A special VAT invoice (增值税专用发票) needs the general-taxpayer certificate on file: upload it, then request again (R-INV-1)',
      '余额不足，请先充值 (R-PAY-4)',
      'Renewal opens on 2024-05-01, 1 month before the period end 2024-06-01: come back then (R-RENEW-1)',
      'Plan EQQ-STD allows 1–100 seats, got 101: choose fewer seats (R-CAT-3)',
      'The e-fapiao number must be 8 or 20 digits: check it and enter it again',
      'WeChat Pay, Alipay and the wallet are accepted: choose one of them',
    ]) {
      expect(userMessageProblems(message, { publicNames, knownRules }), message).toEqual([]);
    }
  });

  it('calls an empty message a problem', () => {
    expect(userMessageProblems('  ', { publicNames })).toEqual(['the message is empty']);
  });
});

describe('quotedInput', () => {
  it('quotes, flattens and cuts user input', () => {
    expect(quotedInput('Acme Ltd')).toBe('“Acme Ltd”');
    expect(quotedInput('a\nb\u0007c')).toBe('“a b c”');
    expect(quotedInput('say “hi”')).toBe('“say "hi"”');
    const long = quotedInput('x'.repeat(100));
    expect([...long].length).toBe(QUOTED_INPUT_MAX + 2);
    expect(long.endsWith('…”')).toBe(true);
  });

  it('hides internal-looking input from the checker', () => {
    expect(
      userMessageProblems(
        `The reason ${quotedInput('select_all')} is unknown: choose one of the listed reasons`,
        {
          publicNames: [],
        },
      ),
    ).toEqual([]);
  });
});

describe('noSuch', () => {
  it('says what is missing and what to do', () => {
    expect(noSuch('order', 'T3JkZXI6MQ==')).toBe(
      'There is no order “T3JkZXI6MQ==” you can see: check the id, or look the order up again in its list',
    );
    expect(noSuch('account')).toBe(
      'There is no such account you can see: check the id, or look the account up again in its list',
    );
    expect(userMessageProblems(noSuch('test clock', 'x'), { publicNames: [] })).toEqual([]);
  });
});
