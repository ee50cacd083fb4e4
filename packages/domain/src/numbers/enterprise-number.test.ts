import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  generatePoolNumbers,
  gradeEnterpriseNumber,
  gradeForSeats,
  isValidEnterpriseNumber,
  normalizeEnterpriseNumber,
  numberGrade,
  pickEnterpriseNumber,
  releaseEnterpriseNumber,
} from './enterprise-number.js';

describe('R-NUM-1 enterprise number format', () => {
  it('R-NUM-1 10 digits beginning 400 or 800 are valid', () => {
    expect(isValidEnterpriseNumber('4008881234')).toBe(true);
    expect(isValidEnterpriseNumber('8000000000')).toBe(true);
  });

  it('R-NUM-1 wrong prefix, wrong length, letters or separators are invalid', () => {
    for (const bad of [
      '4018881234',
      '9008881234',
      '400888123',
      '40088812345',
      '400888123a',
      '400-888-1234',
      '',
      '４００８８８１２３４',
    ]) {
      expect(isValidEnterpriseNumber(bad)).toBe(false);
    }
  });

  it('R-NUM-1 normalizeEnterpriseNumber drops spaces and hyphens, null when still invalid', () => {
    expect(normalizeEnterpriseNumber('400-888 1234')).toBe('4008881234');
    expect(normalizeEnterpriseNumber('010-12345678')).toBeNull();
  });
});

describe('R-NUM-3 number grades', () => {
  it('R-NUM-3 four or more repeated or sequential digits after the prefix are PREMIUM', () => {
    expect(numberGrade('4008888123')).toBe('PREMIUM'); // 8888
    expect(numberGrade('4001234590')).toBe('PREMIUM'); // 12345
    expect(numberGrade('8009876021')).toBe('PREMIUM'); // 9876
    expect(numberGrade('4000000000')).toBe('PREMIUM');
  });

  it('R-NUM-3 a run of three is GOOD', () => {
    expect(numberGrade('4008881920')).toBe('GOOD'); // 888
    expect(numberGrade('4005671920')).toBe('GOOD'); // 567
    expect(numberGrade('8001920321')).toBe('GOOD'); // 321
  });

  it('R-NUM-3 runs of at most two are STANDARD; the 400/800 prefix does not count', () => {
    expect(numberGrade('4001829374')).toBe('STANDARD');
    expect(numberGrade('4000192837')).toBe('STANDARD'); // "400" + "0192837": the prefix's zeros are ignored
    expect(numberGrade('4001357913')).toBe('STANDARD'); // steps of 2 are not sequential
    expect(numberGrade('4008901234')).toBe('PREMIUM'); // 8-9-0 does not wrap, but 01234 is a run of 5
    expect(numberGrade('4007890615')).toBe('GOOD'); // 789, no wrap to 0
  });

  it('R-NUM-3 gradeEnterpriseNumber explains the score; an invalid number is refused', () => {
    expect(gradeEnterpriseNumber('4008881920')).toEqual({
      ok: true,
      grade: 'GOOD',
      longestRepeat: 3,
      longestSequence: 1,
      rules: ['R-NUM-3'],
      reason:
        '4008881920 is GOOD: longest repeated run 3, longest sequential run 1 after the prefix (R-NUM-3: 4+ premium, 3 good)',
    });
    const bad = gradeEnterpriseNumber('123');
    expect(!bad.ok && bad.refusal.code).toBe('INVALID_INPUT');
    expect(() => numberGrade('123')).toThrow(RangeError);
  });

  it('R-NUM-3 seats earn grades: 3–10 STANDARD, 11–20 GOOD, 21–50 PREMIUM (boundaries)', () => {
    expect([3, 10, 11, 20, 21, 50].map(gradeForSeats)).toEqual([
      'STANDARD',
      'STANDARD',
      'GOOD',
      'GOOD',
      'PREMIUM',
      'PREMIUM',
    ]);
    expect(() => gradeForSeats(0)).toThrow(RangeError);
    expect(() => gradeForSeats(2.5)).toThrow(RangeError);
  });

  it('R-NUM-3 property: the grade matches an independent regex-free count of runs', () => {
    const digits = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 7, maxLength: 7 });
    fc.assert(
      fc.property(fc.constantFrom('400', '800'), digits, (prefix, ds) => {
        let best = 1;
        for (let i = 0; i < 7; i++) {
          for (const step of [0, 1, -1]) {
            let j = i;
            while (j + 1 < 7 && (ds[j + 1] ?? -9) - (ds[j] ?? -9) === step) j++;
            best = Math.max(best, j - i + 1);
          }
        }
        const expected = best >= 4 ? 'PREMIUM' : best === 3 ? 'GOOD' : 'STANDARD';
        return numberGrade(prefix + ds.join('')) === expected;
      }),
    );
  });
});

describe('R-OPEN-5 R-NUM-2 R-NUM-3 assigning a number', () => {
  const pool = ['4001829374', '4008881920', '4008888123', '8002938475'];

  it('R-OPEN-5 R-NUM-3 5 seats get the first STANDARD number of the pool', () => {
    expect(pickEnterpriseNumber(pool, 5)).toEqual({
      ok: true,
      number: '4001829374',
      grade: 'STANDARD',
      requestedGrade: 'STANDARD',
      source: 'POOL',
      fallback: 'NONE',
      inPool: true,
      rules: ['R-OPEN-5', 'R-NUM-1', 'R-NUM-3'],
      reason:
        'enterprise number 4001829374 (STANDARD) from the pool: 5 seats earn STANDARD (3–10 seats) (R-NUM-3; R-OPEN-5, R-NUM-1)',
    });
  });

  it('R-NUM-3 11 seats get GOOD and 21 seats get PREMIUM', () => {
    const good = pickEnterpriseNumber(pool, 11);
    expect(good.ok && [good.number, good.grade]).toEqual(['4008881920', 'GOOD']);
    const premium = pickEnterpriseNumber(pool, 21);
    expect(premium.ok && [premium.number, premium.grade]).toEqual(['4008888123', 'PREMIUM']);
  });

  it('R-NUM-3 no number of the earned grade free: the best lower grade, then the nearest higher grade', () => {
    const noPremium = pickEnterpriseNumber(['4001829374', '4008881920'], 30);
    expect(noPremium.ok && [noPremium.number, noPremium.grade, noPremium.fallback]).toEqual([
      '4008881920',
      'GOOD',
      'LOWER_GRADE',
    ]);
    expect(noPremium.ok && noPremium.reason).toContain(
      'no PREMIUM number is free, so the best lower grade is given',
    );
    const onlyStandard = pickEnterpriseNumber(['4001829374'], 30);
    expect(onlyStandard.ok && [onlyStandard.grade, onlyStandard.fallback]).toEqual([
      'STANDARD',
      'LOWER_GRADE',
    ]);
    const onlyPremium = pickEnterpriseNumber(['4008888123', '4008881920'], 5);
    expect(onlyPremium.ok && [onlyPremium.number, onlyPremium.grade, onlyPremium.fallback]).toEqual(
      ['4008881920', 'GOOD', 'HIGHER_GRADE'],
    );
  });

  it('R-OPEN-5 an empty pool (or one with only invalid entries) is refused with NOT_FOUND', () => {
    for (const empty of [[], ['123', '4018881234']]) {
      const result = pickEnterpriseNumber(empty, 5);
      expect(!result.ok && result.refusal.code).toBe('NOT_FOUND');
    }
  });

  it('R-NUM-2 a hotline contract gets its own number, in the pool or not, whatever the seats', () => {
    expect(pickEnterpriseNumber(pool, 5, '400-888-8123')).toEqual({
      ok: true,
      number: '4008888123',
      grade: 'PREMIUM',
      requestedGrade: 'STANDARD',
      source: 'HOTLINE_CONTRACT',
      fallback: 'NONE',
      inPool: true,
      rules: ['R-OPEN-5', 'R-NUM-1', 'R-NUM-2'],
      reason:
        "enterprise number 4008888123 matches the customer's 400/800 hotline contract (R-NUM-2; R-OPEN-5, R-NUM-1)",
    });
    const outside = pickEnterpriseNumber([], 5, '8005550199');
    expect(outside.ok && [outside.number, outside.inPool]).toEqual(['8005550199', false]);
  });

  it('R-NUM-2 an invalid hotline number is INVALID_INPUT; an empty one means no contract', () => {
    const bad = pickEnterpriseNumber(pool, 5, '95555');
    expect(!bad.ok && [bad.refusal.code, bad.refusal.field]).toEqual([
      'INVALID_INPUT',
      ['hotlineContractNumber'],
    ]);
    const blank = pickEnterpriseNumber(pool, 5, ' ');
    expect(blank.ok && blank.source).toBe('POOL');
  });

  it('R-NUM-3 zero, negative or fractional seats are INVALID_INPUT', () => {
    for (const seats of [0, -3, 2.5]) {
      const result = pickEnterpriseNumber(pool, seats);
      expect(!result.ok && result.refusal.code).toBe('INVALID_INPUT');
    }
  });
});

describe('R-NUM-4 recycled numbers', () => {
  it('R-NUM-4 a recycled account’s number returns to the end of the pool and can be assigned again', () => {
    const released = releaseEnterpriseNumber(['4001829374'], '4008881920');
    expect(released).toEqual({
      ok: true,
      pool: ['4001829374', '4008881920'],
      rules: ['R-NUM-4', 'R-LIFE-3'],
      reason: '4008881920 returns to the pool: the account was recycled (R-NUM-4, R-LIFE-3)',
    });
    const again = released.ok ? pickEnterpriseNumber(released.pool, 15) : null;
    expect(again?.ok && again.number).toBe('4008881920');
  });

  it('R-NUM-4 a number already in the pool or invalid is refused', () => {
    const twice = releaseEnterpriseNumber(['4008881920'], '4008881920');
    expect(!twice.ok && twice.refusal.code).toBe('INVALID_STATE');
    const bad = releaseEnterpriseNumber([], '12');
    expect(!bad.ok && bad.refusal.code).toBe('INVALID_INPUT');
  });
});

describe('R-NUM-1 sample pool generator', () => {
  it('R-NUM-1 generatePoolNumbers is deterministic, distinct and valid', () => {
    const a = generatePoolNumbers(42, 500);
    expect(a).toEqual(generatePoolNumbers(42, 500));
    expect(new Set(a).size).toBe(500);
    expect(a.every(isValidEnterpriseNumber)).toBe(true);
    expect(generatePoolNumbers(42, 3, '800').every((n) => n.startsWith('800'))).toBe(true);
    expect(generatePoolNumbers(7, 10)).not.toEqual(generatePoolNumbers(8, 10));
    expect(() => generatePoolNumbers(1, -1)).toThrow(RangeError);
  });
});
