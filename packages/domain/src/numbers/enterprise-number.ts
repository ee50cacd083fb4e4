import { msg } from '../explain/messages.js';
import type { RuleId } from '../explain/rules.js';
import { refuse, type Outcome } from '../explain/results.js';

/** R-NUM-3: how "nice" a number is, and which seat counts get which grade. */
export type NumberGrade = 'STANDARD' | 'GOOD' | 'PREMIUM';

const GRADE_ORDER: readonly NumberGrade[] = ['STANDARD', 'GOOD', 'PREMIUM'];
const ZERO = 48;

/**
 * R-NUM-1: an enterprise number in canonical form — exactly 10 ASCII digits beginning 400 or
 * 800, no separators (use `normalizeEnterpriseNumber` for user input like "400-888-1234").
 */
export function isValidEnterpriseNumber(number: string): boolean {
  if (number.length !== 10) return false;
  const first = number.charCodeAt(0);
  if (
    (first !== ZERO + 4 && first !== ZERO + 8) ||
    number.charCodeAt(1) !== ZERO ||
    number.charCodeAt(2) !== ZERO
  )
    return false;
  for (let i = 3; i < 10; i++) {
    const c = number.charCodeAt(i);
    if (c < ZERO || c > ZERO + 9) return false;
  }
  return true;
}

/** Drops spaces and hyphens ("400-888 1234" → "4008881234"); null when the result is not valid (R-NUM-1). */
export function normalizeEnterpriseNumber(text: string): string | null {
  let digits = '';
  for (const ch of text) if (ch !== ' ' && ch !== '-') digits += ch;
  return isValidEnterpriseNumber(digits) ? digits : null;
}

export interface NumberGradeDetail {
  readonly grade: NumberGrade;
  /** Longest run of one repeated digit in the 7 digits after the prefix ("888" → 3). */
  readonly longestRepeat: number;
  /** Longest run of digits stepping by +1 or by −1 in those 7 digits ("1234", "987" → 4, 3). */
  readonly longestSequence: number;
  readonly rules: RuleId[];
  readonly reason: string;
}

/** Longest repeated run × 16 + longest sequential run over digits 4–10 of a valid number. */
function measureRuns(number: string): number {
  let longestRepeat = 1;
  let longestSequence = 1;
  let repeat = 1;
  let up = 1;
  let down = 1;
  for (let i = 4; i < 10; i++) {
    const step = number.charCodeAt(i) - number.charCodeAt(i - 1);
    repeat = step === 0 ? repeat + 1 : 1;
    up = step === 1 ? up + 1 : 1;
    down = step === -1 ? down + 1 : 1;
    if (repeat > longestRepeat) longestRepeat = repeat;
    if (up > longestSequence) longestSequence = up;
    if (down > longestSequence) longestSequence = down;
  }
  return longestRepeat * 16 + longestSequence;
}

function gradeOfRuns(runs: number): NumberGrade {
  const score = Math.max(runs >> 4, runs & 15);
  return score >= 4 ? 'PREMIUM' : score === 3 ? 'GOOD' : 'STANDARD';
}

/**
 * R-NUM-3 scoring. Only the 7 digits after the shared 400/800 prefix count. Score = the longer of
 * the longest repeated-digit run and the longest ascending/descending-by-one run:
 * score ≥ 4 → PREMIUM, 3 → GOOD, otherwise STANDARD. Refuses an invalid number (R-NUM-1).
 */
export function gradeEnterpriseNumber(number: string): Outcome<NumberGradeDetail> {
  if (!isValidEnterpriseNumber(number)) {
    return refuse('INVALID_INPUT', msg('number.format', { number }), ['R-NUM-1'], ['number']);
  }
  const runs = measureRuns(number);
  const longestRepeat = runs >> 4;
  const longestSequence = runs & 15;
  const grade = gradeOfRuns(runs);
  return {
    ok: true,
    grade,
    longestRepeat,
    longestSequence,
    rules: ['R-NUM-3'],
    reason: `${number} is ${grade}: longest repeated run ${longestRepeat}, longest sequential run ${longestSequence} after the prefix (R-NUM-3: 4+ premium, 3 good)`,
  };
}

/** R-NUM-3: the grade of a valid number (see `gradeEnterpriseNumber`); throws on an invalid one. */
export function numberGrade(number: string): NumberGrade {
  if (!isValidEnterpriseNumber(number))
    throw new RangeError(`"${number}" is not a 10-digit number beginning 400 or 800 (R-NUM-1)`);
  return gradeOfRuns(measureRuns(number));
}

/**
 * R-NUM-3: the grade a seat count earns — up to 10 seats STANDARD, 11–20 GOOD, 21 and more
 * PREMIUM (the plan's 3–50 limits are R-CAT-3's business). Throws on a non-positive or
 * fractional count, a programmer error.
 */
export function gradeForSeats(seats: number): NumberGrade {
  if (!Number.isSafeInteger(seats) || seats < 1)
    throw new RangeError(`seats must be a whole number ≥ 1, got ${seats}`);
  return seats <= 10 ? 'STANDARD' : seats <= 20 ? 'GOOD' : 'PREMIUM';
}

const SEAT_BANDS: Record<NumberGrade, string> = {
  STANDARD: '3–10 seats',
  GOOD: '11–20 seats',
  PREMIUM: '21–50 seats',
};

export interface EnterpriseNumberAssignment {
  readonly number: string;
  readonly grade: NumberGrade;
  /** The grade the seat count earns (R-NUM-3). */
  readonly requestedGrade: NumberGrade;
  readonly source: 'HOTLINE_CONTRACT' | 'POOL';
  /** When no pool number of the requested grade is free: the best lower grade, else the nearest higher. */
  readonly fallback: 'NONE' | 'LOWER_GRADE' | 'HIGHER_GRADE';
  /** The number was in the free pool; the caller removes it from there. */
  readonly inPool: boolean;
  readonly rules: RuleId[];
  readonly reason: string;
}

/**
 * R-OPEN-5 / R-NUM-1, R-NUM-2, R-NUM-3: the free enterprise number an EQQ opening gets.
 * - With a 400/800 hotline contract (R-NUM-2): that number, whether or not it is in the free pool
 *   (the customer holds it by contract; uniqueness among assigned numbers is the store's check).
 * - Otherwise the first free pool number (pool order) of the grade the seats earn (R-NUM-3); if none
 *   is free, the first of the best lower grade, then of the nearest higher grade, so an opening is
 *   never blocked while the pool has a valid number. Invalid pool entries are skipped.
 * Refused with NOT_FOUND when the pool has no valid number.
 */
export function pickEnterpriseNumber(
  pool: readonly string[],
  seats: number,
  hotlineContractNumber?: string,
): Outcome<EnterpriseNumberAssignment> {
  if (!Number.isSafeInteger(seats) || seats < 1) {
    return refuse('INVALID_INPUT', msg('number.seats', { got: seats }), ['R-NUM-3'], ['seats']);
  }
  const requestedGrade = gradeForSeats(seats);
  if (hotlineContractNumber !== undefined && hotlineContractNumber.trim() !== '') {
    const number = normalizeEnterpriseNumber(hotlineContractNumber);
    if (number === null) {
      return refuse(
        'INVALID_INPUT',
        msg('number.hotline', { number: hotlineContractNumber }),
        ['R-NUM-1', 'R-NUM-2'],
        ['hotlineContractNumber'],
      );
    }
    return {
      ok: true,
      number,
      grade: numberGrade(number),
      requestedGrade,
      source: 'HOTLINE_CONTRACT',
      fallback: 'NONE',
      inPool: pool.includes(number),
      rules: ['R-OPEN-5', 'R-NUM-1', 'R-NUM-2'],
      reason: `enterprise number ${number} matches the customer's 400/800 hotline contract (R-NUM-2; R-OPEN-5, R-NUM-1)`,
    };
  }
  // First free number of each grade, in pool order; stop early once the requested grade is found.
  const firstOf: Partial<Record<NumberGrade, string>> = {};
  for (const candidate of pool) {
    if (!isValidEnterpriseNumber(candidate)) continue;
    const grade = gradeOfRuns(measureRuns(candidate));
    if (firstOf[grade] !== undefined) continue;
    firstOf[grade] = candidate;
    if (grade === requestedGrade) break;
  }
  const wanted = GRADE_ORDER.indexOf(requestedGrade);
  const order: NumberGrade[] = [requestedGrade];
  for (let i = wanted - 1; i >= 0; i--) order.push(GRADE_ORDER[i] ?? 'STANDARD');
  for (let i = wanted + 1; i < GRADE_ORDER.length; i++) order.push(GRADE_ORDER[i] ?? 'PREMIUM');
  for (const grade of order) {
    const number = firstOf[grade];
    if (number === undefined) continue;
    const fallback =
      grade === requestedGrade
        ? 'NONE'
        : GRADE_ORDER.indexOf(grade) < wanted
          ? 'LOWER_GRADE'
          : 'HIGHER_GRADE';
    const band = `${seats} ${seats === 1 ? 'seat' : 'seats'} earn ${requestedGrade} (${SEAT_BANDS[requestedGrade]})`;
    return {
      ok: true,
      number,
      grade,
      requestedGrade,
      source: 'POOL',
      fallback,
      inPool: true,
      rules: ['R-OPEN-5', 'R-NUM-1', 'R-NUM-3'],
      reason:
        fallback === 'NONE'
          ? `enterprise number ${number} (${grade}) from the pool: ${band} (R-NUM-3; R-OPEN-5, R-NUM-1)`
          : `enterprise number ${number} (${grade}) from the pool: ${band}, but no ${requestedGrade} number is free, so the ${fallback === 'LOWER_GRADE' ? 'best lower' : 'nearest higher'} grade is given (R-NUM-3; R-OPEN-5, R-NUM-1)`,
    };
  }
  return refuse('NOT_FOUND', msg('number.poolEmpty'), ['R-OPEN-5', 'R-NUM-1', 'R-NUM-3']);
}

/**
 * R-NUM-4 / R-LIFE-3: a recycled account's number goes back to the pool (appended, so numbers
 * freed longest ago are reused first). Refused when invalid or already in the pool.
 */
export function releaseEnterpriseNumber(
  pool: readonly string[],
  number: string,
): Outcome<{ pool: string[]; rules: RuleId[]; reason: string }> {
  if (!isValidEnterpriseNumber(number)) {
    return refuse(
      'INVALID_INPUT',
      msg('number.format', { number }),
      ['R-NUM-4', 'R-NUM-1'],
      ['number'],
    );
  }
  if (pool.includes(number)) {
    return refuse('INVALID_STATE', msg('number.alreadyFree', { number }), ['R-NUM-4']);
  }
  return {
    ok: true,
    pool: [...pool, number],
    rules: ['R-NUM-4', 'R-LIFE-3'],
    reason: `${number} returns to the pool: the account was recycled (R-NUM-4, R-LIFE-3)`,
  };
}

/**
 * Deterministic sample pool for development and tests: `count` distinct valid numbers with the
 * given prefix from a seeded generator (mulberry32). Not a business rule; no randomness source read.
 */
export function generatePoolNumbers(
  seed: number,
  count: number,
  prefix: '400' | '800' = '400',
): string[] {
  if (!Number.isSafeInteger(count) || count < 0 || count > 1_000_000) {
    throw new RangeError(`count must be a whole number from 0 to 1,000,000, got ${count}`);
  }
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) % 10_000_000;
  };
  const seen = new Set<number>();
  const numbers: string[] = [];
  while (numbers.length < count) {
    const n = next();
    if (seen.has(n)) continue;
    seen.add(n);
    numbers.push(prefix + String(n).padStart(7, '0'));
  }
  return numbers;
}
