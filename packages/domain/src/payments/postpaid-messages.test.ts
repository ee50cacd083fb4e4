import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderMessage, type Message } from '../explain/messages.js';
import { yuan, type Fen } from '../money/money.js';
import { latinWords } from '../test-support/latin-words.js';
import { addDays, parseDate } from '../time/business-date.js';
import { DEMO_POSTPAID_TERMS, lateFee, postpaidBill } from './postpaid-bill.js';

const d = parseDate;
const due = d('2024-02-15');

/** The reason of a result in both languages; English is the reason exactly. */
function both(result: { ok: false } | { ok: true; reason: string; reasonMessage: Message }) {
  if (!result.ok) throw new Error('refused');
  const en = renderMessage(result.reasonMessage, 'en');
  expect(en).toBe(result.reason);
  const zh = renderMessage(result.reasonMessage, 'zh-CN');
  expect(latinWords(zh)).toEqual([]);
  return { en, zh };
}

describe('R-PAY-5 a postpaid bill’s reason as a message', () => {
  it('R-PAY-5 two lines: English as before, Chinese with the month, count, total and dates', () => {
    const bill = postpaidBill('2024-01', [
      { description: 'SMS', quantity: 1200, unitPrice: 5 },
      { description: 'Mass messages', quantity: 3, unitPrice: yuan(100) },
    ]);
    expect(both(bill)).toEqual({
      en: 'usage of 2024-01: 2 lines, ¥360.00; issued 2024-02-01, due 2024-02-15 (R-PAY-5)',
      zh: '2024-01 的用量：共 2 项，合计 ¥360.00；2024-02-01 出账，2024-02-15 到期（R-PAY-5）',
    });
  });

  it('R-PAY-5 one line and amounts past a thousand yuan', () => {
    const bill = postpaidBill('2024-12', [{ description: 'SMS', quantity: 1, unitPrice: 123_456 }]);
    expect(both(bill)).toEqual({
      en: 'usage of 2024-12: 1 line, ¥1,234.56; issued 2025-01-01, due 2025-01-15 (R-PAY-5)',
      zh: '2024-12 的用量：共 1 项，合计 ¥1,234.56；2025-01-01 出账，2025-01-15 到期（R-PAY-5）',
    });
  });
});

describe('R-PAY-5 R-MONEY-1 a late fee’s reason as a message', () => {
  it('R-PAY-5 nothing unpaid', () => {
    expect(both(lateFee(0, due, d('2024-12-31')))).toEqual({
      en: 'nothing unpaid: no late fee (R-PAY-5)',
      zh: '没有未付金额：不收滞纳金（R-PAY-5）',
    });
  });

  it('R-PAY-5 not overdue yet', () => {
    expect(both(lateFee(yuan(1000), due, due))).toEqual({
      en: '¥1,000.00 due on 2024-02-15 is not overdue yet: a late fee accrues from 2024-02-16 (R-PAY-5)',
      zh: '¥1,000.00 于 2024-02-15 到期，尚未逾期：滞纳金自 2024-02-16 起计（R-PAY-5）',
    });
  });

  it('R-PAY-5 R-MONEY-1 overdue, one day and twenty days', () => {
    expect(both(lateFee(yuan(1000), due, d('2024-02-16')))).toEqual({
      en: '¥1,000.00 × 0.05% × 1 day = ¥0.50 late fee, rounded half-up once; overdue since 2024-02-16; suspended on 2024-03-16 and closed on 2024-05-15 if still unpaid (R-PAY-5, R-MONEY-1)',
      zh: '滞纳金 ¥1,000.00 × 0.05% × 1 天 = ¥0.50，整笔四舍五入一次；自 2024-02-16 起逾期；如仍未付款，将于 2024-03-16 暂停服务，于 2024-05-15 关闭账户（R-PAY-5、R-MONEY-1）',
    });
    expect(both(lateFee(yuan(1000), due, d('2024-03-06'))).zh).toBe(
      '滞纳金 ¥1,000.00 × 0.05% × 20 天 = ¥10.00，整笔四舍五入一次；自 2024-02-16 起逾期；如仍未付款，将于 2024-03-16 暂停服务，于 2024-05-15 关闭账户（R-PAY-5、R-MONEY-1）',
    );
  });

  it('R-PAY-5 R-MONEY-1 suspended', () => {
    expect(both(lateFee(yuan(1000), due, d('2024-04-01')))).toEqual({
      en: '¥1,000.00 × 0.05% × 46 days = ¥23.00 late fee, rounded half-up once; service suspended since 2024-03-16 (30 days overdue); closed on 2024-05-15 if still unpaid (R-PAY-5, R-MONEY-1)',
      zh: '滞纳金 ¥1,000.00 × 0.05% × 46 天 = ¥23.00，整笔四舍五入一次；已自 2024-03-16 起暂停服务（逾期 30 天）；如仍未付款，将于 2024-05-15 关闭账户（R-PAY-5、R-MONEY-1）',
    });
  });

  it('R-PAY-5 R-MONEY-1 closed', () => {
    expect(both(lateFee(yuan(1000), due, d('2024-06-01')))).toEqual({
      en: '¥1,000.00 × 0.05% × 90 days = ¥45.00 late fee, rounded half-up once; account closed on 2024-05-15 (90 days overdue); the fee stopped accruing then (R-PAY-5, R-MONEY-1)',
      zh: '滞纳金 ¥1,000.00 × 0.05% × 90 天 = ¥45.00，整笔四舍五入一次；账户已于 2024-05-15 关闭（逾期 90 天）；滞纳金自此停止计算（R-PAY-5、R-MONEY-1）',
    });
  });

  it('R-PAY-5 R-MONEY-1 property: every unpaid amount and day writes English as the reason and Chinese without English words', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000_000 }),
        fc.integer({ min: -5, max: 200 }),
        fc.integer({ min: 0, max: 200 }),
        (unpaid, days, bp) => {
          both(
            lateFee(unpaid as Fen, due, addDays(due, days), {
              ...DEMO_POSTPAID_TERMS,
              lateFeeBasisPointsPerDay: bp,
            }),
          );
        },
      ),
      { numRuns: 500 },
    );
  });
});
