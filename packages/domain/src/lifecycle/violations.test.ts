import { describe, expect, it } from 'vitest';
import { parseDate } from '../time/business-date.js';
import { subscriptionState, type LifecycleSubscription } from './subscription-state.js';
import {
  appealUpheld,
  escalateViolation,
  violationLevel,
  type ViolationRecord,
  type ViolationStep,
} from './violations.js';

const d = parseDate;
const SUB: LifecycleSubscription = {
  activatedOn: d('2021-05-01'),
  period: { start: d('2021-05-01'), end: d('2022-05-01') },
  paidInFull: true,
  materialsApproved: true,
};

function ok(result: ReturnType<typeof escalateViolation>): ViolationStep {
  if (!result.ok) throw new Error(result.refusal.message);
  return result;
}

describe('R-VIO-1 violations escalate warning → suspension → ban', () => {
  it('R-VIO-1 each step moves one level and is recorded with its reason and rule id', () => {
    const warning = ok(escalateViolation('NONE', 'spam messages', d('2021-06-01')));
    expect(warning).toEqual({
      ok: true,
      level: 'WARNING',
      record: {
        kind: 'ESCALATION',
        on: '2021-06-01',
        from: 'NONE',
        to: 'WARNING',
        reason: 'spam messages',
        rules: ['R-VIO-1'],
      },
      effect: {},
      rules: ['R-VIO-1'],
      reason: 'NONE → WARNING on 2021-06-01: spam messages (R-VIO-1)',
    });
    const suspended = ok(escalateViolation('WARNING', 'spam again', d('2021-07-01')));
    expect(suspended.level).toBe('SUSPENDED');
    expect(suspended.effect).toEqual({
      suspension: { since: '2021-07-01', reason: 'spam again', kind: 'VIOLATION' },
    });
    expect(suspended.rules).toEqual(['R-VIO-1', 'R-LIFE-5']);
    const banned = ok(escalateViolation('SUSPENDED', 'fraud', d('2021-08-01')));
    expect(banned.level).toBe('BANNED');
    expect(banned.effect).toEqual({ terminatedOn: { on: '2021-08-01', cause: 'VIOLATION_BAN' } });
  });

  it('R-VIO-1 R-LIFE-5 the effects drive the subscription status: SUSPENDED, then TERMINATED', () => {
    const suspended = {
      ...SUB,
      ...ok(escalateViolation('WARNING', 'spam', d('2021-07-01'))).effect,
    };
    expect(subscriptionState(suspended, d('2021-07-01')).status).toBe('SUSPENDED');
    const banned = {
      ...suspended,
      ...ok(escalateViolation('SUSPENDED', 'fraud', d('2021-08-01'))).effect,
    };
    expect(subscriptionState(banned, d('2021-08-01'))).toMatchObject({
      status: 'TERMINATED',
      rules: ['R-LIFE-5', 'R-VIO-1'],
    });
  });

  it('R-VIO-1 a ban is the last step; a step without a reason is refused', () => {
    expect(escalateViolation('BANNED', 'again', d('2021-09-01'))).toMatchObject({
      ok: false,
      refusal: { code: 'INVALID_STATE', rules: ['R-VIO-1'] },
    });
    expect(escalateViolation('NONE', '   ', d('2021-09-01'))).toMatchObject({
      ok: false,
      refusal: { code: 'INVALID_INPUT', rules: ['R-VIO-1'], field: ['reason'] },
    });
  });
});

describe('R-VIO-1 an upheld appeal restores the previous state', () => {
  const history: ViolationRecord[] = [
    ok(escalateViolation('NONE', 'spam', d('2021-06-01'))).record,
    ok(escalateViolation('WARNING', 'spam again', d('2021-07-01'))).record,
    ok(escalateViolation('SUSPENDED', 'fraud', d('2021-08-01'))).record,
  ];

  it('R-VIO-1 appealing a ban restores the suspension as first recorded; a second appeal restores the warning', () => {
    expect(violationLevel(history)).toBe('BANNED');
    const first = appealUpheld(history, d('2021-08-10'));
    expect(first).toMatchObject({
      ok: true,
      level: 'SUSPENDED',
      record: {
        kind: 'APPEAL_UPHELD',
        on: '2021-08-10',
        from: 'BANNED',
        to: 'SUSPENDED',
        rules: ['R-VIO-1'],
      },
      effect: {
        suspension: { since: '2021-07-01', reason: 'spam again', kind: 'VIOLATION' },
        terminatedOn: null,
      },
    });
    expect(first.ok && first.reason).toBe(
      'Appeal upheld on 2021-08-10: BANNED (2021-08-01: fraud) lifted, back to SUSPENDED (R-VIO-1)',
    );
    if (!first.ok) return;
    const after = [...history, first.record];
    expect(violationLevel(after)).toBe('SUSPENDED');
    const second = appealUpheld(after, d('2021-08-20'), 'evidence accepted');
    expect(second).toMatchObject({ ok: true, level: 'WARNING', effect: { suspension: null } });
    if (!second.ok) return;
    expect(violationLevel([...after, second.record])).toBe('WARNING');
    const restored = { ...SUB, suspension: null, terminatedOn: null, ...second.effect };
    expect(subscriptionState(restored, d('2021-08-20')).status).toBe('ACTIVE');
  });

  it('R-VIO-1 appealing a warning clears it without touching a termination for another cause', () => {
    const warned = [history[0] as ViolationRecord];
    const result = appealUpheld(warned, d('2021-06-05'));
    expect(result).toMatchObject({ ok: true, level: 'NONE', effect: {} });
  });

  it('R-VIO-1 nothing to appeal → INVALID_STATE', () => {
    expect(appealUpheld([], d('2021-06-05'))).toMatchObject({
      ok: false,
      refusal: { code: 'INVALID_STATE', rules: ['R-VIO-1'] },
    });
    expect(violationLevel([])).toBe('NONE');
  });
});
