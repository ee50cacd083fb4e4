import { describe, expect, it } from 'vitest';
import { businessInstant, linesOf, normalizeDecimalInput, parseWholeNumber } from './inputs.js';

describe('form input readers', () => {
  it('read whole numbers only', () => {
    expect(parseWholeNumber(' 6 ')).toBe(6);
    for (const text of ['', '-1', '6.5', 'six', '1e3']) expect(parseWholeNumber(text)).toBeNull();
  });

  it('spell amounts as the API’s two-decimal strings without floats (R-MONEY-1)', () => {
    expect(normalizeDecimalInput('3990')).toBe('3990.00');
    expect(normalizeDecimalInput('¥3,990.5')).toBe('3990.50');
    expect(normalizeDecimalInput('0.1')).toBe('0.10');
    expect(normalizeDecimalInput('007.25')).toBe('7.25');
    // 0.1 + 0.2 style drift cannot happen: digits are copied, never computed.
    expect(normalizeDecimalInput('99999999999.99')).toBe('99999999999.99');
    for (const text of ['', '-5', '1.234', 'abc', '1.2.3']) {
      expect(normalizeDecimalInput(text)).toBeNull();
    }
  });

  it('split references by line and build business-time instants (R-TIME-1)', () => {
    expect(linesOf(' licence.pdf \n\n id.pdf\r\n')).toEqual(['licence.pdf', 'id.pdf']);
    expect(businessInstant('2021-04-20', '10:00')).toBe('2021-04-20T10:00:00+08:00');
    expect(businessInstant('2021-4-20', '10:00')).toBeNull();
  });
});
