import { describe, expect, it } from 'vitest';
import { parseDate } from '../time/business-date.js';
import { checkInvoiceIssue, checkInvoiceVoid, type InvoiceIssue } from './invoice-issue.js';
import { inEnglish } from '../test-support/refusal-english.js';

/** Refusals and reasons of issuing and voiding a fapiao that a wrong rule would slip past (found by mutation testing). */
const d = parseDate;

const ISSUE: InvoiceIssue = {
  status: 'REQUESTED',
  number: '12345678',
  issuedOn: '2024-03-05',
  requestedOn: d('2024-03-01'),
  today: d('2024-03-10'),
  openAmount: 10_000,
};

function refusal(code: string, message: string, rules: string[], field?: string[]) {
  return { ok: false, refusal: field ? { code, message, rules, field } : { code, message, rules } };
}

describe('R-INV-2 R-INV-3 issuing a requested invoice', () => {
  it('R-INV-3 an issued or reversed invoice is refused, each with its own next step', () => {
    expect(inEnglish(checkInvoiceIssue({ ...ISSUE, status: 'ISSUED' }))).toEqual(
      refusal(
        'INVALID_STATE',
        'this invoice is already issued; void it first to issue it again (R-INV-3)',
        ['R-INV-3'],
      ),
    );
    expect(inEnglish(checkInvoiceIssue({ ...ISSUE, status: 'REVERSED' }))).toEqual(
      refusal(
        'INVALID_STATE',
        'this invoice was reversed by red-letter credit notes: nothing is left to issue, so no action is needed (R-INV-3)',
        ['R-INV-3'],
      ),
    );
  });

  it('R-INV-3 an invoice the refunds credited in full is refused', () => {
    expect(inEnglish(checkInvoiceIssue({ ...ISSUE, openAmount: 0 }))).toEqual(
      refusal(
        'INVALID_STATE',
        'the refunds credited the whole invoice: nothing is left to issue, so no action is needed (R-INV-3)',
        ['R-INV-3'],
      ),
    );
  });

  it('R-INV-2 a malformed fapiao number is refused, quoted without its surrounding spaces', () => {
    expect(inEnglish(checkInvoiceIssue({ ...ISSUE, number: ' 1234 ' }))).toEqual(
      refusal(
        'INVALID_INPUT',
        'the fapiao number “1234” must be 8 digits (paper or classic e-fapiao) or 20 digits (fully digital fapiao): enter the number printed on the fapiao (R-INV-2)',
        ['R-INV-2'],
        ['number'],
      ),
    );
  });

  it('R-TIME-1 an issue date that is not a date is refused', () => {
    expect(inEnglish(checkInvoiceIssue({ ...ISSUE, issuedOn: '2024-02-30' }))).toEqual(
      refusal(
        'INVALID_INPUT',
        'the issue date “2024-02-30” is not a date: enter it as YYYY-MM-DD (R-TIME-1)',
        ['R-TIME-1'],
        ['issuedOn'],
      ),
    );
  });

  it('R-INV-2 R-TIME-1 an issue date before the request or after today is refused, naming both dates', () => {
    expect(inEnglish(checkInvoiceIssue({ ...ISSUE, issuedOn: '2024-02-29' }))).toEqual(
      refusal(
        'INVALID_INPUT',
        'the issue date 2024-02-29 is before the request on 2024-03-01: enter the date the fapiao was issued, on or after the request (R-INV-2)',
        ['R-INV-2', 'R-TIME-1'],
        ['issuedOn'],
      ),
    );
    expect(inEnglish(checkInvoiceIssue({ ...ISSUE, issuedOn: '2024-03-11' }))).toEqual(
      refusal(
        'INVALID_INPUT',
        'the issue date 2024-03-11 is in the future (today is 2024-03-10): enter the date the fapiao was issued, today or earlier (R-TIME-1)',
        ['R-INV-2', 'R-TIME-1'],
        ['issuedOn'],
      ),
    );
  });

  it('R-INV-2 R-INV-3 an accepted issue gives the stored number, its rules and reason', () => {
    expect(checkInvoiceIssue({ ...ISSUE, number: '１２３４ ５６７８' })).toEqual({
      ok: true,
      number: '12345678',
      issuedOn: '2024-03-05',
      rules: ['R-INV-2', 'R-INV-3'],
      reason: 'fapiao 12345678 issued on 2024-03-05 (R-INV-2); one fapiao per payment (R-INV-3)',
    });
  });
});

describe('R-INV-3 voiding an issued fapiao', () => {
  const VOID = { status: 'ISSUED', reason: 'wrong title', creditedAfterIssue: 0 } as const;

  it('R-INV-3 a requested or reversed invoice cannot be voided, each with its own next step', () => {
    expect(inEnglish(checkInvoiceVoid({ ...VOID, status: 'REQUESTED' }))).toEqual(
      refusal(
        'INVALID_STATE',
        'this invoice is not issued yet, so there is no fapiao to void: issue it first with issueInvoice (R-INV-3)',
        ['R-INV-3'],
      ),
    );
    expect(inEnglish(checkInvoiceVoid({ ...VOID, status: 'REVERSED' }))).toEqual(
      refusal(
        'INVALID_STATE',
        'this invoice was reversed by red-letter credit notes, so it cannot be voided: no action is needed (R-INV-3)',
        ['R-INV-3'],
      ),
    );
  });

  it('R-INV-3 a fapiao with a credit note against it cannot be voided', () => {
    expect(inEnglish(checkInvoiceVoid({ ...VOID, creditedAfterIssue: 1 }))).toEqual(
      refusal(
        'INVALID_STATE',
        'a red-letter credit note stands against this fapiao, so it cannot be voided: leave it, the credit notes correct it (R-INV-3)',
        ['R-INV-3'],
      ),
    );
  });

  it('R-INV-3 the reason must be 1–500 characters: 500 is accepted, 501 and blank are refused', () => {
    const refused = refusal(
      'INVALID_INPUT',
      'give the reason for voiding the fapiao in 1–500 characters (R-INV-3)',
      ['R-INV-3'],
      ['reason'],
    );
    expect(inEnglish(checkInvoiceVoid({ ...VOID, reason: '   ' }))).toEqual(refused);
    expect(inEnglish(checkInvoiceVoid({ ...VOID, reason: 'x'.repeat(501) }))).toEqual(refused);
    expect(checkInvoiceVoid({ ...VOID, reason: 'x'.repeat(500) })).toEqual({
      ok: true,
      reason: 'x'.repeat(500),
      rules: ['R-INV-3'],
    });
  });
});
