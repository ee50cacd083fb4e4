import { describe, expect, it } from 'vitest';
import { PRODUCT_CODES } from '../core/codes.js';
import { yuan } from '../money/money.js';
import { isBusinessDate } from '../time/business-date.js';
import { findPlan, findProduct } from './catalog-lookup.js';
import type { PriceBook } from './catalog-types.js';
import { DEMO_CATALOG } from './demo-catalog.js';

function book(productCode: string, planCode: string): PriceBook {
  const product = findProduct(DEMO_CATALOG, productCode);
  const plan = product && findPlan(product, planCode);
  const first = plan?.priceBooks[plan.priceBooks.length - 1];
  if (first === undefined) throw new Error(`${productCode}/${planCode} has no book`);
  return first;
}

describe('R-CAT-1 R-CAT-2 demo catalog data', () => {
  it('R-CAT-1 holds every catalog code of the contract', () => {
    const codes = DEMO_CATALOG.products.map(
      (p) => `${p.code}:${p.plans.map((plan) => plan.code).join('|')}`,
    );
    expect(codes).toEqual([
      'EQQ:SEATS',
      'QIDIAN:SEATS',
      'EXMAIL:FREE|STANDARD|PREMIUM|FLAGSHIP',
      'MEETING:BASIC|PRO_MONTHLY|PRO_ANNUAL|ENTERPRISE|FLAGSHIP',
      'VAS:CUSTOMER_LIBRARY|MASS_MESSAGES|SMS|BOT',
    ]);
    expect(DEMO_CATALOG.products.map((p) => p.code)).toEqual([...PRODUCT_CODES]);
  });

  it('R-CAT-1 book ids are unique and dates valid; money is whole fen (R-MONEY-1)', () => {
    const ids = new Set<string>();
    for (const product of DEMO_CATALOG.products) {
      for (const plan of product.plans) {
        for (const b of plan.priceBooks) {
          expect(ids.has(b.id), b.id).toBe(false);
          ids.add(b.id);
          expect(isBusinessDate(b.effectiveFrom)).toBe(true);
          for (const tier of b.tiers) {
            expect(Number.isSafeInteger(tier.annualUnitPrice)).toBe(true);
            expect(Number.isSafeInteger(tier.monthlyUnitPrice)).toBe(true);
          }
          expect(b.model === 'PER_SEAT_VOLUME').toBe(b.tiers.length > 0);
        }
      }
    }
  });

  it('R-CAT-2 EQQ 2010 book from 2010-03-01 with the spec tiers (21–50 Decision)', () => {
    const eqq2010 = book('EQQ', 'SEATS');
    expect(eqq2010.id).toBe('EQQ-2010');
    expect(eqq2010.effectiveFrom).toBe('2010-03-01');
    expect(
      eqq2010.tiers.map((t) => [t.minSeats, t.maxSeats, t.annualUnitPrice, t.monthlyUnitPrice]),
    ).toEqual([
      [3, 10, yuan(1000), yuan(100)],
      [11, 20, yuan(950), yuan(95)],
      [21, 50, yuan(900), yuan(90)],
    ]);
  });

  it('R-CAT-2 Qidian from 2021-01-01: 1,200 / 1,150 / 1,100 per year', () => {
    const qidian = book('QIDIAN', 'SEATS');
    expect(qidian.effectiveFrom).toBe('2021-01-01');
    expect(
      qidian.tiers.map((t) => [t.minSeats, t.maxSeats, t.annualUnitPrice, t.monthlyUnitPrice]),
    ).toEqual([
      [3, 10, yuan(1200), yuan(120)],
      [11, 20, yuan(1150), yuan(115)],
      [21, 50, yuan(1100), yuan(110)],
    ]);
  });

  it('R-CAT-2 Exmail FREE is model FREE; paid editions 100 / 200 / 400 per mailbox-year', () => {
    expect(book('EXMAIL', 'FREE').model).toBe('FREE');
    expect(book('EXMAIL', 'STANDARD').tiers[0]?.annualUnitPrice).toBe(yuan(100));
    expect(book('EXMAIL', 'PREMIUM').tiers[0]?.annualUnitPrice).toBe(yuan(200));
    expect(book('EXMAIL', 'FLAGSHIP').tiers[0]?.annualUnitPrice).toBe(yuan(400));
  });

  it('R-CAT-2 Meeting: BASIC free, PRO 30/month or 300/year per host, ENTERPRISE custom, FLAGSHIP 3,000 flat', () => {
    expect(book('MEETING', 'BASIC').model).toBe('FREE');
    expect(book('MEETING', 'PRO_MONTHLY').tiers[0]?.monthlyUnitPrice).toBe(yuan(30));
    expect(book('MEETING', 'PRO_ANNUAL').tiers[0]?.annualUnitPrice).toBe(yuan(300));
    expect(book('MEETING', 'ENTERPRISE').model).toBe('CUSTOM');
    expect(book('MEETING', 'FLAGSHIP')).toMatchObject({
      model: 'FLAT',
      flat: { annual: yuan(3000) },
    });
  });

  it('R-CAT-4 EQQ sunset dates and its R-MIG-1 upgrade path to Qidian', () => {
    const eqq = findProduct(DEMO_CATALOG, 'EQQ');
    expect(eqq?.sunset).toEqual({ renewalsEndOn: '2021-10-28', serviceEndsOn: '2022-01-31' });
    expect(eqq?.upgrade).toEqual({
      toProductCode: 'QIDIAN',
      toPlanCode: 'SEATS',
      promotionUpgradeBy: '2021-12-31',
    });
    expect(eqq?.maxRenewalYears).toBe(1);
  });

  it('R-CAT-2 value-added services are one-off FLAT items', () => {
    const vas = findProduct(DEMO_CATALOG, 'VAS');
    expect(vas?.oneOff).toBe(true);
    for (const plan of vas?.plans ?? []) {
      expect(plan.priceBooks[0]?.flat?.oneOff, plan.code).toBeGreaterThan(0);
    }
  });
});
