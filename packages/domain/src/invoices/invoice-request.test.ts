import { describe, expect, it } from 'vitest';
import { createCalendar, PRC_CALENDAR } from '../calendar/index.js';
import { yuan } from '../money/money.js';
import { parseDate } from '../time/business-date.js';
import {
  checkInvoiceRequest,
  invoiceCreditNote,
  invoiceDueDate,
  type InvoiceRequest,
} from './invoice-request.js';
import { inEnglish } from '../test-support/refusal-english.js';

const d = parseDate;
const NAME = '深圳市某某科技有限公司（南山分公司）';
const valid: InvoiceRequest = {
  orderPaid: true,
  title: NAME,
  verifiedName: NAME,
  type: 'GENERAL',
  hasTaxpayerCertificate: false,
  alreadyInvoiced: false,
  paymentAmount: yuan(5000),
  refundedAmount: 0,
};

function refusalOf(request: InvoiceRequest) {
  const result = checkInvoiceRequest(request);
  return result.ok ? null : result.refusal;
}

describe('R-INV-1 invoice requests', () => {
  it('R-INV-1 a paid order titled with the verified name gets a general invoice for the payment', () => {
    expect(checkInvoiceRequest(valid)).toEqual({
      ok: true,
      invoiceableAmount: yuan(5000),
      type: 'GENERAL',
      title: NAME,
      rules: ['R-INV-1'],
      reason: `general invoice to ${NAME} for ¥5,000.00 (R-INV-1)`,
      reasonMessage: expect.objectContaining({ key: 'invoice.approved' }),
    });
  });

  it('R-INV-1 an unpaid order is refused with INVALID_STATE', () => {
    expect(refusalOf({ ...valid, orderPaid: false })).toMatchObject({
      code: 'INVALID_STATE',
      rules: ['R-INV-1', 'R-PAY-2'],
    });
  });

  it('R-INV-1 a title other than the verified enterprise name is TITLE_MISMATCH', () => {
    expect(inEnglish(refusalOf({ ...valid, title: '深圳市某某科技有限公司' }))).toEqual({
      code: 'TITLE_MISMATCH',
      message: `the invoice title “深圳市某某科技有限公司” must equal the verified enterprise name “${NAME}”: use the verified name as the title (R-INV-1)`,
      rules: ['R-INV-1'],
      field: ['title'],
    });
  });

  it('R-INV-1 surrounding spaces and full-width vs half-width brackets are the same title', () => {
    const result = checkInvoiceRequest({ ...valid, title: ' 深圳市某某科技有限公司(南山分公司) ' });
    expect(result.ok && result.title).toBe(NAME);
  });

  it('R-INV-1 an account without a verified name cannot be invoiced', () => {
    expect(refusalOf({ ...valid, verifiedName: null })?.code).toBe('INVALID_STATE');
    expect(refusalOf({ ...valid, verifiedName: ' ' })?.code).toBe('INVALID_STATE');
  });

  it('R-INV-1 a special VAT invoice needs the general-taxpayer certificate', () => {
    expect(refusalOf({ ...valid, type: 'SPECIAL_VAT' })).toMatchObject({
      code: 'INVALID_STATE',
      field: ['type'],
    });
    const withCertificate = checkInvoiceRequest({
      ...valid,
      type: 'SPECIAL_VAT',
      hasTaxpayerCertificate: true,
    });
    expect(withCertificate.ok && withCertificate.reason).toBe(
      `special VAT invoice to ${NAME} for ¥5,000.00 (R-INV-1)`,
    );
  });
});

describe('R-INV-3 one invoice per payment, refunds not invoiced', () => {
  it('R-INV-3 a payment already invoiced is refused with ALREADY_INVOICED', () => {
    expect(refusalOf({ ...valid, alreadyInvoiced: true })).toMatchObject({
      code: 'ALREADY_INVOICED',
      rules: ['R-INV-3'],
    });
  });

  it('R-INV-3 the refunded part is not invoiced: 5,000 paid − 2,000 refunded → 3,000', () => {
    const result = checkInvoiceRequest({ ...valid, refundedAmount: yuan(2000) });
    expect(result).toMatchObject({
      ok: true,
      invoiceableAmount: yuan(3000),
      rules: ['R-INV-1', 'R-INV-3'],
    });
    expect(result.ok && result.reason).toBe(
      `general invoice to ${NAME} for ¥3,000.00: payment ¥5,000.00 − refunded ¥2,000.00 (R-INV-1, R-INV-3)`,
    );
  });

  it('R-INV-3 a payment refunded in full has nothing to invoice', () => {
    expect(refusalOf({ ...valid, refundedAmount: yuan(5000) })).toMatchObject({
      code: 'INVALID_STATE',
      rules: ['R-INV-3'],
    });
  });

  it('R-INV-3 refunded more than paid, or non-positive payments, are INVALID_INPUT', () => {
    expect(refusalOf({ ...valid, refundedAmount: yuan(5000) + 1 })).toMatchObject({
      code: 'INVALID_INPUT',
      field: ['refundedAmount'],
    });
    expect(refusalOf({ ...valid, refundedAmount: -1 })?.code).toBe('INVALID_INPUT');
    expect(refusalOf({ ...valid, paymentAmount: 0 })).toMatchObject({
      code: 'INVALID_INPUT',
      field: ['paymentAmount'],
    });
  });

  it('R-INV-3 a refund after invoicing is answered by a red-letter credit note for the refunded amount', () => {
    expect(invoiceCreditNote(yuan(5000), 0, yuan(2000))).toEqual({
      ok: true,
      creditAmount: yuan(2000),
      rules: ['R-INV-3'],
      reason:
        'red-letter credit note of ¥2,000.00 against the ¥5,000.00 invoice: a refunded amount is not invoiced (R-INV-3)',
    });
    const rest = invoiceCreditNote(yuan(5000), yuan(2000), yuan(3000));
    expect(rest.ok && rest.creditAmount).toBe(yuan(3000));
    const tooMuch = invoiceCreditNote(yuan(5000), yuan(2000), yuan(3000) + 1);
    expect(!tooMuch.ok && tooMuch.refusal.rules).toEqual(['R-INV-3', 'R-REF-CAP']);
    const zero = invoiceCreditNote(yuan(5000), 0, 0);
    expect(!zero.ok && zero.refusal.code).toBe('INVALID_INPUT');
  });
});

describe('R-INV-2 invoice due date', () => {
  it('R-INV-2 R-TIME-3 due 45 working days after the payment: 2024-01-31 → 2024-04-09 (Spring Festival and Qingming skipped)', () => {
    expect(invoiceDueDate(PRC_CALENDAR, d('2024-01-31'))).toEqual({
      ok: true,
      dueOn: '2024-04-09',
      rules: ['R-INV-2', 'R-TIME-3'],
      reason:
        'invoice due by 2024-04-09, the 45th working day after the payment confirmed on 2024-01-31 (R-INV-2, R-TIME-3)',
      reasonMessage: expect.objectContaining({ key: 'invoice.dueBy' }),
    });
  });

  it('R-INV-2 a payment on 2025-12-31 is due 2026-03-11, across New Year and Spring Festival 2026', () => {
    const result = invoiceDueDate(PRC_CALENDAR, d('2025-12-31'));
    expect(result.ok && result.dueOn).toBe('2026-03-11');
  });

  it('R-INV-2 a due date past the known calendar is refused with BEYOND_CALENDAR, naming the last known date', () => {
    const result = invoiceDueDate(PRC_CALENDAR, d('2026-11-22'));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.refusal.code).toBe('BEYOND_CALENDAR');
      expect(result.refusal.message).toContain('2026-12-31');
      expect(result.refusal.rules).toEqual(['R-INV-2', 'R-TIME-3']);
    }
  });

  it('R-INV-2 uses the calendar it is given (no holidays → 45 weekdays)', () => {
    const plain = createCalendar({
      knownFrom: '2030-01-01',
      knownThrough: '2030-12-31',
      holidays: [],
      workdays: [],
    });
    // 2030-01-01 is a Tuesday; 45 weekdays later = 9 weeks = 2030-03-05
    const result = invoiceDueDate(plain, d('2030-01-01'));
    expect(result.ok && result.dueOn).toBe('2030-03-05');
  });
});
