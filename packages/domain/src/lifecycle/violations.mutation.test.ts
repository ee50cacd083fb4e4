import { describe, expect, it } from 'vitest';
import { parseDate } from '../time/business-date.js';
import {
  appealUpheld,
  escalateViolation,
  type ViolationLevel,
  type ViolationStep,
} from './violations.js';
import { inEnglish } from '../test-support/refusal-english.js';

/**
 * Violation steps and their explanations that a wrong rule would slip past (found by mutation
 * testing). Every step is computed inside its test: a history built while vitest collects the
 * tests is not seen by Stryker's runner.
 */
const d = parseDate;

function ok(result: ReturnType<typeof escalateViolation>): ViolationStep {
  if (!result.ok) throw new Error(result.refusal.message);
  return result;
}

describe('R-VIO-1 escalation one step at a time', () => {
  it('R-VIO-1 NONE → WARNING → SUSPENDED → BANNED, each reason naming the step and its rules', () => {
    const warning = ok(escalateViolation('NONE', ' spam ', d('2021-06-01')));
    expect(warning.level).toBe('WARNING');
    expect(warning.reason).toBe('NONE → WARNING on 2021-06-01: spam (R-VIO-1)');
    const suspended = ok(escalateViolation('WARNING', 'spam again', d('2021-07-01')));
    expect(suspended).toEqual({
      ok: true,
      level: 'SUSPENDED',
      record: {
        kind: 'ESCALATION',
        on: '2021-07-01',
        from: 'WARNING',
        to: 'SUSPENDED',
        reason: 'spam again',
        rules: ['R-VIO-1', 'R-LIFE-5'],
      },
      effect: { suspension: { since: '2021-07-01', reason: 'spam again', kind: 'VIOLATION' } },
      rules: ['R-VIO-1', 'R-LIFE-5'],
      reason: 'WARNING → SUSPENDED on 2021-07-01: spam again (R-VIO-1; R-LIFE-5: no entitlements)',
    });
    const banned = ok(escalateViolation('SUSPENDED', 'fraud', d('2021-08-01')));
    expect(banned.level).toBe('BANNED');
    expect(banned.reason).toBe(
      'SUSPENDED → BANNED on 2021-08-01: fraud (R-VIO-1; R-LIFE-5: no entitlements)',
    );
  });

  it('R-VIO-1 a step without a reason is refused, naming the field', () => {
    expect(inEnglish(escalateViolation('NONE', '  ', d('2021-06-01')))).toEqual({
      ok: false,
      refusal: {
        code: 'INVALID_INPUT',
        message: 'A violation step must be recorded with its reason (R-VIO-1)',
        rules: ['R-VIO-1'],
        field: ['reason'],
      },
    });
  });

  it('R-VIO-1 nothing comes after a ban, and the refusal says an appeal can still restore the service', () => {
    expect(inEnglish(escalateViolation('BANNED', 'again', d('2021-09-01')))).toEqual({
      ok: false,
      refusal: {
        code: 'INVALID_STATE',
        message:
          'Already BANNED: a permanent ban is the last step, so no further step can be recorded; an appeal can still restore the service (R-VIO-1)',
        rules: ['R-VIO-1'],
      },
    });
  });
  it('R-VIO-1 a level that is not one of the steps (bad stored data) is refused, never escalated', () => {
    const result = escalateViolation('PAUSED' as ViolationLevel, 'spam', d('2021-09-01'));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.refusal.code).toBe('INVALID_STATE');
  });
});

describe('R-VIO-1 an upheld appeal explained', () => {
  it('R-VIO-1 without a reason given, the record says "appeal upheld"', () => {
    const history = [ok(escalateViolation('NONE', 'spam', d('2021-06-01'))).record];
    const result = appealUpheld(history, d('2021-06-05'));
    expect(result).toEqual({
      ok: true,
      level: 'NONE',
      record: {
        kind: 'APPEAL_UPHELD',
        on: '2021-06-05',
        from: 'WARNING',
        to: 'NONE',
        reason: 'appeal upheld',
        rules: ['R-VIO-1'],
      },
      effect: {},
      rules: ['R-VIO-1'],
      reason:
        'Appeal upheld on 2021-06-05: WARNING (2021-06-01: spam) lifted, back to NONE (R-VIO-1)',
    });
  });

  it('R-VIO-1 nothing to appeal is refused, saying no action is needed', () => {
    expect(inEnglish(appealUpheld([], d('2021-06-05')))).toEqual({
      ok: false,
      refusal: {
        code: 'INVALID_STATE',
        message:
          'No violation step is in force, so there is nothing to appeal: no action is needed (R-VIO-1)',
        rules: ['R-VIO-1'],
      },
    });
  });
});
