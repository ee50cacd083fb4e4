import { describe, expect, it } from 'vitest';
import { findPlan, findProduct } from '../catalog/catalog-lookup.js';
import type { Plan } from '../catalog/catalog-types.js';
import { DEMO_CATALOG } from '../catalog/demo-catalog.js';
import { parseDate } from '../time/business-date.js';
import { canLeavePlan, freePlanForceMajeureRefusal } from './free-plans.js';
import { inEnglish } from '../test-support/refusal-english.js';

/** Refusals and reasons of free plans that a wrong rule would slip past (found by mutation testing). */
const d = parseDate;

function plan(productCode: string, planCode: string): Plan {
  const product = findProduct(DEMO_CATALOG, productCode);
  const found = product && findPlan(product, planCode);
  if (!found) throw new Error(`no plan ${productCode}/${planCode}`);
  return found;
}

const EXMAIL_FREE = plan('EXMAIL', 'FREE');
const EXMAIL_STANDARD = plan('EXMAIL', 'STANDARD');

describe('R-CAT-2 free plans explained', () => {
  it('R-CAT-2 R-FM-1 force majeure on a free plan is refused as INVALID_STATE, saying there is nothing to extend', () => {
    expect(inEnglish(freePlanForceMajeureRefusal(EXMAIL_FREE))).toEqual({
      ok: false,
      refusal: {
        code: 'INVALID_STATE',
        message: `${EXMAIL_FREE.name} is a free plan with no period end: there is nothing for force majeure to extend, so no action is needed (R-CAT-2, R-FM-1)`,
        rules: ['R-CAT-2', 'R-FM-1'],
      },
    });
  });

  it('R-CAT-2 R-LIFE-5 a paid plan cannot be left, and the refusal says how it ends instead', () => {
    expect(inEnglish(canLeavePlan(EXMAIL_STANDARD, d('2024-01-01')))).toEqual({
      ok: false,
      refusal: {
        code: 'INVALID_STATE',
        message: `${EXMAIL_STANDARD.name} is a paid plan: it cannot be left here. It ends at its period end unless renewed; to end it early, request a refund or contact your account manager (R-CAT-2, R-LIFE-5)`,
        rules: ['R-CAT-2', 'R-LIFE-5'],
      },
    });
  });

  it('R-CAT-2 R-LIFE-5 leaving a free plan says the subscription ends that day', () => {
    expect(canLeavePlan(EXMAIL_FREE, d('2024-01-01'))).toEqual({
      ok: true,
      rules: ['R-CAT-2', 'R-LIFE-5'],
      reason: `Left free plan ${EXMAIL_FREE.name} on 2024-01-01: the subscription ends that day (R-CAT-2, R-LIFE-5)`,
    });
  });
});
