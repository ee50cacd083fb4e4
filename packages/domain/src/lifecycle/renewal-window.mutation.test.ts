import { describe, expect, it } from 'vitest';
import { parseDate } from '../time/business-date.js';
import type { Period } from '../time/period.js';
import { canRenew } from './renewal-window.js';
import type { LifecycleSubscription } from './subscription-state.js';

/** Explanations of the renewal window that a wrong rule would slip past (found by mutation testing). */
const d = parseDate;
const SPEC_PERIOD: Period = { start: d('2021-05-01'), end: d('2022-05-01') };
const SUB: LifecycleSubscription = {
  activatedOn: SPEC_PERIOD.start,
  period: SPEC_PERIOD,
  paidInFull: true,
  materialsApproved: true,
};

function refusalMessage(sub: LifecycleSubscription, today: string): string {
  const result = canRenew(sub, d(today));
  if (result.ok) throw new Error('expected a refusal');
  return result.refusal.message;
}

describe('R-RENEW-1 refusals say why and what to do', () => {
  it('R-RENEW-1 R-OPEN-2 not activated: activate first', () => {
    const pending: LifecycleSubscription = {
      activatedOn: null,
      period: null,
      paidInFull: true,
      materialsApproved: false,
    };
    expect(refusalMessage(pending, '2022-04-15')).toBe(
      'Not activated yet, so there is no period to renew: activate the subscription with activateSubscription first (R-OPEN-2)',
    );
  });

  it('R-RENEW-1 R-LIFE-3 recycled: names the recycling date and says to open a new subscription', () => {
    expect(refusalMessage(SUB, '2022-06-01')).toBe(
      'Recycled on 2022-06-01, so it cannot be renewed: open a new subscription instead (R-LIFE-3)',
    );
  });

  it('R-RENEW-1 R-LIFE-3 a recorded recycling without a period end says "an earlier date"', () => {
    const free: LifecycleSubscription = {
      activatedOn: d('2021-05-01'),
      period: null,
      openEnded: true,
      paidInFull: true,
      materialsApproved: true,
      recycledOn: d('2022-01-10'),
    };
    expect(refusalMessage(free, '2022-02-01')).toBe(
      'Recycled on an earlier date, so it cannot be renewed: open a new subscription instead (R-LIFE-3)',
    );
  });

  it('R-RENEW-1 R-LIFE-5 suspended: renew once the suspension is lifted, with the suspension explained', () => {
    const suspended = {
      ...SUB,
      suspension: { since: d('2022-04-01'), reason: 'spam', kind: 'VIOLATION' as const },
    };
    const message = refusalMessage(suspended, '2022-04-15');
    expect(
      message.startsWith(
        'Suspended: no entitlements, renewal included; renew once the suspension is lifted (R-LIFE-5). ',
      ),
    ).toBe(true);
    expect(message).toContain('spam');
  });

  it('R-RENEW-1 R-LIFE-5 terminated: open a new subscription, with the termination explained', () => {
    const terminated = {
      ...SUB,
      terminatedOn: { on: d('2022-04-10'), cause: 'AGREEMENT_ENDED' as const },
    };
    const message = refusalMessage(terminated, '2022-04-15');
    expect(
      message.startsWith(
        'Terminated: no entitlements, renewal included; open a new subscription instead (R-LIFE-5). ',
      ),
    ).toBe(true);
    expect(message.length).toBeGreaterThan(90);
  });
});

describe('R-RENEW-1 R-RENEW-2 a renewable subscription explained', () => {
  it('R-RENEW-1 R-RENEW-2 before the end: the window and where the new period starts', () => {
    const result = canRenew(SUB, d('2022-04-15'));
    expect(result.ok && result.reason).toBe(
      'Renewable: window open 2022-04-01 through 2022-05-31; the new period starts at 2022-05-01 (R-RENEW-1, R-RENEW-2)',
    );
  });

  it('R-RENEW-1 R-LIFE-2 in grace: the last day and the previous end', () => {
    const result = canRenew(SUB, d('2022-05-20'));
    expect(result.ok && result.reason).toBe(
      'Renewable in grace through 2022-05-31; the new period starts at the previous end 2022-05-01 (R-RENEW-1, R-LIFE-2, R-RENEW-2)',
    );
  });

  it('R-RENEW-1 before the window: names the opening date and the period end', () => {
    expect(refusalMessage(SUB, '2022-03-31')).toBe(
      'Renewal opens on 2022-04-01, 1 month before the period end 2022-05-01: renew on or after that date (R-RENEW-1)',
    );
  });
});
