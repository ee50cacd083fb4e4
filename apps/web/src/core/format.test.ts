import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatMoney, formatMonth, groupThousands } from './format.js';

describe('groupThousands', () => {
  it.each([
    ['0', '0'],
    ['999', '999'],
    ['1000', '1,000'],
    ['10450', '10,450'],
    ['123456', '123,456'],
    ['1234567', '1,234,567'],
  ])('%s → %s', (digits, grouped) => {
    expect(groupThousands(digits)).toBe(grouped);
  });
});

describe('formatMoney (R-MONEY-1: exact strings, never floats)', () => {
  it.each([
    ['10450.00', '¥10,450.00'],
    ['0.00', '¥0.00'],
    ['3990.00', '¥3,990.00'],
    ['1000000.05', '¥1,000,000.05'],
    ['-1500.00', '-¥1,500.00'],
    ['-0.00', '¥0.00'],
    ['7', '¥7.00'],
    ['7.5', '¥7.50'],
    ['007.10', '¥7.10'],
  ])('%s → %s', (amount, shown) => {
    expect(formatMoney(amount)).toBe(shown);
  });

  it('keeps digits a float would lose', () => {
    expect(formatMoney('90071992547409931.99')).toBe('¥90,071,992,547,409,931.99');
  });

  it('shows malformed input as it came instead of guessing', () => {
    expect(formatMoney('abc')).toBe('¥abc');
  });
});

describe('formatDate (R-TIME-1: business dates are not shifted)', () => {
  it('formats the parts of the string in each locale', () => {
    expect(formatDate('2021-05-01', 'en')).toBe('May 1, 2021');
    expect(formatDate('2021-05-01', 'zh-CN')).toBe('2021年5月1日');
    expect(formatDate('2024-12-31', 'en')).toBe('Dec 31, 2024');
    expect(formatDate('2024-02-29', 'zh-CN')).toBe('2024年2月29日');
  });

  it('returns anything that is not a business date unchanged', () => {
    expect(formatDate('2021-13-01', 'en')).toBe('2021-13-01');
    expect(formatDate('yesterday', 'zh-CN')).toBe('yesterday');
  });
});

describe('formatDateTime', () => {
  it('shows an instant on the Asia/Shanghai wall clock', () => {
    expect(formatDateTime('2021-05-01T01:00:00.000Z', 'en')).toBe('May 1, 2021 09:00 UTC+8');
    expect(formatDateTime('2021-04-30T16:30:00Z', 'zh-CN')).toBe('2021年5月1日 00:30（北京时间）');
  });

  it('can show only the business date of the instant', () => {
    expect(formatDateTime('2021-04-30T16:30:00Z', 'en', false)).toBe('May 1, 2021');
  });

  it('returns an unparseable value unchanged', () => {
    expect(formatDateTime('not a time', 'en')).toBe('not a time');
  });
});

describe('formatMonth', () => {
  it('spells a business month in each language and leaves anything else alone', () => {
    expect(formatMonth('2021-10', 'en')).toBe('Oct 2021');
    expect(formatMonth('2021-10', 'zh-CN')).toBe('2021年10月');
    expect(formatMonth('2021-13', 'en')).toBe('2021-13');
    expect(formatMonth('October', 'en')).toBe('October');
  });
});
