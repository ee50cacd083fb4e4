import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PRC_CALENDAR } from '../calendar/prc-calendar.js';
import { fenParam, msg, renderMessage, type Message } from '../explain/messages.js';
import { checkInvoiceRequest, invoiceDueDate } from '../invoices/invoice-request.js';
import { yuan, type Fen } from '../money/money.js';
import { parseDate } from '../time/business-date.js';
import { applyPaymentOnPaid } from './payment-application.js';
import { applyBalanceDebit, applyBalanceTopUp } from './prepaid-balance.js';

const fen = fc.integer({ min: 1, max: 10_000_000_000 }) as fc.Arbitrary<Fen>;

/** The message of a result written in English is its reason, exactly; in Chinese it differs. */
function sameInEnglish(
  result: { ok: false } | { ok: true; reason: string; reasonMessage: Message },
): void {
  if (!result.ok) return;
  const { reason, reasonMessage } = result;
  expect(renderMessage(reasonMessage, 'en')).toBe(reason);
  expect(renderMessage(reasonMessage, 'zh-CN')).not.toBe(reason);
}

describe('R-PAY-2 R-PAY-3 R-PAY-4 R-INV-1 R-INV-2 payment, balance and invoice reasons as messages', () => {
  it('R-PAY-2 R-PAY-3 every classification of a payment writes its reason in English exactly as before', () => {
    fc.assert(
      fc.property(
        fen,
        fc.integer({ min: 0, max: 10_000_000_000 }),
        fen,
        (total, before, amount) => {
          sameInEnglish(applyPaymentOnPaid(total, before as Fen, amount));
        },
      ),
      { numRuns: 500 },
    );
    // Each classification at least once.
    sameInEnglish(applyPaymentOnPaid(yuan(5000), 0, yuan(2000)));
    sameInEnglish(applyPaymentOnPaid(yuan(5000), yuan(3000), yuan(2000)));
    sameInEnglish(applyPaymentOnPaid(yuan(5000), yuan(3000), yuan(4000)));
    sameInEnglish(applyPaymentOnPaid(yuan(5000), yuan(5000), yuan(1)));
  });

  it('R-PAY-4 top-ups and balance payments write their reason in English exactly as before', () => {
    fc.assert(
      fc.property(fen, fen, (balance, amount) => {
        sameInEnglish(applyBalanceTopUp(balance, amount));
        sameInEnglish(applyBalanceDebit(balance + amount, amount));
      }),
      { numRuns: 300 },
    );
  });

  it('R-INV-1 R-INV-3 R-INV-2 invoices and their due dates write their reason in English exactly as before', () => {
    fc.assert(
      fc.property(
        fen,
        fc.integer({ min: 0, max: 100 }),
        fc.constantFrom('GENERAL' as const, 'SPECIAL_VAT' as const),
        (payment, refundedPercent, type) => {
          const refunded = Math.floor((payment * refundedPercent) / 101) as Fen;
          sameInEnglish(
            checkInvoiceRequest({
              paymentAmount: payment,
              refundedAmount: refunded,
              orderPaid: true,
              alreadyInvoiced: false,
              verifiedName: '深圳市某某科技有限公司',
              title: '深圳市某某科技有限公司',
              type,
              hasTaxpayerCertificate: true,
            }),
          );
        },
      ),
      { numRuns: 300 },
    );
    for (const day of ['2024-01-31', '2024-09-27', '2025-12-31'])
      sameInEnglish(invoiceDueDate(PRC_CALENDAR, parseDate(day)));
  });

  it('R-PAY-2 R-PAY-4 R-INV-2 read in Chinese', () => {
    const partial = applyPaymentOnPaid(yuan(5000), 0, yuan(2000));
    const topUp = applyBalanceTopUp(yuan(100), 50_050);
    const due = invoiceDueDate(PRC_CALENDAR, parseDate('2024-01-31'));
    if (!partial.ok || !topUp.ok || !due.ok) throw new Error('expected results');
    expect(renderMessage(partial.reasonMessage, 'zh-CN')).toBe(
      '部分付款 ¥2,000.00：已付 ¥2,000.00（共 ¥5,000.00），尚欠 ¥3,000.00；订单付清后才会履约（R-PAY-2）',
    );
    expect(renderMessage(topUp.reasonMessage, 'zh-CN')).toBe(
      '余额充值 ¥500.50：余额 ¥100.00 → ¥600.50（R-PAY-4）',
    );
    expect(renderMessage(due.reasonMessage, 'zh-CN')).toBe(
      '发票应于 2024-04-09 前开具，即付款于 2024-01-31 确认后的第 45 个工作日（R-INV-2、R-TIME-3）',
    );
  });

  it('R-REF-PAYOUT a payout names the methods it went back to, in each language', () => {
    const paidBack = msg('refund.paidBack', {
      amount: fenParam(yuan(1200)),
      methods: 'ALIPAY, BALANCE',
    });
    expect(renderMessage(paidBack, 'en')).toBe(
      'Refund of ¥1,200.00 paid back to ALIPAY, BALANCE (R-REF-PAYOUT)',
    );
    expect(renderMessage(paidBack, 'zh-CN')).toBe(
      '退款 ¥1,200.00 已原路退回至支付宝、预付余额（R-REF-PAYOUT）',
    );
  });
});
