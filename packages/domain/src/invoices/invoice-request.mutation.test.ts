import { describe, expect, it } from 'vitest';
import { createCalendar } from '../calendar/index.js';
import { parseDate } from '../time/business-date.js';
import {
  checkInvoiceRequest,
  invoiceCreditNote,
  invoiceDueDate,
  type InvoiceRequest,
} from './invoice-request.js';
import { inEnglish } from '../test-support/refusal-english.js';

/** Refusals and reasons of invoice requests and credit notes that a wrong rule would slip past (found by mutation testing). */
const d = parseDate;

const VALID: InvoiceRequest = {
  orderPaid: true,
  title: 'Acme Ltd',
  verifiedName: 'Acme Ltd',
  type: 'GENERAL',
  hasTaxpayerCertificate: false,
  alreadyInvoiced: false,
  paymentAmount: 500_000,
  refundedAmount: 0,
};

function refusal(code: string, message: string, rules: string[], field?: string[]) {
  return { ok: false, refusal: field ? { code, message, rules, field } : { code, message, rules } };
}

describe('R-INV-1 R-INV-3 an invoice request is refused with its reason, rules and field', () => {
  it('R-MONEY-1 R-REF-CAP amounts: a payment of 0 fen, and a refund above the payment', () => {
    expect(inEnglish(checkInvoiceRequest({ ...VALID, paymentAmount: 0 }))).toEqual(
      refusal(
        'INVALID_INPUT',
        'the payment must be a positive whole number of fen, got 0 (R-MONEY-1)',
        ['R-INV-3', 'R-MONEY-1'],
        ['paymentAmount'],
      ),
    );
    expect(inEnglish(checkInvoiceRequest({ ...VALID, refundedAmount: 500_001 }))).toEqual(
      refusal(
        'INVALID_INPUT',
        'the refunded amount must be a whole number of fen from 0 to the payment (¥5,000.00), got 500001 (R-REF-CAP)',
        ['R-INV-3', 'R-REF-CAP'],
        ['refundedAmount'],
      ),
    );
  });

  it('R-INV-1 R-INV-3 unpaid, already invoiced, unverified and without certificate: each says what to do', () => {
    expect(inEnglish(checkInvoiceRequest({ ...VALID, orderPaid: false }))).toEqual(
      refusal(
        'INVALID_STATE',
        'an invoice can be requested only for a paid order: pay the order first, then request the invoice (R-INV-1)',
        ['R-INV-1', 'R-PAY-2'],
      ),
    );
    expect(inEnglish(checkInvoiceRequest({ ...VALID, alreadyInvoiced: true }))).toEqual(
      refusal(
        'ALREADY_INVOICED',
        'this payment has already been invoiced, and an invoice is never issued twice: use the existing invoice (R-INV-3)',
        ['R-INV-3'],
      ),
    );
    expect(inEnglish(checkInvoiceRequest({ ...VALID, verifiedName: ' ' }))).toEqual(
      refusal(
        'INVALID_STATE',
        'the account has no verified enterprise name yet, so no invoice title can match it: submit the verification materials with submitVerification first, then request the invoice (R-INV-1)',
        ['R-INV-1'],
      ),
    );
    expect(inEnglish(checkInvoiceRequest({ ...VALID, type: 'SPECIAL_VAT' }))).toEqual(
      refusal(
        'INVALID_STATE',
        'a special VAT invoice (增值税专用发票) needs the general-taxpayer certificate on file: have an operator record it with setGeneralTaxpayer first, or request a general VAT invoice instead (R-INV-1)',
        ['R-INV-1'],
        ['type'],
      ),
    );
  });

  it('R-INV-3 a payment refunded in full leaves nothing to invoice', () => {
    expect(inEnglish(checkInvoiceRequest({ ...VALID, refundedAmount: 500_000 }))).toEqual(
      refusal(
        'INVALID_STATE',
        'the payment of ¥5,000.00 was refunded in full: there is nothing to invoice, so no action is needed (R-INV-3)',
        ['R-INV-3'],
      ),
    );
  });
});

describe('R-INV-1 R-INV-3 an accepted request', () => {
  it('R-INV-1 spaces around the verified name are ignored, and the title is the trimmed verified name', () => {
    const result = checkInvoiceRequest({ ...VALID, verifiedName: ' Acme Ltd ' });
    expect(result.ok && result.title).toBe('Acme Ltd');
    expect(result.ok && result.reason).toBe('general invoice to Acme Ltd for ¥5,000.00 (R-INV-1)');
  });

  it('R-INV-1 R-INV-3 a partly refunded special VAT invoice names its type and the refund', () => {
    const result = checkInvoiceRequest({
      ...VALID,
      type: 'SPECIAL_VAT',
      hasTaxpayerCertificate: true,
      refundedAmount: 100_000,
    });
    expect(result).toEqual({
      ok: true,
      invoiceableAmount: 400_000,
      type: 'SPECIAL_VAT',
      title: 'Acme Ltd',
      rules: ['R-INV-1', 'R-INV-3'],
      reason:
        'special VAT invoice to Acme Ltd for ¥4,000.00: payment ¥5,000.00 − refunded ¥1,000.00 (R-INV-1, R-INV-3)',
      reasonMessage: expect.objectContaining({ key: 'invoice.approvedLessRefunded' }),
    });
    const general = checkInvoiceRequest({ ...VALID, refundedAmount: 100_000 });
    expect(general.ok && general.reason).toBe(
      'general invoice to Acme Ltd for ¥4,000.00: payment ¥5,000.00 − refunded ¥1,000.00 (R-INV-1, R-INV-3)',
    );
    const special = checkInvoiceRequest({
      ...VALID,
      type: 'SPECIAL_VAT',
      hasTaxpayerCertificate: true,
    });
    expect(special.ok && special.reason).toBe(
      'special VAT invoice to Acme Ltd for ¥5,000.00 (R-INV-1)',
    );
  });
});

describe('R-INV-3 red-letter credit notes', () => {
  it('R-MONEY-1 an invoiced amount of 0 fen is refused, naming the field', () => {
    expect(inEnglish(invoiceCreditNote(0, 0, 100))).toEqual(
      refusal(
        'INVALID_INPUT',
        'the invoiced amount must be a positive whole number of fen, got 0 (R-MONEY-1)',
        ['R-INV-3', 'R-MONEY-1'],
        ['invoicedAmount'],
      ),
    );
  });

  it('R-INV-3 an amount already credited outside 0 to the invoice is refused', () => {
    const expected = (got: number) =>
      refusal(
        'INVALID_INPUT',
        `the amount already credited must lie between 0 and the invoice, got ${got} (R-INV-3)`,
        ['R-INV-3', 'R-MONEY-1'],
        ['alreadyCredited'],
      );
    expect(inEnglish(invoiceCreditNote(10_000, -1, 100))).toEqual(expected(-1));
    expect(inEnglish(invoiceCreditNote(10_000, 10_001, 100))).toEqual(expected(10_001));
    expect(inEnglish(invoiceCreditNote(10_000, 1.5, 100))).toEqual(expected(1.5));
  });

  it('R-INV-3 R-REF-CAP a fully credited invoice covers nothing more: the refund exceeds ¥0.00', () => {
    expect(inEnglish(invoiceCreditNote(10_000, 10_000, 100))).toEqual(
      refusal(
        'INVALID_INPUT',
        'a refund of ¥1.00 exceeds the ¥0.00 the invoice still covers: credit at most that amount (R-INV-3, R-REF-CAP)',
        ['R-INV-3', 'R-REF-CAP'],
        ['newlyRefunded'],
      ),
    );
  });

  it('R-MONEY-1 a refund of 0 fen is refused, naming the field', () => {
    expect(inEnglish(invoiceCreditNote(10_000, 0, 0))).toEqual(
      refusal(
        'INVALID_INPUT',
        'the refunded amount must be a positive whole number of fen, got 0 (R-MONEY-1)',
        ['R-INV-3', 'R-MONEY-1'],
        ['newlyRefunded'],
      ),
    );
  });
});

describe('R-INV-2 the due date', () => {
  it('R-INV-2 R-TIME-3 beyond the calendar the refusal names the payment date field', () => {
    const cal = createCalendar({
      knownFrom: '2030-01-01',
      knownThrough: '2030-01-31',
      holidays: [],
      workdays: [],
    });
    const result = invoiceDueDate(cal, d('2030-01-02'));
    expect(!result.ok && result.refusal).toMatchObject({
      code: 'BEYOND_CALENDAR',
      rules: ['R-INV-2', 'R-TIME-3'],
      field: ['paymentConfirmedOn'],
    });
  });
});
