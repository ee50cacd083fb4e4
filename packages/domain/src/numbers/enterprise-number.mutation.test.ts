import { describe, expect, it } from 'vitest';
import {
  generatePoolNumbers,
  gradeEnterpriseNumber,
  gradeForSeats,
  isValidEnterpriseNumber,
  numberGrade,
  pickEnterpriseNumber,
  releaseEnterpriseNumber,
} from './enterprise-number.js';
import { inEnglish } from '../test-support/refusal-english.js';

/** Enterprise-number checks, picks and explanations that a wrong rule would slip past (found by mutation testing). */
const PREMIUM = '4001234567';
const GOOD = '4001112223';
const STANDARD_1 = '4001357913';
const STANDARD_2 = '4001357914';

function refusal(code: string, message: string, rules: string[], field?: string[]) {
  return { ok: false, refusal: field ? { code, message, rules, field } : { code, message, rules } };
}

describe('R-NUM-1 a valid enterprise number', () => {
  it('R-NUM-1 the second digit must be 0, and every digit a digit', () => {
    expect(isValidEnterpriseNumber('4108881234')).toBe(false);
    expect(isValidEnterpriseNumber('400888123a')).toBe(false);
    expect(isValidEnterpriseNumber('400888123/')).toBe(false);
    expect(isValidEnterpriseNumber('400888 234')).toBe(false);
    expect(isValidEnterpriseNumber('4008881234')).toBe(true);
  });

  it('R-NUM-1 grading or releasing an invalid number is refused, quoting it', () => {
    const message = '"4108881234" is not a 10-digit number beginning 400 or 800 (R-NUM-1)';
    expect(inEnglish(gradeEnterpriseNumber('4108881234'))).toEqual(
      refusal('INVALID_INPUT', message, ['R-NUM-1'], ['number']),
    );
    expect(() => numberGrade('4108881234')).toThrow(message);
    expect(inEnglish(releaseEnterpriseNumber([], '4108881234'))).toEqual(
      refusal('INVALID_INPUT', message, ['R-NUM-4', 'R-NUM-1'], ['number']),
    );
  });
});

describe('R-NUM-3 grades for seat counts', () => {
  it('R-NUM-3 one seat earns STANDARD; 0 seats is a programmer error naming the value', () => {
    expect(gradeForSeats(1)).toBe('STANDARD');
    expect(() => gradeForSeats(0)).toThrow('seats must be a whole number ≥ 1, got 0');
  });

  it('R-NUM-3 pickEnterpriseNumber refuses 0 seats and accepts 1, writing "1 seat"', () => {
    expect(inEnglish(pickEnterpriseNumber([STANDARD_1], 0))).toEqual(
      refusal(
        'INVALID_INPUT',
        'seats must be a whole number ≥ 1, got 0 (R-NUM-3)',
        ['R-NUM-3'],
        ['seats'],
      ),
    );
    const one = pickEnterpriseNumber([STANDARD_1], 1);
    expect(one.ok && one.reason).toBe(
      'enterprise number 4001357913 (STANDARD) from the pool: 1 seat earn STANDARD (3–10 seats) (R-NUM-3; R-OPEN-5, R-NUM-1)',
    );
  });

  it('R-NUM-3 the reasons name the seat bands of GOOD and PREMIUM', () => {
    const good = pickEnterpriseNumber([GOOD], 15);
    expect(good.ok && good.reason).toBe(
      'enterprise number 4001112223 (GOOD) from the pool: 15 seats earn GOOD (11–20 seats) (R-NUM-3; R-OPEN-5, R-NUM-1)',
    );
    const premium = pickEnterpriseNumber([PREMIUM], 25);
    expect(premium.ok && premium.reason).toBe(
      'enterprise number 4001234567 (PREMIUM) from the pool: 25 seats earn PREMIUM (21–50 seats) (R-NUM-3; R-OPEN-5, R-NUM-1)',
    );
  });
});

describe('R-OPEN-5 R-NUM-2 R-NUM-3 picking a number', () => {
  it('R-NUM-1 R-NUM-2 an invalid hotline contract number is refused, quoting it', () => {
    expect(inEnglish(pickEnterpriseNumber([], 5, '12345'))).toEqual(
      refusal(
        'INVALID_INPUT',
        'the hotline contract number "12345" is not a 10-digit 400/800 number (R-NUM-1, R-NUM-2)',
        ['R-NUM-1', 'R-NUM-2'],
        ['hotlineContractNumber'],
      ),
    );
  });

  it('R-NUM-3 the fallback to a lower grade takes the first free number of that grade in pool order', () => {
    const result = pickEnterpriseNumber([STANDARD_1, STANDARD_2], 15);
    expect(result.ok && result.number).toBe(STANDARD_1);
    expect(result.ok && result.reason).toBe(
      'enterprise number 4001357913 (STANDARD) from the pool: 15 seats earn GOOD (11–20 seats), but no GOOD number is free, so the best lower grade is given (R-NUM-3; R-OPEN-5, R-NUM-1)',
    );
  });

  it('R-NUM-3 with no lower grade free, the nearest higher grade is given and the reason says so', () => {
    const result = pickEnterpriseNumber([PREMIUM], 5);
    expect(result.ok && result.fallback).toBe('HIGHER_GRADE');
    expect(result.ok && result.reason).toBe(
      'enterprise number 4001234567 (PREMIUM) from the pool: 5 seats earn STANDARD (3–10 seats), but no STANDARD number is free, so the nearest higher grade is given (R-NUM-3; R-OPEN-5, R-NUM-1)',
    );
  });

  it('R-OPEN-5 R-NUM-1 an empty pool is refused, saying what an operator must do', () => {
    expect(inEnglish(pickEnterpriseNumber([], 5))).toEqual(
      refusal(
        'NOT_FOUND',
        'the enterprise number pool has no free 400/800 number to assign: ask an operator to add numbers to the pool, then try again (R-OPEN-5, R-NUM-1)',
        ['R-OPEN-5', 'R-NUM-1', 'R-NUM-3'],
      ),
    );
  });
});

describe('R-NUM-4 releasing a number', () => {
  it('R-NUM-4 a number already in the pool is refused, saying no action is needed', () => {
    expect(inEnglish(releaseEnterpriseNumber([GOOD], GOOD))).toEqual(
      refusal(
        'INVALID_STATE',
        `${GOOD} is already in the free pool, so no action is needed (R-NUM-4)`,
        ['R-NUM-4'],
      ),
    );
  });
});

describe('R-NUM-1 the deterministic sample pool', () => {
  it('R-NUM-1 a seed always gives the same numbers', () => {
    expect(generatePoolNumbers(42, 3)).toEqual(['4001720956', '4005393290', '4001312704']);
    expect(generatePoolNumbers(7, 2, '800')).toEqual(['8000271532', '8006108690']);
  });

  it('R-NUM-1 the numbers are distinct even when the generator repeats one (seed 1 repeats within 5,000)', () => {
    const numbers = generatePoolNumbers(1, 6000);
    expect(new Set(numbers).size).toBe(6000);
  });

  it('R-NUM-1 the count runs from 0 to 1,000,000', () => {
    expect(generatePoolNumbers(1, 0)).toEqual([]);
    expect(generatePoolNumbers(1, 1_000_000)).toHaveLength(1_000_000);
    expect(() => generatePoolNumbers(1, 1_000_001)).toThrow(
      'count must be a whole number from 0 to 1,000,000, got 1000001',
    );
  });
});
