import { describe, expect, it } from 'vitest';
import { findPlan, findProduct } from '../catalog/catalog-lookup.js';
import type { Plan } from '../catalog/catalog-types.js';
import { DEMO_CATALOG } from '../catalog/demo-catalog.js';
import { msg, renderMessage } from '../explain/messages.js';
import { priceRenewal } from '../pricing/renewal-price.js';
import { parseDate } from '../time/business-date.js';
import {
  activationPeriodFor,
  canLeavePlan,
  freePlanForceMajeureRefusal,
  isFreePlan,
  periodEndFor,
} from './free-plans.js';
import { canRenew } from './renewal-window.js';
import { subscriptionState, transitionsBetween } from './subscription-state.js';

const d = parseDate;

function plan(productCode: string, planCode: string): Plan {
  const product = findProduct(DEMO_CATALOG, productCode);
  const found = product && findPlan(product, planCode);
  if (!found) throw new Error(`no plan ${productCode}/${planCode}`);
  return found;
}

const EXMAIL_FREE = plan('EXMAIL', 'FREE');
const MEETING_BASIC = plan('MEETING', 'BASIC');
const EXMAIL_STANDARD = plan('EXMAIL', 'STANDARD');

describe('R-CAT-2 free plans have no time limit', () => {
  it('R-CAT-2 Exmail FREE and Meeting BASIC are free plans; Exmail STANDARD is not', () => {
    expect(isFreePlan(EXMAIL_FREE, d('2024-01-01'))).toBe(true);
    expect(isFreePlan(MEETING_BASIC, d('2024-01-01'))).toBe(true);
    expect(isFreePlan(EXMAIL_STANDARD, d('2024-01-01'))).toBe(false);
  });

  it('R-CAT-2 R-OPEN-3 periodEndFor: null for a free plan, whole years from the start for a paid one', () => {
    expect(periodEndFor(EXMAIL_FREE, d('2021-05-01'))).toBeNull();
    expect(periodEndFor(MEETING_BASIC, d('2021-05-01'), 3)).toBeNull();
    expect(periodEndFor(EXMAIL_STANDARD, d('2021-05-01'))).toBe('2022-05-01');
    expect(periodEndFor(EXMAIL_STANDARD, d('2020-02-29'), 1)).toBe('2021-02-28');
    expect(periodEndFor(EXMAIL_STANDARD, d('2021-05-01'), 3)).toBe('2024-05-01');
  });

  it('R-CAT-2 R-OPEN-3 activationPeriodFor: a free plan is open-ended from its activation; a paid plan is [start, start + years)', () => {
    expect(activationPeriodFor(EXMAIL_FREE, d('2021-05-01'), 1)).toEqual({
      ok: true,
      start: '2021-05-01',
      end: null,
      expiresOn: null,
      openEnded: true,
      rules: ['R-OPEN-3', 'R-CAT-2'],
      reason: `Activated 2021-05-01 on free plan ${EXMAIL_FREE.name}: no period end, active until left or terminated (R-OPEN-3, R-CAT-2)`,
      reasonMessage: msg('event.activatedFree', { on: '2021-05-01', plan: EXMAIL_FREE.name }),
    });
    // Named by its product, the plan is written in the reader's language.
    const named = activationPeriodFor(EXMAIL_FREE, d('2021-05-01'), 1, 'EXMAIL');
    expect(named.ok && named.reason).toBe(
      `Activated 2021-05-01 on free plan ${EXMAIL_FREE.name}: no period end, active until left or terminated (R-OPEN-3, R-CAT-2)`,
    );
    expect(named.ok && named.reasonMessage && renderMessage(named.reasonMessage, 'zh-CN')).toMatch(
      /^2021-05-01 开通免费套餐 .+：无服务期结束日，直至退出或被终止（R-OPEN-3、R-CAT-2）$/,
    );
    expect(activationPeriodFor(EXMAIL_STANDARD, d('2021-05-01'), 1)).toMatchObject({
      ok: true,
      start: '2021-05-01',
      end: '2022-05-01',
      expiresOn: '2022-04-30',
      openEnded: false,
    });
    // The years are checked for paid plans only (R-OPEN-1).
    expect(activationPeriodFor(EXMAIL_STANDARD, d('2021-05-01'), 4)).toMatchObject({
      ok: false,
      refusal: { code: 'INVALID_INPUT' },
    });
  });

  it('R-CAT-2 R-LIFE-1 an open-ended free subscription stays ACTIVE years later: no grace, no recycling, no transitions, nothing to renew', () => {
    const free = {
      activatedOn: d('2021-05-01'),
      period: null,
      openEnded: true,
      paidInFull: true,
      materialsApproved: true,
    };
    for (const day of ['2021-05-01', '2022-05-01', '2022-06-01', '2031-12-31']) {
      const state = subscriptionState(free, d(day));
      expect(state.status, day).toBe('ACTIVE');
      expect(state.period).toBeNull();
      expect(state.expiresOn).toBeNull();
      expect(state.graceEndsOn).toBeNull();
      expect(state.recycleOn).toBeNull();
      expect(state.daysLeft).toBeNull();
      expect(state.nextTransition).toBeNull();
      expect(state.entitlements).toEqual({
        initiateSessions: true,
        service: true,
        addSeats: true,
        renew: false,
      });
      expect(state.rules).toEqual(['R-LIFE-1', 'R-CAT-2']);
    }
    expect(transitionsBetween(free, d('2021-05-01'), d('2040-01-01'))).toEqual([]);
    // Before its activation day it is not active yet; a termination still ends it (R-LIFE-5).
    expect(subscriptionState(free, d('2021-04-30')).status).toBe('PENDING_ACTIVATION');
    const terminated = {
      ...free,
      terminatedOn: { on: d('2023-01-01'), cause: 'AGREEMENT_ENDED' as const },
    };
    expect(subscriptionState(terminated, d('2022-12-31')).status).toBe('ACTIVE');
    expect(subscriptionState(terminated, d('2023-01-01')).status).toBe('TERMINATED');
  });

  it('R-CAT-2 renewing a free plan is refused with what to do instead, even with no period end', () => {
    const refused = priceRenewal({
      catalog: DEMO_CATALOG,
      subscription: {
        productCode: 'EXMAIL',
        planCode: 'FREE',
        seats: 20,
        status: 'ACTIVE',
        periodEnd: null,
        openedOn: d('2021-04-20'),
        legacy: { firstRenewalUsed: false, addSeatPurchaseUsed: false },
        lastPurchase: null,
        migration: null,
        customUnitPrice: null,
      },
      years: 1,
      date: d('2022-05-01'),
    });
    expect(refused).toMatchObject({
      ok: false,
      refusal: { code: 'INVALID_STATE', rules: ['R-CAT-2'] },
    });
    if (refused.ok) return;
    expect(refused.refusal.message).toContain('never renewed (R-CAT-2)');
    expect(refused.refusal.message).toContain('open a paid plan');
  });

  it('R-CAT-2 R-FM-1 R-LIFE-5 force majeure has no period end to extend; only a free plan can be left', () => {
    expect(freePlanForceMajeureRefusal(EXMAIL_FREE).refusal.rules).toEqual(['R-CAT-2', 'R-FM-1']);
    expect(canLeavePlan(EXMAIL_FREE, d('2024-01-01'))).toMatchObject({
      ok: true,
      rules: ['R-CAT-2', 'R-LIFE-5'],
    });
    expect(canLeavePlan(EXMAIL_STANDARD, d('2024-01-01'))).toMatchObject({
      ok: false,
      refusal: { code: 'INVALID_STATE', rules: ['R-CAT-2', 'R-LIFE-5'] },
    });
  });
});

describe('R-CAT-2 R-RENEW-1 no renewal window for a free plan', () => {
  it('R-CAT-2 R-RENEW-1 canRenew refuses an open-ended subscription, saying to open a paid plan instead', () => {
    const refused = canRenew(
      {
        activatedOn: d('2021-05-01'),
        period: null,
        openEnded: true,
        paidInFull: true,
        materialsApproved: true,
      },
      d('2022-04-15'),
    );
    expect(refused).toMatchObject({
      ok: false,
      refusal: { code: 'INVALID_STATE', rules: ['R-CAT-2'] },
    });
    if (!refused.ok)
      expect(refused.refusal.message).toMatch(/^This is a free plan with no time limit/);
  });
});
