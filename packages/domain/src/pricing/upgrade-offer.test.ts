import { describe, expect, it } from 'vitest';
import { findProduct } from '../catalog/catalog-lookup.js';
import { DEMO_CATALOG } from '../catalog/demo-catalog.js';
import { parseDate } from '../time/business-date.js';
import { upgradeOffer } from './upgrade-offer.js';

const eqq = findProduct(DEMO_CATALOG, 'EQQ')!;
const qidian = findProduct(DEMO_CATALOG, 'QIDIAN')!;
const on = (date: string) => parseDate(date);

describe('upgradeOffer', () => {
  it('R-MIG-1 R-MIG-2 R-MIG-3 an active EQQ subscription is offered Qidian with the original-price promotion up to 2021-12-31', () => {
    expect(upgradeOffer(eqq, 'ACTIVE', on('2021-12-31'))).toEqual({
      toProductCode: 'QIDIAN',
      toPlanCode: 'SEATS',
      promotion: true,
      promotionUpgradeBy: '2021-12-31',
      rules: ['R-MIG-1', 'R-MIG-2', 'R-MIG-3'],
    });
  });

  it('R-MIG-1 from 2022-01-01 the upgrade is still offered, without the promotion', () => {
    expect(upgradeOffer(eqq, 'GRACE', on('2022-01-01'))).toEqual({
      toProductCode: 'QIDIAN',
      toPlanCode: 'SEATS',
      promotion: false,
      promotionUpgradeBy: '2021-12-31',
      rules: ['R-MIG-1'],
    });
  });

  it('R-CAT-4 R-MIG-1 nothing is offered from the service end (2022-01-31), nor to a subscription that is not ACTIVE or in grace, nor for a product without an upgrade path', () => {
    expect(upgradeOffer(eqq, 'ACTIVE', on('2022-01-30'))).not.toBeNull();
    expect(upgradeOffer(eqq, 'ACTIVE', on('2022-01-31'))).toBeNull();
    for (const status of ['PENDING_ACTIVATION', 'SUSPENDED', 'RECYCLED', 'TERMINATED'] as const)
      expect(upgradeOffer(eqq, status, on('2021-06-01'))).toBeNull();
    expect(upgradeOffer(qidian, 'ACTIVE', on('2021-06-01'))).toBeNull();
  });
});
