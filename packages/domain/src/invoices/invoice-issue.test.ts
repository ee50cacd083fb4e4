import { describe, expect, it } from 'vitest';
import { parseDate } from '../time/business-date.js';
import {
  checkInvoiceIssue,
  checkInvoiceVoid,
  invoiceOverdue,
  normalizeFapiaoNumber,
  type InvoiceIssue,
} from './invoice-issue.js';

const d = parseDate;
const valid: InvoiceIssue = {
  status: 'REQUESTED',
  number: '12345678',
  issuedOn: '2024-03-01',
  requestedOn: d('2024-02-01'),
  today: d('2024-03-05'),
  openAmount: 100,
};

function refusal(issue: Partial<InvoiceIssue>) {
  const result = checkInvoiceIssue({ ...valid, ...issue });
  return result.ok ? null : { code: result.refusal.code, field: result.refusal.field };
}

describe('R-INV-2 R-INV-3 issuing a fapiao', () => {
  it('R-INV-2 accepts 8 or 20 digits, folding full-width digits and spaces', () => {
    expect(normalizeFapiaoNumber('12345678')).toBe('12345678');
    expect(normalizeFapiaoNumber(' 2444 2000 0000 1234 5678 ')).toBe('24442000000012345678');
    expect(normalizeFapiaoNumber('１２３４５６７８')).toBe('12345678');
    for (const bad of ['1234567', '123456789', 'A2345678', '', '1234-5678'])
      expect(normalizeFapiaoNumber(bad)).toBeNull();
  });

  it('R-INV-2 issues on a business date from the request to today', () => {
    const result = checkInvoiceIssue(valid);
    expect(result).toMatchObject({ ok: true, number: '12345678', issuedOn: '2024-03-01' });
    expect(checkInvoiceIssue({ ...valid, issuedOn: '2024-02-01' }).ok).toBe(true);
    expect(checkInvoiceIssue({ ...valid, issuedOn: '2024-03-05' }).ok).toBe(true);
  });

  it('R-INV-2 refuses a malformed number, a date before the request, in the future or not a date', () => {
    expect(refusal({ number: '1234' })).toEqual({ code: 'INVALID_INPUT', field: ['number'] });
    expect(refusal({ issuedOn: '2024-01-31' })).toEqual({
      code: 'INVALID_INPUT',
      field: ['issuedOn'],
    });
    expect(refusal({ issuedOn: '2024-03-06' })).toEqual({
      code: 'INVALID_INPUT',
      field: ['issuedOn'],
    });
    expect(refusal({ issuedOn: '2024-02-30' })).toEqual({
      code: 'INVALID_INPUT',
      field: ['issuedOn'],
    });
  });

  it('R-INV-3 never issues twice, nor a reversed or fully credited invoice', () => {
    expect(refusal({ status: 'ISSUED' })?.code).toBe('INVALID_STATE');
    expect(refusal({ status: 'REVERSED' })?.code).toBe('INVALID_STATE');
    expect(refusal({ openAmount: 0 })?.code).toBe('INVALID_STATE');
  });

  it('R-INV-3 voids an issued fapiao with a reason, unless a credit note stands against it', () => {
    expect(
      checkInvoiceVoid({ status: 'ISSUED', reason: ' wrong address ', creditedAfterIssue: 0 }),
    ).toEqual({ ok: true, reason: 'wrong address', rules: ['R-INV-3'] });
    const refused = (input: Parameters<typeof checkInvoiceVoid>[0]) => {
      const r = checkInvoiceVoid(input);
      return r.ok ? null : r.refusal.code;
    };
    expect(refused({ status: 'ISSUED', reason: '  ', creditedAfterIssue: 0 })).toBe(
      'INVALID_INPUT',
    );
    expect(refused({ status: 'REQUESTED', reason: 'x', creditedAfterIssue: 0 })).toBe(
      'INVALID_STATE',
    );
    expect(refused({ status: 'ISSUED', reason: 'x', creditedAfterIssue: 1 })).toBe('INVALID_STATE');
  });

  it('R-INV-2 is overdue from the day after the due date, counted in natural days', () => {
    expect(invoiceOverdue(d('2024-04-09'), d('2024-04-09'))).toEqual({
      overdue: false,
      daysOverdue: 0,
      rules: [],
    });
    expect(invoiceOverdue(d('2024-04-09'), d('2024-04-12'))).toEqual({
      overdue: true,
      daysOverdue: 3,
      rules: ['R-INV-2'],
    });
    expect(invoiceOverdue(null, d('2030-01-01')).overdue).toBe(false);
  });
});
